import 'i18next';
import type { enHistory } from './history-messages.ts';
import type { enLab } from './lab-messages.ts';
import type { en } from './messages.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // "What happened next" and the model lab bring their own strings (history-messages.ts, lab-messages.ts); their
    // keys are typed here too.
    resources: { translation: typeof en & typeof enHistory & typeof enLab };
  }
}
