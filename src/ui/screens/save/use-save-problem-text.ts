// A save problem in the player's language.
import { useTranslation } from 'react-i18next';
import type { SaveProblem } from '../../../content/save-problem.ts';
import { variantProblemText } from '../../components/variant-note/variant-problem-text.ts';

export function useSaveProblemText(): (p: SaveProblem) => string {
  const { t } = useTranslation();
  return (p) => {
    switch (p.reason) {
      case 'too-large':
        return t('save.problem.too-large', { size: Math.ceil(p.size / 1000) });
      case 'newer-version':
        return t('save.problem.newer-version', { version: p.version, current: p.current });
      case 'old-version':
        return t('save.problem.old-version', { version: p.version });
      case 'invalid':
      case 'replay-failed':
        return t(`save.problem.${p.reason}`, { detail: p.detail });
      case 'wrong-scenario':
        return t('save.problem.wrong-scenario', { scenarioId: p.scenarioId });
      case 'scenario-version':
        return t('save.problem.scenario-version', { saveVersion: p.saveVersion, version: p.version });
      case 'other-content':
        return t('save.problem.other-content', { saveContent: p.saveContent, content: p.content });
      case 'unknown-id':
        return t('save.problem.unknown-id', { what: t(`save.what.${p.what}`), id: p.id });
      case 'variant':
        return t('variant.problem.inSave', { detail: variantProblemText(t, p.problem) });
      default:
        return t(`save.problem.${p.reason}`);
    }
  };
}
