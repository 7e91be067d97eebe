import type {
  FailureReporter,
  LaunchData,
  ObjectiveInput,
  OutcomeInput,
  ScoreInput,
  ScormAdapter,
} from './adapter.ts';
import { checkScore } from './adapter.ts';
import { AdapterCore, type ElementWrite, parseCompletion, parseEntry } from './adapter-core.ts';
import {
  formatDecimal,
  formatIso8601Duration,
  formatScorm2004Timestamp,
  isScorm2004LongIdentifier,
  isScorm2004ShortIdentifier,
} from './cmi-formats.ts';
import type { ScormFailure, ScormResult } from './failures.ts';
import { clipDescription, type InteractionRecord, validateInteraction } from './interactions.ts';
import type { LmsConnection } from './lms-connection.ts';

/**
 * The 4th Edition SPM. 2nd Edition LMSs keep only 4000 (`scorm2004SecondEditionLimit`): pass
 * `suspendDataLimit2004: 4000` for those, or the session lowers the limit when the LMS refuses a longer value.
 */
export const scorm2004SuspendDataLimit = 64000;
export const scorm2004LocationLimit = 1000;
export const scorm2004SecondEditionLimit = 4000;

/** The 2004 learner_response and correct pattern of an interaction. */
export function encodeScorm2004Responses(record: InteractionRecord): {
  response: string;
  correct: string | null;
} {
  switch (record.type) {
    case 'choice':
    case 'sequencing':
      return {
        response: record.response.join('[,]'),
        correct: record.correct ? record.correct.join('[,]') : null,
      };
    case 'matching': {
      const pairs = (list: readonly (readonly [string, string])[]) =>
        list.map(([source, target]) => `${source}[.]${target}`).join('[,]');
      return { response: pairs(record.response), correct: record.correct ? pairs(record.correct) : null };
    }
    case 'likert':
      return { response: record.response, correct: record.correct ?? null };
  }
}

function optionIds(record: InteractionRecord): readonly (readonly [string, readonly string[]])[] {
  switch (record.type) {
    case 'choice':
    case 'sequencing':
      return [['options', record.options]];
    case 'matching':
      return [
        ['sources', record.sources],
        ['targets', record.targets],
      ];
    case 'likert':
      return [['scale', record.scale]];
  }
}

/** SCORM 2004 4th Edition (`window.API_1484_11`, `cmi.*`). */
export class Scorm2004Adapter extends AdapterCore implements ScormAdapter {
  readonly standard = '2004' as const;
  #suspendDataLimit: number;
  readonly locationLimit = scorm2004LocationLimit;

  constructor(
    connection: LmsConnection,
    report: FailureReporter,
    suspendDataLimit = scorm2004SuspendDataLimit,
  ) {
    super(connection, report);
    this.#suspendDataLimit = suspendDataLimit;
  }

  get suspendDataLimit(): number {
    return this.#suspendDataLimit;
  }

  lowerSuspendDataLimit(limit: number): void {
    this.#suspendDataLimit = Math.min(this.#suspendDataLimit, limit);
  }

  readLaunchData(): LaunchData {
    const passingRaw = this.read('cmi.scaled_passing_score');
    const passing = passingRaw ? Number.parseFloat(passingRaw) : Number.NaN;
    const mode = this.read('cmi.mode');
    const launch: LaunchData = {
      entry: parseEntry(this.read('cmi.entry')),
      suspendData: this.read('cmi.suspend_data') ?? '',
      location: this.read('cmi.location') ?? '',
      learnerId: this.read('cmi.learner_id') || null,
      learnerName: this.read('cmi.learner_name') || null,
      // A negative passing score cannot be met by a 0–1 course score in any useful way: treat it as absent.
      lmsPassMark: Number.isFinite(passing) && passing >= 0 && passing <= 1 ? passing : null,
      lmsMode: mode === 'review' || mode === 'browse' ? mode : 'normal',
      credit: this.read('cmi.credit') === 'no-credit' ? 'no-credit' : 'credit',
      priorCompletion: parseCompletion(this.read('cmi.completion_status')),
    };
    this.readObjectiveIndex();
    this.interactionCount = this.readInteractionCount();
    return launch;
  }

  markAttemptStarted(launch: LaunchData): ScormResult {
    if (launch.priorCompletion !== 'not attempted' && launch.priorCompletion !== 'unknown')
      return { ok: true, tracked: true };
    return this.writeAll([['cmi.completion_status', 'incomplete']]);
  }

  writeLocation(location: string): ScormResult {
    if (location.length > this.locationLimit) {
      return this.fail({
        kind: 'invalid-input',
        field: 'bookmark',
        message: `${location.length} characters; cmi.location holds at most ${this.locationLimit}`,
      });
    }
    return this.writeAll([['cmi.location', location]]);
  }

