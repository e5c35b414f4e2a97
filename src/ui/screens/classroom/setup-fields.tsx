// The set-up choices shared by the title screen's "Game settings" and the instructor's class set-up:
// theory, US posture, one-term mode and two-team mode, each with a short explanation.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GameSetup, Scenario } from '../../../engine/index.ts';
import { isEmptyVariant } from '../../../content/variant.ts';
import { variantLines } from '../../components/variant-note/variant-note.tsx';
import { useContent } from '../../i18n/use-content.ts';

export type SetupChoices = Pick<GameSetup, 'theory' | 'usPosture' | 'succession' | 'twoTeam'>;

export function defaultChoices(scenario: Scenario): SetupChoices {
  return { theory: scenario.defaultTheory, usPosture: scenario.defaultUsPosture, succession: 'player', twoTeam: false };
}

type Props = { readonly scenario: Scenario; readonly value: SetupChoices; readonly onChange: (next: SetupChoices) => void };

export function SetupFields({ scenario, value, onChange }: Props) {
  const { t } = useTranslation();
  const content = useContent();
  const uid = useId();
  const groups = [
    { key: 'theory' as const, legend: t('classroom.setup.theory'), hint: t('classroom.setup.theoryHint'), sets: scenario.theories, defaultId: scenario.defaultTheory },
    { key: 'usPosture' as const, legend: t('classroom.setup.usPosture'), hint: t('classroom.setup.usPostureHint'), sets: scenario.usPostures, defaultId: scenario.defaultUsPosture },
  ];
  return (
    <div className="setup-fields">
      {groups.map((g) => (
        <fieldset key={g.key} className="setup-fields__group" aria-describedby={`${uid}-${g.key}-hint`}>
          <legend>{g.legend}</legend>
          <p className="setup-fields__hint" id={`${uid}-${g.key}-hint`}>
            {g.hint}
          </p>
          {g.sets.map((set) => (
            <div key={set.id} className="setup-fields__option">
              <input
                type="radio"
                id={`${uid}-${g.key}-${set.id}`}
                name={`${uid}-${g.key}`}
                value={set.id}
                checked={value[g.key] === set.id}
                onChange={() => onChange({ ...value, [g.key]: set.id })}
                aria-describedby={`${uid}-${g.key}-${set.id}-d`}
              />
              <label htmlFor={`${uid}-${g.key}-${set.id}`}>
                {content(set.label)}
                {set.id === g.defaultId && <span className="setup-fields__default"> {t('classroom.setup.default')}</span>}
              </label>
              <p className="setup-fields__desc" id={`${uid}-${g.key}-${set.id}-d`}>
                {content(set.description)}
              </p>
            </div>
          ))}
        </fieldset>
      ))}
      <fieldset className="setup-fields__group">
        <legend>{t('classroom.setup.modes')}</legend>
        <div className="setup-fields__option">
          <input type="checkbox" id={`${uid}-oneterm`} checked={value.succession === 'model'} onChange={(e) => onChange({ ...value, succession: e.target.checked ? 'model' : 'player' })} aria-describedby={`${uid}-oneterm-d`} />
          <label htmlFor={`${uid}-oneterm`}>{t('classroom.setup.oneTerm')}</label>
          <p className="setup-fields__desc" id={`${uid}-oneterm-d`}>
            {t('classroom.setup.oneTermHint')}
          </p>
        </div>
        <div className="setup-fields__option">
          <input type="checkbox" id={`${uid}-twoteam`} checked={value.twoTeam} onChange={(e) => onChange({ ...value, twoTeam: e.target.checked })} aria-describedby={`${uid}-twoteam-d`} />
          <label htmlFor={`${uid}-twoteam`}>{t('classroom.setup.twoTeam')}</label>
          <p className="setup-fields__desc" id={`${uid}-twoteam-d`}>
            {t('classroom.setup.twoTeamHint')}
          </p>
        </div>
      </fieldset>
    </div>
  );
}

/** The set-up in a few lines, for the class banner and the instruction sheet. */
export function SetupSummary({ scenario, setup, seed, minutes }: { readonly scenario: Scenario; readonly setup: Omit<GameSetup, 'seed'>; readonly seed: number | null; readonly minutes: number | null }) {
  const { t, i18n } = useTranslation();
  const content = useContent();
  const theory = scenario.theories.find((x) => x.id === setup.theory);
  const posture = scenario.usPostures.find((x) => x.id === setup.usPosture);
  const options = setup.allowedOptions.length > 0 ? setup.allowedOptions : scenario.options.map((o) => o.id);
  const rows: [string, string][] = [
    [t('classroom.setup.start'), setup.start === '2006' ? t('classroom.setup.start2006') : t('classroom.setup.start2012')],
    [t('classroom.setup.options'), options.join(', ')],
    [t('classroom.setup.theory'), content(theory?.label)],
    [t('classroom.setup.usPosture'), content(posture?.label)],
    [t('classroom.setup.modes'), [setup.succession === 'model' ? t('classroom.setup.oneTerm') : t('classroom.setup.threeTerms'), setup.twoTeam ? t('classroom.setup.twoTeam') : null].filter(Boolean).join(' · ')],
    [t('classroom.setup.seed'), seed === null ? t('classroom.setup.seedPerStudent') : t('classroom.setup.seedShared', { seed })],
  ];
  if (minutes !== null) rows.push([t('classroom.setup.minutes'), t('classroom.setup.minutesValue', { count: minutes })]);
  if (setup.variant !== undefined && !isEmptyVariant(setup.variant)) rows.push([t('variant.summary.label'), variantLines(scenario, setup.variant, i18n.language).join('; ')]);
  return (
    <dl className="setup-summary">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
