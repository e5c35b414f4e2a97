// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectDecisionView } from '../../../state/decision-selectors.ts';
import { useGameStore } from '../../../state/store.ts';
import { markFirstScreenShown } from '../../lib/use-screen-focus.ts';
import { realScenario } from '../../test/real-scenario.ts';
import { afterPause, freshStore, renderInApp } from '../../test/render.tsx';
import { ChoiceScreen } from './choice-screen.tsx';

const scenario = realScenario();

function start(setup: { twoTeam?: boolean } = {}): void {
  freshStore(scenario);
  markFirstScreenShown();
  useGameStore.getState().startGame('2012', 11, setup);
  useGameStore.getState().leaveBriefing();
}

describe('the president\'s party', () => {
  beforeEach(() => start());
  afterEach(cleanup);

  it('is left to the election unless the player picks one', () => {
    renderInApp(<ChoiceScreen />);
    const group = screen.getByRole('group', { name: 'The president\'s party' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['', ...scenario.parties.map((p) => p.id)]);
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: /Let the election decide/ }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /Keep the military in the lead/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm: Keep the military in the lead' }));
    const decision = useGameStore.getState().game?.terms[0]?.decision;
    expect(scenario.parties.map((p) => p.id)).toContain(decision?.party);
    expect(selectDecisionView(useGameStore.getState())?.partyBy).toBe('election');
  });

  it('records the party the player picks', () => {
    renderInApp(<ChoiceScreen />);
    fireEvent.click(screen.getByRole('radio', { name: /^PRD/ }));
    fireEvent.click(screen.getByRole('radio', { name: /Tacit accommodation/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Confirm/ }));
    expect(useGameStore.getState().game?.terms[0]?.decision).toMatchObject({ strategy: 'D', party: 'PRD', levers: [], by: 'player' });
    expect(selectDecisionView(useGameStore.getState())?.partyBy).toBe('chosen');
  });
});

describe('two teams on one device', () => {
  beforeEach(() => start({ twoTeam: true }));
  afterEach(cleanup);

  it('hides Mexico\'s choice behind a hand-off, then lets the US team pick levers within the budget', async () => {
    renderInApp(<ChoiceScreen />);
    expect(screen.getByText(/Mexico's team decides first/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Hand the lead to law enforcement/ }));
    fireEvent.click(screen.getByRole('radio', { name: /^PAN/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm Mexico\'s choice' }));
    // Nothing is decided yet, and the hand-off does not show what Mexico chose.
    expect(useGameStore.getState().game?.phase).toBe('choosing');
    const handOff = screen.getByTestId('hand-off');
    expect(document.activeElement).toBe(within(handOff).getByRole('heading', { level: 1, name: 'Hand the device to the US team' }));
    expect(handOff.textContent).not.toMatch(/law enforcement|PAN/);
    await afterPause();
    fireEvent.click(screen.getByRole('button', { name: 'The US team is ready' }));

    const us = screen.getByTestId('us-team');
    expect(us.textContent).not.toMatch(/Hand the lead to law enforcement/);
    const group = within(us).getByRole('group', { name: `Downie’s recommendations (up to ${scenario.usLeverBudget})` });
    const boxes = within(group).getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes).toHaveLength(scenario.usLevers.length);
    expect(screen.getByRole('button', { name: 'Confirm: no levers this sexenio' })).toBeTruthy();
    fireEvent.click(boxes[3]!);
    fireEvent.click(boxes[0] as HTMLInputElement);
    expect(us.querySelector('#lever-budget')?.textContent).toBe('2 of 2 chosen. The budget is used up: clear one to choose another.');
    // The budget is used: the rest cannot be ticked until one is cleared.
    expect(boxes.filter((b) => b.disabled)).toHaveLength(scenario.usLevers.length - 2);
    fireEvent.click(boxes[3]!);
    expect(boxes.filter((b) => b.disabled)).toHaveLength(0);
    fireEvent.click(boxes[2] as HTMLInputElement);
    await afterPause();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm the US team’s levers' }));

    const ids = scenario.usLevers.map((l) => l.id);
    expect(useGameStore.getState().game?.terms[0]?.decision).toMatchObject({ strategy: 'B', party: 'PAN', levers: [ids[0], ids[2]], by: 'player' });
    expect(useGameStore.getState().screen).toBe('year');
  });

  it('lets Mexico\'s team go back from the hand-off and keeps its choice', () => {
    renderInApp(<ChoiceScreen />);
    fireEvent.click(screen.getByRole('radio', { name: /Keep the military in the lead/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm Mexico\'s choice' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mexico\'s team: change the choice' }));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /Keep the military in the lead/ }).checked).toBe(true);
  });
});
