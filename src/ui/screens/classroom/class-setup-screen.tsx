// Class set-up for instructors: in under a minute, one set-up for the whole class as a link, a QR code and a
// printable one-page instruction sheet. Nothing is stored anywhere: the link carries the whole set-up, and the page's
// address carries it too (#class-setup=<code>), so a reload keeps every field and a class link can be reopened here
// to be edited into a new one. For the seminar's theory test it also gives the same class under each other theory.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeClassLink, makeClassLink, type ClassLink } from '../../../content/class-link.ts';
import { parseVariantText, variantText } from '../../../content/variant-text.ts';
import type { StartPoint } from '../../../engine/index.ts';
import type { ClassDraft } from '../../../state/address-slice.ts';
import { randomSeed } from '../../../state/session-slice.ts';
import { useGameStore } from '../../../state/store.ts';
import { keepClassSetupAddress } from '../../app/address-sync.ts';
import { useContent } from '../../i18n/use-content.ts';
import { useScreenFocus } from '../../lib/use-screen-focus.ts';
import { ClassLinkImport } from './class-link-import.tsx';
import { ClassSheet } from './class-sheet.tsx';
import { CopyButton } from './copy-button.tsx';
import { defaultChoices, SetupFields, type SetupChoices } from './setup-fields.tsx';
import { TheoryLinks } from './theory-links.tsx';
import { VariantField } from './variant-field.tsx';
import './classroom.css';

const MINUTE_CHOICES: readonly number[] = [0, 5, 6, 8, 10, 12, 15];

export function classAddress(code: string): string {
  return `${window.location.origin}${window.location.pathname}#class=${code}`;
}

/** The set-up page: a fresh form each time it starts from a new draft (blank, or a class link to edit). */
export function ClassSetupScreen() {
  const draft = useGameStore((s) => s.classDraft);
  return <ClassSetupForm key={draft.id} draft={draft} />;
}

function ClassSetupForm({ draft }: { readonly draft: ClassDraft }) {
  const { t } = useTranslation();
  const content = useContent();
  const uid = useId();
  const heading = useScreenFocus<HTMLHeadingElement>();
  const scenarios = useGameStore((s) => s.scenarios);
  const show = useGameStore((s) => s.showInstructorScreen);
  const from: ClassLink | null = draft.link;
  const [scenarioId, setScenarioId] = useState(from?.scenarioId ?? scenarios[0]?.id ?? '');
  const openDashboard = useGameStore((s) => s.openDashboard);
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0];
  const [name, setName] = useState(from?.title ?? '');
  const [start, setStart] = useState<StartPoint>(from?.setup.start ?? '2012');
  const [options, setOptions] = useState<string[]>(() => (from && from.setup.allowedOptions.length > 0 ? [...from.setup.allowedOptions] : (scenario?.options.map((o) => o.id) ?? [])));
  const [seedMode, setSeedMode] = useState<'class' | 'student'>(from && from.seed === null ? 'student' : 'class');
  const [seed, setSeed] = useState(() => from?.seed ?? randomSeed() % 1_000_000);
  const [minutes, setMinutes] = useState<number>(from ? (from.minutesPerDecision ?? 0) : 8);
  const [choices, setChoices] = useState<SetupChoices | null>(from ? { theory: from.setup.theory, usPosture: from.setup.usPosture, succession: from.setup.succession, twoTeam: from.setup.twoTeam } : null);
  // Not a field of the form (a class always has drawn events), but a link made without them keeps that when edited.
  const randomEvents = from?.setup.randomEvents ?? true;
  // A class link being edited brings its own variant; otherwise the model lab's changes, if any, start the field.
  const [variantInput, setVariantInput] = useState(() => variantText(from ? (from.setup.variant ?? {}) : useGameStore.getState().labVariant));
  const parsedVariant = useMemo(() => (scenario ? parseVariantText(scenario, variantInput) : null), [scenario, variantInput]);
  const link = useMemo(() => {
    if (!scenario) return null;
    const c = choices ?? defaultChoices(scenario);
    const all = scenario.options.map((o) => o.id);
    const allowed = options.length === all.length ? [] : all.filter((id) => options.includes(id));
    const variant = parsedVariant?.ok ? parsedVariant.value : undefined;
    return makeClassLink(scenario, { ...c, start: start === '2006' && scenario.prologue ? '2006' : '2012', allowedOptions: allowed, randomEvents, variant }, seedMode === 'class' ? seed : null, minutes > 0 ? minutes : null, name);
  }, [scenario, choices, options, start, seedMode, seed, minutes, name, randomEvents, parsedVariant]);
  const code = link ? encodeClassLink(link) : null;
  const hasOptions = options.length > 0;
  const variantOk = parsedVariant?.ok === true;
  useEffect(() => {
    // With no strategy allowed there is no link to keep (an empty list would read back as "all").
    if (code !== null && hasOptions && variantOk) keepClassSetupAddress(code);
  }, [code, hasOptions, variantOk]);
  if (!scenario || !link || code === null || !parsedVariant) return null;
  const address = classAddress(code);
  const minuteChoices = MINUTE_CHOICES.includes(minutes) ? MINUTE_CHOICES : [...MINUTE_CHOICES, minutes].sort((a, b) => a - b);
  const noOptions = !hasOptions;
  const blocked = noOptions || !parsedVariant.ok;
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
        <ClassLinkImport problem={draft.problem} filled={draft.link !== null} />
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
          <VariantField scenario={scenario} text={variantInput} onText={setVariantInput} parsed={parsedVariant} />
          <div className="class-form__row">
            <label htmlFor={`${uid}-minutes`}>{t('classroom.setup.minutes')}</label>
            <select id={`${uid}-minutes`} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} aria-describedby={`${uid}-minutes-hint`}>
              {minuteChoices.map((m) => (
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
        {blocked ? (
          <p className="form-problem">{noOptions ? t('classroom.classSetup.noOptions') : t('variant.setup.fixFirst')}</p>
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
        {!blocked && <TheoryLinks scenario={scenario} link={link} addressOf={classAddress} />}
        <p className="setup-fields__hint">{t('classroom.classSetup.sheetNote')}</p>
        {!blocked && <ClassSheet scenario={scenario} link={link} address={address} />}
        <p>
          <button type="button" className="button button--quiet" onClick={() => show('instructors')}>
            {t('classroom.instructors.back')}
          </button>
        </p>
      </section>
    </div>
  );
}
