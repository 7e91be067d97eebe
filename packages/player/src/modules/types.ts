import type { Framework } from '@levelwise/frameworks';
import type { FrameworkLookup } from '@levelwise/scenarios';

export interface LearningModuleProps {
  /** The area's framework (`getFramework(area)`): every level name, rule and indicator shown comes from it. */
  framework: Framework;
  /** The scenarios lookup (area display name, consent summary). */
  lookup: FrameworkLookup;
  /** Called when the learner finishes the module (after its check). */
  onComplete: () => void;
  /** Page headings are h2: the host renders the module title as h1. */
  headingLevel?: 2;
  /** The page to open on (0-based): for resuming, and for stories. */
  defaultPage?: number;
  /** Called with the page index whenever the learner moves between pages. */
  onPageChange?: (page: number) => void;
}
