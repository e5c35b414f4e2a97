// A short pause after anything new appears (a year, an event that asks for an answer, a screen): until it has passed,
// the buttons and keys that advance the game or answer a decision do nothing. Two quick presses of Enter, a held
// key, a double click, or a press that began before the new content appeared can then never skip a year or answer a
// question the player has not seen. Only presses that reach the page count as "held": a click from assistive
// technology, which sends no key or pointer event, is judged by the pause alone.

/** Long enough to catch a double press or key repeat (first repeat ≈ 500 ms), short enough not to feel like a wait. */
export const PACE_GUARD_MS = 600;

type Listener = () => void;

let readyAt = 0;
let ready = true;
let timer: ReturnType<typeof setTimeout> | undefined;
/** When the key or pointer press still held (or being released in this very task) began; null when none is. */
let pressStartedAt: number | null = null;
const listeners = new Set<Listener>();

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

function setReady(value: boolean): void {
  if (ready === value) return;
  ready = value;
  for (const l of listeners) l();
}

/** Something new is on screen: start the pause again. */
export function markNewStep(): void {
  readyAt = now() + PACE_GUARD_MS;
  if (timer !== undefined) clearTimeout(timer);
  setReady(false);
  timer = setTimeout(() => {
    timer = undefined;
    setReady(true);
  }, PACE_GUARD_MS);
}

/** Whether the pause since the last new step is over. */
export function isPaceReady(): boolean {
  return ready;
}

export function subscribePace(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether an activation now would be deliberate: the pause is over and no press that began during it is still going. */
export function mayAdvance(): boolean {
  if (!ready || now() < readyAt) return false;
  return pressStartedAt === null || pressStartedAt >= readyAt;
}

const ACTIVATING_KEYS = new Set(['Enter', ' ']);

function pressBegan(e: KeyboardEvent | PointerEvent): void {
  if (e instanceof KeyboardEvent && (!ACTIVATING_KEYS.has(e.key) || e.repeat)) return;
  pressStartedAt = now();
}

function pressEnded(e: KeyboardEvent | PointerEvent): void {
  if (e instanceof KeyboardEvent && !ACTIVATING_KEYS.has(e.key)) return;
  // A button activated by Space (on keyup) or by a pointer (click after pointerup) is activated after this listener
  // runs, in the same task: the press is forgotten only after that.
  setTimeout(() => {
    pressStartedAt = null;
  }, 0);
}

/** Follows key and pointer presses on the page (capture phase, before any button sees them). Returns the undo. */
export function trackPresses(target: Window): () => void {
  const begin = (e: Event) => pressBegan(e as KeyboardEvent | PointerEvent);
  const end = (e: Event) => pressEnded(e as KeyboardEvent | PointerEvent);
  const forget = () => {
    pressStartedAt = null;
  };
  target.addEventListener('keydown', begin, true);
  target.addEventListener('pointerdown', begin, true);
  target.addEventListener('keyup', end, true);
  target.addEventListener('pointerup', end, true);
  target.addEventListener('pointercancel', end, true);
  target.addEventListener('blur', forget);
  return () => {
    target.removeEventListener('keydown', begin, true);
    target.removeEventListener('pointerdown', begin, true);
    target.removeEventListener('keyup', end, true);
    target.removeEventListener('pointerup', end, true);
    target.removeEventListener('pointercancel', end, true);
    target.removeEventListener('blur', forget);
  };
}

/** Tests: back to the state of a fresh page. */
export function resetPaceGuard(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  readyAt = 0;
  pressStartedAt = null;
  setReady(true);
}