  writeSuspendData(serialised: string): ScormResult {
    if (serialised.length > this.suspendDataLimit) {
      return this.fail({
        kind: 'state-too-large',
        standard: '2004',
        length: serialised.length,
        limit: this.suspendDataLimit,
      });
    }
    return this.writeAll([['cmi.suspend_data', serialised]]);
  }

  writeScore(score: ScoreInput): ScormResult {
    const problem = checkScore(score, 'score');
    if (problem) return this.fail(problem);
    return this.writeAll(scoreWrites('cmi.score', score));
  }

  writeOutcome({ passed }: OutcomeInput): ScormResult {
    return this.writeAll([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', passed === null ? 'unknown' : passed ? 'passed' : 'failed'],
    ]);
  }

  writeObjective(objective: ObjectiveInput): ScormResult {
    const idProblem = identifierProblem(objective.id, 'objective.id');
    if (idProblem) return this.fail(idProblem);
    if (objective.score) {
      const problem = checkScore(objective.score, `objective "${objective.id}".score`);
      if (problem) return this.fail(problem);
    }
    const { index, isNew } = this.objectiveSlot(objective.id);
    const base = `cmi.objectives.${index}`;
    if (isNew) {
      const created = this.writeAll([[`${base}.id`, objective.id]]);
      if (!created.ok) return created;
      this.objectiveCreated(objective.id, index);
    }
    const writes: ElementWrite[] = [];
    if (isNew && objective.description)
      writes.push([`${base}.description`, clipDescription(objective.description)]);
    if (objective.score) writes.push(...scoreWrites(`${base}.score`, objective.score));
    if (objective.success) writes.push([`${base}.success_status`, objective.success]);
    if (objective.completion) writes.push([`${base}.completion_status`, objective.completion]);
    return this.writeAll(writes);
  }

  writeInteraction(record: InteractionRecord, at: number): ScormResult {
    const problem =
      validateInteraction(record) ?? identifierProblem(record.id, `interaction "${record.id}".id`);
    if (problem) return this.fail(problem);
    for (const [name, list] of optionIds(record)) {
      for (const [index, option] of list.entries()) {
        if (!isScorm2004ShortIdentifier(option)) {
          return this.fail({
            kind: 'invalid-input',
            field: `interaction "${record.id}".${name}[${index}]`,
            message: `"${option}" is not a SCORM 2004 short identifier (letters, digits and - _ . : ( ) + = @ ; $ ! * ' % / #, at most 250)`,
          });
        }
      }
    }
    for (const [index, objectiveId] of (record.objectiveIds ?? []).entries()) {
      const objectiveProblem = identifierProblem(
        objectiveId,
        `interaction "${record.id}".objectiveIds[${index}]`,
      );
      if (objectiveProblem) return this.fail(objectiveProblem);
    }
    const { response, correct } = encodeScorm2004Responses(record);
    return this.appendInteraction(
      (n) => [`cmi.interactions.${n}.id`, record.id],
      (n) => {
        const base = `cmi.interactions.${n}`;
        const writes: ElementWrite[] = [[`${base}.type`, record.type]];
        if (record.description) writes.push([`${base}.description`, clipDescription(record.description)]);
        (record.objectiveIds ?? []).forEach((objectiveId, m) => {
          writes.push([`${base}.objectives.${m}.id`, objectiveId]);
        });
        writes.push([`${base}.timestamp`, formatScorm2004Timestamp(at)]);
        if (record.weighting !== undefined)
          writes.push([`${base}.weighting`, formatDecimal(record.weighting)]);
        // An empty response or pattern (nothing selected) is left unset: LMSs reject "" for these types.
        if (correct) writes.push([`${base}.correct_responses.0.pattern`, correct]);
        if (response) writes.push([`${base}.learner_response`, response]);
        writes.push([`${base}.result`, record.result]);
        if (record.latencyMs !== undefined)
          writes.push([`${base}.latency`, formatIso8601Duration(record.latencyMs)]);
        return writes;
      },
    );
  }

  writeExit(finished: boolean): ScormResult {
    return this.writeAll([['cmi.exit', finished ? 'normal' : 'suspend']]);
  }

  writeSessionTime(ms: number): ScormResult {
    return this.writeAll([['cmi.session_time', formatIso8601Duration(ms)]]);
  }
}

function scoreWrites(base: string, score: ScoreInput): ElementWrite[] {
  const min = score.min ?? 0;
  const max = score.max ?? 100;
  const raw = score.raw ?? min + score.scaled * (max - min);
  return [
    [`${base}.scaled`, formatDecimal(score.scaled)],
    [`${base}.raw`, formatDecimal(raw, 2)],
    [`${base}.min`, formatDecimal(min, 2)],
    [`${base}.max`, formatDecimal(max, 2)],
  ];
}

function identifierProblem(id: string, field: string): ScormFailure | null {
  if (typeof id !== 'string' || !isScorm2004LongIdentifier(id)) {
    return {
      kind: 'invalid-input',
      field,
      message: `"${String(id)}" is not a SCORM 2004 identifier (1–4000 characters, no spaces)`,
    };
  }
  return null;
}
