import type { Framework } from '@levelwise/frameworks';
import {
  type AreaLevel,
  citeSource,
  cleanQuote,
  type LevelOrdinal,
  levelNameOf,
  levelPhrase,
} from './area-text.ts';

/** Module 1, the continuum of need: what each of the area's levels means, who responds, stepping up and down. */

type ResponseKind = AreaLevel['serviceResponses'][number]['kind'];

/** Each service response in plain words (reading age 11 to 13); the front door is named per area. */
const RESPONSE_WORDS: Readonly<Record<ResponseKind, (frontDoor: string) => string>> = {
  universal_direct_access: () =>
    'Services every family uses, such as school, nursery, the GP or health visitor',
  single_agency_support: () => 'Extra help from one service',
  eha: () => 'An Early Help Assessment, with the family’s agreement',
  ehsp: () => 'An Early Help Support Plan',
  taf: () => 'A Team Around the Family meeting',
  lead_professional: () => 'A lead professional who joins up the help',
  targeted_early_help: () => 'Targeted early help: several services working together with the family',
  front_door_referral: (frontDoor) => `A referral to ${frontDoor}`,
  s17_assessment: () => 'A child in need assessment by children’s social care (section 17)',
  cin_plan: () => 'A child in need plan',
  s47_enquiry: () => 'A child protection enquiry (section 47)',
  strategy_discussion: () => 'A strategy discussion between social care, police and health',
  cp_plan: () => 'A child protection plan',
  accommodation: () => 'Sometimes, the child being looked after away from home',
  youth_justice_assessment: () => 'A youth justice assessment',
  call_999: () => 'A 999 call if a child is in immediate danger',
};

export interface ContinuumResponse {
  kind: ResponseKind;
  words: string;
  /** What the document adds about this response at this level, if anything. */
  note?: string;
}

export interface ContinuumLevel {
  ordinal: LevelOrdinal;
  name: string;
  /** The level's first definition, verbatim (cleaned of markup). */
  definition: string;
  /** Where that definition is printed. */
  source: string;
  responses: ContinuumResponse[];
}

/** The area's four levels with their definitions and who responds, in the area's own words. */
export function continuumLevels(framework: Framework, areaName: string): ContinuumLevel[] {
  const frontDoor = framework.rules.frontDoor.serviceName;
  return [...framework.rules.levels]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((level) => {
      const first = level.definitions[0];
      if (!first) throw new Error(`${framework.id}: level ${level.ordinal} has no definition in its rules.`);
      return {
        ordinal: level.ordinal,
        name: level.localName,
        definition: cleanQuote(first.quote),
        source: citeSource(areaName, first),
        responses: level.serviceResponses.map((response) => ({
          kind: response.kind,
          words: RESPONSE_WORDS[response.kind](frontDoor),
          ...(response.note ? { note: response.note } : {}),
        })),
      };
    });
}

export interface SteppingRule {
  id: string;
  direction: 'up' | 'down' | 'both';
  /** "Stepping up", "Stepping down" or "Moving both ways". */
  directionWords: string;
  title: string;
  context: string;
  /** The document's steps, verbatim (empty where it states only the principle). */
  steps: string[];
  source: string;
}

const DIRECTION_WORDS = { up: 'Stepping up', down: 'Stepping down', both: 'Moving both ways' } as const;

/** The area's step-up and step-down rules, in document order. */
export function steppingRules(framework: Framework, areaName: string): SteppingRule[] {
  return framework.rules.stepUpDown.map((rule) => {
    const ref = rule.refs[0];
    if (!ref) throw new Error(`${framework.id}: step rule ${rule.id} has no source reference.`);
    return {
      id: rule.id,
      direction: rule.direction,
      directionWords: DIRECTION_WORDS[rule.direction],
      title: cleanQuote(rule.title),
      context: rule.context,
      steps: rule.steps.map((step) => cleanQuote(step.text)),
      source: citeSource(areaName, ref),
    };
  });
}

/** One "which level?" situation: a line anyone in the workforce might meet, and the level every area's definitions give it. */
export interface ContinuumSituation {
  id: string;
  text: string;
  expected: LevelOrdinal;
  /** Why, in plain words that hold for every area. */
  why: string;
}

export const CONTINUUM_SITUATIONS: readonly ContinuumSituation[] = [
  {
    id: 'speech-delay',
    text: 'Mia is 3. Her speech is behind other children’s. Her parents want help, and the health visitor can arrange it.',
    expected: 2,
    why: 'Mia has an additional need that is new and can be met with some extra help, from one service, with her parents on board.',
  },
  {
    id: 'several-needs',
    text: 'Jay is 10. He misses school most weeks, his mum is depressed and struggling to cope, and the family may lose their home.',
    expected: 3,
    why: 'Jay has several needs at once that are not being met, and no single service can meet them: services need to work together with the family.',
  },
  {
    id: 'bruised-baby',
    text: 'Leo is 3 months old and cannot yet roll over. He has a bruise on his cheek that nobody can explain.',
    expected: 4,
    why: 'A bruise on a baby who cannot move about on their own may be a sign of abuse: he may be suffering significant harm.',
  },
];

export interface LevelCheckResult {
  situationId: string;
  correct: boolean;
  chosen: LevelOrdinal | null;
  expected: LevelOrdinal;
  /** Feedback in plain words, citing the area's definition of the expected level. */
  feedback: string;
}

/** Marks one "which level?" answer and explains it with the area's own definition of the right level. */
export function checkLevelAnswer(
  framework: Framework,
  areaName: string,
  situation: ContinuumSituation,
  chosen: LevelOrdinal | null,
): LevelCheckResult {
  const correct = chosen === situation.expected;
  const level = continuumLevels(framework, areaName).find((l) => l.ordinal === situation.expected);
  if (!level) throw new Error(`${framework.id}: no level ${situation.expected}.`);
  const verdict =
    chosen === null
      ? `Not answered. This is ${levelPhrase(framework, situation.expected)}.`
      : correct
        ? `Right: this is ${levelPhrase(framework, situation.expected)}.`
        : `Not quite. You chose ${levelPhrase(framework, chosen)}; this is ${levelPhrase(framework, situation.expected)}.`;
  const definition = `${areaName} describes ${levelNameOf(framework, situation.expected)} as: “${level.definition}” (${level.source}).`;
  return {
    situationId: situation.id,
    correct,
    chosen,
    expected: situation.expected,
    feedback: `${verdict} ${situation.why} ${definition}`,
  };
}

/** "You got 2 of 3 right." */
export function describeScore(right: number, total: number): string {
  if (right === total) return total === 2 ? 'You got both right.' : `You got all ${total} right.`;
  return `You got ${right} of ${total} right.`;
}
