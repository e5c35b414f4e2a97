import { describe, expect, it } from 'vitest';
import { isLuckMessage, isLuckRequest, LUCK_PROTOCOL, protocolError } from './luck-protocol.ts';

const request = {
  type: 'run',
  version: LUCK_PROTOCOL,
  scenario: { id: 's' },
  setup: { seed: 1 },
  paths: [{ id: 'A', decisions: [{ strategy: 'A' }] }],
  runs: 10,
  finals: ['cooperation'],
  totals: ['violence'],
};

describe('luck protocol', () => {
  it('accepts a request of this version and refuses others or malformed ones', () => {
    expect(isLuckRequest(request)).toBe(true);
    expect(isLuckRequest({ ...request, version: 1 })).toBe(false);
    expect(isLuckRequest({ ...request, version: undefined })).toBe(false);
    expect(isLuckRequest({ ...request, runs: 2.5 })).toBe(false);
    expect(isLuckRequest({ ...request, totals: [3] })).toBe(false);
    expect(isLuckRequest({ ...request, paths: [{ id: 'A' }] })).toBe(false);
    expect(isLuckRequest(null)).toBe(false);
  });

  it('answers an unreadable request with an error of its own version naming the one it got', () => {
    expect(protocolError({ ...request, version: 1 })).toEqual({ type: 'error', version: LUCK_PROTOCOL, message: `luck request version 1, expected ${LUCK_PROTOCOL}` });
    expect(protocolError({ ...request, runs: -1 })).toEqual({ type: 'error', version: LUCK_PROTOCOL, message: 'malformed luck request' });
  });

  it('accepts messages of this version whose series are numbers of one length', () => {
    const result = { id: 'A', ms: 3, finals: { cooperation: [1, 2] }, totals: { violence: [10, 20] } };
    expect(isLuckMessage({ type: 'path', version: LUCK_PROTOCOL, result })).toBe(true);
    expect(isLuckMessage({ type: 'progress', version: LUCK_PROTOCOL, done: 3, total: 10 })).toBe(true);
    expect(isLuckMessage({ type: 'done', version: LUCK_PROTOCOL, ms: 12 })).toBe(true);
    expect(isLuckMessage({ type: 'error', version: LUCK_PROTOCOL, message: 'x' })).toBe(true);
    expect(isLuckMessage({ type: 'done', ms: 12 })).toBe(false);
    expect(isLuckMessage({ type: 'path', version: LUCK_PROTOCOL, result: { ...result, totals: { violence: [10] } } })).toBe(false);
    expect(isLuckMessage({ type: 'path', version: LUCK_PROTOCOL, result: { ...result, finals: { cooperation: [1, Number.NaN] } } })).toBe(false);
    expect(isLuckMessage({ type: 'path', version: LUCK_PROTOCOL, result: { ...result, finals: [1, 2] } })).toBe(false);
    expect(isLuckMessage({ type: 'other', version: LUCK_PROTOCOL })).toBe(false);
  });
});
