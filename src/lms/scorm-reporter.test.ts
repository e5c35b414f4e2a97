// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeScormApi } from '../../tests/fixtures/fake-scorm-api.ts';
import * as engine from '../engine/index.ts';
import { readRunCode } from '../content/run-code.ts';
import { resetGameStore, useGameStore } from '../state/store.ts';
import { realScenario } from '../ui/test/real-scenario.ts';
import { connectLms } from './connect-lms.ts';
import { interactionsOf } from './game-interactions.ts';
import { ScormSession } from './scorm-api.ts';
import { startScormReporter } from './scorm-reporter.ts';
import { MAX_CMI_STRING } from './scorm-values.ts';
import { unpackSuspendData } from './suspend-data.ts';

const scenario = realScenario();
const store = () => useGameStore.getState();
/** 600 characters (the most a decision keeps) of varied words, which compress about as badly as real writing. */
const WORDS = 'army navy ties trust order mission police reform sovereignty aid cable leak hurricane drills liaison board cohort stigma doctrine violence support'.split(' ');
const reasonOf = (k: number): string => Array.from({ length: 120 }, (_, i) => WORDS[(i * 7 + k * 13 + ((i * i) % 11)) % WORDS.length]).join(' ').slice(0, 600);

/** Plays on until the game needs a strategy or is finished, answering every event with its last option. */
function playTerm(): void {
  for (let guard = 0; guard < 200; guard++) {
    const game = store().game;
    if (!game || game.phase === 'choosing' || game.phase === 'finished') return;
    if (game.phase === 'event') {
      const pending = game.pendingEvents[0];
      const options = scenario.events.find((e) => e.id === pending?.id)?.choice?.options ?? [];
      store().answerEvent(options[options.length - 1]?.id ?? '');
    } else if (game.phase === 'term-end') store().closeTerm();
    else store().advanceYear();
  }
}

function session(api: FakeScormApi): ScormSession {
  const s = new ScormSession(api);
  s.initialize();
  return s;
}

beforeEach(() => {
  localStorage.clear();
  resetGameStore();
  store().loadContent({ scenarios: [scenario], errors: [], engine });
});

