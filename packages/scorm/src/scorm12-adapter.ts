import type { LaunchData, ObjectiveInput, OutcomeInput, ScoreInput, ScormAdapter } from './adapter.ts';
import { checkScore } from './adapter.ts';
import { AdapterCore, type ElementWrite, parseCompletion, parseEntry } from './adapter-core.ts';
import {
  formatDecimal,
  formatScorm12TimeOfDay,
  formatScorm12Timespan,
  scorm12ResponseCharacters,
  toScorm12Identifier,
} from './cmi-formats.ts';
import type { ScormFailure, ScormResult } from './failures.ts';
import { type InteractionRecord, type InteractionResult, validateInteraction } from './interactions.ts';

/** SCORM 1.2's own limit, enforced whatever the LMS accepts (scorm-again and Moodle accept 64000; others truncate). */
export const scorm12SuspendDataLimit = 4096;
export const scorm12LocationLimit = 255;

const results12: Record<InteractionResult, string> = {
  correct: 'correct',
  incorrect: 'wrong',
  neutral: 'neutral',
  unanticipated: 'unanticipated',
};

/** Option id → its single 1.2 character, by position. */
function characterMap(options: readonly string[]): Map<string, string> {
  return new Map(options.map((option, index) => [option, scorm12ResponseCharacters[index] ?? '?']));
}

function encodeList(values: readonly string[], options: readonly string[]): string {
  const map = characterMap(options);
  return values.map((value) => map.get(value)).join(',');
}

/** The 1.2 response and correct pattern of an interaction (single characters; see the InteractionRecord docs). */
export function encodeScorm12Responses(record: InteractionRecord): {
  response: string;
  correct: string | null;
} {
  switch (record.type) {
    case 'choice':
    case 'sequencing':
      return {
        response: encodeList(record.response, record.options),
        correct: record.correct ? encodeList(record.correct, record.options) : null,
      };
    case 'matching': {
      const sources = characterMap(record.sources);
      const targets = characterMap(record.targets);
      const pairs = (list: readonly (readonly [string, string])[]) =>
        list.map(([source, target]) => `${sources.get(source)}.${targets.get(target)}`).join(',');
      return { response: pairs(record.response), correct: record.correct ? pairs(record.correct) : null };
    }
    case 'likert': {
      const scale = characterMap(record.scale);
      return {
        response: scale.get(record.response) ?? '',
        correct: record.correct === undefined ? null : (scale.get(record.correct) ?? null),
      };
    }
  }
}

/** SCORM 1.2 (`window.API`, `cmi.core.*`). */
export class Scorm12Adapter extends AdapterCore implements ScormAdapter {
  readonly standard = '1.2' as const;
  #suspendDataLimit = scorm12SuspendDataLimit;

  get suspendDataLimit(): number {
    return this.#suspendDataLimit;
  }

  lowerSuspendDataLimit(limit: number): void {
    this.#suspendDataLimit = Math.min(this.#suspendDataLimit, limit);
  }
  readonly locationLimit = scorm12LocationLimit;
  /** 1.2 id → course id, to catch two course ids that become the same 1.2 id. */
  #idOrigins = new Map<string, string>();

  readLaunchData(): LaunchData {
    const masteryRaw = this.read('cmi.student_data.mastery_score');
    const mastery = masteryRaw ? Number.parseFloat(masteryRaw) : Number.NaN;
    const mode = this.read('cmi.core.lesson_mode');
    const launch: LaunchData = {
      entry: parseEntry(this.read('cmi.core.entry')),
      suspendData: this.read('cmi.suspend_data') ?? '',
      location: this.read('cmi.core.lesson_location') ?? '',
      learnerId: this.read('cmi.core.student_id') || null,
      learnerName: this.read('cmi.core.student_name') || null,
      lmsPassMark: Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery / 100 : null,
      lmsMode: mode === 'review' || mode === 'browse' ? mode : 'normal',
      credit: this.read('cmi.core.credit') === 'no-credit' ? 'no-credit' : 'credit',
      priorCompletion: parseCompletion(this.read('cmi.core.lesson_status')),
    };
    this.readObjectiveIndex();
    this.interactionCount = this.readInteractionCount();
    return launch;
  }

  markAttemptStarted(launch: LaunchData): ScormResult {
    if (launch.priorCompletion !== 'not attempted' && launch.priorCompletion !== 'unknown')
      return { ok: true, tracked: true };
    return this.writeAll([['cmi.core.lesson_status', 'incomplete']]);
  }

  writeLocation(location: string): ScormResult {
    if (location.length > this.locationLimit) {
      return this.fail({
        kind: 'invalid-input',
        field: 'bookmark',
        message: `${location.length} characters; cmi.core.lesson_location holds at most ${this.locationLimit}`,
      });
    }
    return this.writeAll([['cmi.core.lesson_location', location]]);
  }

