import { describe, expect, it } from 'vitest';
import { realScenario } from '../../tests/unit/load-test-scenario.ts';
import { parseSimArgs } from './parse-args.ts';

describe('simulator flags: --set and --export-variant', () => {
  const scenario = realScenario();
  const parse = (...argv: string[]) => parseSimArgs(argv, scenario);

  it('plays the standard model without --set', () => {
    const parsed = parse('--choices', 'A,B,D');
    expect(parsed.ok && parsed.value.variant).toEqual({});
  });

  it('collects repeated --set flags into one checked variant', () => {
    const parsed = parse('--choices', 'A,B,D', '--set', 'missionGainSedena=3.5', '--set', 'aidDelay=0.9');
    expect(parsed.ok && parsed.value.variant).toEqual({ missionGainSedena: 3.5, aidDelay: 0.9 });
  });

  it('names an unknown parameter and the nearest known ones in one line', () => {
    expect(parse('--choices', 'A,B,D', '--set', 'missionGain=3')).toEqual({ ok: false, error: 'unknown parameter "missionGain" (did you mean missionGainSedena, missionGainSemar?)' });
  });

  it('names a value outside its range, and one that is not a number', () => {
    expect(parse('--choices', 'A,B,D', '--set', 'aidDelay=2')).toEqual({ ok: false, error: 'parameter aidDelay = 2 is outside its range 0 to 1' });
    expect(parse('--choices', 'A,B,D', '--set', 'aidDelay=NaN')).toEqual({ ok: false, error: 'parameter aidDelay needs a number, got "NaN"' });
    expect(parse('--choices', 'A,B,D', '--set', 'aidDelay')).toEqual({ ok: false, error: '"aidDelay" is not name=value' });
    expect(parse('--choices', 'A,B,D', '--set', 'aidDelay=0.2', '--set', 'aidDelay=0.3')).toEqual({ ok: false, error: 'parameter aidDelay is given twice' });
  });

  it('does not mix --set with --replay, whose code holds the whole set-up', () => {
    expect(parse('--replay', 'SX2.x', '--set', 'aidDelay=0.2')).toEqual({ ok: false, error: '--replay takes no --set: the run code holds the whole game' });
  });

  it('--export-variant needs a variant and no game flags', () => {
    const parsed = parse('--set', 'aidDelay=0.2', '--export-variant', '/tmp/out');
    expect(parsed.ok && parsed.value.exportVariant).toBe('/tmp/out');
    expect(parse('--export-variant', '/tmp/out')).toEqual({ ok: false, error: '--export-variant writes a variant: give at least one --set name=value' });
    expect(parse('--set', 'aidDelay=0.2', '--export-variant', '/tmp/out', '--choices', 'A,B,D')).toEqual({ ok: false, error: '--export-variant writes a scenario folder: it takes only --set (and --scenario), not --choices' });
  });
});
