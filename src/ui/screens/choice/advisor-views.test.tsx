// @vitest-environment jsdom
// The real advisors speak to the sub-choice and to the situation the term begins in.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Situation } from '../../../content/situation.ts';
import type { AdvisorDef, OptionDef, Scenario } from '../../../engine/index.ts';
import { realScenario } from '../../test/real-scenario.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { AdvisorViews } from './advisor-views.tsx';
import { adviceFor } from '../../../content/advice.ts';

const scenario: Scenario = realScenario();
const option = (id: string): OptionDef => scenario.options.find((o) => o.id === id)!;
const advisor = (id: string): AdvisorDef => scenario.advisors.find((a) => a.id === id)!;
const firstTerm: Situation = { term: 1, previous: null, scores: { policeCapacity: 28, publicSupport: 45, violence: 12000 } };

describe('advice for a strategy', () => {
  it('takes the C+LE advice over the C advice when the player keeps law enforcement', () => {
    for (const id of ['sedena-secretary', 'semar-secretary', 'interior-minister', 'northcom-commander']) {
      const a = advisor(id);
      expect(a.advice['C+LE'], id).toBeDefined();
      expect(adviceFor(a, option('C'), 'C+LE'), id).toBe(a.advice['C+LE']);
      expect(adviceFor(a, option('C'), 'C'), id).toBe(a.advice['C']);
      expect(adviceFor(a, option('C'), null), id).toBe(a.advice['C']);
      expect(a.advice['C+LE']?.text.en, id).not.toBe(a.advice['C']?.text.en);
    }
  });

  it('falls back to the option’s advice when there is none for the strategy', () => {
    const a = advisor('us-ambassador');
    expect(adviceFor(a, option('A'), 'A')).toBe(a.advice['A']);
    expect(adviceFor({ ...a, advice: { C: a.advice['C']! } }, option('C'), 'C+LE')).toBe(a.advice['C']);
  });
});

describe('the advisors on the choice screen', () => {
  beforeEach(() => freshStore(scenario));
  afterEach(cleanup);

  const interiorOnB = () => advisor('interior-minister').advice['B']!;

  it('the Interior secretary asks for the police reform at first, and talks about using it once it is far along', () => {
    const b = interiorOnB();
    const using = b.now?.find((n) => n.when.score === 'policeCapacity')?.text.en;
    expect(using).toBeDefined();
    renderInApp(<AdvisorViews scenario={scenario} option={option('B')} strategy="B" situation={firstTerm} />);
    expect(screen.getByText(b.text.en)).toBeTruthy();
    expect(screen.queryByText(using!)).toBeNull();
    cleanup();
    const later: Situation = { term: 2, previous: 'B', scores: { ...firstTerm.scores, policeCapacity: 52 } };
    renderInApp(<AdvisorViews scenario={scenario} option={option('B')} strategy="B" situation={later} />);
    expect(screen.getByText(using!)).toBeTruthy();
    expect(screen.queryByText(b.text.en)).toBeNull();
  });

  it('shows the C+LE advice, and the advice after a C term, when the sub-choice and the situation call for them', () => {
    const northcom = advisor('northcom-commander');
    renderInApp(<AdvisorViews scenario={scenario} option={option('C')} strategy="C+LE" situation={firstTerm} />);
    expect(screen.getByText(northcom.advice['C+LE']!.text.en)).toBeTruthy();
    expect(screen.queryByText(northcom.advice['C']!.text.en)).toBeNull();
    cleanup();
    const afterC: Situation = { term: 2, previous: 'C+LE', scores: firstTerm.scores };
    renderInApp(<AdvisorViews scenario={scenario} option={option('C')} strategy="C" situation={afterC} />);
    const again = northcom.advice['C']!.now?.find((n) => n.when.after?.includes('C'))?.text.en;
    expect(again).toBeDefined();
    expect(screen.getByText(again!)).toBeTruthy();
  });
});
