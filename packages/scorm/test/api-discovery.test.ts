import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { discoverScormApi, findScormApi } from '../src/api-discovery.ts';
import type { ScormWindow } from '../src/api-types.ts';
import { createCrossOriginWindow, createFakeWindow, createFrameChain } from '../src/testing/fake-window.ts';
import { createManualClock } from '../src/testing/manual-clock.ts';
import { lmsOptions } from './helpers.ts';

const api12 = () => new Scorm12API({ ...lmsOptions });
const api2004 = () => new Scorm2004API({ ...lmsOptions });

describe('findScormApi', () => {
  it('finds the API on the content window itself', () => {
    const api = api12();
    const found = findScormApi(createFakeWindow({ API: api }), '1.2');
    expect(found).toMatchObject({ standard: '1.2', depth: 0, via: 'parents' });
    expect(found?.api).toBe(api);
  });

  it('walks parents: three frames up, and beyond 7 levels (LMS wrappers nest deeply)', () => {
    for (const depth of [3, 12]) {
      const { content, ancestors } = createFrameChain(depth);
      const api = api2004();
      ancestors.at(-1)!.API_1484_11 = api;
      const found = findScormApi(content, '2004');
      expect(found).toMatchObject({ standard: '2004', depth, via: 'parents' });
      expect(found?.api).toBe(api);
    }
  });

  it('skips cross-origin frames whose properties throw, and keeps climbing', () => {
    const api = api12();
    const top = createFakeWindow({ API: api });
    const foreign = createCrossOriginWindow(top);
    const content = createFakeWindow({ parent: foreign });
    expect(findScormApi(content, '1.2')?.api).toBe(api);
  });

  it('looks in the opener (an LMS that launches the course in a popup), then the opener of the top window', () => {
    const api = api12();
    const lmsWindow = createFakeWindow({ API: api });
    const popup = createFakeWindow({ opener: lmsWindow });
    expect(findScormApi(popup, '1.2')).toMatchObject({ via: 'opener', depth: 0 });

    const lmsFrameset = createFakeWindow({ API: api });
    const lmsFrame = createFakeWindow({ parent: lmsFrameset });
    const popupTop = createFakeWindow({ opener: lmsFrame });
    const content = createFakeWindow({ parent: popupTop });
    expect(findScormApi(content, '1.2')).toMatchObject({ via: 'opener', depth: 1 });
  });

  it('survives an opener that is cross-origin', () => {
    const content = createFakeWindow({ opener: createCrossOriginWindow() });
    expect(findScormApi(content, '2004')).toBeUndefined();
  });

  it('prefers the standard the package was built for when both APIs exist, wherever they are', () => {
    const top = createFakeWindow({ API: api12() });
    const middle = createFakeWindow({ parent: top, API_1484_11: api2004() });
    const content = createFakeWindow({ parent: middle });
    expect(findScormApi(content, '1.2')?.standard).toBe('1.2');
    expect(findScormApi(content, '2004')?.standard).toBe('2004');
  });

  it('falls back to the other standard when the preferred one is absent', () => {
    const content = createFakeWindow({ parent: createFakeWindow({ API: api12() }) });
    expect(findScormApi(content, '2004')?.standard).toBe('1.2');
  });

  it('ignores a window.API that is not a SCORM API (another library using the name)', () => {
    const content = createFakeWindow({ API: { version: '2.0', fetch() {} } });
    expect(findScormApi(content, '1.2')).toBeUndefined();
  });

  it('stops at a self-referencing parent and at a missing parent', () => {
    const orphan: ScormWindow = { parent: null };
    expect(findScormApi(orphan, '1.2')).toBeUndefined();
  });
});

describe('discoverScormApi', () => {
  it('finds an API that appears after the content loaded, by looking again', async () => {
    const clock = createManualClock();
    const top = createFakeWindow();
    const content = createFakeWindow({ parent: top });
    let found: unknown = 'pending';
    void discoverScormApi(content, '2004', clock.timers, { retries: 8, intervalMs: 250 }).then((result) => {
      found = result;
    });
    await clock.advance(600);
    expect(found).toBe('pending');
    top.API_1484_11 = api2004();
    await clock.advance(250);
    expect(found).toMatchObject({ standard: '2004', depth: 1 });
  });

  it('gives up after the retries and resolves undefined', async () => {
    const clock = createManualClock();
    let found: unknown = 'pending';
    void discoverScormApi(createFakeWindow(), '1.2', clock.timers, { retries: 4, intervalMs: 100 }).then(
      (result) => {
        found = result;
      },
    );
    await clock.advance(399);
    expect(found).toBe('pending');
    await clock.advance(1);
    expect(found).toBeUndefined();
    expect(clock.pending()).toBe(0);
  });
});
