import { describe, expect, it } from 'vitest';
import { citationProblem, normalizeForMatch } from './citations.ts';
import { loadSourceTexts } from './load-sources-node.ts';

const sources = loadSourceTexts();

describe('citation checks', () => {
  it('finds a real quote across a PDF line break and curly quotes', () => {
    expect(citationProblem({ doc: 'downie-2011', section: 'Introduction', lines: [27, 29], quote: 'the best US/Mexican military-to-military and defense relations in decades' }, sources)).toBeNull();
  });
  it('rejects an invented quote', () => {
    expect(citationProblem({ doc: 'downie-2011', section: 'Introduction', lines: [27, 29], quote: 'relations were never better' }, sources)).toMatch(/is not in downie-2011 lines 27–29/);
  });
  it('rejects lines past the end of the document', () => {
    expect(citationProblem({ doc: 'rodriguez-2007', section: 'x', lines: [9000, 9001] }, sources)).toMatch(/has \d+ lines/);
  });
  it('normalises text for matching', () => expect(normalizeForMatch('“Less—safe,” it said')).toBe('lesssafeitsaid'));
});
