import type { FailureReporter } from './adapter.ts';
import type { ScormStandard } from './api-types.ts';
import type { ScormFailure, ScormResult } from './failures.ts';
import type { LmsConnection } from './lms-connection.ts';

export type ElementWrite = readonly [element: string, value: string];

/** Shared plumbing of the two adapters: checked reads and writes, and the objective/interaction indexes. */
export abstract class AdapterCore {
  readonly connection: LmsConnection;
  abstract readonly standard: ScormStandard;
  protected readonly report: FailureReporter;
  /** Objective id (as written to the LMS) → index, read at launch and extended as objectives are added. */
  protected readonly objectiveIndex = new Map<string, number>();
  protected objectiveCount = 0;
  protected interactionCount = 0;
  /** Values this session has written and the LMS accepted; rewriting the same value is skipped. */
  readonly #written = new Map<string, string>();

  constructor(connection: LmsConnection, report: FailureReporter) {
    this.connection = connection;
    this.report = report;
  }

  initialize() {
    const outcome = this.connection.initialize();
    if (!outcome.ok) this.report(outcome.failure);
    return outcome;
  }

  commit(): ScormResult {
    const outcome = this.connection.commit();
    return outcome.ok ? { ok: true, tracked: true } : this.fail(outcome.failure);
  }

  terminate(): ScormResult {
    const outcome = this.connection.terminate();
    return outcome.ok ? { ok: true, tracked: true } : this.fail(outcome.failure);
  }

  protected fail(failure: ScormFailure): ScormResult {
    this.report(failure);
    return { ok: false, failure };
  }

  /** Reads an element; reports real failures; `null` when absent or failed. */
  protected read(element: string): string | null {
    const outcome = this.connection.getValue(element);
    if (outcome.ok) return outcome.value;
    this.report(outcome.failure);
    return null;
  }

  /**
   * Writes element/value pairs in order, stopping at the first failure (later ones would depend on it).
   * A value this session already wrote to the same element is not sent again (fewer calls through
   * cross-frame LMS wrappers, where each call is a message round-trip).
   */
  protected writeAll(writes: readonly ElementWrite[]): ScormResult {
    for (const [element, value] of writes) {
      if (this.#written.get(element) === value) continue;
      const outcome = this.connection.setValue(element, value);
      if (!outcome.ok) {
        this.#written.delete(element);
        return this.fail(outcome.failure);
      }
      // Interaction elements are written once per index: caching them would only grow the map.
      if (!element.startsWith('cmi.interactions.')) this.#written.set(element, value);
    }
    return { ok: true, tracked: true };
  }

  /** Reads `cmi.objectives._count` and each objective's id so objectives are updated, never duplicated. */
  protected readObjectiveIndex(): void {
    const count = Number.parseInt(this.read('cmi.objectives._count') ?? '0', 10);
    this.objectiveCount = Number.isNaN(count) ? 0 : count;
    for (let index = 0; index < this.objectiveCount; index += 1) {
      const id = this.read(`cmi.objectives.${index}.id`);
      if (id) this.objectiveIndex.set(id, index);
    }
  }

  protected readInteractionCount(): number {
    const count = Number.parseInt(this.read('cmi.interactions._count') ?? '0', 10);
    return Number.isNaN(count) ? this.interactionCount : count;
  }

  /**
   * Appends an interaction at n = _count. If the LMS refuses the id (its count differs from ours, e.g. 2004
   * 351 for a gap), re-reads _count once and retries, so there are never gaps.
   */
  protected appendInteraction(
    idElement: (n: number) => ElementWrite,
    rest: (n: number) => ElementWrite[],
  ): ScormResult {
    let n = this.interactionCount;
    let [element, value] = idElement(n);
    let first = this.connection.setValue(element, value);
    if (!first.ok) {
      const actual = this.readInteractionCount();
      if (actual === n) return this.fail(first.failure);
      n = actual;
      [element, value] = idElement(n);
      first = this.connection.setValue(element, value);
      if (!first.ok) return this.fail(first.failure);
    }
    this.interactionCount = n + 1;
    return this.writeAll(rest(n));
  }

  /** The objective's index, appending a new one (and writing its id first) when the LMS does not have it. */
  protected objectiveSlot(lmsId: string): { index: number; isNew: boolean } {
    const existing = this.objectiveIndex.get(lmsId);
    if (existing !== undefined) return { index: existing, isNew: false };
    return { index: this.objectiveCount, isNew: true };
  }

  protected objectiveCreated(lmsId: string, index: number): void {
    this.objectiveIndex.set(lmsId, index);
    this.objectiveCount = Math.max(this.objectiveCount, index + 1);
  }
}

export function parseEntry(value: string | null): 'ab-initio' | 'resume' | 'unknown' {
  return value === 'ab-initio' || value === 'resume' ? value : 'unknown';
}

export function parseCompletion(
  value: string | null,
): 'not attempted' | 'incomplete' | 'completed' | 'unknown' {
  switch (value) {
    case 'not attempted':
    case 'incomplete':
      return value;
    case 'completed':
    case 'passed':
    case 'failed':
      return 'completed';
    case 'browsed':
      return 'incomplete';
    default:
      return 'unknown';
  }
}
