// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { miniScenario } from '../../../../tests/fixtures/mini-scenario.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { ScoreMeter } from './score-meter.tsx';

const sedena = miniScenario.scores.find((s) => s.id === 'sedena');

describe('score meter', () => {
  beforeEach(() => freshStore());
  afterEach(cleanup);

  it('shows the value large, the signed change with an arrow, and names the score', () => {
    if (!sedena) throw new Error('fixture');
    renderInApp(<ScoreMeter def={sedena} value={52.4} previous={56.5} delta={-4.1} hasChange />);
    const meter = screen.getByRole('article', { name: 'SEDENA' });
    expect(meter.querySelector('.meter__value')?.textContent).toBe('52');
    expect(meter.querySelector('.delta')?.textContent).toBe('▼\u22124.1');
    expect(meter.querySelector('.delta__glyph')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says when the sexenio has not started instead of showing a change', () => {
    if (!sedena) throw new Error('fixture');
    renderInApp(<ScoreMeter def={sedena} value={50} previous={50} delta={0} hasChange={false} />);
    expect(screen.getByText('Start of the sexenio')).toBeTruthy();
  });
});
