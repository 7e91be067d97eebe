/**
 * A strict LMS around a lenient one (scorm-again in tests). scorm-again accepts 64000 characters of 1.2
 * suspend_data, ids with spaces, any 1.2 response format, `incorrect` in 1.2 and calls after LMSFinish; strict
 * LMSs reject these. The wrapper rejects them the way a strict LMS does (the call returns "false" and
 * GetLastError reports a SCORM code), records every call, and lists each violation with the rule broken.
 *
 * It depends only on the API shapes, not on scorm-again, so the LMS harness can wrap any API object.
 */
import type { LmsReturn, Scorm12Api, Scorm2004Api, ScormStandard } from '../api-types.ts';
import { isScorm12Identifier } from '../cmi-formats.ts';
import { describeScormError } from '../error-codes.ts';

export type StrictRule =
  | 'suspend-data-too-long'
  | 'call-after-finish'
  | 'call-before-initialize'
  | 'double-initialize'
  | 'malformed-response'
  | 'bad-identifier'
  | 'result-vocabulary'
  | 'id-not-first'
  | 'type-not-first'
  | 'interaction-index-gap'
  | 'read-write-only'
  | 'write-read-only'
  | 'non-string-value';

export interface StrictViolation {
  rule: StrictRule;
  method: string;
  element?: string;
  value?: string;
  code: number;
  message: string;
}

/** One call as the content made it, with what the (strict) LMS answered. */
export interface RecordedCall {
  method: string;
  args: string[];
  result: string;
  /** GetLastError after the call ("0" for none); not recorded for the error functions themselves. */
  error: string;
}

export interface StrictLmsOptions {
  /** Maximum suspend_data length; default 4096 in 1.2 and 64000 in 2004 (use 4000 for a 2nd Edition LMS). */
  suspendDataLimit?: number;
}

export interface StrictLms<Api> {
  /** The wrapped API to install on `window.API` / `window.API_1484_11`. */
  readonly api: Api;
  readonly standard: ScormStandard;
  readonly calls: RecordedCall[];
  readonly violations: StrictViolation[];
  /** True once LMSFinish/Terminate succeeded. */
  readonly finished: boolean;
  /** Calls of one method (e.g. "LMSCommit" or "Commit"). */
  count(method: string): number;
  /** Calls other than the error functions (GetLastError, GetErrorString, GetDiagnostic). */
  readonly lmsCalls: number;
}

const errorMethods = new Set([
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
  'GetLastError',
  'GetErrorString',
  'GetDiagnostic',
]);

const scorm12ReadOnly =
  /^cmi\.(core\.(student_id|student_name|credit|entry|total_time|lesson_mode|_children)|launch_data|comments_from_lms|student_data\..*|.*\._count|.*\._children|interactions\.\d+\.objectives\._count|objectives\.\d+\.score\._children)$/;
const scorm12WriteOnly = /^cmi\.(core\.(exit|session_time)|interactions\.\d+\.(?!_count).+)$/;
const scorm2004ReadOnly =
  /^cmi\.(_version|credit|entry|launch_data|learner_id|learner_name|max_time_allowed|mode|scaled_passing_score|time_limit_action|total_time|completion_threshold|.*\._count|.*\._children)$/;
const scorm2004WriteOnly = /^cmi\.(exit|session_time)$/;

const single = '[0-9a-z]';
const scorm12ResponseFormats: Record<string, RegExp> = {
  'true-false': /^[01tf]$/,
  choice: new RegExp(`^(\\{?${single}(,${single})*\\}?)?$`),
  'fill-in': /^[\s\S]{0,255}$/,
  numeric: /^-?\d+(\.\d+)?$/,
  likert: new RegExp(`^${single}?$`),
  matching: new RegExp(`^\\{?${single}\\.${single}(,${single}\\.${single})*\\}?$`),
  performance: /^[\s\S]{0,255}$/,
  sequencing: new RegExp(`^${single}(,${single})*$`),
};
const scorm12Results = /^(correct|wrong|unanticipated|neutral|-?\d+(\.\d+)?)$/;
const scorm2004Results = /^(correct|incorrect|unanticipated|neutral|-?\d+(\.\d+)?)$/;

interface Rejection {
  rule: StrictRule;
  code: number;
  message: string;
}

/** What the strict layer knows about each interaction the content is writing. */
interface InteractionTrack {
  id: boolean;
  type: string | null;
}

