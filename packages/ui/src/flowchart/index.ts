export { EscalationFlowchart, type EscalationFlowchartProps } from './EscalationFlowchart.tsx';
export { flowchartFromLadder, type LadderLike } from './flowchart-from-framework.ts';
export {
  assertFlowSteps,
  describeFlow,
  type FlowStep,
  type FlowWindow,
  formatWindow,
  joinNames,
} from './flowchart-text.ts';
