// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../../content/content-fingerprint.ts';
import { createGame, defaultSetup } from '../../../engine/index.ts';
import { Providers } from '../../app/providers.tsx';
import { realScenario } from '../../test/real-scenario.ts';
import { SetupStatement } from './setup-statement.tsx';

const scenario = realScenario();

function shown(setup: Parameters<typeof defaultSetup>[1]): Record<string, string> {
  render(
    <Providers>
      <SetupStatement scenario={scenario} game={createGame(scenario, defaultSetup(scenario, setup))} />
    </Providers>,
  );
  const list = within(screen.getByTestId('setup-statement'));
  return Object.fromEntries(list.getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']));
}

describe('the set-up statement', () => {
  afterEach(cleanup);

  it('states the seed, theory, US posture, modes, strategies allowed and content fingerprint', () => {
    const rows = shown({ seed: 4242, theory: 'reversion', usPosture: 'disengaged', succession: 'model', allowedOptions: ['A', 'C'], randomEvents: false, twoTeam: true });
    expect(rows).toEqual({
      Seed: '4242',
      Start: 'December 2012 (Peña Nieto\'s inauguration)',
      'Theory of the relationship': 'A marriage of convenience (Deare)',
      'US posture': 'Disengaged',
      'Strategies available': 'A, C',
      'Drawn events': 'Off',
      Sexenios: 'One-term mode',
      'Two-team mode': 'On',
      'Model content (fingerprint)': contentFingerprint(scenario),
    });
  });

  it('names every strategy when the game allowed them all', () => {
    const rows = shown({ seed: 1 });
    expect(rows['Strategies available']).toBe(`All (${scenario.options.map((o) => o.id).join(', ')})`);
    expect(rows['Drawn events']).toBe('On');
    expect(rows['Sexenios']).toBe('Three sexenios, all chosen by the player');
  });
});
