import { describe, expect, it } from 'vitest';
import type { Scorm12Api, Scorm2004Api } from '../src/api-types.ts';
import { createStrictScorm12Lms, createStrictScorm2004Lms } from '../src/testing/strict-lms.ts';
import { createLms, stored } from './helpers.ts';

function strict12(options = {}) {
  const inner = createLms('1.2');
  const lms = createStrictScorm12Lms(inner as unknown as Scorm12Api, options);
  lms.api.LMSInitialize('');
  return { inner, lms, api: lms.api };
}

function strict2004(options = {}) {
  const inner = createLms('2004');
  const lms = createStrictScorm2004Lms(inner as unknown as Scorm2004Api, options);
  lms.api.Initialize('');
  return { inner, lms, api: lms.api };
}

describe('strict SCORM 1.2 LMS', () => {
  it('rejects suspend_data over 4096 characters (scorm-again alone accepts it)', () => {
    const { api, lms, inner } = strict12();
    expect(api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4096))).toBe('true');
    expect(api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097))).toBe('false');
    expect(api.LMSGetLastError()).toBe('405');
    expect(api.LMSGetErrorString('405')).toBe('Incorrect data type');
    expect(api.LMSGetDiagnostic('405')).toContain('4097');
    expect(lms.violations).toEqual([
      expect.objectContaining({ rule: 'suspend-data-too-long', element: 'cmi.suspend_data' }),
    ]);
    expect(String(stored(inner, 'cmi.suspend_data')).length).toBe(4096);
  });

  it('honours a configured limit', () => {
    const { api } = strict12({ suspendDataLimit: 10 });
    expect(api.LMSSetValue('cmi.suspend_data', 'x'.repeat(11))).toBe('false');
  });

  it('rejects every call after LMSFinish (scorm-again alone accepts LMSSetValue)', () => {
    const { api, lms } = strict12();
    expect(api.LMSFinish('')).toBe('true');
    expect(api.LMSSetValue('cmi.core.lesson_status', 'passed')).toBe('false');
    expect(api.LMSGetLastError()).toBe('301');
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('');
    expect(api.LMSCommit('')).toBe('false');
    expect(api.LMSFinish('')).toBe('false');
    expect(api.LMSGetLastError()).toBe('101');
    expect(lms.violations.map((violation) => violation.rule)).toEqual([
      'call-after-finish',
      'call-after-finish',
      'call-after-finish',
      'call-after-finish',
    ]);
  });

  it('rejects calls before LMSInitialize and a second LMSInitialize', () => {
    const inner = createLms('1.2');
    const lms = createStrictScorm12Lms(inner as unknown as Scorm12Api);
    expect(lms.api.LMSSetValue('cmi.core.lesson_status', 'incomplete')).toBe('false');
    expect(lms.api.LMSGetLastError()).toBe('301');
    expect(lms.api.LMSInitialize('')).toBe('true');
    expect(lms.api.LMSInitialize('')).toBe('false');
    expect(lms.violations.map((violation) => violation.rule)).toEqual([
      'call-before-initialize',
      'double-initialize',
    ]);
  });

  it('rejects interaction and objective ids with spaces or dots', () => {
    const { api, lms } = strict12();
    expect(api.LMSSetValue('cmi.interactions.0.id', 'tw 01')).toBe('false');
    expect(api.LMSSetValue('cmi.interactions.0.id', 'tw.01')).toBe('false');
    expect(api.LMSSetValue('cmi.objectives.0.id', 'domain.child')).toBe('false');
    expect(api.LMSSetValue('cmi.objectives.0.id', 'domain_child')).toBe('true');
    expect(lms.violations.map((violation) => violation.rule)).toEqual([
      'bad-identifier',
      'bad-identifier',
      'bad-identifier',
    ]);
  });

  it('rejects malformed 1.2 responses for each interaction type', () => {
    const { api, lms } = strict12();
    const cases: [type: string, good: string, bad: string][] = [
      ['choice', 'a,c', 'targeted'],
      ['sequencing', 'b,a,c', 'b[,]a'],
      ['matching', '1.a,2.b', '1[.]a'],
      ['likert', '4', 'agree'],
      ['true-false', 't', 'yes'],
    ];
    cases.forEach(([type, good, bad], n) => {
      expect(api.LMSSetValue(`cmi.interactions.${n}.id`, `q${n}`)).toBe('true');
      expect(api.LMSSetValue(`cmi.interactions.${n}.type`, type)).toBe('true');
      expect(api.LMSSetValue(`cmi.interactions.${n}.student_response`, bad)).toBe('false');
      expect(api.LMSSetValue(`cmi.interactions.${n}.correct_responses.0.pattern`, bad)).toBe('false');
      expect(api.LMSSetValue(`cmi.interactions.${n}.student_response`, good)).toBe('true');
    });
    expect(lms.violations.filter((violation) => violation.rule === 'malformed-response')).toHaveLength(
      cases.length * 2,
    );
  });

  it('rejects "incorrect" as a 1.2 result (scorm-again would silently turn it into "wrong")', () => {
    const { api, lms } = strict12();
    api.LMSSetValue('cmi.interactions.0.id', 'q0');
    api.LMSSetValue('cmi.interactions.0.type', 'choice');
    expect(api.LMSSetValue('cmi.interactions.0.result', 'incorrect')).toBe('false');
    expect(api.LMSSetValue('cmi.interactions.0.result', 'wrong')).toBe('true');
    expect(lms.violations).toEqual([
      expect.objectContaining({ rule: 'result-vocabulary', value: 'incorrect' }),
    ]);
  });

  it('rejects writing an interaction before its id, its response before its type, and index gaps', () => {
    const { api, lms } = strict12();
    expect(api.LMSSetValue('cmi.interactions.0.type', 'choice')).toBe('false');
    expect(api.LMSSetValue('cmi.interactions.0.id', 'q0')).toBe('true');
    expect(api.LMSSetValue('cmi.interactions.0.student_response', 'a')).toBe('false');
    expect(api.LMSSetValue('cmi.interactions.2.id', 'q2')).toBe('false');
    expect(lms.violations.map((violation) => violation.rule)).toEqual([
      'id-not-first',
      'type-not-first',
      'interaction-index-gap',
    ]);
  });

  it('rejects reading write-only and writing read-only elements', () => {
    const { api, lms } = strict12();
    expect(api.LMSGetValue('cmi.core.session_time')).toBe('');
    expect(api.LMSGetLastError()).toBe('404');
    expect(api.LMSSetValue('cmi.core.entry', 'resume')).toBe('false');
    expect(api.LMSGetLastError()).toBe('403');
    expect(lms.violations.map((violation) => violation.rule)).toEqual(['read-write-only', 'write-read-only']);
  });

  it('records every call with its result and error for the harness', () => {
    const { api, lms } = strict12();
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    api.LMSCommit('');
    expect(lms.calls.map((call) => [call.method, call.result, call.error])).toEqual([
      ['LMSInitialize', 'true', '0'],
      ['LMSSetValue', 'true', '0'],
      ['LMSCommit', 'true', '0'],
    ]);
    expect(lms.count('LMSCommit')).toBe(1);
    expect(lms.lmsCalls).toBe(3);
  });
});

