// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useGameStore } from '../../../state/store.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { ChoiceScreen } from './choice-screen.tsx';

describe('the strategy choice', () => {
  beforeEach(() => {
    freshStore();
    useGameStore.getState().startGame('2012', 1);
    useGameStore.getState().leaveBriefing();
  });
  afterEach(cleanup);

  it('offers the four options as one radio group', () => {
    renderInApp(<ChoiceScreen />);
    const group = screen.getByRole('group', { name: 'Strategies' });
    expect(within(group).getAllByRole('radio', { name: /^Option [A-D]:/ })).toHaveLength(4);
    expect(screen.getByText('Select a strategy above to hear your advisors\' views on it.')).toBeTruthy();
  });

  it('asks the sub-choice for C and shows the advisors for the selected option', () => {
    renderInApp(<ChoiceScreen />);
    fireEvent.click(screen.getByRole('radio', { name: /Social programs/ }));
    expect(screen.getByRole('heading', { name: 'Your advisors on “Social programs”' })).toBeTruthy();
    expect(screen.getByText('Navy on C')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Confirm/ }));
    expect(screen.getByRole('alert').textContent).toBe('Answer the question on the selected strategy first.');
    const sub = screen.getByRole('group', { name: 'Keep a law-enforcement component?' });
    fireEvent.click(within(sub).getByRole('radio', { name: /C\+LE/ }));
    fireEvent.change(screen.getByLabelText('Why this strategy, in one line'), { target: { value: '  Keep the Navy close  ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Fall' }));
    fireEvent.click(screen.getByRole('button', { name: /^Confirm/ }));
    const decision = useGameStore.getState().game?.terms[0]?.decision;
    expect(decision).toMatchObject({ strategy: 'C+LE', rationale: 'Keep the Navy close', forecast: 'fall', by: 'player' });
    expect(useGameStore.getState().screen).toBe('year');
  });

  it('asks for a strategy when none is selected', () => {
    renderInApp(<ChoiceScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm the strategy' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose one of the four strategies first.');
    expect(document.activeElement).toBe(screen.getAllByRole('radio')[0]);
  });
});
