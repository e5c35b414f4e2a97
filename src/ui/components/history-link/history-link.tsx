// The button that opens "What happened next", on the title screen, and at the top and after the end of the final
// debrief (so a keyboard user need not tab through the whole report to reach it). It is not shown
// when the scenario has no real course to tell.
import { useTranslation } from 'react-i18next';
import { selectScenario } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { historySpan } from './history-span.ts';
import { HISTORY_BUTTON_IDS, useHistoryPage } from './use-history-page.ts';

type Props = { readonly from: keyof typeof HISTORY_BUTTON_IDS; readonly className?: string };

export function HistoryLink({ from, className = 'button' }: Props) {
  const { t } = useTranslation();
  const { open } = useHistoryPage();
  const history = useGameStore(selectScenario)?.history;
  if (!history) return null;
  const span = historySpan(history);
  return (
    <button id={HISTORY_BUTTON_IDS[from]} type="button" className={className} onClick={open}>
      {from === 'title' ? t('whatNext.titleButton', span) : from === 'debriefTop' ? t('whatNext.debriefTopButton', span) : t('whatNext.debriefButton')}
    </button>
  );
}
