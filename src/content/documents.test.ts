import { describe, expect, it } from 'vitest';
import { bylineAfterTitle, documentById } from './documents.ts';

describe('bylineAfterTitle', () => {
  it('closes the author with one point', () => {
    expect(bylineAfterTitle(documentById('downie-2011'))).toBe(' — Richard Downie. ');
    expect(bylineAfterTitle(documentById('garza-2010'))).toBe(' — Rafael H. Garza Jr. ');
  });

  it('leaves the author out when the text names none', () => {
    expect(bylineAfterTitle(documentById('northcom-2011'))).toBe('. ');
  });
});
