import {
  AREA_IDS,
  type AreaId,
  type FrameworkLookup,
  type LevelOrdinal,
  type Theme,
  type Vignette,
  type WorkshopViewProps,
} from '@levelwise/scenarios';
import { useId, useMemo, useState } from 'react';
import {
  AGE_BAND_WORDS,
  buildCatalogue,
  type CatalogueFilter,
  catalogueFacets,
  describeCatalogueCount,
  describeStageBands,
  filterCatalogue,
  NO_CATALOGUE_FILTER,
  themeWords,
} from './session-catalogue.ts';
import type { VotingMode } from './types.ts';
import { MAX_GROUPS } from './vote-distribution.ts';

export interface ChooseSessionProps {
  view: WorkshopViewProps;
  vignettes: readonly Vignette[];
  lookup: FrameworkLookup;
  lookupFor: (vignette: Vignette) => FrameworkLookup;
  votingMode: VotingMode;
  onVotingModeChange: (mode: VotingMode) => void;
  groupCount: number;
  onGroupCountChange: (count: number) => void;
  onSelectArea: (area: AreaId) => void;
  onToggle: (vignetteId: string) => void;
  onStart: () => void;
  /** Why a saved session was not restored, when it was not. */
  restoredNote: string | null;
}

/** Set up the session: area, vignettes (filtered by level, theme and age), how the room votes. */
export function ChooseSession({
  view,
  vignettes,
  lookup,
  lookupFor,
  votingMode,
  onVotingModeChange,
  groupCount,
  onGroupCountChange,
  onSelectArea,
  onToggle,
  onStart,
  restoredNote,
}: ChooseSessionProps) {
  const id = useId();
  const area = (view.area ?? 'telford-wrekin') as AreaId;
  const items = useMemo(() => buildCatalogue(vignettes, area, lookupFor), [vignettes, area, lookupFor]);
  const facets = useMemo(() => catalogueFacets(items), [items]);
  const [filter, setFilter] = useState<CatalogueFilter>(NO_CATALOGUE_FILTER);
  const shown = filterCatalogue(items, filter);
  const selected = new Set(view.selected);
  const stagesChosen = items.filter((i) => selected.has(i.id)).reduce((n, i) => n + i.stageCount, 0);
  const [startProblem, setStartProblem] = useState(false);
  const problemId = `${id}-start-problem`;

  return (
    <section className="lw-workshop__screen" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="lw-workshop__heading" tabIndex={-1} data-screen-heading="choosing">
        Set up the session
      </h2>
      {restoredNote ? (
        <p className="lw-workshop__notice">
          A saved session could not be restored ({restoredNote}). This is a new session.
        </p>
      ) : null}
      <div className="lw-workshop__setup">
        <div className="lw-workshop__field">
          <label htmlFor={`${id}-area`}>Area (threshold document)</label>
          <select
            id={`${id}-area`}
            value={area}
            onChange={(e) => onSelectArea(e.currentTarget.value as AreaId)}
            className="lw-workshop__select"
          >
            {AREA_IDS.map((a) => (
              <option key={a} value={a}>
                {lookup.areaName(a)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="lw-workshop__fieldset">
          <legend>How the room votes</legend>
          <div className="lw-workshop__choices">
            <label className="lw-workshop__choice">
              <input
                type="radio"
                name={`${id}-mode`}
                value="groups"
                checked={votingMode === 'groups'}
                onChange={() => onVotingModeChange('groups')}
              />{' '}
              Each group votes one level
            </label>
            <label className="lw-workshop__choice">
              <input
                type="radio"
                name={`${id}-mode`}
                value="hands"
                checked={votingMode === 'hands'}
                onChange={() => onVotingModeChange('hands')}
              />{' '}
              Show of hands, counted per level
            </label>
          </div>
        </fieldset>
        {votingMode === 'groups' ? (
          <div className="lw-workshop__field">
            <label htmlFor={`${id}-groups`}>Number of groups</label>
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

      <h3 className="lw-workshop__subheading">Choose the vignettes</h3>
      <fieldset className="lw-workshop__fieldset lw-workshop__filters">
        <legend className="lw-visually-hidden">Filter the vignettes</legend>
        <div className="lw-workshop__field">
          <label htmlFor={`${id}-level`}>Reaches level</label>
          <select
            id={`${id}-level`}
            className="lw-workshop__select"
            value={filter.level ?? ''}
            onChange={(e) =>
              setFilter({
                ...filter,
                level: e.currentTarget.value === '' ? null : (Number(e.currentTarget.value) as LevelOrdinal),
              })
            }
          >
            <option value="">Any level</option>
            {([1, 2, 3, 4] as const).map((l) => (
              <option key={l} value={l}>
                Level {l}, {lookup.levelName(area, l)}
              </option>
            ))}
          </select>
        </div>
        <div className="lw-workshop__field">
          <label htmlFor={`${id}-theme`}>Theme</label>
          <select
            id={`${id}-theme`}
            className="lw-workshop__select"
            value={filter.theme ?? ''}
            onChange={(e) =>
              setFilter({
                ...filter,
                theme: e.currentTarget.value === '' ? null : (e.currentTarget.value as Theme),
              })
            }
          >
            <option value="">Any theme</option>
            {facets.themes.map((t) => (
              <option key={t} value={t}>
                {themeWords(t)}
              </option>
            ))}
          </select>
        </div>
        <div className="lw-workshop__field">
          <label htmlFor={`${id}-age`}>Child’s age</label>
          <select
            id={`${id}-age`}
            className="lw-workshop__select"
            value={filter.ageBand ?? ''}
            onChange={(e) =>
              setFilter({
                ...filter,
                ageBand:
                  e.currentTarget.value === '' ? null : (e.currentTarget.value as CatalogueFilter['ageBand']),
              })
            }
          >
            <option value="">Any age</option>
            {facets.ageBands.map((b) => (
              <option key={b} value={b}>
                {AGE_BAND_WORDS[b]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <p role="status" className="lw-workshop__count">
        {describeCatalogueCount(shown.length, items.length)}
      </p>
      <fieldset className="lw-workshop__fieldset">
        <legend className="lw-visually-hidden">Vignettes for this session</legend>
        <ul className="lw-workshop__catalogue">
          {shown.map((item) => (
            <li
              key={item.id}
              className="lw-workshop__catalogue-item"
              data-state={selected.has(item.id) ? 'selected' : 'unselected'}
            >
              <input
                id={`${id}-v-${item.id}`}
                type="checkbox"
                checked={selected.has(item.id)}
                onChange={() => {
                  setStartProblem(false);
                  onToggle(item.id);
                }}
                aria-describedby={`${id}-v-${item.id}-about`}
                className="lw-workshop__checkbox"
              />
              <label htmlFor={`${id}-v-${item.id}`} className="lw-workshop__catalogue-title">
                {item.title}
              </label>
              <p id={`${id}-v-${item.id}-about`} className="lw-workshop__catalogue-about">
                {item.stageCount} {item.stageCount === 1 ? 'stage' : 'stages'} ·{' '}
                {item.problem
                  ? `no levels: ${item.problem}`
                  : `${describeStageBands(item.stageBands)} in ${lookup.areaName(area)}`}{' '}
                · {item.role} · {AGE_BAND_WORDS[item.ageBand]} · {item.themes.map(themeWords).join(', ')}
                {item.hasContentNote ? ' · has a content note' : ''}
                {item.draft ? ' · draft' : ''}
              </p>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="lw-workshop__actions">
        <p className="lw-workshop__summary-line">
          {selected.size === 0
            ? 'No vignettes chosen yet.'
            : `${selected.size} ${selected.size === 1 ? 'vignette' : 'vignettes'} chosen: ${stagesChosen} ${stagesChosen === 1 ? 'stage' : 'stages'} to vote on.`}
        </p>
        <button
          type="button"
          className="lw-workshop__button lw-workshop__button--primary"
          aria-disabled={!view.canStart}
          aria-describedby={startProblem ? problemId : undefined}
          onClick={() => {
            if (view.canStart) onStart();
            else setStartProblem(true);
          }}
        >
          Start the session
        </button>
        {startProblem ? (
          <p id={problemId} className="lw-workshop__problem" role="alert">
            Choose at least one vignette to start.
          </p>
        ) : null}
      </div>
    </section>
  );
}
