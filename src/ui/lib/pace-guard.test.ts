// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isPaceReady, markNewStep, mayAdvance, PACE_GUARD_MS, resetPaceGuard, trackPresses } from './pace-guard.ts';

describe('the pace guard', () => {
  let untrack: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    resetPaceGuard();
    untrack = trackPresses(window);
  });
  afterEach(() => {
    untrack();
    resetPaceGuard();
    vi.useRealTimers();
  });

  const key = (type: 'keydown' | 'keyup', k: string, repeat = false) => window.dispatchEvent(new KeyboardEvent(type, { key: k, repeat }));

  it('lets nothing through until the pause after a new step is over', () => {
    expect(mayAdvance()).toBe(true);
    markNewStep();
    expect(isPaceReady()).toBe(false);
    expect(mayAdvance()).toBe(false);
    vi.advanceTimersByTime(PACE_GUARD_MS - 50);
    expect(mayAdvance()).toBe(false);
    vi.advanceTimersByTime(50);
    expect(isPaceReady()).toBe(true);
    expect(mayAdvance()).toBe(true);
  });

  it('refuses a second Enter pressed quickly after the first', () => {
    key('keydown', 'Enter');
    expect(mayAdvance()).toBe(true);
    markNewStep();
    key('keyup', 'Enter');
    vi.advanceTimersByTime(80);
    key('keydown', 'Enter');
    expect(mayAdvance()).toBe(false);
  });

  it('refuses a key held down from before the step, however long it repeats', () => {
    key('keydown', 'Enter');
    markNewStep();
    for (let t = 0; t < 4; t++) {
      vi.advanceTimersByTime(400);
      key('keydown', 'Enter', true);
      expect(mayAdvance()).toBe(false);
    }
    key('keyup', 'Enter');
    vi.advanceTimersByTime(1);
    key('keydown', 'Enter');
    expect(mayAdvance()).toBe(true);
  });

  it('refuses a Space or a pointer press that began during the pause and ends after it', () => {
    markNewStep();
    vi.advanceTimersByTime(200);
    key('keydown', ' ');
    vi.advanceTimersByTime(PACE_GUARD_MS);
    key('keyup', ' ');
    // Space activates a button on keyup, in the same task: the press still counts then.
    expect(mayAdvance()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(mayAdvance()).toBe(true);

    markNewStep();
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(PACE_GUARD_MS + 100);
    window.dispatchEvent(new Event('pointerup'));
    expect(mayAdvance()).toBe(false);
  });

  it('lets a deliberate press after the pause through, and ignores keys that activate nothing', () => {
    markNewStep();
    key('keydown', 'Shift');
    vi.advanceTimersByTime(PACE_GUARD_MS);
    expect(mayAdvance()).toBe(true);
    key('keydown', 'Enter');
    expect(mayAdvance()).toBe(true);
  });
});