  writeSuspendData(serialised: string): ScormResult {
    if (serialised.length > this.suspendDataLimit) {
      return this.fail({
        kind: 'state-too-large',
        standard: '1.2',
        length: serialised.length,
        limit: this.suspendDataLimit,
      });
    }
    return this.writeAll([['cmi.suspend_data', serialised]]);
  }

  writeScore(score: ScoreInput): ScormResult {
    const problem = checkScore(score, 'score');
    if (problem) return this.fail(problem);
    // 1.2 LMSs compare raw with mastery_score (0–100), so raw is the percentage.
    return this.writeAll([
      ['cmi.core.score.raw', formatDecimal(score.scaled * 100, 2)],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ]);
  }

  writeOutcome({ passed }: OutcomeInput): ScormResult {
    const status = passed === null ? 'completed' : passed ? 'passed' : 'failed';
    return this.writeAll([['cmi.core.lesson_status', status]]);
  }

  writeObjective(objective: ObjectiveInput): ScormResult {
    const id = this.#identifier(objective.id, 'objective.id');
    if (typeof id !== 'string') return this.fail(id);
    if (objective.score) {
      const problem = checkScore(objective.score, `objective "${objective.id}".score`);
      if (problem) return this.fail(problem);
    }
    const { index, isNew } = this.objectiveSlot(id);
    const base = `cmi.objectives.${index}`;
    const writes: ElementWrite[] = [];
    if (isNew) writes.push([`${base}.id`, id]);
    if (objective.score) {
      writes.push(
        [`${base}.score.raw`, formatDecimal(objective.score.scaled * 100, 2)],
        [`${base}.score.min`, '0'],
        [`${base}.score.max`, '100'],
      );
    }
    const status =
      objective.success === 'passed' || objective.success === 'failed'
        ? objective.success
        : objective.completion;
    if (status) writes.push([`${base}.status`, status]);
    if (isNew) {
      const first = this.writeAll(writes.slice(0, 1));
      if (!first.ok) return first;
      this.objectiveCreated(id, index);
      return this.writeAll(writes.slice(1));
    }
    return this.writeAll(writes);
  }

  writeInteraction(record: InteractionRecord, at: number): ScormResult {
    const problem = validateInteraction(record);
    if (problem) return this.fail(problem);
    const id = this.#identifier(record.id, `interaction "${record.id}".id`);
    if (typeof id !== 'string') return this.fail(id);
    const objectiveIds: string[] = [];
    for (const [index, objectiveId] of (record.objectiveIds ?? []).entries()) {
      const mapped = this.#identifier(objectiveId, `interaction "${record.id}".objectiveIds[${index}]`);
      if (typeof mapped !== 'string') return this.fail(mapped);
      objectiveIds.push(mapped);
    }
    const { response, correct } = encodeScorm12Responses(record);
    return this.appendInteraction(
      (n) => [`cmi.interactions.${n}.id`, id],
      (n) => {
        const base = `cmi.interactions.${n}`;
        const writes: ElementWrite[] = [[`${base}.type`, record.type]];
        objectiveIds.forEach((objectiveId, m) => {
          writes.push([`${base}.objectives.${m}.id`, objectiveId]);
        });
        writes.push([`${base}.time`, formatScorm12TimeOfDay(at)]);
        if (record.weighting !== undefined)
          writes.push([`${base}.weighting`, formatDecimal(record.weighting)]);
        // An empty response or pattern (nothing selected) is left unset: LMSs reject "" for these types.
        if (correct) writes.push([`${base}.correct_responses.0.pattern`, correct]);
        if (response) writes.push([`${base}.student_response`, response]);
        writes.push([`${base}.result`, results12[record.result]]);
        if (record.latencyMs !== undefined)
          writes.push([`${base}.latency`, formatScorm12Timespan(record.latencyMs)]);
        return writes;
      },
    );
  }

  writeExit(finished: boolean): ScormResult {
    return this.writeAll([['cmi.core.exit', finished ? '' : 'suspend']]);
  }

  writeSessionTime(ms: number): ScormResult {
    return this.writeAll([['cmi.core.session_time', formatScorm12Timespan(ms)]]);
  }

  /** The 1.2-safe form of a course id, or a failure if two course ids would collide. */
  #identifier(courseId: string, field: string): string | ScormFailure {
    if (typeof courseId !== 'string' || courseId.trim() === '') {
      return { kind: 'invalid-input', field, message: 'must be a non-empty string' };
    }
    const id = toScorm12Identifier(courseId);
    const origin = this.#idOrigins.get(id);
    if (origin !== undefined && origin !== courseId) {
      return {
        kind: 'invalid-input',
        field,
        message: `"${courseId}" and "${origin}" both become the SCORM 1.2 id "${id}"; make them differ in letters, digits, "-", "_" or ":"`,
      };
    }
    this.#idOrigins.set(id, courseId);
    return id;
  }
}
