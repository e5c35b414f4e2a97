// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useGameStore } from '../../../state/store.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { BriefingScreen } from './briefing-screen.tsx';
import { moveAim } from './priorities-step.tsx';

const order = () => within(screen.getByTestId('priorities-step')).getAllByRole('listitem').map((li) => li.getAttribute('data-aim'));

describe('ranking the aims on the briefing', () => {
  beforeEach(() => {
    freshStore();
    useGameStore.getState().startGame('2012', 3);
  });
  afterEach(cleanup);

  it('moves an aim one place at a time, and never past either end', () => {
    expect(moveAim(['cooperation', 'lives', 'support', 'sovereignty', 'law'], 1, 0)).toEqual(['lives', 'cooperation', 'support', 'sovereignty', 'law']);
    expect(moveAim(['cooperation', 'lives', 'support', 'sovereignty', 'law'], 4, 5)).toEqual(['cooperation', 'lives', 'support', 'sovereignty', 'law']);
  });

  it('offers the five aims in a default order with named buttons, and leaves with the order the player set', () => {
    renderInApp(<BriefingScreen />);
    expect(order()).toEqual(['cooperation', 'lives', 'support', 'sovereignty', 'law']);
    expect(screen.getByRole('button', { name: 'Move Cooperation with the US military up' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Move Rule of law down' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/^Drug-related deaths, added up \d{4}–\d{4}$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move Fewer deaths up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Rule of law up' }));
    expect(order()).toEqual(['lives', 'cooperation', 'support', 'law', 'sovereignty']);
    expect(useGameStore.getState().announcement.text).toBe('Rule of law: now 4 of 5.');
    fireEvent.click(screen.getByRole('button', { name: 'Choose your strategy' }));
    expect(useGameStore.getState().game?.setup.priorities).toEqual(['lives', 'cooperation', 'support', 'law', 'sovereignty']);
    expect(useGameStore.getState().screen).toBe('choice');
  });

  it('can be skipped, keeping no ranking', () => {
    renderInApp(<BriefingScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Move Fewer deaths up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip the ranking' }));
    expect(useGameStore.getState().game?.setup).not.toHaveProperty('priorities');
    expect(useGameStore.getState().screen).toBe('choice');
  });
});