describe('reporting a game to the LMS', () => {
  it('marks the attempt incomplete at once and records each decision and event answer as a choice interaction', () => {
    const api = new FakeScormApi({ 'cmi.core.lesson_status': 'not attempted' });
    const stop = startScormReporter(session(api), useGameStore, { now: () => new Date(2026, 0, 5, 9, 4, 7) });
    expect(api.values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.commits).toBe(1);

    store().startGame('2012', 12);
    store().leaveBriefing();
    store().chooseStrategy({ strategy: 'C+LE', forecast: 'fall' });
    playTerm();
    stop();

    const recorded = api.interactions();
    expect(recorded.slice(0, 2)).toEqual([
      { id: 'term-2013-strategy', type: 'choice', student_response: 'C+LE', time: '09:04:07' },
      { id: 'term-2013-forecast', type: 'choice', student_response: 'fall', time: '09:04:07' },
    ]);
    const answers = Object.entries(engine.recordOf(store().game!).answers);
    expect(answers.length).toBeGreaterThan(0);
    expect(recorded.slice(2).map((i) => [i['id'], i['student_response']])).toEqual(answers.map(([key, choice]) => [`event-${key.replace(':', '-')}`, choice]));
    for (const i of recorded) expect(i['id']).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
    expect(api.values.get('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('writes the game to suspend data under 4,096 characters, even with the longest reasoning, and completes with the run code in the comments', () => {
    const api = new FakeScormApi();
    startScormReporter(session(api), useGameStore);
    store().startGame('2012', 3);
    store().leaveBriefing();
    const sizes: number[] = [];
    for (const strategy of ['A', 'D', 'B']) {
      store().chooseStrategy({ strategy, rationale: reasonOf(sizes.length), forecast: 'rise' });
      sizes.push(api.values.get('cmi.suspend_data')?.length ?? 0);
      playTerm();
    }
    expect(store().game?.phase).toBe('finished');
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_CMI_STRING);
    expect(api.values.get('cmi.core.lesson_status')).toBe('completed');
    const comment = api.values.get('cmi.comments') ?? '';
    expect(comment).toMatch(/^SX\d+\.[A-Za-z0-9+$~_-]+\.[0-9a-z]+$/);
    expect(comment.length).toBeLessThanOrEqual(MAX_CMI_STRING);
    const code = readRunCode(comment, [scenario]);
    expect(code.ok && code.value.decisions.map((d) => d.strategy)).toEqual(['A', 'D', 'B']);
    const data = unpackSuspendData(api.values.get('cmi.suspend_data') ?? null);
    expect(data.kind === 'save' && JSON.parse(data.text)).toMatchObject({ phase: 'finished', screen: 'debrief' });

    // A new game after the debrief never takes the attempt back to incomplete.
    store().playAgain();
    store().startGame('2012', 4);
    expect(api.values.get('cmi.core.lesson_status')).toBe('completed');
  });

  it('reports nothing for a shared run opened read-only', () => {
    const api = new FakeScormApi();
    startScormReporter(session(api), useGameStore);
    store().startGame('2012', 5);
    store().leaveBriefing();
    useGameStore.setState({ readOnly: true });
    store().chooseStrategy({ strategy: 'A' });
    expect(api.interactions()).toEqual([]);
  });
});

describe('resuming an attempt', () => {
  it('reopens the game from suspend data where it was, appends only new interactions after the old ones, and finishes on pagehide', async () => {
    const first = new FakeScormApi({ 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'not attempted' });
    const firstConnection = await connectLms(first, window, true);
    store().startGame('2012', 21);
    store().leaveBriefing();
    store().chooseStrategy({ strategy: 'B' });
    store().advanceYear();
    store().advanceYear();
    const left = store().game;
    window.dispatchEvent(new Event('pagehide'));
    expect(first.state).toBe('finished');
    expect(first.values.get('cmi.core.exit')).toBe('suspend');
    expect(first.values.get('cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(firstConnection).not.toBeNull();

    // The next launch: a fresh page (store and browser storage empty), the LMS's data handed back.
    localStorage.clear();
    resetGameStore();
    store().loadContent({ scenarios: [scenario], errors: [], engine });
    const kept = Object.fromEntries([...first.values].filter(([k]) => k !== 'cmi.core.exit'));
    const second = new FakeScormApi({ ...kept, 'cmi.core.entry': 'resume' });
    const before = second.interactions().length;
    await connectLms(second, window, true);
    expect(store().game).toEqual(left);
    expect(store().screen).toBe('year');
    expect(second.interactions().length).toBe(before);
    playTerm();
    store().chooseStrategy({ strategy: 'D' });
    playTerm();
    const newOnes = interactionsOf(store().game!).filter((i) => !interactionsOf(left!).some((o) => o.id === i.id));
    expect(newOnes).toContainEqual({ id: 'term-2019-strategy', response: 'D' });
    // In the order they were made (the LMS's journal), which puts the decision between the years' answers.
    const byId = (a: { id?: string | undefined }, b: { id?: string | undefined }) => String(a.id).localeCompare(String(b.id));
    expect(second.interactions().slice(before).map((i) => ({ id: i['id'], response: i['student_response'] })).sort(byId)).toEqual([...newOnes].sort(byId));
    expect(second.interactions()[0]).toMatchObject({ id: 'term-2013-strategy', student_response: 'B' });
    window.dispatchEvent(new Event('pagehide'));
  });

  it('shows what is wrong with suspend data it cannot open, keeps it, and starts nothing', async () => {
    const api = new FakeScormApi({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': 'lesson=4;page=2' });
    await connectLms(api, window, true);
    expect(store().game).toBeNull();
    expect(store().saveProblem).toEqual({ problem: { reason: 'not-a-save' }, text: 'lesson=4;page=2' });
    window.dispatchEvent(new Event('pagehide'));
  });

  it('ignores suspend data on a first launch and runs as outside an LMS when LMSInitialize is refused', async () => {
    const fresh = new FakeScormApi({ 'cmi.core.entry': 'ab-initio', 'cmi.suspend_data': 'SXS1.garbage' });
    await connectLms(fresh, window, true);
    expect(store().saveProblem).toBeNull();
    window.dispatchEvent(new Event('pagehide'));

    const refusing = new FakeScormApi();
    refusing.LMSInitialize = () => 'false';
    expect(await connectLms(refusing, window, true)).toBeNull();
  });
});
