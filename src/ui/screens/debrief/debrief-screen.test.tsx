// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSetup, play } from '../../../engine/index.ts';
import { actionsOf } from '../../../../tests/unit/record-actions.ts';
import { useGameStore } from '../../../state/store.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { realScenario } from '../../test/real-scenario.ts';
import { DebriefScreen } from './debrief-screen.tsx';

const scenario = realScenario();

/** A finished game put into the store the way a replayed run would be: scenario, game and actions only. */
function loadFinished(withActions: boolean) {
  const record = {
    setup: defaultSetup(scenario, { seed: 77 }),
    decisions: [{ strategy: 'B', rationale: 'Police need time', forecast: 'rise' as const }, { strategy: 'C+LE', forecast: 'fall' as const }, { strategy: 'D' }],
    answers: {},
  };
  const played = play(scenario, record);
  const actions = actionsOf(scenario, record);
  if (!played.ok || !actions.ok) throw new Error('the game did not play');
  useGameStore.setState({ game: played.value, actions: withActions ? actions.value : [], screen: 'debrief' });
  return played.value;
}

describe('debrief', () => {
  beforeEach(() => freshStore(scenario));
  afterEach(cleanup);

  it('shows every part for a finished game', async () => {
    loadFinished(true);
    renderInApp(<DebriefScreen />);
    expect(await screen.findByRole('heading', { level: 2, name: /What each factor added or removed/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'The roads not taken' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'For discussion' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print report' })).toBeTruthy();
    // The run's JSON file is handed in from the box at the top; the report links back to it.
    const handIn = await screen.findByRole('region', { name: 'Hand in your run' });
    expect(within(handIn).getByRole('button', { name: 'Download the file (JSON)' })).toBeTruthy();
    expect(within(handIn).getByLabelText<HTMLInputElement>('Run code').value).toMatch(/^SX3\.sexenio-2012~/);
    expect(within(handIn).getByRole('checkbox', { name: 'Include my reasons and forecasts' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download the run (JSON)' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Hand in this run/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download yearly scores (CSV)' })).toBeTruthy();
    expect(screen.getByTestId('forecast-score').textContent).toMatch(/Your forecasts: \d of 2 came true\./);
    expect(screen.getByText('Police need time')).toBeTruthy();
    // Three terms, four alternatives each.
    expect(screen.getAllByRole('img', { name: /Overall cooperation with your strategy and with each alternative/ })).toHaveLength(3);
    expect(document.querySelectorAll('.ghost-chart__ghost')).toHaveLength(12);
    // The switch redraws every sexenio's chart with deaths per year; the tables keep every outcome.
    fireEvent.click(within(screen.getByTestId('ghosts-measure')).getByRole('radio', { name: 'Drug-related deaths per year' }));
    expect(screen.getAllByRole('img', { name: /Drug-related deaths per year with your strategy/ })).toHaveLength(3);
    expect([...document.querySelectorAll('.ghost-chart')].map((c) => c.getAttribute('data-measure'))).toEqual(['violence', 'violence', 'violence']);
    expect(document.querySelectorAll('.ghost-table tbody tr')).toHaveLength(15);
    // The trade-off: the player's game and the five pure paths, in the chart and its table.
    const tradeoff = screen.getByTestId('tradeoff');
    expect(tradeoff.querySelectorAll('[data-point]')).toHaveLength(6);
    expect(within(tradeoff).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByTestId('tradeoff-caption').textContent).toMatch(/^On this seed, final cooperation ranged from [\d.]+ \(.+\) to [\d.]+ \(.+\), and deaths over 2013–2030 from [\d,]+ /);
    // Luck versus choice needs a worker, which jsdom lacks: it says so instead of failing.
    expect(await screen.findByText('This browser cannot run the simulation in the background.')).toBeTruthy();
  });

  it('moves the year detail with the arrow keys, one tab stop for the row', async () => {
    loadFinished(false);
    renderInApp(<DebriefScreen />);
    const toolbar = await screen.findByRole('toolbar', { name: 'Choose a year to see what changed' });
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons).toHaveLength(18);
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    expect(screen.getByTestId('year-detail').getAttribute('data-year')).toBe('2013');
    buttons[0]?.focus();
    fireEvent.keyDown(toolbar, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('2014');
    expect(screen.getByRole('heading', { name: 'What changed in 2014' })).toBeTruthy();
    fireEvent.keyDown(toolbar, { key: 'End' });
    expect(screen.getByTestId('year-detail').getAttribute('data-year')).toBe('2030');
    fireEvent.focus(buttons[5] as HTMLElement);
    expect(screen.getByTestId('year-detail').getAttribute('data-year')).toBe('2018');
    expect(within(screen.getByTestId('year-detail')).getAllByText(/Sources|Downie|Deare|NORTHCOM|Garza|Rodríguez/).length).toBeGreaterThan(0);
  });

  it('has no hand-in box for a shared run opened read-only: its JSON file is in the report', async () => {
    loadFinished(true);
    useGameStore.setState({ readOnly: true, sharedNickname: 'Pair 7' });
    renderInApp(<DebriefScreen />);
    expect(await screen.findByRole('button', { name: 'Download the run (JSON)' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Hand in your run' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Hand in this run/ })).toBeNull();
  });

  it('builds the roads not taken from the state alone when the actions are missing', async () => {
    loadFinished(false);
    renderInApp(<DebriefScreen />);
    await screen.findByTestId('ghosts');
    expect(document.querySelectorAll('.ghost-chart__ghost')).toHaveLength(12);
  });
});
