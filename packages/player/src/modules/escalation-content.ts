import type { Framework } from '@levelwise/frameworks';
import { citeSource, cleanQuote } from './area-text.ts';

/**
 * Module 4, when you disagree: the area's escalation ladders (Dudley's four day-stages, Nottingham's two hour
 * ladders) or, where the document only points to a policy (Telford, Sandwell, Stoke), that pointer stated
 * honestly beside the general principles; and the "next step" check.
 */

type Procedure = Framework['rules']['escalation'][number];
export type EscalationLadder = Extract<Procedure, { kind: 'ladder' }>;
type PolicyReference = Extract<Procedure, { kind: 'policy-reference' }>;

export interface PolicyPointer {
  policyName: string;
  urls: string[];
  quote: string;
  source: string;
}

export interface GeneralStep {
  id: string;
  title: string;
  actors: string[];
  window: null;
  action: string;
}

/** What every area expects, in plain words; not any one area's document (shown only where the document has no ladder). */
export const GENERAL_ESCALATION_STEPS: readonly GeneralStep[] = [
  {
    id: 'general-1',
    title: 'Talk it through',
    actors: ['you', 'the worker who made the decision'],
    window: null,
    action:
      'Ask the worker who made the decision to explain it, and explain your worry about the child. Most disagreements end here.',
  },
  {
    id: 'general-2',
    title: 'Ask your manager or safeguarding lead',
    actors: ['your line manager', 'your designated safeguarding lead'],
    window: null,
    action: 'If you still disagree, ask your line manager or designated safeguarding lead to take it up.',
  },
  {
    id: 'general-3',
    title: 'Manager to manager',
    actors: ['your manager', 'the other worker’s manager'],
    window: null,
    action: 'Your manager talks to the other worker’s manager to try to agree.',
  },
  {
    id: 'general-4',
    title: 'Senior managers and the partnership',
    actors: ['senior managers', 'the safeguarding partnership'],
    window: null,
    action:
      'If it is still not agreed, senior managers, and in the end the safeguarding partnership, decide.',
  },
];

export interface EscalationContent {
  ladders: EscalationLadder[];
  policies: PolicyPointer[];
  /** True when the document sets out no stages of its own. */
  policyOnly: boolean;
}

export function escalationContent(framework: Framework, areaName: string): EscalationContent {
  const procedures = framework.rules.escalation;
  const ladders = procedures.filter((p): p is EscalationLadder => p.kind === 'ladder');
  const policies = procedures
    .filter((p): p is PolicyReference => p.kind === 'policy-reference')
    .map((p) => ({
      policyName: p.policyName,
      urls: p.urls,
      quote: cleanQuote(p.quote.quote),
      source: citeSource(areaName, p.quote),
    }));
  return { ladders, policies, policyOnly: ladders.length === 0 };
}

export interface NextStepOption {
  value: string;
  label: string;
  hint: string;
}

export interface NextStepQuestion {
  id: 'next-step';
  prompt: string;
  options: NextStepOption[];
  answer: string;
  /** Why the answer is right, citing where the step is printed (or that these are the general principles). */
  explanation: string;
}

function windowWords(window: EscalationLadder['stages'][number]['window']): string {
  if (!window) return 'No time limit given.';
  const unit = window.unit === 'days' ? 'Day' : 'Hour';
  if (window.unit === 'hours')
    return window.from === 0 ? `Within ${window.to} hours.` : `Hours ${window.from} to ${window.to}.`;
  return window.from === window.to ? `${unit} ${window.from}.` : `Days ${window.from} to ${window.to}.`;
}

/** "Stage 2 (days 3 to 9)" for Dudley's "STAGE 2: DAYS 3 TO 9"; "Stage 2: Duty Manager" for a named stage. */
export function stageLabel(stage: { order: number; name: string }): string {
  const name = cleanQuote(stage.name);
  const numbered = /^STAGE \d+:\s*(.+)$/i.exec(name);
  return numbered?.[1]
    ? `Stage ${stage.order} (${numbered[1].toLowerCase()})`
    : `Stage ${stage.order}: ${name}`;
}

