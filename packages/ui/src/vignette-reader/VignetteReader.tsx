import { m, useReducedMotion } from 'framer-motion';
import { type HTMLAttributes, type ReactNode, useEffect, useRef, useState } from 'react';
import { cx } from '../internal/class-names.ts';
import { LevelwiseMotion } from '../internal/motion.tsx';
import { useControllableState } from '../internal/use-controllable-state.ts';
import { useIds } from '../internal/use-ids.ts';
import {
  clampStageIndex,
  groupParagraphs,
  highlightKey,
  practitionerSentence,
  stageAnnouncement,
  stageHeading,
  type VignetteSentence,
  type VignetteStage,
  vignetteProblems,
} from './vignette-text.ts';
import './vignette-reader.css';

export interface VignetteReaderProps
  extends Omit<HTMLAttributes<HTMLElement>, 'defaultValue' | 'onChange' | 'title' | 'role' | 'children'> {
  /** The case's title, e.g. "Ioana, 14". */
  title: string;
  /** The learner's role in the case, e.g. "school nurse" (→ "You are a school nurse."). */
  role: string;
  /** Where it happens, e.g. "a home visit". */
  setting: string;
  /** The child's age in words, e.g. "14 years", "7 weeks", "unborn (28 weeks of pregnancy)". */
  childAge: string;
  /** The stages in order; each a list of sentences with stable ids. */
  stages: readonly VignetteStage[];
  /** The stage the learner has reached (0-based); earlier stages are shown collapsed above it. */
  stageIndex?: number;
  /**
   * A content note shown BEFORE the narrative, in the GOV.UK warning-text style. When given, the narrative is not
   * rendered until the reader chooses "Show the case".
   */
  contentNote?: ReactNode;
  /** Whether the content note has been acknowledged (controlled). */
  value?: boolean;
  /** Whether it starts acknowledged (uncontrolled), e.g. remembered from an earlier visit. */
  defaultValue?: boolean;
  onValueChange?: (acknowledged: boolean) => void;
  /** The button's words (default "Show the case"). */
  showCaseLabel?: string;
  /** Sentence ids to highlight (e.g. the evidence the learner chose), in any stage. */
  highlightedSentenceIds?: readonly string[];
  /** What the highlighting means, shown in the key: "Highlighted: {highlightLabel}". */
  highlightLabel?: string;
  /** Heading level of the title (default 2); stage headings are one below. */
  headingLevel?: 2 | 3;
  id?: string;
}

const NO_IDS: readonly string[] = [];

function Narrative({
  sentences,
  highlighted,
  sentenceId,
}: {
  sentences: readonly VignetteSentence[];
  highlighted: ReadonlySet<string>;
  sentenceId: (id: string) => string;
}) {
  return (
    <>
      {groupParagraphs(sentences).map((paragraph) => (
        <p key={paragraph[0]!.id} className="lw-vignette__paragraph">
          {paragraph.map((sentence, i) => {
            const on = highlighted.has(sentence.id);
            const Tag = on ? 'mark' : 'span';
            return (
              <span key={sentence.id}>
                {i > 0 ? ' ' : null}
                <Tag
                  id={sentenceId(sentence.id)}
                  className="lw-vignette__sentence"
                  data-sentence-id={sentence.id}
                  data-state={on ? 'highlighted' : 'plain'}
                >
                  {on ? <span className="lw-visually-hidden">Highlighted: </span> : null}
                  {sentence.text}
                </Tag>
              </span>
            );
          })}
        </p>
      ))}
    </>
  );
}

/**
 * A staged case narrative: who the learner is and where (role, setting, the child's age), an optional content note
 * that must be acknowledged with a button before the narrative appears, the current stage under "Stage 2 of 3:
 * the home visit", earlier stages collapsed (details/summary) and marked "Earlier", and optional highlighting of
 * sentences by id. When a new stage arrives it is announced politely and focus moves to its heading.
 */
