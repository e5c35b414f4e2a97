// The set-up the game was played with: seed, start, theory, US posture, modes, the strategies allowed and the model
// content's fingerprint. The debrief and the printed report state it, so a reader can tell which assumptions produced
// the numbers (the seminar's theory test compares two runs that differ only in their theory).
import { useTranslation } from 'react-i18next';
import { contentFingerprint } from '../../../content/content-fingerprint.ts';
import type { GameState, Scenario } from '../../../engine/index.ts';
import { useContent } from '../../i18n/use-content.ts';
import './setup-statement.css';

type Props = { readonly scenario: Scenario; readonly game: GameState };

export function SetupStatement({ scenario, game }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const { setup } = game;
  const onOff = (on: boolean) => (on ? t('debriefPlus.setup.on') : t('debriefPlus.setup.off'));
  const all = scenario.options.map((o) => o.id);
  const allowed = setup.allowedOptions.length > 0 ? setup.allowedOptions : all;
  const rows: readonly (readonly [string, string])[] = [
    [t('debriefPlus.setup.seed'), String(setup.seed)],
    [t('classroom.setup.start'), setup.start === '2006' ? t('classroom.setup.start2006') : t('classroom.setup.start2012')],
    [t('classroom.setup.theory'), content(scenario.theories.find((x) => x.id === setup.theory)?.label)],
    [t('classroom.setup.usPosture'), content(scenario.usPostures.find((x) => x.id === setup.usPosture)?.label)],
    [t('classroom.setup.options'), allowed.length === all.length ? t('debriefPlus.setup.allOptions', { list: all.join(', ') }) : allowed.join(', ')],
    [t('debriefPlus.setup.randomEvents'), onOff(setup.randomEvents)],
    [t('debriefPlus.setup.succession'), setup.succession === 'model' ? t('classroom.setup.oneTerm') : t('classroom.setup.threeTerms')],
    [t('classroom.setup.twoTeam'), onOff(setup.twoTeam)],
    [t('debriefPlus.setup.content'), contentFingerprint(scenario)],
  ];
  return (
    <section aria-labelledby="setup-statement-title" className="setup-statement" data-testid="setup-statement">
      <h2 id="setup-statement-title">{t('debriefPlus.setup.title')}</h2>
      <dl className="setup-statement__list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="debrief__note">{t('debriefPlus.setup.note')}</p>
    </section>
  );
}
