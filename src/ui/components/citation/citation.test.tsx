// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshStore, renderInApp } from '../../test/render.tsx';
import { Citation } from './citation.tsx';

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
});
