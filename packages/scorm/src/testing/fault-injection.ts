/**
 * Faulty LMS APIs for tests: wraps an API so chosen calls return "false" with a SCORM error code, or throw,
 * a set number of times. Shapes only, no scorm-again dependency.
 */
import type { LmsReturn, Scorm12Api, Scorm2004Api } from '../api-types.ts';

export type Fault = 'return-false' | 'throw';

export interface FaultPlan {
  initialize?: Fault;
  commit?: Fault;
  terminate?: Fault;
  /** Elements whose SetValue fails. */
  setValue?: { fault: Fault; element: RegExp };
  /** How many times each planned fault happens before the call works again (default: always). */
  times?: number;
}

export interface FaultyApi<Api> {
  api: Api;
  /** How many faults have been injected so far. */
  readonly injected: number;
  /** Stops injecting faults (the LMS "recovers"). */
  heal(): void;
  /** Replaces the plan (and restarts its count): the LMS starts failing differently. */
  setPlan(plan: FaultPlan): void;
}

const failureCodes = {
  '1.2': { initialize: 101, commit: 101, terminate: 101, setValue: 101 },
  '2004': { initialize: 102, commit: 391, terminate: 111, setValue: 351 },
} as const;

function wrap<Api extends object>(
  standard: '1.2' | '2004',
  inner: Api,
  methods: {
    initialize: string;
    commit: string;
    terminate: string;
    set: string;
    lastError: string;
    errorString: string;
    diagnostic: string;
  },
  initialPlan: FaultPlan,
): FaultyApi<Api> {
  let plan = initialPlan;
  const innerCall = (method: string, ...args: string[]): LmsReturn =>
    (inner as unknown as Record<string, (...a: string[]) => LmsReturn>)[method]!(...args);
  let injected = 0;
  let healed = false;
  let pendingCode: number | null = null;
  const remaining = () => !healed && (plan.times === undefined || injected < plan.times);

  const maybeFail = (
    kind: keyof (typeof failureCodes)['1.2'],
    fault: Fault | undefined,
    run: () => LmsReturn,
  ): LmsReturn => {
    if (fault && remaining()) {
      injected += 1;
      if (fault === 'throw') throw new Error(`injected fault: ${kind} threw`);
      pendingCode = failureCodes[standard][kind];
      return 'false';
    }
    pendingCode = null;
    return run();
  };

  const api = new Proxy(inner, {
    get(target, property, receiver) {
      switch (property) {
        case methods.initialize:
          return (parameter: string) =>
            maybeFail('initialize', plan.initialize, () => innerCall(methods.initialize, parameter));
        case methods.commit:
          return (parameter: string) =>
            maybeFail('commit', plan.commit, () => innerCall(methods.commit, parameter));
        case methods.terminate:
          return (parameter: string) =>
            maybeFail('terminate', plan.terminate, () => innerCall(methods.terminate, parameter));
        case methods.set:
          return (element: string, value: string) =>
            maybeFail(
              'setValue',
              plan.setValue?.element.test(element) ? plan.setValue.fault : undefined,
              () => innerCall(methods.set, element, value),
            );
        case methods.lastError:
          return () => (pendingCode !== null ? String(pendingCode) : innerCall(methods.lastError));
        case methods.errorString:
        case methods.diagnostic:
          return (code: string) =>
            pendingCode !== null && Number(code) === pendingCode
              ? `injected fault ${pendingCode}`
              : innerCall(String(property), code);
        default: {
          const value = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            pendingCode = null;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
      }
    },
  });

  return {
    api,
    get injected() {
      return injected;
    },
    heal() {
      healed = true;
    },
    setPlan(next) {
      plan = next;
      injected = 0;
      healed = false;
    },
  };
}

export function withScorm12Faults(inner: Scorm12Api, plan: FaultPlan): FaultyApi<Scorm12Api> {
  return wrap(
    '1.2',
    inner,
    {
      initialize: 'LMSInitialize',
      commit: 'LMSCommit',
      terminate: 'LMSFinish',
      set: 'LMSSetValue',
      lastError: 'LMSGetLastError',
      errorString: 'LMSGetErrorString',
      diagnostic: 'LMSGetDiagnostic',
    },
    plan,
  );
}

export function withScorm2004Faults(inner: Scorm2004Api, plan: FaultPlan): FaultyApi<Scorm2004Api> {
  return wrap(
    '2004',
    inner,
    {
      initialize: 'Initialize',
      commit: 'Commit',
      terminate: 'Terminate',
      set: 'SetValue',
      lastError: 'GetLastError',
      errorString: 'GetErrorString',
      diagnostic: 'GetDiagnostic',
    },
    plan,
  );
}
