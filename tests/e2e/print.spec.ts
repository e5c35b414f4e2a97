// The printed report fits in at most three pages, on Letter and on A4; "What happened next" prints whole, its charts
// and tables within the page, in plain block layout (Chromium overprints grid and flex containers split across
// pages), each source in full, and no text printed over other text. PDFs go to screenshots/ (git-ignored) to look at.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openTitle, SEED } from './helpers.ts';
import { playToDebrief } from './debrief-helpers.ts';

test.use({ reducedMotion: 'reduce' });

/** Pages in a PDF: "/Type /Page" objects (not "/Type /Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the debrief prints on at most three Letter or A4 pages', async ({ page }) => {
  // Six PDFs and a whole game: slow on a busy machine.
  test.slow();
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

  // The set-up is stated on screen and on paper; no heading is left at a page's foot without what follows it.
  await expect(page.getByTestId('setup-statement')).toBeVisible();
  await expect(page.getByTestId('setup-statement')).toContainText(`Seed${SEED}`);
  const loneHeadings = await page.evaluate(() => [...document.querySelectorAll('.debrief h2, .debrief h3')].filter((h) => getComputedStyle(h).breakAfter !== 'avoid').map((h) => h.textContent));
  expect(loneHeadings).toEqual([]);

  // Printed from a narrow, a laptop and a projector window: the same fixed-size chart, every year labelled.
  let printedViewBox: string | null = null;
  for (const width of [720, 1280, 1920]) {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('chart-region').locator('.chart-frame')).toBeHidden();
    const ticks = page.getByTestId('print-chart').locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expect(ticks).toHaveText(Array.from({ length: 18 }, (_, i) => String(2013 + i)));
    for (const tick of await ticks.all()) await expect(tick).toBeVisible();
    // The printed chart is drawn at one size whatever the window (print styles scale it to the page).
    const viewBox = await page.getByTestId('print-chart').locator('svg.recharts-surface').getAttribute('viewBox');
    printedViewBox ??= viewBox;
    expect(viewBox, `printed chart from a ${width} px window`).toBe(printedViewBox);
    const file = `screenshots/debrief-report-${width}px.pdf`;
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    writeFileSync(file, pdf);
    const pages = pdfPageCount(pdf);
    console.log(`print: from ${width} px, Letter ${pages} pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(3);
    if (hasPdftotext) {
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      // The chart's year axis, on paper: all eighteen years in a row.
      expect(text).toMatch(new RegExp(Array.from({ length: 18 }, (_, i) => 2013 + i).join('\\s+')));
      expect(text).toContain('Model content (fingerprint)');
      expect(text).not.toContain('Jr..');
    }
  }

  // "What happened next", opened from this debrief: the player's game beside the real course, on paper.
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'See what happened next, beside your game' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What happened next' })).toBeVisible();
  await printHistory(page, 'debrief-en');
});

const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;

/** Text lines that overlap another on the same page of a PDF (pdftotext's word boxes), as "page: line / line". */
function overprinted(file: string): string[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: 64 << 20 }).toString();
  const found: string[] = [];
  xml
    .split('<page ')
    .slice(1)
    .forEach((pageXml, p) => {
      const lines = [...pageXml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: [...(m[5] ?? '').matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
      }));
      lines.forEach((a, i) =>
        lines.slice(i + 1).forEach((b) => {
          const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (across > 1 && down > 0.3 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) found.push(`page ${p + 1}: "${a.text.slice(0, 40)}" / "${b.text.slice(0, 40)}"`);
        }),
      );
    });
  return found;
}

/**
 * Prints "What happened next" as it is (opened from the title or a debrief) on Letter and A4: checks the print
 * layout, saves the PDFs to screenshots/ and, where pdftotext is installed, that no text is printed over other text.
 */
async function printHistory(page: Page, name: string): Promise<Record<string, number>> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  // Plain block layout for everything that can break across pages; only small units kept whole.
  const layout = await page.evaluate(() => {
    const style = (selector: string) => [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el));
    const blocks = ['.history-page', '.history-section', '.history-governments', '.history-timeline', '.history-facts', '.history-fact', '.history-pair', '.history-pair__table', '.history-table'];
    return {
      notBlock: blocks.filter((selector) => style(selector).some((s) => s.display !== 'block')),
      splittable: ['.history-fact', '.history-figure', '.history-data tr'].filter((selector) => style(selector).some((s) => s.breakInside !== 'avoid')),
      headingsAlone: ['.history-page h2', '.history-page h3', '.history-fact__title', '.history-table__caption'].filter((selector) => style(selector).some((s) => s.breakAfter !== 'avoid')),
      wholeSections: style('.history-section, .history-governments, .history-timeline, .history-pair').filter((s) => s.breakInside === 'avoid').length,
    };
  });
  expect(layout).toEqual({ notBlock: [], splittable: [], headingsAlone: [], wholeSections: 0 });
  mkdirSync('screenshots', { recursive: true });
  const counts: Record<string, number> = {};
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    const file = `screenshots/what-happened-next-${name}-${format}.pdf`;
    writeFileSync(file, pdf);
    counts[format] = pdfPageCount(pdf);
    if (hasPdftotext) expect(overprinted(file), `${file}: text printed over other text`).toEqual([]);
  }
  console.log(`print: what happened next (${name}), Letter ${counts['Letter']} pages, A4 ${counts['A4']} pages${hasPdftotext ? '' : ' (no pdftotext: overprinting not checked)'}`);
  for (const format of ['Letter', 'A4']) {
    expect(counts[format]).toBeGreaterThan(3);
    expect(counts[format]).toBeLessThanOrEqual(18);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  return counts;
}

test('"What happened next" prints every fact with its sources in full, and its charts and tables fit the page', async ({ page }) => {
  await openTitle(page);
  await page.getByRole('button', { name: 'See what happened next, 2012–2025' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What happened next' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 816, height: 1056 });
  // Collapsed source lists are not printed: each fact and government prints its sources in full instead.
  await expect(page.locator('.history-fact .citation-list').first()).toBeHidden();
  await expect(page.locator('.history-fact .history-print-sources')).toHaveCount(40);
  const first = page.locator('.history-fact .history-print-sources li').first();
  await expect(first).toBeVisible();
  await expect(first).toContainText("National force to take aim at Mexico's gang violence. The Spokesman-Review, 2012-12-18.");
  await expect(first).toContainText('http://spokesman.com/stories/2012/dec/18/national-force-to-take-aim-at-mexicos-gang');
  await expect(page.locator('.history-government .history-print-sources')).toHaveCount(3);
  await expect(page.locator('.history-contents')).toBeHidden();
  // Screen-only: the invitation to finish a game, the scroll cues.
  await expect(page.getByTestId('history-beside')).toBeHidden();
  await expect(page.locator('.history-table__cue:visible')).toHaveCount(0);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.history-chart svg, .history-data')].filter((el) => el.getBoundingClientRect().right > width + 1).length;
  });
  expect(overflow, 'charts or tables wider than the page').toBe(0);

  // Printed from a phone, a laptop and a projector window, in English and in Spanish.
  for (const [width, height] of [[390, 844], [1280, 800], [1920, 1080]] as const) {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width, height });
    await printHistory(page, `title-en-${width}`);
  }
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lo que pasó después' })).toBeVisible();
  await printHistory(page, 'title-es-1920');
  await page.setViewportSize({ width: 390, height: 844 });
  await printHistory(page, 'title-es-390');
});

