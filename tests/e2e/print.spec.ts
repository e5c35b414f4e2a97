// The printed report fits in at most three pages, on Letter and on A4. PDFs go to screenshots/ (git-ignored) to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openTitle } from './helpers.ts';
import { playToDebrief } from './debrief-helpers.ts';

test.use({ reducedMotion: 'reduce' });

/** Pages in a PDF: "/Type /Page" objects (not "/Type /Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the debrief prints on at most three Letter or A4 pages', async ({ page }) => {
  await openTitle(page);
  await playToDebrief(page);
  await expect(page.getByRole('button', { name: 'Print report' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 816, height: 1056 });
  await page.waitForTimeout(500);
  mkdirSync('screenshots', { recursive: true });
  const counts: Record<string, number> = {};
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(`screenshots/debrief-report-${format}.pdf`, pdf);
    counts[format] = pdfPageCount(pdf);
  }
  console.log(`print: Letter ${counts['Letter']} pages, A4 ${counts['A4']} pages`);
  test.info().annotations.push({ type: 'pdf pages', description: JSON.stringify(counts) });
  expect(counts['Letter']).toBeGreaterThan(0);
  expect(counts['Letter']).toBeLessThanOrEqual(3);
  expect(counts['A4']).toBeGreaterThan(0);
  expect(counts['A4']).toBeLessThanOrEqual(3);
});
