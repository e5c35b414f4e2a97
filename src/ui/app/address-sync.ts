// Keeps the address and the instructor pages in step. Opening one of them (#instructors, #class-setup, #dashboard)
// adds a history entry, so Back and Forward move between them and the title, and a reload reopens the same page;
// leaving them for the title or a game adds an entry without a hash. The game's own screens never touch the address.
import { isInstructorPage, pageHash, readAddress } from '../../state/address.ts';
import type { Screen } from '../../state/session-slice.ts';
import { useGameStore } from '../../state/store.ts';

/** The address last read or written; an event that finds the address still at it has nothing new to read. */
let applied = '';

function here(hash = ''): string {
  return `${window.location.pathname}${window.location.search}${hash}`;
}

/** The address for a screen the store moved to. */
function writeAddress(screen: Screen): void {
  const current = readAddress(window.location.hash);
  if (isInstructorPage(screen)) {
    if (current.kind !== 'page' || current.page !== screen) window.history.pushState(null, '', here(pageHash(screen)));
  } else if (current.kind === 'page') {
    window.history.pushState(null, '', here());
  }
}

/** Replaces the set-up page's address with one that reopens it filled in from this class code (no new entry). */
export function keepClassSetupAddress(classCode: string): void {
  const current = readAddress(window.location.hash);
  if (current.kind === 'page' && current.page === 'class-setup' && current.classCode !== classCode) {
    window.history.replaceState(null, '', here(pageHash('class-setup', classCode)));
    // A hashchange still queued from reaching the set-up must not read this address as a link to fill in.
    applied = window.location.href;
  }
}

/** Starts following the address (after the one the game opened with has been read); returns a stop function. */
export function followAddress(): () => void {
  applied = window.location.href;
  const apply = () => {
    if (window.location.href === applied) return;
    applied = window.location.href;
    void useGameStore.getState().openAddress(window.location.hash);
  };
  const unsubscribe = useGameStore.subscribe((s, prev) => {
    if (s.screen === prev.screen) return;
    writeAddress(s.screen);
    applied = window.location.href;
  });
  // A change of hash fires both events in some browsers and only one in others; `applied` keeps it to one reading.
  window.addEventListener('popstate', apply);
  window.addEventListener('hashchange', apply);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', apply);
    window.removeEventListener('hashchange', apply);
  };
}
