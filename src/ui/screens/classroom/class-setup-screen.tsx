// Class set-up for instructors: in under a minute, one set-up for the whole class as a link, a QR code and a
// printable one-page instruction sheet. Nothing is stored anywhere: the link carries the whole set-up.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeClassLink, makeClassLink } from '../../../content/class-link.ts';
import type { StartPoint } from '../../../engine/index.ts';
import { randomSeed } from '../../../state/session-slice.ts';
import { useGameStore } from '../../../state/store.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { CopyButton } from './copy-button.tsx';
import { QrCode } from './qr-code.tsx';
import { defaultChoices, SetupFields, SetupSummary, type SetupChoices } from './setup-fields.tsx';
import './classroom.css';

const MINUTE_CHOICES = [0, 5, 6, 8, 10, 12, 15] as const;

export function classAddress(code: string): string {
  return `${window.location.origin}${window.location.pathname}#class=${code}`;
}

export function ClassSetupScreen() {
  const { t } = useTranslation();
  const content = useContent();
  const uid = useId();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenarios = useGameStore((s) => s.scenarios);
  const show = useGameStore((s) => s.showInstructorScreen);
  const openDashboard = useGameStore((s) => s.openDashboard);
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0];
  const [name, setName] = useState('');
  const [start, setStart] = useState<StartPoint>('2012');
  const [options, setOptions] = useState<string[]>(() => scenario?.options.map((o) => o.id) ?? []);
  const [seedMode, setSeedMode] = useState<'class' | 'student'>('class');
  const [seed, setSeed] = useState(() => randomSeed() % 1_000_000);
  const [minutes, setMinutes] = useState<number>(8);
  const [choices, setChoices] = useState<SetupChoices | null>(null);
  const link = useMemo(() => {
    if (!scenario) return null;
    const c = choices ?? defaultChoices(scenario);
    const all = scenario.options.map((o) => o.id);
    const allowed = options.length === all.length ? [] : all.filter((id) => options.includes(id));
    return makeClassLink(scenario, { ...c, start: start === '2006' && scenario.prologue ? '2006' : '2012', allowedOptions: allowed, randomEvents: true }, seedMode === 'class' ? seed : null, minutes > 0 ? minutes : null, name);
  }, [scenario, choices, options, start, seedMode, seed, minutes, name]);
  if (!scenario || !link) return null;
  const code = encodeClassLink(link);
  const address = classAddress(code);
  const noOptions = options.length === 0;
  const toggleOption = (id: string, on: boolean) => setOptions((list) => (on ? [...list, id] : list.filter((x) => x !== id)));

  return (
    <div className="class-setup">
      <div className="class-setup__form">
        <header className="screen-head">
          <p className="screen-head__kicker">{t('classroom.instructors.kicker')}</p>
          <h1 tabIndex={-1} ref={heading}>
            {t('classroom.classSetup.title')}
          </h1>
          <p className="screen-head__lede">{t('classroom.classSetup.lede')}</p>
        </header>
        <form className="class-form" onSubmit={(e) => e.preventDefault()}>
          <div className="class-form__row">
            <label htmlFor={`${uid}-name`}>{t('classroom.classSetup.name')}</label>
            <input id={`${uid}-name`} className="text-input" type="text" maxLength={80} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} aria-describedby={`${uid}-name-hint`} />
            <p className="setup-fields__hint" id={`${uid}-name-hint`}>
              {t('classroom.classSetup.nameHint')}
            </p>
          </div>
          {scenarios.length > 1 && (
            <div className="class-form__row">
              <label htmlFor={`${uid}-scenario`}>{t('classroom.classSetup.scenario')}</label>
              <select id={`${uid}-scenario`} value={scenario.id} onChange={(e) => setScenarioId(e.target.value)}>
                {scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {content(s.title)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <fieldset className="setup-fields__group">
            <legend>{t('classroom.setup.start')}</legend>
            {(['2012', '2006'] as const)
              .filter((s) => s === '2012' || scenario.prologue)
              .map((s) => (
                <div className="setup-fields__option" key={s}>
                  <input type="radio" id={`${uid}-start-${s}`} name={`${uid}-start`} checked={start === s} onChange={() => setStart(s)} aria-describedby={`${uid}-start-${s}-d`} />
                  <label htmlFor={`${uid}-start-${s}`}>{s === '2006' ? t('classroom.setup.start2006') : t('classroom.setup.start2012')}</label>
                  <p className="setup-fields__desc" id={`${uid}-start-${s}-d`}>
                    {s === '2006' ? t('classroom.classSetup.start2006Hint') : t('classroom.classSetup.start2012Hint')}
                  </p>
                </div>
              ))}
          </fieldset>
          <fieldset className="setup-fields__group" aria-describedby={noOptions ? `${uid}-options-problem` : undefined}>
            <legend>{t('classroom.setup.options')}</legend>
            <div className="class-form__options">
              {scenario.options.map((o) => (
                <label className="check" key={o.id}>
                  <input type="checkbox" checked={options.includes(o.id)} onChange={(e) => toggleOption(o.id, e.target.checked)} />
                  {o.id} · {content(o.short)}
                </label>
              ))}
            </div>
            {noOptions && (
              <p className="form-problem" id={`${uid}-options-problem`} role="alert">
                {t('classroom.classSetup.noOptions')}
              </p>
            )}
          </fieldset>
          <fieldset className="setup-fields__group">
            <legend>{t('classroom.setup.seed')}</legend>
            <div className="setup-fields__option">
              <input type="radio" id={`${uid}-seed-class`} name={`${uid}-seed`} checked={seedMode === 'class'} onChange={() => setSeedMode('class')} aria-describedby={`${uid}-seed-class-d`} />
              <label htmlFor={`${uid}-seed-class`}>{t('classroom.classSetup.seedClass')}</label>
              <p className="setup-fields__desc" id={`${uid}-seed-class-d`}>
                {t('classroom.classSetup.seedClassHint')}
              </p>
            </div>
            {seedMode === 'class' && (
              <div className="class-form__seed">
                <label htmlFor={`${uid}-seed-value`}>{t('classroom.classSetup.seedValue')}</label>
                <input
                  id={`${uid}-seed-value`}
                  className="text-input text-input--short"
                  type="number"
                  min={0}
                  max={999999999}
                  value={seed}
                  onChange={(e) => setSeed(Math.max(0, Math.min(999_999_999, Math.floor(Number(e.target.value) || 0))))}
                />
                <button type="button" className="button button--quiet" onClick={() => setSeed(randomSeed() % 1_000_000)}>
                  {t('classroom.classSetup.newSeed')}
                </button>
              </div>
            )}
            <div className="setup-fields__option">
              <input type="radio" id={`${uid}-seed-student`} name={`${uid}-seed`} checked={seedMode === 'student'} onChange={() => setSeedMode('student')} aria-describedby={`${uid}-seed-student-d`} />
              <label htmlFor={`${uid}-seed-student`}>{t('classroom.classSetup.seedStudent')}</label>
              <p className="setup-fields__desc" id={`${uid}-seed-student-d`}>
                {t('classroom.classSetup.seedStudentHint')}
              </p>
            </div>
          </fieldset>
          <SetupFields scenario={scenario} value={choices ?? defaultChoices(scenario)} onChange={setChoices} />
          <div className="class-form__row">
            <label htmlFor={`${uid}-minutes`}>{t('classroom.setup.minutes')}</label>
            <select id={`${uid}-minutes`} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} aria-describedby={`${uid}-minutes-hint`}>
              {MINUTE_CHOICES.map((m) => (
                <option key={m} value={m}>
                  {m === 0 ? t('classroom.classSetup.noTimer') : t('classroom.setup.minutesValue', { count: m })}
                </option>
              ))}
            </select>
            <p className="setup-fields__hint" id={`${uid}-minutes-hint`}>
              {t('classroom.classSetup.minutesHint')}
            </p>
          </div>
        </form>
      </div>

      <section className="class-setup__out" aria-labelledby={`${uid}-out`}>
        <h2 id={`${uid}-out`}>{t('classroom.classSetup.linkTitle')}</h2>
        {noOptions ? (
          <p className="form-problem">{t('classroom.classSetup.noOptions')}</p>
        ) : (
          <>
            <label htmlFor={`${uid}-link`}>{t('classroom.classSetup.link')}</label>
            <input id={`${uid}-link`} className="text-input code-box" data-testid="class-link" readOnly value={address} onFocus={(e) => e.currentTarget.select()} />
            <div className="run-share__buttons">
              <CopyButton text={address} label={t('classroom.classSetup.copy')} className="button button--primary" />
              <button type="button" className="button" onClick={() => window.print()}>
                {t('classroom.classSetup.print')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => openDashboard({ link, code })}>
                {t('classroom.instructors.openDashboard')}
              </button>
            </div>
          </>
        )}
        <p className="setup-fields__hint">{t('classroom.classSetup.sheetNote')}</p>
        {!noOptions && (
          <article className="class-sheet" aria-label={t('classroom.sheet.label')}>
            <header className="class-sheet__head">
              <div>
                <p className="class-sheet__kicker">Sexenio · {content(scenario.title)}</p>
                <h2 className="class-sheet__title">{link.title ?? t('classroom.sheet.title')}</h2>
                <p>{t('classroom.sheet.lede')}</p>
              </div>
              <QrCode text={address} label={t('classroom.sheet.qrAlt')} size={150} />
            </header>
            <p className="class-sheet__link">{address}</p>
            <div className="class-sheet__cols">
              <section>
                <h3>{t('classroom.sheet.stepsTitle')}</h3>
                <ol>
                  <li>{t('classroom.sheet.step1')}</li>
                  <li>{t('classroom.sheet.step2')}</li>
                  <li>{link.minutesPerDecision ? t('classroom.sheet.step3Timed', { count: link.minutesPerDecision }) : t('classroom.sheet.step3')}</li>
                  <li>{t('classroom.sheet.step4')}</li>
                  <li>{t('classroom.sheet.step5')}</li>
                </ol>
              </section>
              <section>
                <h3>{t('classroom.sheet.setupTitle')}</h3>
                <SetupSummary scenario={scenario} setup={link.setup} seed={link.seed} minutes={link.minutesPerDecision} />
              </section>
            </div>
            <p className="class-sheet__note">
              <strong>{t('classroom.sheet.noteTitle')}</strong> {t('classroom.sheet.note')}
            </p>
            <p className="class-sheet__privacy">{t('classroom.sheet.privacy')}</p>
          </article>
        )}
        <p>
          <button type="button" className="button button--quiet" onClick={() => show('instructors')}>
            {t('classroom.instructors.back')}
          </button>
        </p>
      </section>
    </div>
  );
}
