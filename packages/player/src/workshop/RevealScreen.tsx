import type { Framework } from '@levelwise/frameworks';
import {
  AREA_IDS,
  type AreaId,
  describeResponse,
  type FrameworkLookup,
  pairwiseAgreement,
  type SessionSummary,
  type StageAreaKey,
  type Vignette,
  type VoteCounts,
  type WorkshopDiscussionProps,
  type WorkshopItem,
} from '@levelwise/scenarios';
import { LevelBadge } from '@levelwise/ui/level-badge';
import {
  type ComparisonSide,
  matrixFromFramework,
  ThresholdComparison,
  ThresholdMatrix,
} from '@levelwise/ui/matrix';
import { WindscreenContinuum } from '@levelwise/ui/windscreen';
import { useId, useMemo } from 'react';
import { KeyHint } from './KeyHint.tsx';
import type { GroupVote } from './types.ts';
import {
  describeKeyBand,
  describeWithinKey,
  distributionBars,
  kappaWithReading,
  percentWords,
  windscreenVoteLevels,
} from './vote-distribution.ts';
import { keyEvidence, keyedIndicatorIds } from './workshop-keys.ts';

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface RevealScreenProps {
  step: 'revealing' | 'discussing';
  item: WorkshopItem & { number: number; of: number };
  vignette: Vignette;
  votes: VoteCounts;
  levelNames: readonly string[];
  area: AreaId;
  areaName: string;
  stageKey: StageAreaKey | undefined;
  /** The key of the stage before, for the step up or down on the windscreen. */
  previousKey: StageAreaKey | undefined;
  compareArea: AreaId | null;
  onCompareAreaChange: (area: AreaId | null) => void;
  compareKey: StageAreaKey | undefined;
  lookup: FrameworkLookup;
  framework: Framework | undefined;
  discussion: WorkshopDiscussionProps | null;
  showNotes: boolean;
  onToggleNotes: () => void;
  notes: string;
  onNotesChange: (text: string) => void;
  sessionAgreement: SessionSummary;
  groupVotes: readonly GroupVote[];
  onDiscuss: () => void;
  onNext: () => void;
  onEnd: () => void;
}

