/** Pure wording for the escalation flowchart: time windows and the whole flow as one text alternative. */

export interface FlowWindow {
  unit: 'days' | 'hours';
  from: number;
  to: number;
}

export interface FlowStep {
  id: string;
  /** Short title, e.g. "Stage 2" or "Duty manager". */
  title: string;
  /** Who acts at this step, as the document names them. */
  actors: readonly string[];
  window?: FlowWindow | null;
  /** What happens, in the document's words. */
  action: string;
}

/** "Day 1", "Days 3 to 9", "Within 24 hours", "24 to 48 hours", or undefined when the document gives none. */
export function formatWindow(window: FlowWindow | null | undefined): string | undefined {
  if (!window) return undefined;
  if (window.unit === 'days') {
    return window.from === window.to ? `Day ${window.from}` : `Days ${window.from} to ${window.to}`;
  }
  if (window.from === 0) return `Within ${window.to} hour${window.to === 1 ? '' : 's'}`;
  return window.from === window.to ? `Hour ${window.from}` : `${window.from} to ${window.to} hours`;
}

/** A list of names in plain English: "a", "a and b", "a, b and c". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The whole flow in sentences, for people who cannot see the chart and for print:
 * "Stage 1 (Day 1): workers and line managers. Try to resolve… If it is not resolved, go to Stage 2 …"
 */
export function describeFlow(
  title: string,
  steps: readonly FlowStep[],
  { decisionQuestion = 'Is it resolved?', resolvedText = 'record the agreement and stop' } = {},
): string {
  if (steps.length === 0) return `${title}: no steps.`;
  const parts = steps.map((step, index) => {
    const when = formatWindow(step.window);
    const head = `${step.title}${when ? ` (${when.toLowerCase().replace(/^day/, 'day')})` : ''}`;
    const who = step.actors.length ? ` Who: ${joinNames(step.actors)}.` : '';
    const action = step.action.trim().replace(/\s+/g, ' ');
    const next =
      index < steps.length - 1
        ? ` ${decisionQuestion} If yes, ${resolvedText}; if not, go to ${steps[index + 1]!.title}.`
        : ' This is the last step.';
    return `${head}.${who} ${action}${/[.!?]$/.test(action) ? '' : '.'}${next}`;
  });
  return `${title}, in ${steps.length} steps. ${parts.join(' ')}`;
}

/** Throws a clear error when steps cannot form a flow (duplicate or empty ids). */
export function assertFlowSteps(steps: readonly FlowStep[]) {
  const seen = new Set<string>();
  steps.forEach((step, index) => {
    if (!step.id) throw new Error(`EscalationFlowchart: step ${index + 1} ("${step.title}") has no id.`);
    if (seen.has(step.id)) throw new Error(`EscalationFlowchart: step id "${step.id}" is used twice.`);
    seen.add(step.id);
  });
}
