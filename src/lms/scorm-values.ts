// SCORM 1.2 data types the game writes (RTE 3.4.2): times of day, time spans, identifiers and the size limits.

/** cmi.suspend_data and cmi.comments are CMIString4096. */
export const MAX_CMI_STRING = 4096;
/** cmi.interactions.n.student_response is CMIFeedback, at most 255 characters. */
export const MAX_FEEDBACK = 255;

const two = (n: number): string => String(n).padStart(2, '0');

/** CMITime, the local time of day: HH:MM:SS. */
export function cmiTime(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** CMITimespan: HHHH:MM:SS.SS (hours capped at 9999). */
export function cmiTimespan(milliseconds: number): string {
  const hundredths = Number.isFinite(milliseconds) ? Math.max(0, Math.round(milliseconds / 10)) : 0;
  const hours = Math.floor(hundredths / 360_000);
  if (hours > 9999) return '9999:59:59.99';
  const minutes = Math.floor(hundredths / 6000) % 60;
  const seconds = Math.floor(hundredths / 100) % 60;
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(hundredths % 100)}`;
}

/** CMIIdentifier: no white space or unprintable characters, at most 255. Content ids keep their letters, digits and hyphens. */
export function cmiIdentifier(raw: string): string {
  return raw.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 255);
}
