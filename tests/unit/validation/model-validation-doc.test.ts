// docs/model-validation.md is generated (npm run validate); these tests keep it honest: it was written from this
// checkout's model and real course, and it states every miss rather than hiding it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../../src/content/content-fingerprint.ts';
import { courseChecksum, docStamps } from '../../../scripts/validation/course-checksum.ts';
import { validationDoc, type CheckRow } from '../../../scripts/validation/validation-doc.ts';
import { realCourseRuns, yearTable } from '../../../scripts/validation/year-table.ts';
import { realScenario } from '../load-test-scenario.ts';

const scenario = realScenario();

const row = (claim: string, diff: number, extra: Partial<CheckRow> = {}): CheckRow => ({
  claim,
  title: `claim ${claim}`,
  margin: { label: `comparison ${claim}`, n: 300, diff, by: 0, se: 0.01, worst: null },
  holds: diff > 0.02,
  ...extra,
});

describe('docs/model-validation.md', () => {
  it('was written from this checkout’s model and real course (run npm run validate after changing either)', () => {
    const stamps = docStamps(readFileSync('docs/model-validation.md', 'utf8'));
    expect(stamps, 'the doc names the model content and real course it was written from').not.toBeNull();
    expect(stamps).toEqual({ model: contentFingerprint(scenario), course: courseChecksum(scenario) });
  });

  it('states each miss with its reason, and a failing claim as failing', () => {
    const years = yearTable(scenario, realCourseRuns(scenario, 1, 3));
    const doc = validationDoc({
      scenario,
      fingerprint: 'x',
      courseChecksum: 'y',
      firstSeed: 1,
      seeds: 3,
      years,
      claims: [row('1', 5), row('2', -1, { knownMiss: 'too weak to tell apart' }), row('3', -2)],
      realCourse: [row('R1', 4)],
    });
    expect(doc).toContain('3 comparisons in 3 claims: 1 hold, 1 miss (known, stated below), 1 fail');
    expect(doc).toContain('Why: too weak to tell apart.');
    expect(doc).toContain('This is not a known miss: the claims test fails.');
    // One row per year from 2012 to the history's last year, with INEGI's count where there is one.
    const observed2018 = scenario.history?.observed.find((o) => o.year === 2018)?.value ?? 0;
    expect(doc).toMatch(new RegExp(`\\| 2018 \\| [0-9,]+ \\([0-9,]+–[0-9,]+\\) \\| \\d+ \\| ${observed2018.toLocaleString('en-US')} \\|`));
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: (scenario.history?.lastYear ?? 0) - 2011 }, (_, i) => 2012 + i));
  });
});
