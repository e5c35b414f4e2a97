// The SCORM 1.2 run-time API an LMS puts in one of the windows around the game: found the standard way (the frame's
// parents, then the opener's), and wrapped so that every call is typed, never throws into the game, and reports a
// refusal with the LMS's own error code and text. No API found: no LMS, and the game behaves as it always does.

/** The eight functions SCORM 1.2 names (RTE 3.3). Every value travels as a string. */
export type Scorm12Api = {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
};

/** How far up a chain of frames the search goes: LMS players nest the content a few frames deep, never more. */
export const MAX_PARENT_STEPS = 7;

const FUNCTIONS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] as const;

/** The window fields the search reads; a cross-origin window throws on any of them. */
export type FrameWindow = { readonly API?: unknown; readonly parent: FrameWindow | null; readonly opener?: FrameWindow | null };

function isScorm12Api(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return FUNCTIONS.every((name) => typeof api[name] === 'function');
}

/** `API` in this window or one of its parents, up to MAX_PARENT_STEPS; a window of another origin ends the search. */
function searchChain(start: FrameWindow | null | undefined): Scorm12Api | null {
  let win = start;
  for (let steps = 0; win && steps <= MAX_PARENT_STEPS; steps++) {
    try {
      if (isScorm12Api(win.API)) return win.API;
      if (win.parent === win || !win.parent) return null;
      win = win.parent;
    } catch {
      return null;
    }
  }
  return null;
}

/** The standard discovery: this window's chain of parents, then the chain of the window that opened it. */
export function findScormApi(win: FrameWindow): Scorm12Api | null {
  const inFrames = searchChain(win);
  if (inFrames) return inFrames;
  try {
    return searchChain(win.opener);
  } catch {
    return null;
  }
}

export type ScormProblem = { readonly call: string; readonly code: string; readonly message: string };

/** A connection to the LMS's API: calls return plain values, a refusal is kept (last problem) rather than thrown. */
export class ScormSession {
  private problem: ScormProblem | null = null;
  private state: 'new' | 'open' | 'finished' = 'new';

  constructor(private readonly api: Scorm12Api) {}

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** The last refusal, with the LMS's error code and text. */
  get lastProblem(): ScormProblem | null {
    return this.problem;
  }

  initialize(): boolean {
    if (this.state !== 'new') return this.state === 'open';
    this.state = this.succeeds('LMSInitialize', () => this.api.LMSInitialize('')) ? 'open' : 'finished';
    return this.state === 'open';
  }

  /** A value, or null when the LMS refuses (unsupported element, not initialized, …). */
  get(element: string): string | null {
    if (!this.isOpen) return null;
    const value = this.call(`LMSGetValue(${element})`, () => this.api.LMSGetValue(element));
    if (value === null) return null;
    // A 1.2 LMS answers "" both for an empty value and for a refusal: only the error code tells them apart.
    if (value === '' && this.errorCode() !== '0') return this.refused(`LMSGetValue(${element})`);
    return value;
  }

  set(element: string, value: string): boolean {
    if (!this.isOpen) return false;
    return this.succeeds(`LMSSetValue(${element})`, () => this.api.LMSSetValue(element, value));
  }

  commit(): boolean {
    if (!this.isOpen) return false;
    return this.succeeds('LMSCommit', () => this.api.LMSCommit(''));
  }

  finish(): boolean {
    if (!this.isOpen) return false;
    this.state = 'finished';
    return this.succeeds('LMSFinish', () => this.api.LMSFinish(''));
  }

  /** A call that answers "true" on success (1.2 returns the string; some LMSs a boolean). */
  private succeeds(name: string, run: () => unknown): boolean {
    const answer = this.call(name, run);
    if (answer === 'true') return true;
    if (answer !== null) this.refused(name);
    return false;
  }

  /** Runs one API call; a throw (a broken or departed LMS frame) is kept as a problem. */
  private call(name: string, run: () => unknown): string | null {
    try {
      return String(run());
    } catch (error) {
      this.problem = { call: name, code: 'exception', message: String(error).slice(0, 200) };
      return null;
    }
  }

  private errorCode(): string {
    try {
      return String(this.api.LMSGetLastError());
    } catch {
      return 'exception';
    }
  }

  private errorText(code: string): string {
    try {
      return String(this.api.LMSGetErrorString(code));
    } catch {
      return 'no error text';
    }
  }

  /** Records the LMS's reason for the refusal; always null (the refused call's value). */
  private refused(call: string): null {
    const code = this.errorCode();
    this.problem = { call, code, message: this.errorText(code) };
    return null;
  }
}
