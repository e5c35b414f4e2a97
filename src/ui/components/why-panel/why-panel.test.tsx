// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGameStore } from '../../../state/store.ts';
import { realScenario } from '../../test/real-scenario.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { WhyPanel } from './why-panel.tsx';

/** The first year of a real game under strategy A, resolved. */
function firstYear(): void {
  freshStore(realScenario());
  const store = useGameStore.getState();
  store.startGame('2012', 7);
  store.leaveBriefing();
  store.chooseStrategy({ strategy: 'A' });
  useGameStore.getState().advanceYear();
}

/** Makes the window match the phone-width query, or not. */
function phone(matches: boolean): void {
  const list = { matches, addEventListener: () => undefined, removeEventListener: () => undefined };
  vi.stubGlobal('matchMedia', () => list);
}

describe('the why panel', () => {
  beforeEach(firstYear);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('opens on a few lines under the headline scores, with the full list closed below them', () => {
    renderInApp(<WhyPanel id="why" onClose={() => undefined} />);
    const panel = screen.getByRole('region', { name: /^Why the numbers moved in 2013/ });
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    const lines = panel.querySelectorAll('.why-summary__line');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(5);
    const sections = [...panel.querySelectorAll('.why-summary__section')].map((s) => s.getAttribute('data-score'));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.every((id) => ['cooperation', 'sedena', 'semar'].includes(id ?? ''))).toBe(true);
    const all = within(panel).getByText('All changes and their sources');
    expect(all.tagName).toBe('SUMMARY');
    expect((all.parentElement as HTMLDetailsElement).open).toBe(false);
  });

  it('lists each factor once per score in the full list', () => {
    renderInApp(<WhyPanel id="why" onClose={() => undefined} />);
    const groups = document.querySelectorAll('.why-ledger .why-group');
    expect(groups.length).toBeGreaterThan(3);
    for (const group of groups) {
      const factors = [...group.querySelectorAll('.why-change__factor')].map((f) => f.firstChild?.textContent);
      expect(new Set(factors).size).toBe(factors.length);
    }
    const cooperation = document.querySelector('.why-ledger .why-group[data-score="cooperation"]');
    expect(cooperation?.querySelectorAll('.why-change').length).toBeLessThan(useGameStore.getState().game?.history[0]?.changes.filter((c) => c.target === 'cooperation').length ?? 0);
  });

  it('is a sheet on a phone, which Close closes', () => {
    phone(true);
    const onClose = vi.fn();
    renderInApp(<WhyPanel id="why" onClose={onClose} />);
    const sheet = document.getElementById('why');
    expect(sheet?.tagName).toBe('DIALOG');
    expect(sheet?.hasAttribute('open')).toBe(true);
    fireEvent.click(within(sheet as HTMLElement).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('is a region beside the year on a wider screen', () => {
    phone(false);
    renderInApp(<WhyPanel id="why" onClose={() => undefined} />);
    expect(document.getElementById('why')?.tagName).toBe('SECTION');
  });
});
