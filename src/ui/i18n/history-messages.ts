// The strings of "What happened next". They load with the page's own chunk, not with the app, and are added to the
// app's i18next instance the first time the page renders (both languages, so switching needs nothing more).
import type { i18n } from 'i18next';
import enHistory from './en/history.json';
import esHistory from './es/history.json';

export { enHistory };
export const esHistoryChecked = esHistory satisfies typeof enHistory;

export function addHistoryMessages(instance: i18n): void {
  for (const [lng, bundle] of [['en', enHistory], ['es', esHistoryChecked]] as const) {
    if (instance.getResource(lng, 'translation', 'history.title') === undefined) instance.addResourceBundle(lng, 'translation', bundle, true, false);
  }
}
