// The printed report fits in at most three pages, on Letter and on A4; "What happened next" prints whole, its charts
// and tables within the page. PDFs go to screenshots/ (git-ignored) to look at.
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

test('"What happened next" prints every fact with its sources, and its charts and tables fit the page', async ({ page }) => {
  await openTitle(page);
  await page.getByRole('button', { name: 'See what happened next, 2012–2025' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What happened next' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 816, height: 1056 });
  // Collapsed source lists are not printed: each fact and government prints its publishers and dates instead.
  await expect(page.locator('.history-fact .citation-list--collapsed').first()).toBeHidden();
  await expect(page.locator('.history-fact .history-print-sources')).toHaveCount(40);
  await expect(page.locator('.history-fact .history-print-sources').first()).toBeVisible();
  await expect(page.locator('.history-government .history-print-sources')).toHaveCount(3);
  await expect(page.locator('.history-contents')).toBeHidden();
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.history-chart svg, .history-data')].filter((el) => el.getBoundingClientRect().right > width + 1).length;
  });
  expect(overflow, 'charts or tables wider than the page').toBe(0);
  mkdirSync('screenshots', { recursive: true });
  const counts: Record<string, number> = {};
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(`screenshots/what-happened-next-${format}.pdf`, pdf);
    counts[format] = pdfPageCount(pdf);
  }
  console.log(`print: what happened next, Letter ${counts['Letter']} pages, A4 ${counts['A4']} pages`);
  for (const format of ['Letter', 'A4']) {
    expect(counts[format]).toBeGreaterThan(3);
    expect(counts[format]).toBeLessThanOrEqual(16);
  }
});