/**
 * "You have done the first step and still disagree: what next?" The options are the ladder's stages (the
 * area's first ladder, or the general steps where the document has none) plus "accept the decision"; the
 * answer is the second stage.
 */
export function nextStepQuestion(framework: Framework, areaName: string): NextStepQuestion {
  const { ladders, policies } = escalationContent(framework, areaName);
  const stay: NextStepOption = {
    value: 'accept',
    label: 'Accept the decision and do nothing more',
    hint: 'Drop your worry because someone more senior decided.',
  };
  const ladder = ladders[0];
  if (ladder) {
    const [first, second] = ladder.stages;
    if (!first || !second) throw new Error(`${framework.id}: ladder ${ladder.id} has fewer than two stages.`);
    const options = ladder.stages.map((stage) => {
      const label = stageLabel(stage);
      // Dudley's stage names are their windows ("Stage 2 (days 3 to 9)"): say the window only once.
      const window = label.includes('(') ? '' : `${windowWords(stage.window)} `;
      return { value: `stage-${stage.order}`, label, hint: `${window}${cleanQuote(stage.action.quote)}` };
    });
    return {
      id: 'next-step',
      prompt: `${areaName}’s steps for this situation: “${cleanQuote(ladder.trigger.quote)}” You have done stage 1 and you still disagree. What is the next step?`,
      options: [...options, stay],
      answer: `stage-${second.order}`,
      explanation:
        `In ${areaName} the next step is stage 2: ${cleanQuote(second.action.quote)} (${citeSource(areaName, second.action)}). ` +
        'Disagreeing is part of keeping children safe: you do not have to accept a decision you think leaves a child at risk.',
    };
  }
  const policy = policies[0];
  return {
    id: 'next-step',
    prompt:
      'You think a child needs more help, but the worker who decided disagrees. You have talked it through with them and you still disagree. What is the next step?',
    options: [
      ...GENERAL_ESCALATION_STEPS.map((step) => ({ value: step.id, label: step.title, hint: step.action })),
      stay,
    ],
    answer: 'general-2',
    explanation:
      `The next step is to ask your own line manager or designated safeguarding lead to take it up. ` +
      `The ${areaName} document does not set out the steps itself: it points to the ${policy?.policyName ?? 'partnership’s escalation policy'}` +
      `${policy ? ` (${policy.source})` : ''}, so check that policy for the exact stages and time limits.`,
  };
}

export interface EmergencyQuestion {
  id: 'immediate-danger';
  prompt: string;
  options: NextStepOption[];
  answer: string;
  explanation: string;
}

/** "While you disagree, the child is in immediate danger": the answer is always 999 now. */
export function emergencyQuestion(framework: Framework, areaName: string): EmergencyQuestion {
  const emergency = framework.rules.frontDoor.emergency;
  const quote = cleanQuote(emergency.instruction.quote);
  const source = citeSource(areaName, emergency.instruction);
  return {
    id: 'immediate-danger',
    prompt:
      'While the disagreement goes on, you learn the child is in immediate danger tonight. What do you do?',
    options: [
      { value: 'call-999', label: 'Call 999 now', hint: 'Then tell the front door and your manager.' },
      { value: 'continue', label: 'Carry on with the next escalation step', hint: 'Keep to the process.' },
      {
        value: 'wait',
        label: 'Wait for the escalation to be resolved',
        hint: 'Someone senior will decide soon.',
      },
    ],
    answer: 'call-999',
    explanation: emergency.call999
      ? `The child’s safety comes first: a disagreement must never delay action to protect a child. ${areaName}’s document says: “${quote}” (${source}).`
      : `The child’s safety comes first: a disagreement must never delay action to protect a child. ${areaName}’s document does not mention 999; it says “${quote}” (${source}). In an emergency anyone can and should call 999.`,
  };
}

/** Marks a chosen option against the question's answer. */
export function checkChoice(
  question: { answer: string; explanation: string },
  chosen: string | null,
): { correct: boolean; feedback: string } {
  const correct = chosen === question.answer;
  const verdict = chosen === null ? 'Not answered.' : correct ? 'Right.' : 'Not quite.';
  return { correct, feedback: `${verdict} ${question.explanation}` };
}
