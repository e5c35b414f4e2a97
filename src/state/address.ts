// The page an address names. The game's own screens have no address (a game is one page, saved as it goes); the
// instructor area has three, and shared runs and class links keep theirs:
//   #instructors, #dashboard, #class-setup, #class-setup=<class code> (the set-up filled in from that link),
//   #run=<run code>, #class=<class code>, and nothing (the title, or the game in progress).
// Reading never throws: a hash that names nothing is returned as 'unknown' for the title to say so.
import type { Screen } from './session-slice.ts';

export type InstructorPage = Extract<Screen, 'instructors' | 'class-setup' | 'dashboard'>;

export type Address =
  | { readonly kind: 'none' }
  | { readonly kind: 'run'; readonly code: string }
  | { readonly kind: 'class'; readonly code: string }
  | { readonly kind: 'page'; readonly page: InstructorPage; readonly classCode: string | null }
  | { readonly kind: 'unknown'; readonly shown: string };

const PAGES: readonly InstructorPage[] = ['instructors', 'class-setup', 'dashboard'];
/** How much of an unknown hash the message quotes. */
const SHOWN_CHARS = 40;

export function isInstructorPage(name: string): name is InstructorPage {
  return (PAGES as readonly string[]).includes(name);
}

export function readAddress(hash: string): Address {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.trim() === '') return { kind: 'none' };
  const eq = text.indexOf('=');
  const name = (eq < 0 ? text : text.slice(0, eq)).replace(/\/+$/, '');
  const value = eq < 0 ? null : text.slice(eq + 1);
  if (name === 'run' && value !== null) return { kind: 'run', code: value };
  if (name === 'class' && value !== null) return { kind: 'class', code: value };
  if (isInstructorPage(name) && (value === null || name === 'class-setup')) return { kind: 'page', page: name, classCode: value === null || value === '' ? null : value };
  const shown = `#${text}`;
  return { kind: 'unknown', shown: shown.length > SHOWN_CHARS ? `${shown.slice(0, SHOWN_CHARS - 1)}…` : shown };
}

/** The hash of an instructor page ("#dashboard"), or of the set-up filled in from a class code. */
export function pageHash(page: InstructorPage, classCode: string | null = null): string {
  return page === 'class-setup' && classCode ? `#class-setup=${classCode}` : `#${page}`;
}
