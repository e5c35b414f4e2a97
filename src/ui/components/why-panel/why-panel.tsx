// The "why" list: the year's few biggest changes under SEDENA, SEMAR and overall cooperation, and behind one
// disclosure every change with its factor, rule and sources. Beside the year on wide screens; on a phone, a sheet
// over it with its own scroll, from which Escape or Close returns to the page.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { mainScore } from '../../../engine/index.ts';
import { selectScenario, selectWhyGroups } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { whySummary } from '../../../state/why-summary.ts';
import { useNarrowScreen } from './use-narrow-screen.ts';
import { useSheet } from './use-sheet.ts';
import { WhyLedger } from './why-ledger.tsx';
import { WhySummaryList } from './why-summary-list.tsx';
import './why-panel.css';

type Props = { readonly id: string; readonly onClose: () => void };

export function WhyPanel({ id, onClose }: Props) {
  const { t } = useTranslation();
  const scenario = useGameStore(selectScenario);
  const why = useGameStore(selectWhyGroups);
  const narrow = useNarrowScreen();
  const heading = useRef<HTMLHeadingElement>(null);
  const sheet = useRef<HTMLDialogElement>(null);
  const close = useSheet(sheet, narrow, onClose);
  const sections = useMemo(() => (scenario && why ? whySummary(why.groups, mainScore(scenario).id) : []), [scenario, why]);

  useEffect(() => heading.current?.focus(), [narrow]);

  if (!scenario) return null;
  const titleId = `${id}-title`;
  const body = (
    <>
      <div className="why-panel__head">
        <h2 id={titleId} className="why-panel__title" tabIndex={-1} ref={heading}>
          {why ? t('why.title', { year: why.year }) : t('why.titleEmpty')}
        </h2>
        <button type="button" className="button button--quiet why-panel__close" onClick={close}>
          {t('why.close')}
        </button>
      </div>
      {why ? (
        <>
          <p className="why-panel__intro">{t('why.summaryIntro')}</p>
          <WhySummaryList scenario={scenario} sections={sections} />
          <WhyLedger scenario={scenario} groups={why.groups} />
        </>
      ) : (
        <p className="why-panel__intro">{t('why.empty')}</p>
      )}
    </>
  );
  if (narrow) {
    return (
      <dialog id={id} ref={sheet} className="why-panel why-panel--sheet" aria-labelledby={titleId}>
        {body}
      </dialog>
    );
  }
  return (
    <section id={id} className="why-panel" aria-labelledby={titleId}>
      {body}
    </section>
  );
}
