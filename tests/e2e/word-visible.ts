// Counts the words a sighted reader meets on the page as it stands: text that is rendered (not in a closed
// disclosure, not hidden, not screen-reader-only, not a chart's axis), counted the way `npm run words` counts them.
import type { Locator, Page } from '@playwright/test';

export async function visibleWords(page: Page, root: Locator | null = null, firstViewport = false): Promise<number> {
  const handle = root ? await root.elementHandle() : await page.$('body');
  if (!handle) return 0;
  return handle.evaluate((el, onlyFirst) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const height = window.innerHeight;
    let words = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.sr-only, script, style, svg, [hidden], header.app-header, dialog:not([open])')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      if (onlyFirst) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        if (rect.height === 0 || rect.top >= height) continue;
      }
      words += (node.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    }
    return words;
  }, firstViewport);
}
