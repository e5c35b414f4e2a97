// Questions for discussion: three general ones, then the scenario's prompts for the options used and events met,
// each with the passages it rests on.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameState, Scenario } from '../../../engine/index.ts';
import { CitationList } from '../../components/citation/citation-list.tsx';
import { useContent } from '../../i18n/use-content.ts';
import { promptsFor } from './debrief-data.ts';

type Props = { readonly scenario: Scenario; readonly game: GameState };

export function PromptsSection({ scenario, game }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const prompts = useMemo(() => promptsFor(scenario, game), [scenario, game]);
  return (
    <section className="debrief__closing" aria-labelledby="closing-title" data-testid="prompts">
      <h2 id="closing-title">{t('debriefPlus.promptsTitle')}</h2>
      <ul className="debrief__general">
        <li>{t('debrief.discuss1')}</li>
        <li>{t('debrief.discuss2')}</li>
        <li>{t('debrief.discuss3')}</li>
      </ul>
      {prompts.length > 0 && (
        <>
          <p className="debrief__note">{t('debriefPlus.promptsNote')}</p>
          <ol className="prompts">
            {prompts.map((p) => (
              <li key={p.id} className="prompt" data-prompt={p.id}>
                <p className="prompt__question">{content(p.question)}</p>
                <p className="prompt__context">{content(p.context)}</p>
                <CitationList citations={p.sources} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