describe('strict SCORM 2004 LMS', () => {
  it('rejects "wrong" as a 2004 result', () => {
    const { api, lms } = strict2004();
    api.SetValue('cmi.interactions.0.id', 'q0');
    api.SetValue('cmi.interactions.0.type', 'choice');
    expect(api.SetValue('cmi.interactions.0.result', 'wrong')).toBe('false');
    expect(api.GetLastError()).toBe('406');
    expect(api.SetValue('cmi.interactions.0.result', 'incorrect')).toBe('true');
    expect(lms.violations.map((violation) => violation.rule)).toEqual(['result-vocabulary']);
  });

  it('blocks type-before-id without creating the empty interaction scorm-again would create', () => {
    const { api, lms, inner } = strict2004();
    expect(api.SetValue('cmi.interactions.0.type', 'choice')).toBe('false');
    expect(api.GetLastError()).toBe('408');
    expect(stored(inner, 'cmi.interactions.0')).toBeUndefined();
    expect(lms.violations[0]?.rule).toBe('id-not-first');
  });

  it('rejects suspend_data over the configured limit (4000 for a 2nd Edition LMS)', () => {
    const { api } = strict2004({ suspendDataLimit: 4000 });
    expect(api.SetValue('cmi.suspend_data', 'x'.repeat(4001))).toBe('false');
    expect(api.SetValue('cmi.suspend_data', 'x'.repeat(4000))).toBe('true');
  });

  it('rejects calls after Terminate with 2004 codes', () => {
    const { api } = strict2004();
    expect(api.Terminate('')).toBe('true');
    expect(api.SetValue('cmi.location', 'x')).toBe('false');
    expect(api.GetLastError()).toBe('133');
    expect(api.GetValue('cmi.location')).toBe('');
    expect(api.GetLastError()).toBe('123');
    expect(api.Commit('')).toBe('false');
    expect(api.GetLastError()).toBe('143');
    expect(api.Initialize('')).toBe('false');
    expect(api.GetLastError()).toBe('104');
    expect(api.Terminate('')).toBe('false');
    expect(api.GetLastError()).toBe('113');
  });

  it('accepts interactions appended after those of an earlier session', () => {
    const inner = createLms('2004', { interactions: { '0': { id: 'old', type: 'choice' } } });
    const lms = createStrictScorm2004Lms(inner as unknown as Scorm2004Api);
    lms.api.Initialize('');
    expect(lms.api.SetValue('cmi.interactions.1.id', 'new')).toBe('true');
    expect(lms.api.SetValue('cmi.interactions.0.result', 'correct')).toBe('true');
    expect(lms.violations).toEqual([]);
  });

  it("passes scorm-again's own errors through", () => {
    const { api, lms } = strict2004();
    expect(api.SetValue('cmi.session_time', 'PT1.234S')).toBe('false');
    expect(api.GetLastError()).toBe('406');
    expect(lms.violations).toEqual([]);
  });
});
