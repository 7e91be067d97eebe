import type { LevelOrdinal, Vignette, VoteCounts, WorkshopItem } from '@levelwise/scenarios';
import { VignetteReader } from '@levelwise/ui/vignette-reader';
import { useId, useMemo, useState } from 'react';
import { KeyHint } from './KeyHint.tsx';
import { childAgeWords, lowerFirst, readerStages } from './reader-stages.ts';
import type { GroupVote, VotingMode } from './types.ts';
import { LEVEL_ORDINALS, MAX_GROUPS, parseHandCount } from './vote-distribution.ts';

export interface StageScreenProps {
  step: 'presenting' | 'voting';
  item: WorkshopItem & { number: number; of: number };
  vignette: Vignette;
  levelNames: readonly string[];
  votes: VoteCounts;
  totalVotes: number;
  canCloseVoting: boolean;
  votingMode: VotingMode;
  onVotingModeChange: (mode: VotingMode) => void;
  groupVotes: readonly GroupVote[];
  groupCount: number;
  onGroupCountChange: (count: number) => void;
  onGroupVote: (group: number, level: LevelOrdinal | null) => void;
  onHandCounts: (votes: VoteCounts) => void;
  onOpenVoting: () => void;
  onReveal: () => void;
  /** The content note of this vignette has been acknowledged (kept by the session for every stage). */
  contentNoteAcknowledged: boolean;
  onContentNoteAcknowledged: () => void;
}

/** One stage on the projector, and the ballot once voting is open. */
export function StageScreen(props: StageScreenProps) {
  const { step, item, vignette } = props;
  const id = useId();
  const stages = useMemo(() => readerStages(vignette), [vignette]);
  return (
    <section
      className="lw-workshop__screen lw-workshop__stage"
      aria-labelledby={`${id}-heading`}
      data-step={step}
    >
      <h2
        id={`${id}-heading`}
        className="lw-workshop__heading lw-workshop__heading--slide"
        tabIndex={-1}
        data-screen-heading="presenting"
      >
        Session stage {item.number} of {item.of}
      </h2>
      <div className="lw-workshop__stage-layout">
        <div className="lw-workshop__reader">
          <VignetteReader
            title={vignette.title}
            role={lowerFirst(vignette.role)}
            setting={vignette.setting}
            childAge={childAgeWords(vignette)}
            stages={stages}
            stageIndex={item.stageIndex}
            headingLevel={3}
            {...(vignette.contentNote ? { contentNote: vignette.contentNote } : {})}
            value={props.contentNoteAcknowledged}
            onValueChange={(acknowledged) => {
              if (acknowledged) props.onContentNoteAcknowledged();
            }}
          />
        </div>
        <div className="lw-workshop__ballot-column">
          {step === 'presenting' ? (
            <div className="lw-workshop__actions">
              <button
                aria-keyshortcuts="N"
                type="button"
                className="lw-workshop__button lw-workshop__button--primary"
                onClick={props.onOpenVoting}
              >
                Open voting
              </button>
              <KeyHint keys="N" />
            </div>
          ) : (
            <Ballot {...props} />
          )}
        </div>
      </div>
    </section>
  );
}

