// The model lab's strings. They load with the lab's own chunk, not with the app, and are added to the app's i18next
// instance the first time the lab renders (both languages, so switching needs nothing more).
import type { i18n } from 'i18next';
import enLab from './en/lab.json';
import esLab from './es/lab.json';

export { enLab };
export const esLabChecked = esLab satisfies typeof enLab;

export function addLabMessages(instance: i18n): void {
  for (const [lng, bundle] of [['en', enLab], ['es', esLabChecked]] as const) {
    if (instance.getResource(lng, 'translation', 'lab.title') === undefined) instance.addResourceBundle(lng, 'translation', bundle, true, false);
  }
}
