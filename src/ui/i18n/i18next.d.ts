import 'i18next';
import type { enHistory } from './history-messages.ts';
import type { en } from './messages.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The page "What happened next" brings its own strings (history-messages.ts); their keys are typed here too.
    resources: { translation: typeof en & typeof enHistory };
  }
}
