// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSetup, play } from '../../../engine/index.ts';
import { useGameStore } from '../../../state/store.ts';
import { markFirstScreenShown } from '../../lib/use-screen-focus.ts';
import { realScenario } from '../../test/real-scenario.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { HistoryScreen } from './history-screen.tsx';
import { playRealCourse } from '../../../content/real-course.ts';
import { courseRows, indexRows } from './history-series.ts';

const scenario = realScenario();
const history = scenario.history;
if (!history) throw new Error('the scenario has no history');

function finishGame(): void {
  const played = play(scenario, { setup: defaultSetup(scenario, { seed: 77 }), decisions: [{ strategy: 'B' }, { strategy: 'C+LE' }, { strategy: 'D' }], answers: {} });
  if (!played.ok) throw new Error(played.error.message);
  useGameStore.setState({ game: played.value, screen: 'debrief' });
}

const rowsOf = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('row');
/** Text with its no-break spaces read as spaces ("B → C+LE → D" is kept on one line with them). */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');
const headingLevels = () => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));

describe('"What happened next"', () => {
  beforeEach(() => {
    freshStore(scenario);
    markFirstScreenShown();
    useGameStore.getState().setHistoryOpen(true);
  });
  afterEach(cleanup);

  it('from the title: the governments, the timeline, INEGI’s homicides and the model’s run, with no player path', () => {
    renderInApp(<HistoryScreen />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'What happened next' }));
    expect(screen.getByText(history.intro.en)).toBeTruthy();
    for (const a of history.administrations) expect(screen.getByRole('heading', { level: 3, name: a.president })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Navy captures Zetas leader Treviño Morales' })).toBeTruthy();
    expect(document.querySelectorAll('.history-fact')).toHaveLength(history.facts.length);
    // The note about finishing a game is for the screen only: the print stylesheet drops it.
    expect(screen.getByText(/Finish a game and open this page from its debrief/).classList).toContain('history-page__beside--none');

    // INEGI: a header row and one row per observed year, each with its figure.
    const inegi = rowsOf('inegi-table');
    expect(inegi).toHaveLength(1 + history.observed.length);
    expect(inegi[1]?.textContent).toContain('2012');
    expect(inegi[1]?.textContent).toContain('25,967');
    expect(screen.getByText('Not the documents\' measure, and not the model\'s')).toBeTruthy();

    // The model's run: two grouped header rows, then 2012–2025; no column for a player.
    expect(rowsOf('model-run-table')).toHaveLength(2 + (history.lastYear - 2012 + 1));
    expect(within(screen.getByTestId('model-run-table')).queryByText('Your game')).toBeNull();
    expect(screen.getAllByRole('img', { name: /^Line chart/ })).toHaveLength(2);
    expect(screen.getByRole('img', { name: /^Bar chart of homicides per year/ })).toBeTruthy();
    const index = rowsOf('index-table');
    expect(index[1]?.textContent).toBe('2012100100');
    expect(within(screen.getByTestId('index-table')).getAllByRole('columnheader')).toHaveLength(3);

    // The model's run and its comparison with INEGI, read from the same index rows the table shows.
    expect(screen.queryByTestId('history-luck')).toBeNull();
    const real = playRealCourse(scenario);
    if (!real?.ok) throw new Error('the real course did not play');
    const at2014 = indexRows(courseRows(history, real.value), 'violence').find((r) => r.year === 2014);
    expect(at2014?.observed).not.toBeNull();
    const comparison = screen.getByTestId('index-comparison').textContent ?? '';
    expect(comparison).toContain(`in 2014 INEGI's index stood at ${Math.round(at2014?.observed ?? 0)} and the model's at ${Math.round(at2014?.real ?? 0)}`);
    expect(comparison).toMatch(/in 2018, at \d+ and \d+; in 2024, at \d+ and \d+\./);
    expect(comparison).toMatch(/^Where the model follows reality and where it misses: .+\. From 2012 to 2014 .+; from 2014 to 2018 .+; from 2018 to 2024 .+\.$/);

    const questions = within(screen.getByTestId('history-questions')).getAllByRole('listitem');
    expect(questions.map((q) => q.textContent)).toEqual(history.questions.map((q) => q.en));
  });

  it('names each president’s own party beside the game’s party that stands for it, and the option under its code', () => {
    renderInApp(<HistoryScreen />);
    const party = (id: string) => document.querySelector(`[data-administration="${id}"] [data-testid="history-party"]`)?.textContent;
    expect(party('pena-nieto')).toBe('PRI');
    expect(party('lopez-obrador')).toBe('Morena (played as the PRD in the game)');
    expect(party('sheinbaum')).toBe('Morena (played as the PRD in the game)');
    expect(document.querySelector('[data-administration="sheinbaum"] .history-government__option')?.textContent).toBe('C+LE — Socially focused alternatives (with a law-enforcement component)');
    expect(screen.getByText(/C\+LE is option C with a law-enforcement component \(LE: law enforcement\)\./)).toBeTruthy();
    act(() => useGameStore.getState().setLocale('es'));
    expect(party('lopez-obrador')).toBe('Morena (en el juego aparece como el PRD)');
    expect(screen.getByText(/«LE», del inglés law enforcement: el componente policial/)).toBeTruthy();
  });

  it('prints every source in full: title, publisher, date and address', () => {
    renderInApp(<HistoryScreen />);
    const facts = [...document.querySelectorAll<HTMLElement>('.history-fact')];
    expect(facts).toHaveLength(history.facts.length);
    for (const [i, el] of facts.entries()) {
      const fact = history.facts.find((f) => f.id === el.dataset['fact']);
      const printed = el.querySelector('.history-print-sources');
      expect(printed?.classList).toContain('history-print-only');
      const items = printed?.querySelectorAll('li') ?? [];
      expect(items, `fact ${i}`).toHaveLength(fact?.sources.length ?? -1);
      fact?.sources.forEach((source, k) => {
        const text = items[k]?.textContent ?? '';
        for (const part of [source.title, source.publisher, source.date, source.url]) expect(text).toContain(part);
      });
    }
  });

  it('keeps headings in order and each fact’s sources in one collapsed list', () => {
    renderInApp(<HistoryScreen />);
    const levels = headingLevels();
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    for (const fact of document.querySelectorAll('.history-fact')) {
      expect(fact.querySelectorAll('summary')).toHaveLength(1);
      expect(fact.querySelector('summary')?.textContent).toMatch(/^Sources \(\d+\)$/);
    }
    const marked = document.querySelectorAll('.history-fact__model');
    expect(marked).toHaveLength(history.facts.filter((f) => f.event).length);
    expect(marked[0]?.textContent).toMatch(/played as a scripted event in \d{4}: .+/);
  });

  it('from the debrief: the player’s game beside the real course, on the cooperation and deaths charts and tables', () => {
    finishGame();
    renderInApp(<HistoryScreen />);
    expect(plain(screen.getByTestId('history-beside').textContent)).toContain('Your game (B → C+LE → D)');
    const table = screen.getByTestId('model-run-table');
    expect(within(table).getByRole('columnheader', { name: (name) => plain(name) === 'Your game (B → C+LE → D)' })).toBeTruthy();
    // The two runs differ by more than the choices: the game's own seed and drawn events, against seed 1 and only the real events.
    expect(screen.getByTestId('history-luck').textContent).toBe(
      "Your game used its own seed (77) and drew random events; the model's run of the real course uses seed 1, draws no events and plays only the real ones. So the two lines differ by luck and by the events each run plays, not only by the choices.",
    );
    expect(within(rowsOf('model-run-table')[2] as HTMLElement).getAllByRole('cell')).toHaveLength(6);
    expect(screen.getByText('Overall cooperation, your game (B → C+LE → D)')).toBeTruthy();
    expect(screen.getByText('Your game (B → C+LE → D)', { selector: '.history-legend li' })).toBeTruthy();
    expect(document.querySelectorAll('.history-chart__line[data-series="player"]')).toHaveLength(2);
    expect(within(screen.getByTestId('index-table')).getAllByRole('columnheader')).toHaveLength(4);
    expect(rowsOf('index-table')[1]?.textContent).toBe('2012100100100');
    expect(screen.getAllByRole('button', { name: /Back to the debrief/ })).toHaveLength(2);
  });

  it('reads in Spanish', () => {
    renderInApp(<HistoryScreen />);
    act(() => useGameStore.getState().setLocale('es'));
    expect(screen.getByRole('heading', { level: 1, name: 'Lo que pasó después' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'La Marina captura a Treviño Morales, líder de Los Zetas' })).toBeTruthy();
    expect(screen.getByText('17 de diciembre de 2012')).toBeTruthy();
    expect(rowsOf('inegi-table')[1]?.textContent).toContain('25,967');
  });

  it('closes with Escape and with the back button', () => {
    renderInApp(<HistoryScreen />);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(useGameStore.getState().historyOpen).toBe(false);
    act(() => useGameStore.getState().setHistoryOpen(true));
    fireEvent.click(screen.getAllByRole('button', { name: /Back to the title screen/ })[0] as HTMLElement);
    expect(useGameStore.getState().historyOpen).toBe(false);
  });

  it('leaves Escape to the model page when it is open over this one', () => {
    renderInApp(<HistoryScreen />);
    act(() => useGameStore.getState().setModelOpen(true));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(useGameStore.getState().historyOpen).toBe(true);
  });
});
