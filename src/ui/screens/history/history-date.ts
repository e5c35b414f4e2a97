// Dates of the real course in the reader's language. Sources give a day, a month or only a year; each is shown at
// the precision it has ("December 17, 2012", "May 2020", "2017").

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export function formatHistoryDate(date: string, tag: string): string {
  const full = FULL.exec(date);
  if (full) return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])));
  const month = MONTH.exec(date);
  if (month) return new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return date;
}

/** The year of an ISO date at any precision. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
