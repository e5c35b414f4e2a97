// The three real governments: dates, the president's own party and the game's party that stands for it, the option
// the model simulates for each, and the argument for that option and what it cannot represent, with its sources.
import { useTranslation } from 'react-i18next';
import { strategyOf, type HistoryAdministration, type HistoryDef, type LocalizedText, type Scenario } from '../../../engine/index.ts';
import { strategyName } from '../../components/term-decision/strategy-name.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { formatHistoryDate } from './history-date.ts';
import { HistorySources } from './history-sources.tsx';

type Props = { readonly scenario: Scenario; readonly history: HistoryDef; readonly headingId: string };
type Content = (text: LocalizedText | undefined) => string;

/** The game's party as a short name: its id when its name starts with it ("PRD"), else its name. */
function gamePartyName(scenario: Scenario, id: string, content: Content): string {
  const name = content(scenario.parties.find((p) => p.id === id)?.name);
  return !name || name.startsWith(id) ? id : name;
}

/**
 * An option as named on this page: under its own code, so a variant reads as the code the paths use ("C+LE — Socially
 * focused alternatives (with a law-enforcement component)", where strategyName starts with the option's "C").
 */
export function optionName(scenario: Scenario, id: string, content: Content): string {
  const name = strategyName(scenario, id, content);
  const option = strategyOf(scenario, id)?.option.id;
  return option && option !== id && name.startsWith(`${option} — `) ? `${id} — ${name.slice(option.length + 3)}` : name;
}

export function GovernmentsSection({ scenario, history, headingId }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const { tag } = useFormat();
  const date = (d: string) => formatHistoryDate(d, tag);
  const party = (a: HistoryAdministration) => {
    const game = gamePartyName(scenario, a.party, content);
    return a.realParty.toLowerCase() === game.toLowerCase() ? a.realParty : t('history.governments.partyAs', { real: a.realParty, game });
  };
  // "C+LE": said once what the code means, where the options are first named.
  const withLe = history.administrations.map((a) => ({ code: a.strategy, ref: strategyOf(scenario, a.strategy) })).find(({ code, ref }) => code.endsWith('+LE') && ref && ref.option.id !== code);
  const leNote = withLe?.ref ? t('history.governments.leCode', { code: withLe.code, option: withLe.ref.option.id, variant: content(withLe.ref.variant.label).toLowerCase() }) : '';
  return (
    <section className="history-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.governments.title')}</h2>
      <p className="history-section__intro">
        {t('history.governments.intro')}
        {leNote && ` ${leNote}`}
      </p>
      <ol className="history-governments">
        {history.administrations.map((a) => (
          <li key={a.id} className="history-government" data-administration={a.id}>
            <h3>{a.president}</h3>
            <dl className="history-government__facts">
              <div>
                <dt>{t('history.governments.inOffice')}</dt>
                <dd>{a.left ? t('history.governments.range', { from: date(a.took), to: date(a.left) }) : t('history.governments.since', { from: date(a.took) })}</dd>
              </div>
              <div>
                <dt>{t('history.governments.party')}</dt>
                <dd data-testid="history-party">{party(a)}</dd>
              </div>
              <div>
                <dt>{t('history.governments.option')}</dt>
                <dd className="history-government__option">{optionName(scenario, a.strategy, content)}</dd>
              </div>
            </dl>
            <p>{content(a.summary)}</p>
            <h4>{t('history.governments.mapping')}</h4>
            <p>{content(a.mapping)}</p>
            <HistorySources sources={a.sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}