function Ballot({
  levelNames,
  votes,
  totalVotes,
  canCloseVoting,
  votingMode,
  onVotingModeChange,
  groupVotes,
  groupCount,
  onGroupCountChange,
  onGroupVote,
  onHandCounts,
  onReveal,
}: StageScreenProps) {
  const id = useId();
  const [revealProblem, setRevealProblem] = useState(false);
  const voted = groupVotes.filter((g) => g.level !== null).length;
  return (
    <section className="lw-workshop__ballot" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="lw-workshop__subheading" tabIndex={-1} data-screen-heading="voting">
        Votes
      </h3>
      <div className="lw-workshop__ballot-options">
        <fieldset className="lw-workshop__fieldset lw-workshop__fieldset--inline">
          <legend>Voting</legend>
          <div className="lw-workshop__choices">
            <label className="lw-workshop__choice">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={votingMode === 'groups'}
                onChange={() => onVotingModeChange('groups')}
              />{' '}
              By group
            </label>
            <label className="lw-workshop__choice">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={votingMode === 'hands'}
                onChange={() => onVotingModeChange('hands')}
              />{' '}
              Show of hands
            </label>
          </div>
        </fieldset>
        {votingMode === 'groups' ? (
          <div className="lw-workshop__field lw-workshop__field--inline">
            <label htmlFor={`${id}-groups`}>Groups</label>
            <input
              id={`${id}-groups`}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_GROUPS}
              value={groupCount}
              onChange={(e) => {
                const n = Number(e.currentTarget.value);
                if (Number.isInteger(n) && n >= 1 && n <= MAX_GROUPS) onGroupCountChange(n);
              }}
              className="lw-workshop__input lw-workshop__input--short"
            />
          </div>
        ) : null}
      </div>
      {votingMode === 'groups' ? (
        <>
          <p className="lw-workshop__hint" id={`${id}-hint`}>
            Focus a group and press 1 to 4 to record its level (then the next group); 0 clears.
          </p>
          <div className="lw-workshop__groups">
            {groupVotes.map((g) => (
              <fieldset
                key={g.group}
                className="lw-workshop__group"
                data-group={g.group}
                data-state={g.level === null ? 'waiting' : 'voted'}
                aria-describedby={`${id}-hint`}
              >
                <legend className="lw-workshop__group-name">
                  Group {g.group}
                  <span className="lw-workshop__group-state">{g.level === null ? ' (no vote yet)' : ''}</span>
                </legend>
                <div className="lw-workshop__group-levels">
                  {LEVEL_ORDINALS.map((level) => (
                    <label key={level} className="lw-workshop__level-choice" data-level={level}>
                      <input
                        type="radio"
                        name={`${id}-group-${g.group}`}
                        value={level}
                        checked={g.level === level}
                        onChange={() => onGroupVote(g.group, level)}
                      />
                      <span className="lw-workshop__level-number">{level}</span>
                      <span className="lw-workshop__level-name">{levelNames[level - 1]}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
          <p className="lw-workshop__summary-line">
            {voted} of {groupVotes.length} groups have voted.
          </p>
        </>
      ) : (
        <fieldset className="lw-workshop__fieldset">
          <legend>Hands raised for each level</legend>
          <div className="lw-workshop__hands">
            {LEVEL_ORDINALS.map((level) => (
              <HandCount
                key={level}
                level={level}
                name={levelNames[level - 1] ?? `Level ${level}`}
                value={votes[level - 1] ?? 0}
                onChange={(count) => {
                  const next = [...votes] as VoteCounts;
                  next[level - 1] = count;
                  onHandCounts(next);
                }}
              />
            ))}
          </div>
          <p className="lw-workshop__summary-line">
            {totalVotes} {totalVotes === 1 ? 'vote' : 'votes'} counted.
          </p>
        </fieldset>
      )}
      <div className="lw-workshop__actions">
        <button
          aria-keyshortcuts="R"
          type="button"
          className="lw-workshop__button lw-workshop__button--primary"
          aria-disabled={!canCloseVoting}
          aria-describedby={revealProblem ? `${id}-reveal-problem` : undefined}
          onClick={() => {
            if (canCloseVoting) onReveal();
            else setRevealProblem(true);
          }}
        >
          Close voting and reveal
        </button>
        <KeyHint keys="R" />
        {revealProblem && !canCloseVoting ? (
          <p id={`${id}-reveal-problem`} role="alert" className="lw-workshop__problem">
            Enter at least one vote before revealing the answer.
          </p>
        ) : null}
      </div>
    </section>
  );
}

function HandCount({
  level,
  name,
  value,
  onChange,
}: {
  level: LevelOrdinal;
  name: string;
  value: number;
  onChange: (count: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  // Follow outside changes (e.g. switching from group votes) unless the trainer is mid-edit with an error.
  const shown = invalid || Number(text) === value ? text : String(value);
  return (
    <div className="lw-workshop__hand" data-level={level}>
      <label htmlFor={id}>
        <span className="lw-workshop__level-number">{level}</span> {name}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        className="lw-workshop__input lw-workshop__input--short"
        value={shown}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          const count = parseHandCount(raw);
          setInvalid(count === null);
          if (count !== null) onChange(count);
        }}
      />
      {invalid ? (
        <p id={`${id}-error`} className="lw-workshop__problem">
          Enter a whole number from 0 to 999.
        </p>
      ) : null}
    </div>
  );
}
