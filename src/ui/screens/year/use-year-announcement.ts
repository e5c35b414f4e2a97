// Puts each year's outcome, in words, into the polite live region once the year is settled (events answered).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { factorById } from '../../../content/change-source.ts';
import { selectPhase, selectScenario, selectYearOutcome } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';

/** A label inside a sentence: "Reversion to distance" → "reversion to distance"; acronyms ("US aid", "SEDENA") stay. */
export function midSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

export function useYearAnnouncement(): void {
  const { t } = useTranslation();
  const content = useContent();
  const f = useFormat();
  const scenario = useGameStore(selectScenario);
  const outcome = useGameStore(selectYearOutcome);
  const phase = useGameStore(selectPhase);
  const announce = useGameStore((s) => s.announce);
  const said = useRef<number | null>(outcome?.year ?? null);

  useEffect(() => {
    if (!scenario || !outcome || phase === 'event' || said.current === outcome.year) return;
    said.current = outcome.year;
    const parts = outcome.items.map((item) => {
      const size = f.size(item.def, item.delta);
      const flat = /^[0.,]+$/.test(size);
      const args = { label: content(item.def.label), size, value: f.whole(item.def, item.value) };
      const sentence = flat ? t('announce.flat', args) : item.delta > 0 ? t('announce.up', args) : t('announce.down', args);
      const factor = item.mainFactor ? factorById(scenario, item.mainFactor) : undefined;
      return !flat && factor ? `${sentence}${t('announce.mainly', { factor: midSentence(content(factor.label)) })}` : sentence;
    });
    const end = phase === 'term-end' ? ` ${t('announce.termEnd')}` : '';
    announce(`${t('announce.year', { year: outcome.year, details: parts.join('; ') })}.${end}`);
  }, [scenario, outcome, phase, announce, t, content, f]);
}
