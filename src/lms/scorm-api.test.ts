import { describe, expect, it } from 'vitest';
import { FakeScormApi } from '../../tests/fixtures/fake-scorm-api.ts';
import { findScormApi, MAX_PARENT_STEPS, ScormSession, type FrameWindow } from './scorm-api.ts';

type TestWindow = { API?: unknown; parent: TestWindow | null; opener?: TestWindow | null };

/** A chain of `depth` frames above a top window; the top one is its own parent, as in a browser. */
function chain(depth: number, api?: unknown): { frame: TestWindow; top: TestWindow } {
  const top: TestWindow = { API: api, parent: null };
  top.parent = top;
  let frame = top;
  for (let i = 0; i < depth; i++) frame = { parent: frame };
  return { frame, top };
}

/** A window of another origin: reading anything on it throws, as the browser does. */
function foreign(): FrameWindow {
  return new Proxy({} as FrameWindow, {
    get() {
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
  });
}

describe('finding the SCORM 1.2 API', () => {
  it('finds it in the window itself, in a parent and at the deepest level searched, not beyond', () => {
    const api = new FakeScormApi();
    expect(findScormApi({ API: api, parent: null })).toBe(api);
    expect(findScormApi(chain(1, api).frame)).toBe(api);
    expect(findScormApi(chain(MAX_PARENT_STEPS, api).frame)).toBe(api);
    expect(findScormApi(chain(MAX_PARENT_STEPS + 1, api).frame)).toBeNull();
  });

  it("falls back to the opener's chain when the frames have none", () => {
    const api = new FakeScormApi();
    const { frame } = chain(2);
    frame.opener = chain(1, api).frame;
    expect(findScormApi(frame)).toBe(api);
  });

  it('ignores an API that lacks the 1.2 functions (a SCORM 2004 API_1484_11 or another object)', () => {
    expect(findScormApi(chain(1, { Initialize: () => 'true' }).frame)).toBeNull();
    expect(findScormApi(chain(1, 'API').frame)).toBeNull();
  });

  it('is null, without throwing, outside an LMS and when a parent belongs to another origin', () => {
    expect(findScormApi(chain(0).frame)).toBeNull();
    expect(findScormApi({ parent: foreign() })).toBeNull();
    expect(findScormApi({ parent: null, opener: foreign() })).toBeNull();
  });
});

describe('the session wrapper', () => {
  it('initializes once, reads and writes values, commits and finishes', () => {
    const api = new FakeScormApi({ 'cmi.core.entry': 'resume' });
    const session = new ScormSession(api);
    expect(session.get('cmi.core.entry')).toBeNull();
    expect(session.initialize()).toBe(true);
    expect(session.initialize()).toBe(true);
    expect(session.get('cmi.core.entry')).toBe('resume');
    expect(session.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
    expect(session.commit()).toBe(true);
    expect(session.finish()).toBe(true);
    expect(api.values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.commits).toBe(1);
    expect(session.set('cmi.core.lesson_status', 'completed')).toBe(false);
    expect(api.state).toBe('finished');
  });

  it("keeps the LMS's code and text for a refused call; an empty value is not a refusal", () => {
    const api = new FakeScormApi();
    api.refused.add('cmi.comments');
    const session = new ScormSession(api);
    session.initialize();
    expect(session.get('cmi.suspend_data')).toBe('');
    expect(session.lastProblem).toBeNull();
    expect(session.get('cmi.comments')).toBeNull();
    expect(session.lastProblem).toEqual({ call: 'LMSGetValue(cmi.comments)', code: '401', message: 'Not implemented error' });
    expect(session.set('cmi.suspend_data', 'x'.repeat(5000))).toBe(false);
    expect(session.lastProblem).toMatchObject({ call: 'LMSSetValue(cmi.suspend_data)', code: '405' });
  });

  it('never throws when the LMS does, and stays closed when LMSInitialize is refused', () => {
    const throwing = new FakeScormApi();
    throwing.LMSSetValue = () => {
      throw new Error('LMS frame went away');
    };
    const session = new ScormSession(throwing);
    session.initialize();
    expect(session.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(session.lastProblem).toMatchObject({ call: 'LMSSetValue(cmi.core.exit)', code: 'exception' });

    const refusing = new FakeScormApi();
    refusing.LMSInitialize = () => 'false';
    const closed = new ScormSession(refusing);
    expect(closed.initialize()).toBe(false);
    expect(closed.isOpen).toBe(false);
    expect(closed.commit()).toBe(false);
  });
});
