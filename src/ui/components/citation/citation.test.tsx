// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Citation as CitationData } from '../../../engine/index.ts';
import { useGameStore } from '../../../state/store.ts';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { CitationList } from './citation-list.tsx';
import { Citation } from './citation.tsx';

const three: CitationData[] = [
  { doc: 'downie-2011', section: 'Option A', lines: [500, 501], quote: 'not yet at a point' },
  { doc: 'deare-2009', section: 'Introduction', lines: [10, 12] },
  { url: 'https://example.org/report', title: 'A public report', publisher: 'A publisher', date: '2016-05-01' },
];

/** Whether the element is inside a closed <details> other than as that details' own summary. */
function hiddenInClosedDetails(el: Element): boolean {
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open && !(el.closest('summary')?.parentElement === d)) return true;
  }
  return false;
}

describe('citation', () => {
  beforeEach(() => freshStore());
  afterEach(cleanup);

  it('names document, section and lines, shows the quote, and loads the cited lines when opened', async () => {
    const { container } = renderInApp(<Citation citation={{ doc: 'downie-2011', section: 'Option A', lines: [500, 501], quote: 'not yet at a point' }} />);
    const summary = screen.getByText(/Downie 2011/);
    expect(summary.textContent).toContain('Option A');
    expect(summary.textContent).toContain('lines 500–501');
    expect(screen.getByText('not yet at a point').tagName).toBe('Q');
    const details = container.querySelector('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const passage = await waitFor(() => screen.getByRole('list', { name: 'Cited passage, lines 500 to 501' }));
    expect(passage.getAttribute('start')).toBe('500');
    expect(passage.querySelectorAll('li')).toHaveLength(2);
    expect(passage.textContent?.toLowerCase().replace(/\s+/g, ' ')).toContain('not yet at a point');
  });

  it('is one Tab stop while closed: its citations and links are reachable only once it is opened', async () => {
    const user = userEvent.setup();
    const { container } = renderInApp(
      <>
        <button type="button">Before</button>
        <CitationList citations={three} />
        <button type="button">After</button>
      </>,
    );
    const list = container.querySelector('details.citation-list');
    if (!(list instanceof HTMLDetailsElement)) throw new Error('no source list');
    const toggle = screen.getByText('Sources (3)');
    expect(toggle.tagName).toBe('SUMMARY');
    expect(toggle.parentElement).toBe(list);
    expect(list.open).toBe(false);
    const inner = [...list.querySelectorAll('summary, a[href]')].filter((el) => el !== toggle);
    expect(inner).toHaveLength(3);
    expect(inner.every(hiddenInClosedDetails)).toBe(true);

    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(toggle);
    await user.click(toggle);
    await waitFor(() => expect(list.open).toBe(true));
    expect(inner.some(hiddenInClosedDetails)).toBe(false);
    expect(screen.getByRole('link', { name: 'A public report' }).getAttribute('href')).toBe('https://example.org/report');
  });

  it('names its label and count when given a label', () => {
    renderInApp(<CitationList citations={three.slice(0, 2)} label="Sources for this factor" />);
    expect(screen.getByText('Sources for this factor (2)').tagName).toBe('SUMMARY');
  });

  it('says, in Spanish, that a quote from an English document is in English, and marks the quote as English', () => {
    useGameStore.getState().setLocale('es');
    renderInApp(<Citation citation={three[0] as CitationData} />);
    const quote = screen.getByText('not yet at a point');
    expect(quote.getAttribute('lang')).toBe('en');
    expect(quote.parentElement?.textContent).toBe('not yet at a point (cita en inglés)');
  });

  it('adds no language note to a quote in the language of the page', () => {
    renderInApp(<Citation citation={three[0] as CitationData} />);
    expect(screen.getByText('not yet at a point').parentElement?.textContent).toBe('not yet at a point');
  });
});
