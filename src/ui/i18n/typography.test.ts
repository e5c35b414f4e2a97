import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n.ts';
import { keepAbbreviationsWhole, keepAbbreviationsWholeIn } from './typography.ts';

describe('keepAbbreviationsWhole', () => {
  it('joins the halves of "EE. UU." with a no-break space, every time', () => {
    expect(keepAbbreviationsWhole('Un informe de EE. UU. y la ayuda de EE. UU.')).toBe('Un informe de EE.\u00a0UU. y la ayuda de EE.\u00a0UU.');
  });

  it('leaves other text and an already joined abbreviation alone', () => {
    expect(keepAbbreviationsWhole('US aid, EE.\u00a0UU., Estados Unidos')).toBe('US aid, EE.\u00a0UU., Estados Unidos');
  });

  it('reaches every string of a nested tree', () => {
    expect(keepAbbreviationsWholeIn({ a: 'EE. UU.', b: { c: 'de EE. UU.' } })).toEqual({ a: 'EE.\u00a0UU.', b: { c: 'de EE.\u00a0UU.' } });
  });

  it('is applied to the Spanish interface strings the app shows', () => {
    const i18n = createI18n('es');
    expect(i18n.t('decision.teams.us')).toBe('Equipo de EE.\u00a0UU.:');
    expect(i18n.t('decision.teams.us', { lng: 'en' })).not.toContain('\u00a0');
  });
});