/** The reveal: the room's distribution against the derived key, agreement, keyed indicators, then discussion. */
export function RevealScreen(props: RevealScreenProps) {
  const { step, item, vignette, votes, levelNames, stageKey, areaName } = props;
  const id = useId();
  const band = stageKey ? stageKey.band : null;
  const bars = distributionBars(votes, levelNames, band);
  const total = votes.reduce((a, b) => a + b, 0);
  const agreement = pairwiseAgreement(votes);
  const underCalls = band && band[0] === 4 ? votes[0] + votes[1] + votes[2] : 0;
  const windscreenLevels = windscreenVoteLevels(bars);
  const stage = vignette.stages[item.stageIndex];
  const last = item.number >= item.of;
  return (
    <section
      className="lw-workshop__screen lw-workshop__reveal"
      aria-labelledby={`${id}-heading`}
      data-step={step}
    >
      <h2 id={`${id}-heading`} className="lw-workshop__heading" tabIndex={-1} data-screen-heading="revealing">
        Reveal: {vignette.title}, stage {item.stageIndex + 1}
        {stage ? ` (${stage.title})` : ''}
      </h2>
      <div className="lw-workshop__reveal-grid">
        <section
          className="lw-workshop__panel"
          aria-labelledby={`${id}-distribution`}
          data-part="distribution"
        >
          <h3 id={`${id}-distribution`} className="lw-workshop__subheading">
            How the room voted ({total} {total === 1 ? 'vote' : 'votes'})
          </h3>
          <ol className="lw-workshop__bars">
            {bars.map((bar) => (
              <li
                key={bar.level}
                className="lw-workshop__bar"
                data-level={bar.level}
                data-key={bar.inKey ? 'in-key' : 'outside-key'}
                data-modal={bar.modal ? 'true' : 'false'}
              >
                <span className="lw-visually-hidden">{bar.text}</span>
                <span className="lw-workshop__bar-label" aria-hidden="true">
                  <span className="lw-workshop__level-number">{bar.level}</span> {bar.name}
                </span>
                <span className="lw-workshop__bar-track" aria-hidden="true">
                  <span className="lw-workshop__bar-fill" style={{ width: `${bar.percent}%` }} />
                </span>
                <span className="lw-workshop__bar-count" aria-hidden="true">
                  {bar.count} ({bar.percent}%)
                  {bar.inKey ? <strong className="lw-workshop__tag">Answer key</strong> : null}
                </span>
              </li>
            ))}
          </ol>
          <p className="lw-workshop__key-line" data-part="key-band">
            {describeKeyBand(band, levelNames)}
          </p>
          <p>{describeWithinKey(votes, band)}</p>
          {underCalls > 0 ? (
            <p className="lw-workshop__warning" data-part="under-calls">
              <strong>
                {underCalls} {underCalls === 1 ? 'vote was' : 'votes were'} below level 4 where the key is
                significant harm.
              </strong>{' '}
              Under-calling significant harm is the unsafe error: discuss it first.
            </p>
          ) : null}
        </section>

        <section className="lw-workshop__panel" aria-labelledby={`${id}-agreement`} data-part="agreement">
          <h3 id={`${id}-agreement`} className="lw-workshop__subheading">
            Agreement
          </h3>
          <dl className="lw-workshop__figures">
            <dt>This stage: pairs of votes that agree</dt>
            <dd data-figure="stage-agreement">{percentWords(agreement)}</dd>
            <dt>Session so far: percentage agreement</dt>
            <dd data-figure="session-agreement">
              {percentWords(props.sessionAgreement.agreement.percentAgreement)}
            </dd>
            <dt>Session so far: Fleiss’ kappa</dt>
            <dd data-figure="session-kappa">
              {kappaWithReading(
                props.sessionAgreement.agreement.fleissKappa,
                props.sessionAgreement.kappaReading,
              )}
            </dd>
          </dl>
          <p className="lw-workshop__hint">
            Kappa compares agreement with what chance alone would give: 0 is chance, 1 is complete agreement.
          </p>
        </section>

        {stageKey ? (
          <section className="lw-workshop__panel" aria-labelledby={`${id}-key`} data-part="answer-key">
            <h3 id={`${id}-key`} className="lw-workshop__subheading">
              The answer key in {areaName}
            </h3>
            <div className="lw-workshop__key-layout">
              <div>
                <p>
                  <LevelBadge
                    ordinal={stageKey.level}
                    name={stageKey.levelName}
                    emphasis="expected"
                    size="large"
                  />
                </p>
                {stageKey.band[0] !== stageKey.band[1] ? (
                  <p>
                    Contested between level {stageKey.band[0]} and level {stageKey.band[1]}: either is
                    defensible.
                  </p>
                ) : null}
                <dl className="lw-workshop__figures">
                  <dt>Response</dt>
                  <dd>
                    {upperFirst(describeResponse(stageKey.response.kind))}. {stageKey.response.localResponse}
                    {stageKey.response.frontDoor
                      ? ` Front door: ${stageKey.response.frontDoor.name}${stageKey.response.frontDoor.deadline ? `, ${stageKey.response.frontDoor.deadline}` : ''}.`
                      : ''}
                  </dd>
                  <dt>Consent and information sharing</dt>
                  <dd>
                    {stageKey.consent.explanation}
                    {stageKey.consent.notes.length > 0 ? ` ${stageKey.consent.notes.join(' ')}` : ''}
                  </dd>
                </dl>
                <h4 className="lw-workshop__minor-heading">The evidence: facts that matter at this stage</h4>
                <ul className="lw-workshop__evidence" data-part="evidence">
                  {keyEvidence(vignette, stageKey).map((e) => (
                    <li key={e.factId} data-kind={e.kind}>
                      <q>{e.quote}</q>{' '}
                      <span className="lw-workshop__evidence-about">
                        ({e.kind === 'strength' ? 'a strength' : 'a concern'}, {e.side};{' '}
                        {e.level
                          ? `level ${e.level.ordinal}, ${e.level.name}`
                          : `no indicator in ${areaName}`}
                        )
                      </span>
                    </li>
                  ))}
                </ul>
                <h4 className="lw-workshop__minor-heading">Why: the derivation</h4>
                <ol className="lw-workshop__steps">
                  {stageKey.steps.map((s, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: steps are a fixed derivation order
                    <li key={i}>{s.explanation}</li>
                  ))}
                </ol>
              </div>
              <WindscreenContinuum
                label={`${areaName} continuum: the room’s votes, and where the key puts the child`}
                levels={windscreenLevels}
                currentLevel={stageKey.level}
                {...(props.previousKey ? { previousLevel: props.previousKey.level } : {})}
              />
            </div>
          </section>
        ) : null}
      </div>

      {step === 'discussing' ? <Discussion {...props} /> : null}

      {stageKey && props.framework ? (
        <KeyedMatrix framework={props.framework} stageKey={stageKey} areaName={areaName} />
      ) : null}

      <CompareAreas {...props} />

      <div className="lw-workshop__actions">
        {step === 'revealing' ? (
          <>
            <button
              aria-keyshortcuts="N"
              type="button"
              className="lw-workshop__button lw-workshop__button--primary"
              onClick={props.onDiscuss}
            >
              Discuss
            </button>
            <KeyHint keys="N" />
          </>
        ) : (
          <>
            <button
              aria-keyshortcuts="N"
              type="button"
              className="lw-workshop__button lw-workshop__button--primary"
              onClick={props.onNext}
            >
              {last ? 'Finish and show the summary' : 'Next stage'}
            </button>
            <KeyHint keys="N" />
            {!last ? (
              <button type="button" className="lw-workshop__button" onClick={props.onEnd}>
                End the session now
              </button>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}

function KeyedMatrix({
  framework,
  stageKey,
  areaName,
}: {
  framework: Framework;
  stageKey: StageAreaKey;
  areaName: string;
}) {
  const data = useMemo(() => matrixFromFramework(framework, { areaName }), [framework, areaName]);
  const highlighted = keyedIndicatorIds(stageKey);
  if (highlighted.length === 0) return null;
  return (
    <section className="lw-workshop__panel lw-workshop__matrix" data-part="matrix">
      <ThresholdMatrix
        key={`${stageKey.vignetteId}/${stageKey.stageIndex}`}
        label={`${data.label}: the indicators this stage is keyed to`}
        levels={data.levels}
        domains={data.domains}
        dimensions={data.dimensions}
        indicators={data.indicators}
        rowHeaderLabel={data.rowHeaderLabel}
        highlightedIds={highlighted}
        highlightLabel="Keyed"
        defaultValue={{ onlyHighlighted: true }}
        defaultView="list"
        headingLevel={3}
        maxHeight="60vh"
      />
    </section>
  );
}

function sideFromKey(key: StageAreaKey): ComparisonSide {
  const seen = new Set<string>();
  const indicators = key.matches
    .flatMap((m) => m.indicators)
    .filter((c) => {
      if (seen.has(c.id)) return false;
      seen.add(c.id);
      return true;
    })
    .map((c) => ({ id: c.id, text: c.text, relation: `level ${c.level}, ${c.levelName}` }));
  return { areaName: key.areaName, level: { ordinal: key.level, name: key.levelName }, indicators };
}

function CompareAreas({
  area,
  compareArea,
  onCompareAreaChange,
  stageKey,
  compareKey,
  lookup,
  vignette,
  item,
}: RevealScreenProps) {
  const id = useId();
  return (
    <section className="lw-workshop__panel" aria-labelledby={`${id}-compare`} data-part="compare">
      <h3 id={`${id}-compare`} className="lw-workshop__subheading">
        Compare with another area
      </h3>
      <div className="lw-workshop__field">
        <label htmlFor={`${id}-area`}>How would another area level this stage?</label>
        <select
          id={`${id}-area`}
          className="lw-workshop__select"
          value={compareArea && compareArea !== area ? compareArea : ''}
          onChange={(e) =>
            onCompareAreaChange(e.currentTarget.value === '' ? null : (e.currentTarget.value as AreaId))
          }
        >
          <option value="">No comparison</option>
          {AREA_IDS.filter((a) => a !== area).map((a) => (
            <option key={a} value={a}>
              {lookup.areaName(a)}
            </option>
          ))}
        </select>
      </div>
      {stageKey && compareKey ? (
        <>
          <ThresholdComparison
            concept={`${vignette.title}, stage ${item.stageIndex + 1}`}
            entries={[sideFromKey(stageKey), sideFromKey(compareKey)]}
            headingLevel={4}
            {...(stageKey.band[0] !== stageKey.band[1] || compareKey.band[0] !== compareKey.band[1]
              ? { note: 'At least one area’s key is a contested band; the level shown is the derived level.' }
              : {})}
          />
          <table className="lw-workshop__table">
            <caption>Response and consent in the two areas</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Level</th>
                <th scope="col">Response</th>
                <th scope="col">Consent</th>
              </tr>
            </thead>
            <tbody>
              {[stageKey, compareKey].map((k) => (
                <tr key={k.area}>
                  <th scope="row">{k.areaName}</th>
                  <td>
                    {k.band[0] === k.band[1]
                      ? `${k.level}, ${k.levelName}`
                      : `${k.band[0]}–${k.band[1]} (contested)`}
                  </td>
                  <td>{upperFirst(describeResponse(k.response.kind))}</td>
                  <td>{k.consent.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

function Discussion({
  discussion,
  showNotes,
  onToggleNotes,
  notes,
  onNotesChange,
  groupVotes,
  levelNames,
}: RevealScreenProps) {
  const id = useId();
  return (
    <section
      className="lw-workshop__panel lw-workshop__discussion"
      aria-labelledby={`${id}-discussion`}
      data-part="discussion"
    >
      <h3
        id={`${id}-discussion`}
        className="lw-workshop__subheading"
        tabIndex={-1}
        data-screen-heading="discussing"
      >
        Discussion
      </h3>
      {discussion ? (
        <>
          <h4 className="lw-workshop__minor-heading">Prompts</h4>
          <ul className="lw-workshop__prompts">
            {discussion.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button
            aria-keyshortcuts="S"
            type="button"
            className="lw-workshop__button lw-workshop__button--quiet"
            aria-expanded={showNotes}
            aria-controls={`${id}-notes`}
            onClick={onToggleNotes}
          >
            {showNotes ? 'Hide' : 'Show'} trainer notes
          </button>
          <KeyHint keys="S" />
          <div id={`${id}-notes`} hidden={!showNotes} className="lw-workshop__trainer-notes">
            {discussion.stageTrainerNote ? (
              <p>
                <strong>This stage is contested:</strong> {discussion.stageTrainerNote}
              </p>
            ) : null}
            <p>{discussion.trainerNotes}</p>
          </div>
        </>
      ) : null}
      {groupVotes.some((g) => g.level !== null) ? (
        <>
          <h4 className="lw-workshop__minor-heading">Each group’s vote</h4>
          <ul className="lw-workshop__group-results">
            {groupVotes.map((g) => (
              <li key={g.group}>
                Group {g.group}:{' '}
                {g.level === null ? 'no vote' : `level ${g.level}, ${levelNames[g.level - 1]}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="lw-workshop__field">
        <label htmlFor={`${id}-session-notes`}>Notes from the discussion (exported with the session)</label>
        <textarea
          id={`${id}-session-notes`}
          className="lw-workshop__textarea"
          rows={3}
          value={notes}
          onChange={(e) => onNotesChange(e.currentTarget.value)}
        />
      </div>
    </section>
  );
}
