import { describe, expect, it } from 'vitest';
import type { Scorm12Api, Scorm2004Api } from '../src/api-types.ts';
import { LmsConnection, maxCallRecords } from '../src/lms-connection.ts';
import { createLms } from './helpers.ts';

function fakeApi2004(overrides: Partial<Scorm2004Api>): Scorm2004Api {
  return {
    Initialize: () => 'true',
    Terminate: () => 'true',
    GetValue: () => '',
    SetValue: () => 'true',
    Commit: () => 'true',
    GetLastError: () => '0',
    GetErrorString: () => 'LMS words',
    GetDiagnostic: () => 'LMS diagnostic',
    ...overrides,
  };
}

describe('LmsConnection', () => {
  it('accepts boolean returns as well as strings', () => {
    const connection = new LmsConnection({
      standard: '2004',
      api: fakeApi2004({ Initialize: () => true, Commit: () => true }),
      depth: 0,
      via: 'parents',
    });
    expect(connection.initialize().ok).toBe(true);
    expect(connection.commit().ok).toBe(true);
  });

  it('passes every value as a string', () => {
    const seen: unknown[] = [];
    const connection = new LmsConnection({
      standard: '2004',
      api: fakeApi2004({
        SetValue: (_element, value) => {
          seen.push(value);
          return 'true';
        },
      }),
      depth: 0,
      via: 'parents',
    });
    connection.initialize();
    connection.setValue('cmi.score.scaled', 0.5 as unknown as string);
    expect(seen).toEqual(['0.5']);
  });

  it('a "false" with error 0 is still a failure (reported as 101)', () => {
    const connection = new LmsConnection({
      standard: '2004',
      api: fakeApi2004({ Commit: () => 'false' }),
      depth: 0,
      via: 'parents',
    });
    connection.initialize();
    expect(connection.commit()).toMatchObject({
      ok: false,
      failure: { kind: 'lms-error', code: 101, meaning: 'General exception' },
    });
  });

  it('a GetValue is judged by GetLastError; absent optional values are not failures', () => {
    let code = '0';
    const connection = new LmsConnection({
      standard: '2004',
      api: fakeApi2004({ GetValue: () => '', GetLastError: () => code }),
      depth: 0,
      via: 'parents',
    });
    connection.initialize();
    code = '403';
    expect(connection.getValue('cmi.scaled_passing_score')).toEqual({ ok: true, value: null });
    code = '401';
    expect(connection.getValue('cmi.nonsense')).toMatchObject({
      ok: false,
      failure: {
        code: 401,
        meaning: 'Undefined data model element',
        lmsErrorString: 'LMS words',
        diagnostic: 'LMS diagnostic',
      },
    });
  });

  it('survives an LMS whose error functions throw', () => {
    const connection = new LmsConnection({
      standard: '2004',
      api: fakeApi2004({
        SetValue: () => 'false',
        GetLastError: () => {
          throw new Error('no');
        },
        GetDiagnostic: () => {
          throw new Error('no');
        },
      }),
      depth: 0,
      via: 'parents',
    });
    connection.initialize();
    expect(connection.setValue('cmi.location', 'x')).toMatchObject({
      ok: false,
      failure: { code: 101, diagnostic: '' },
    });
  });

  it('guards the lifecycle: nothing before Initialize, one Terminate, nothing after', () => {
    const inner = createLms('1.2');
    const connection = new LmsConnection({
      standard: '1.2',
      api: inner as unknown as Scorm12Api,
      depth: 0,
      via: 'parents',
    });
    expect(connection.setValue('cmi.core.lesson_location', 'x')).toMatchObject({
      ok: false,
      failure: { kind: 'lifecycle', reason: 'not-initialized' },
    });
    expect(connection.initialize().ok).toBe(true);
    expect(connection.initialize()).toMatchObject({
      ok: false,
      failure: { kind: 'lifecycle', call: 'Initialize' },
    });
    expect(connection.terminate().ok).toBe(true);
    expect(connection.terminate()).toMatchObject({
      ok: false,
      failure: { kind: 'lifecycle', reason: 'terminated' },
    });
    expect(connection.getValue('cmi.core.entry')).toMatchObject({
      ok: false,
      failure: { kind: 'lifecycle', reason: 'terminated' },
    });
    expect(connection.calls.map((call) => call.call)).toEqual(['Initialize', 'Terminate']);
  });

  it('treats 2004 "already initialized" (103) as a usable session', () => {
    const connection = new LmsConnection({
      standard: '2004',
      api: fakeApi2004({ Initialize: () => 'false', GetLastError: () => '103' }),
      depth: 0,
      via: 'parents',
    });
    expect(connection.initialize()).toMatchObject({ ok: false, failure: { code: 103 } });
    expect(connection.state).toBe('initialized');
  });

  it('keeps only the latest call records', () => {
    const connection = new LmsConnection({
      standard: '2004',
      api: fakeApi2004({}),
      depth: 0,
      via: 'parents',
    });
    connection.initialize();
    for (let n = 0; n < maxCallRecords + 50; n += 1) connection.setValue('cmi.location', String(n));
    expect(connection.calls).toHaveLength(maxCallRecords);
    expect(connection.calls.at(-1)).toEqual({ call: 'SetValue', element: 'cmi.location', ok: true });
  });
});