export function VignetteReader({
  title,
  role,
  setting,
  childAge,
  stages,
  stageIndex = 0,
  contentNote,
  value,
  defaultValue = false,
  onValueChange,
  showCaseLabel = 'Show the case',
  highlightedSentenceIds = NO_IDS,
  highlightLabel,
  headingLevel = 2,
  id,
  className,
  ...rest
}: VignetteReaderProps) {
  const ids = useIds('vignette', id);
  const [acknowledged, setAcknowledged] = useControllableState<boolean>({
    value,
    defaultValue,
    onValueChange,
    name: 'VignetteReader',
  });
  if (process.env.NODE_ENV !== 'production') {
    const problems = vignetteProblems(stages);
    if (problems.length > 0) console.error(`VignetteReader: ${problems.join('; ')}.`);
  }
  const reduceMotion = useReducedMotion();
  const gated = contentNote !== undefined && contentNote !== null && contentNote !== '' && !acknowledged;
  const index = clampStageIndex(stageIndex, stages.length);
  const stage = stages[index];
  const highlighted = new Set(highlightedSentenceIds);
  const sentenceId = (sid: string) => ids.part(`sentence-${sid}`);
  const stageHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  const shownIndex = useRef(index);
  const [announcement, setAnnouncement] = useState('');
  // True only in the render where a new stage arrives (the effect below then records it): the entry animation
  // runs for a stage that arrives while reading, never on first render or in a screenshot.
  const arriving = index !== shownIndex.current;

  // A new stage while reading: announce it and move focus to its heading. Not on first render.
  useEffect(() => {
    if (index === shownIndex.current) return;
    const arrived = index > shownIndex.current;
    shownIndex.current = index;
    if (gated || !stage) return;
    if (arrived) setAnnouncement(stageAnnouncement(index, stages.length, stage.title));
    focusNext.current = true;
  }, [index, gated, stage, stages.length]);

  useEffect(() => {
    if (focusNext.current && !gated) {
      focusNext.current = false;
      stageHeadingRef.current?.focus();
    }
  });

  const Heading = `h${headingLevel}` as const;
  const StageHeading = `h${headingLevel + 1}` as 'h3';
  const countIn = (list: readonly VignetteStage[]) =>
    list.reduce((n, s) => n + s.sentences.filter((x) => highlighted.has(x.id)).length, 0);
  const earlierHighlights = countIn(stages.slice(0, index));
  const highlightCount = earlierHighlights + countIn(stage ? [stage] : []);

  return (
    <LevelwiseMotion>
      <article
        {...rest}
        id={ids.base}
        className={cx('lw-vignette', className)}
        aria-labelledby={ids.part('title')}
        data-state={gated ? 'content-note' : 'reading'}
        data-stage={index + 1}
      >
        <Heading className="lw-vignette__title" id={ids.part('title')}>
          {title}
        </Heading>
        <dl className="lw-vignette__facts">
          <div>
            <dt>Your role</dt>
            <dd>{practitionerSentence(role)}</dd>
          </div>
          <div>
            <dt>Setting</dt>
            <dd>{setting}</dd>
          </div>
          <div>
            <dt>Child’s age</dt>
            <dd>{childAge}</dd>
          </div>
        </dl>

        {gated ? (
          <div className="lw-vignette__note">
            <div className="lw-vignette__warning" id={ids.part('note-text')}>
              <span className="lw-vignette__warning-icon" aria-hidden="true">
                !
              </span>
              <strong className="lw-vignette__warning-text">
                <span className="lw-visually-hidden">Warning: </span>
                <span className="lw-vignette__warning-label">Content note.</span> {contentNote}
              </strong>
            </div>
            <p className="lw-vignette__note-help">
              You can take a break at any time. If this case brings up something for you, talk to your manager
              or your designated safeguarding lead.
            </p>
            <button
              type="button"
              className="lw-vignette__show lw-focusable"
              aria-describedby={ids.part('note-text')}
              onClick={() => {
                focusNext.current = true;
                setAcknowledged(true);
              }}
            >
              {showCaseLabel}
            </button>
          </div>
        ) : stage ? (
          <>
            {highlightCount > 0 ? (
              <p className="lw-vignette__key">
                <mark className="lw-vignette__key-swatch" aria-hidden="true">
                  Aa
                </mark>{' '}
                {highlightKey(highlightLabel ?? 'marked sentences', highlightCount, earlierHighlights)}
              </p>
            ) : null}
            {stages.slice(0, index).map((earlier, i) => (
              <details
                key={earlier.id}
                className="lw-vignette__earlier"
                data-state="earlier"
                data-stage={i + 1}
              >
                <summary className="lw-vignette__summary lw-focusable">
                  <span className="lw-vignette__earlier-tag">Earlier</span>{' '}
                  {stageHeading(i, stages.length, earlier.title)}
                </summary>
                <div className="lw-vignette__earlier-body">
                  <Narrative
                    sentences={earlier.sentences}
                    highlighted={highlighted}
                    sentenceId={sentenceId}
                  />
                </div>
              </details>
            ))}
            <m.section
              key={stage.id}
              className="lw-vignette__stage"
              data-state="current"
              aria-labelledby={ids.part('stage-heading')}
              initial={arriving && !reduceMotion ? { opacity: 0, y: 8 } : false}
              animate={{ opacity: 1, y: 0 }}
              transition={{ duration: reduceMotion ? 0 : 0.24 }}
            >
              <StageHeading
                className="lw-vignette__stage-heading"
                id={ids.part('stage-heading')}
                ref={stageHeadingRef}
                tabIndex={-1}
              >
                {stageHeading(index, stages.length, stage.title)}
              </StageHeading>
              <Narrative sentences={stage.sentences} highlighted={highlighted} sentenceId={sentenceId} />
            </m.section>
          </>
        ) : null}
        <div className="lw-vignette__announcer lw-visually-hidden" aria-live="polite">
          {announcement}
        </div>
      </article>
    </LevelwiseMotion>
  );
}
