import type { FlowStep } from './flowchart-text.ts';

/** The part of a @levelwise/frameworks escalation ladder the flowchart needs (structural: no runtime import). */
export interface LadderLike {
  id: string;
  title: string;
  trigger: { quote: string };
  stages: ReadonlyArray<{
    order: number;
    name: string;
    actors: readonly string[];
    window: { unit: 'days' | 'hours'; from: number; to: number } | null;
    action: { quote: string };
  }>;
  issues?: ReadonlyArray<{ description: string }>;
}

const clean = (text: string) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|__|\\/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Flowchart props from an escalation ladder: stage names, actors, windows and actions in the document's words. */
export function flowchartFromLadder(ladder: LadderLike) {
  const steps: FlowStep[] = [...ladder.stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => ({
      id: `${ladder.id}-${stage.order}`,
      title: stage.name,
      actors: stage.actors,
      window: stage.window,
      action: clean(stage.action.quote),
    }));
  return {
    title: ladder.title,
    trigger: clean(ladder.trigger.quote),
    steps,
    notes: (ladder.issues ?? []).map((issue) => issue.description),
  };
}
