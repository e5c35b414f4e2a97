// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildModelCatalog } from '../../../content/model-catalog.ts';
import { useGameStore } from '../../../state/store.ts';
import { realScenario } from '../../test/real-scenario.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { markFirstScreenShown } from '../../lib/use-screen-focus.ts';
import { ModelScreen } from './model-screen.tsx';

const scenario = realScenario();
const catalog = buildModelCatalog(scenario, { theory: scenario.defaultTheory, usPosture: scenario.defaultUsPosture });

function factorNames(): string[] {
  return [...document.querySelectorAll('.model-factor .model-factor__name')].map((n) => n.textContent ?? '');
}

const count = () => document.querySelector('.model-filter__count')?.textContent;

function open(details: Element): void {
  (details as HTMLDetailsElement).open = true;
  fireEvent(details, new Event('toggle'));
}

describe('"How the model works"', () => {
  beforeEach(() => {
    freshStore(scenario);
    markFirstScreenShown();
    useGameStore.getState().setModelOpen(true);
  });
  afterEach(cleanup);

  it('lists every factor once, grouped, and takes focus to its heading', () => {
    renderInApp(<ModelScreen />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'How the model works' }));
    expect(factorNames()).toHaveLength(scenario.factors.length);
    expect(new Set(factorNames())).toEqual(new Set(scenario.factors.map((f) => f.label.en)));
    expect(screen.getByRole('heading', { level: 2, name: `The factors (${scenario.factors.length})` })).toBeTruthy();
    for (const g of ['Structural conditions', 'Drivers of cooperation', 'Shocks', 'Succession']) expect(screen.getByRole('heading', { level: 3, name: new RegExp(`^${g}`) })).toBeTruthy();
  });

  it('lists every assumption of the catalog in its own section', () => {
    renderInApp(<ModelScreen />);
    const section = screen.getByRole('region', { name: `Assumptions (${catalog.assumptions.length})` });
    expect(within(section).getAllByRole('listitem')).toHaveLength(catalog.assumptions.length);
    expect(catalog.assumptions.length).toBeGreaterThan(10);
  });

  it('explains how overall cooperation combines SEDENA and SEMAR, and marks the weighting as an assumption', () => {
    renderInApp(<ModelScreen />);
    const table = screen.getByRole('table', { name: 'How overall cooperation combines the two channels' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + Object.keys(scenario.cooperation.weights).length);
    expect(within(table).getAllByText('50%')).toHaveLength(2);
    expect(screen.getByText(scenario.cooperation.explain.en)).toBeTruthy();
    // Once where it applies, once in the list of assumptions.
    expect(screen.getAllByText(scenario.cooperation.assumption?.en ?? '—')).toHaveLength(2);
    expect(screen.getByText('From year 5: Military supports the police')).toBeTruthy();
  });

  it('filters the factors by what they say, ignoring accents, and says how many are shown', () => {
    renderInApp(<ModelScreen />);
    const box = screen.getByRole('searchbox', { name: 'Find a factor' });
    fireEvent.change(box, { target: { value: 'hurricane' } });
    const shown = factorNames();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(scenario.factors.length);
    expect(count()).toBe(`Showing ${shown.length} of ${scenario.factors.length} factors.`);
    fireEvent.change(box, { target: { value: 'zzzz-nothing' } });
    expect(factorNames()).toHaveLength(0);
    expect(count()).toBe('No factor matches “zzzz-nothing”.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(factorNames()).toHaveLength(scenario.factors.length);
    act(() => useGameStore.getState().setLocale('es'));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Buscar un factor' }), { target: { value: 'HURACAN' } });
    expect(factorNames().length).toBe(shown.length);
  });

  it('can show only the factors that involve an assumption', () => {
    renderInApp(<ModelScreen />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only factors that involve an assumption' }));
    const withAssumption = catalog.factors.filter((f) => f.factor.assumption || f.rules.some((r) => r.rule.assumption) || f.events.some((e) => e.assumption));
    expect(factorNames()).toHaveLength(withAssumption.length);
  });

  it('opens a factor to show its rules with their numbers, events and sources; context-only factors say so', () => {
    renderInApp(<ModelScreen />);
    const reversion = catalog.factors.find((f) => f.rules.some((r) => r.rule.id === 'reversion-sedena'));
    if (!reversion) throw new Error('no reversion factor');
    const details = document.querySelector(`[data-factor="${reversion.factor.id}"]`);
    if (!details) throw new Error('not rendered');
    open(details);
    const rule = details.querySelector('[data-rule="reversion-sedena"]');
    expect(rule?.textContent).toContain('reversionScale');
    expect(within(rule as HTMLElement).getByText('1')).toBeTruthy();
    expect(within(details as HTMLElement).getAllByText(/^Sources \(\d+\)$/).length).toBeGreaterThan(0);
    // Under Deare's theory the same rule shows the theory's value, and its base.
    fireEvent.change(screen.getByRole('combobox', { name: 'Theory' }), { target: { value: 'reversion' } });
    expect(details.querySelector('[data-rule="reversion-sedena"]')?.textContent).toContain('1.6 (set by the theory or US posture; base value 1)');

    const contextOnly = catalog.factors.filter((f) => f.rules.length === 0 && f.events.length === 0);
    expect(contextOnly.length).toBeGreaterThan(0);
    for (const f of contextOnly) {
      const d = document.querySelector(`[data-factor="${f.factor.id}"]`);
      if (!d) throw new Error(f.factor.id);
      expect(d.querySelector('summary')?.textContent).toContain('Context only');
      open(d);
      expect(d.textContent).toContain('has no rule or event of its own');
    }
  });

  it('shows the theories and US postures with what each changes', () => {
    renderInApp(<ModelScreen />);
    const theories = screen.getByRole('region', { name: /^Theories/ });
    expect(within(theories).getAllByRole('heading', { level: 3 })).toHaveLength(scenario.theories.length);
    expect(theories.querySelector('[data-set="reversion"]')?.textContent).toContain('reversionScale: 1.6 (baseline 1)');
    const postures = screen.getByRole('region', { name: 'US postures' });
    expect(within(postures).getAllByRole('heading', { level: 3 })).toHaveLength(scenario.usPostures.length);
  });

  it('closes with the back button', () => {
    renderInApp(<ModelScreen />);
    fireEvent.click(screen.getAllByRole('button', { name: /Back to the title screen/ })[0] as HTMLElement);
    expect(useGameStore.getState().modelOpen).toBe(false);
  });
});
