// A code problem (run code, class link, a line of the class list) in the reader's language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BadLine } from '../../../content/class-runs.ts';
import { MAX_LIST_CHARS } from '../../../content/class-list-limits.ts';
import { codeStart, MAX_CODE_CHARS, type CodeProblem } from '../../../content/code-problem.ts';
import { variantProblemText } from '../../components/variant-note/variant-problem-text.ts';

/** The translated message for a problem; pure, so the fuzz tests can check every refusal reads in both languages. */
export function problemText(t: TFunction, p: CodeProblem | BadLine['problem']): string {
  const noun = 'kind' in p ? t(`classroom.problem.noun.${p.kind}`) : '';
  switch (p.reason) {
    case 'empty':
      return t('classroom.problem.empty', { noun, prefix: codeStart('kind' in p ? p.kind : 'run') });
    case 'too-long':
      return t('classroom.problem.tooLong', { noun, size: Math.ceil(p.size / 1000), max: MAX_CODE_CHARS / 1000 });
    case 'not-a-code':
      return t('classroom.problem.notACode', { noun, prefix: codeStart(p.kind) });
    case 'wrong-kind':
      return p.kind === 'run' ? t('classroom.problem.isClassLink') : t('classroom.problem.isRunCode');
    case 'newer-version':
      return t('classroom.problem.newer', { noun, version: p.version, current: p.current });
    case 'old-version':
      return t('classroom.problem.old', { noun, version: p.version });
    case 'damaged':
      return t('classroom.problem.damaged', { noun });
    case 'invalid':
      return t('classroom.problem.invalid', { noun, detail: p.detail });
    case 'wrong-scenario':
      return t('classroom.problem.wrongScenario', { noun, id: p.scenarioId });
    case 'scenario-version':
      return t('classroom.problem.scenarioVersion', { noun, codeVersion: p.codeVersion, version: p.version });
    case 'other-content':
      return t(p.kind === 'run' ? 'classroom.problem.otherContentRun' : 'classroom.problem.otherContentClass', { noun, codeContent: p.codeContent, content: p.content });
    case 'unknown-id':
      return t('classroom.problem.unknownId', { noun, what: t(`classroom.problem.what.${p.what}`), id: p.id });
    case 'replay-failed':
      return t('classroom.problem.replayFailed', { detail: p.detail });
    case 'variant':
      return t('variant.problem.inCode', { noun, detail: variantProblemText(t, p.problem) });
    case 'duplicate':
      return t('classroom.problem.duplicate', { name: p.name ?? t('classroom.dashboard.unnamed', { line: p.of }) });
    case 'too-many':
      return t('classroom.problem.tooMany', { max: p.max });
    case 'list-too-long':
      return t('classroom.problem.listTooLong', { size: Math.ceil(p.size / 1000), max: MAX_LIST_CHARS / 1_000_000 });
    case 'bad-json':
      return t('classroom.problem.badJson');
  }
}

export function useProblemText(): (problem: CodeProblem | BadLine['problem']) => string {
  const { t } = useTranslation();
  return useCallback((p) => problemText(t, p), [t]);
}
