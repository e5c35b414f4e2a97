// Downloads a save's text under a name that says which year it reached.
import { download } from '../../lib/download.ts';

export function downloadSave(text: string, unreadable = false): void {
  let year = '';
  try {
    const raw = JSON.parse(text) as { year?: unknown };
    if (typeof raw.year === 'number') year = `-${raw.year}`;
  } catch {
    // An unreadable save still downloads, under a plain name.
  }
  download(`sexenio${unreadable ? '-unreadable' : ''}-save${year}.json`, 'application/json', text);
}