function asString(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function createStrict<Api extends object>(
  standard: ScormStandard,
  inner: Api,
  names: {
    initialize: string;
    finish: string;
    get: string;
    set: string;
    commit: string;
    lastError: string;
    errorString: string;
    diagnostic: string;
  },
  options: StrictLmsOptions,
): StrictLms<Api> {
  const call = (method: string, ...args: string[]): LmsReturn =>
    (inner as unknown as Record<string, (...a: string[]) => LmsReturn>)[method]!(...args);
  const calls: RecordedCall[] = [];
  const violations: StrictViolation[] = [];
  const limit = options.suspendDataLimit ?? (standard === '1.2' ? 4096 : 64000);
  const codes =
    standard === '1.2'
      ? {
          doubleInit: 101,
          format: 405,
          order: 201,
          gap: 201,
          readOnly: 403,
          writeOnly: 404,
        }
      : {
          doubleInit: 103,
          format: 406,
          order: 408,
          gap: 351,
          readOnly: 404,
          writeOnly: 405,
        };
  let initialized = false;
  let finished = false;
  let strictError: { code: number; message: string } | null = null;
  const interactions = new Map<number, InteractionTrack>();

  const checkSet = (element: string, value: string): Rejection | null => {
    if ((standard === '1.2' ? scorm12ReadOnly : scorm2004ReadOnly).test(element)) {
      return { rule: 'write-read-only', code: codes.readOnly, message: `${element} is read-only` };
    }
    if (element === 'cmi.suspend_data' && value.length > limit) {
      return {
        rule: 'suspend-data-too-long',
        code: codes.format,
        message: `suspend_data of ${value.length} characters exceeds the ${limit}-character limit`,
      };
    }
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    const idElement =
      /^cmi\.(?:objectives\.\d+|interactions\.\d+\.objectives\.\d+|interactions\.\d+)\.id$/.test(element);
    if (idElement && standard === '1.2' && !isScorm12Identifier(value)) {
      return {
        rule: 'bad-identifier',
        code: codes.format,
        message: `"${value}" is not a SCORM 1.2 identifier (no spaces, no dots, printable ASCII, ≤ 255)`,
      };
    }
    if (!interaction) return null;
    const n = Number(interaction[1]);
    const field = interaction[2]!;
    const track = interactions.get(n);
    if (!track) {
      const count = Number.parseInt(asString(call(names.get, 'cmi.interactions._count')), 10) || 0;
      // Interactions from an earlier session of this attempt: the LMS has them, nothing to check against.
      if (n < count) return resultProblem(field, value);
      if (n > count)
        return {
          rule: 'interaction-index-gap',
          code: codes.gap,
          message: `interaction ${n} written but _count is ${count}`,
        };
      if (field !== 'id') {
        return {
          rule: 'id-not-first',
          code: codes.order,
          message: `cmi.interactions.${n}.${field} written before its id`,
        };
      }
      return null;
    }
    const isResponse =
      field === 'student_response' ||
      field === 'learner_response' ||
      /^correct_responses\.\d+\.pattern$/.test(field);
    if (isResponse && track.type === null) {
      return {
        rule: 'type-not-first',
        code: codes.order,
        message: `cmi.interactions.${n}.${field} written before its type`,
      };
    }
    if (isResponse && standard === '1.2') {
      const format = scorm12ResponseFormats[track.type ?? ''];
      if (!format?.test(value)) {
        return {
          rule: 'malformed-response',
          code: codes.format,
          message: `"${value}" is not a SCORM 1.2 ${track.type} response (single characters 0-9a-z, comma-separated)`,
        };
      }
    }
    return resultProblem(field, value);
  };

  const resultProblem = (field: string, value: string): Rejection | null => {
    if (field === 'result' && !(standard === '1.2' ? scorm12Results : scorm2004Results).test(value)) {
      return {
        rule: 'result-vocabulary',
        code: codes.format,
        message:
          standard === '1.2'
            ? `"${value}" is not a SCORM 1.2 result (correct, wrong, unanticipated, neutral or a number)`
            : `"${value}" is not a SCORM 2004 result (correct, incorrect, unanticipated, neutral or a number)`,
      };
    }
    return null;
  };

  /** Records what a successful delegated SetValue means for the interaction tracking. */
  const noteSet = (element: string, value: string) => {
    const interaction = /^cmi\.interactions\.(\d+)\.(id|type)$/.exec(element);
    if (!interaction) return;
    const n = Number(interaction[1]);
    const track = interactions.get(n) ?? { id: false, type: null };
    if (interaction[2] === 'id') track.id = true;
    else track.type = value;
    interactions.set(n, track);
  };

  const reject = (method: string, rejection: Rejection, element?: string, value?: string): string => {
    const violation: StrictViolation = {
      rule: rejection.rule,
      method,
      code: rejection.code,
      message: rejection.message,
    };
    if (element !== undefined) violation.element = element;
    if (value !== undefined) violation.value = value.length > 200 ? `${value.slice(0, 200)}…` : value;
    violations.push(violation);
    strictError = { code: rejection.code, message: rejection.message };
    return method === names.get ? '' : 'false';
  };

  /** 2004 has a code per call and state (RTE 3.1.7); 1.2 has 301 "not initialized" and 101 for the rest. */
  const lifecycleCode = (method: string, state: 'before' | 'after'): number => {
    if (standard === '1.2') return method === names.finish && state === 'after' ? 101 : 301;
    const base =
      {
        [names.get]: 122,
        [names.set]: 132,
        [names.commit]: 142,
        [names.finish]: 112,
        [names.initialize]: 104,
      }[method] ?? 101;
    return state === 'after' && base !== 104 ? base + 1 : base;
  };

  const lifecycleRejection = (method: string): Rejection | null => {
    if (finished) {
      return {
        rule: 'call-after-finish',
        code: lifecycleCode(method, 'after'),
        message: `${method} called after ${names.finish}`,
      };
    }
    if (method === names.initialize && initialized) {
      return { rule: 'double-initialize', code: codes.doubleInit, message: `${method} called twice` };
    }
    if (method !== names.initialize && !initialized) {
      return {
        rule: 'call-before-initialize',
        code: lifecycleCode(method, 'before'),
        message: `${method} called before ${names.initialize}`,
      };
    }
    return null;
  };

  const lastError = (): string => (strictError ? String(strictError.code) : asString(call(names.lastError)));

  const record = (method: string, args: string[], result: LmsReturn) => {
    calls.push({ method, args, result: asString(result), error: lastError() });
  };

  const api: Record<string, (...args: unknown[]) => LmsReturn> = {
    [names.initialize]: (parameter) => {
      strictError = null;
      const problem = lifecycleRejection(names.initialize);
      const result = problem
        ? reject(names.initialize, problem)
        : call(names.initialize, asString(parameter));
      if (!problem && asString(result) === 'true') initialized = true;
      record(names.initialize, [asString(parameter)], result);
      return result;
    },
    [names.finish]: (parameter) => {
      strictError = null;
      const problem = lifecycleRejection(names.finish);
      const result = problem ? reject(names.finish, problem) : call(names.finish, asString(parameter));
      if (!problem && asString(result) === 'true') finished = true;
      record(names.finish, [asString(parameter)], result);
      return result;
    },
    [names.commit]: (parameter) => {
      strictError = null;
      const problem = lifecycleRejection(names.commit);
      const result = problem ? reject(names.commit, problem) : call(names.commit, asString(parameter));
      record(names.commit, [asString(parameter)], result);
      return result;
    },
    [names.get]: (element) => {
      strictError = null;
      const name = asString(element);
      let problem = lifecycleRejection(names.get);
      if (!problem && (standard === '1.2' ? scorm12WriteOnly : scorm2004WriteOnly).test(name)) {
        problem = { rule: 'read-write-only', code: codes.writeOnly, message: `${name} is write-only` };
      }
      const result = problem ? reject(names.get, problem, name) : call(names.get, name);
      record(names.get, [name], result);
      return result;
    },
    [names.set]: (element, value) => {
      strictError = null;
      const name = asString(element);
      let problem = lifecycleRejection(names.set);
      if (!problem && typeof value !== 'string') {
        problem = {
          rule: 'non-string-value',
          code: standard === '1.2' ? 405 : 406,
          message: `${name} given a ${typeof value}, not a string`,
        };
      }
      const text = asString(value);
      problem ??= checkSet(name, text);
      const result = problem ? reject(names.set, problem, name, text) : call(names.set, name, text);
      if (!problem && asString(result) === 'true' && asString(call(names.lastError)) === '0')
        noteSet(name, text);
      record(names.set, [name, text], result);
      return result;
    },
    [names.lastError]: () => {
      const code = lastError();
      calls.push({ method: names.lastError, args: [], result: code, error: '' });
      return code;
    },
    [names.errorString]: (code) => {
      const numeric = Number(asString(code));
      return strictError && numeric === strictError.code
        ? describeScormError(standard, numeric)
        : call(names.errorString, asString(code));
    },
    [names.diagnostic]: (code) => {
      const numeric = Number(asString(code));
      return strictError && (numeric === strictError.code || asString(code) === '')
        ? `strict LMS: ${strictError.message}`
        : call(names.diagnostic, asString(code));
    },
  };

  return {
    api: api as unknown as Api,
    standard,
    calls,
    violations,
    get finished() {
      return finished;
    },
    count: (method) => calls.filter((entry) => entry.method === method).length,
    get lmsCalls() {
      return calls.filter((entry) => !errorMethods.has(entry.method)).length;
    },
  };
}

/** Wraps a SCORM 1.2 API (e.g. scorm-again's Scorm12API) with the rules strict LMSs apply. */
export function createStrictScorm12Lms(
  inner: Scorm12Api,
  options: StrictLmsOptions = {},
): StrictLms<Scorm12Api> {
  return createStrict(
    '1.2',
    inner,
    {
      initialize: 'LMSInitialize',
      finish: 'LMSFinish',
      get: 'LMSGetValue',
      set: 'LMSSetValue',
      commit: 'LMSCommit',
      lastError: 'LMSGetLastError',
      errorString: 'LMSGetErrorString',
      diagnostic: 'LMSGetDiagnostic',
    },
    options,
  );
}

/** Wraps a SCORM 2004 API (e.g. scorm-again's Scorm2004API) with the rules strict LMSs apply. */
export function createStrictScorm2004Lms(
  inner: Scorm2004Api,
  options: StrictLmsOptions = {},
): StrictLms<Scorm2004Api> {
  return createStrict(
    '2004',
    inner,
    {
      initialize: 'Initialize',
      finish: 'Terminate',
      get: 'GetValue',
      set: 'SetValue',
      commit: 'Commit',
      lastError: 'GetLastError',
      errorString: 'GetErrorString',
      diagnostic: 'GetDiagnostic',
    },
    options,
  );
}
