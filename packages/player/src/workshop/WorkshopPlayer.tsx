import { type AreaId, frameworks as allFrameworks, type Framework } from '@levelwise/frameworks';
import {
  frameworksLookup,
  selectSessionSummary,
  selectWorkshopDiscussion,
  selectWorkshopView,
  type Vignette,
  type WorkshopSnapshot,
  workshopMachine,
} from '@levelwise/scenarios';
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Snapshot } from 'xstate';
import { ChooseSession } from './ChooseSession.tsx';
import { downloadText } from './download.ts';
import { type PresenterCommand, presenterCommand } from './presenter-keys.ts';
import { RevealScreen } from './RevealScreen.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { StageScreen } from './StageScreen.tsx';
import { SummaryScreen } from './SummaryScreen.tsx';
import { machineCatalogue } from './session-catalogue.ts';
import {
  buildSessionExport,
  exportFileName,
  roundKey,
  sessionToCsv,
  sessionToJson,
} from './session-export.ts';
import { type DecodeSavedResult, decodeSavedWorkshop, encodeSavedWorkshop } from './session-storage.ts';
import type { GroupVote, VotingMode, WorkshopPlayerProps, WorkshopSessionExport } from './types.ts';
import { useWorkshopTimer } from './use-workshop-timer.ts';
import { resizeGroupVotes, tallyGroupVotes } from './vote-distribution.ts';
import { WorkshopTimerControl } from './WorkshopTimerControl.tsx';
import { areaKeys } from './workshop-keys.ts';
import './workshop.css';

/**
 * The trainer's presenter view for a case-vignette workshop, binding `workshopMachine` to the ui components:
 * choose an area and vignettes → present each stage → enter the groups' votes → reveal the distribution against
 * the derived key, the agreement and the keyed indicators → discuss → next → session summary with CSV and JSON
 * exports. Full screen, keyboard first, no LMS and no network.
 */
export function WorkshopPlayer(props: WorkshopPlayerProps) {
  const { vignettes, storage } = props;
  const catalogue = useMemo(() => machineCatalogue(vignettes), [vignettes]);
  const [session, setSession] = useState<{ id: number; restored: DecodeSavedResult }>(() => ({
    id: 0,
    restored: readSaved(storage, catalogue),
  }));
  const startNew = useCallback(() => {
    try {
      storage?.save('');
    } catch {
      // A full or blocked store: the new session simply is not saved; the session view says so on its next save.
    }
    setSession((s) => ({ id: s.id + 1, restored: { status: 'none' } }));
  }, [storage]);
  return (
    <WorkshopSession
      key={session.id}
      {...props}
      restored={session.restored}
      onStartNew={startNew}
      focusOnMount={session.id > 0}
    />
  );
}

function readSaved(storage: WorkshopPlayerProps['storage'], catalogue: ReturnType<typeof machineCatalogue>) {
  if (!storage) return { status: 'none' } as const;
  try {
    return decodeSavedWorkshop(storage.load(), catalogue);
  } catch (error) {
    return { status: 'discarded', reason: `the saved session could not be read (${String(error)})` } as const;
  }
}

interface SessionProps extends WorkshopPlayerProps {
  restored: DecodeSavedResult;
  onStartNew: () => void;
  /** A new session replacing one on screen: focus its heading (the first session leaves focus to the page). */
  focusOnMount: boolean;
}

const NO_VOTES: readonly GroupVote[] = [];

function WorkshopSession({
  vignettes,
  lookup: lookupProp,
  lookupFor: lookupForProp,
  frameworks: frameworksProp,
  defaultArea = 'telford-wrekin',
  storage,
  defaultGroupCount = 4,
  defaultVotingMode = 'groups',
  title = 'Levelwise workshop',
  onSessionComplete,
  onExport,
  now = Date.now,
  restored,
  onStartNew,
  focusOnMount,
}: SessionProps) {
  const lookup = useMemo(() => lookupProp ?? frameworksLookup(), [lookupProp]);
  const lookupFor = useCallback(
    (v: Vignette) => (lookupForProp ? lookupForProp(v) : lookup),
    [lookupForProp, lookup],
  );
  const frameworkList: readonly Framework[] = frameworksProp ?? allFrameworks;
  const catalogue = useMemo(() => machineCatalogue(vignettes), [vignettes]);
  const saved = restored.status === 'restored' ? restored.saved : null;

  // Presenter state that is not the machine's: per-group votes, notes, display options.
  const [groupVotes, setGroupVotes] = useState<Record<string, GroupVote[]>>(saved?.groupVotes ?? {});
  const [notes, setNotes] = useState<Record<string, string>>(saved?.notes ?? {});
  const [votingMode, setVotingMode] = useState<VotingMode>(saved?.votingMode ?? defaultVotingMode);
  const [groupCount, setGroupCount] = useState(saved?.groupCount ?? defaultGroupCount);
  const [compareArea, setCompareArea] = useState<AreaId | null>(saved?.compareArea ?? null);
  const [showNotes, setShowNotes] = useState(true);
  const [highContrast, setHighContrast] = useState(false);
  const [largeText, setLargeText] = useState(true);
  const [helpOpen, setHelpOpen] = useState(false);
  // Vignettes whose content note the trainer has acknowledged in this page session (shown once per vignette).
  const [acknowledgedNotes, setAcknowledgedNotes] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState(
    restored.status === 'restored'
      ? 'Your last workshop session was restored.'
      : restored.status === 'discarded'
        ? 'A saved session could not be restored, so a new session has started.'
        : '',
  );
  const [saveProblem, setSaveProblem] = useState<string | null>(null);

  const persistRef = useRef<() => void>(() => {});
  const machine = useMemo(
    () =>
      workshopMachine.provide({
        actions: {
          // The machine calls this inside a transition, before the new snapshot is published: save just after.
          persistSession: () => queueMicrotask(() => persistRef.current()),
        },
      }),
    [],
  );
  const actor = useActorRef(machine, {
    input: { catalogue },
    ...(saved ? { snapshot: saved.snapshot as unknown as Snapshot<unknown> } : {}),
  });
  const snapshot = useSelector(actor, (s) => s as WorkshopSnapshot);
  const view = selectWorkshopView(snapshot);
  const area: AreaId = (view.area as AreaId | null) ?? defaultArea;

  // Choose the default area once, for a fresh session.
  useEffect(() => {
    if (snapshot.matches('choosing') && view.area === null)
      actor.send({ type: 'SELECT_AREA', area: defaultArea });
  }, [actor, defaultArea, snapshot, view.area]);

  const keys = useMemo(() => areaKeys(vignettes, area, lookupFor), [vignettes, area, lookupFor]);
  const compareKeys = useMemo(
    () => (compareArea && compareArea !== area ? areaKeys(vignettes, compareArea, lookupFor) : null),
    [vignettes, compareArea, area, lookupFor],
  );
  const levelNames = useMemo(
    () => ([1, 2, 3, 4] as const).map((l) => lookup.levelName(area, l)),
    [lookup, area],
  );
  const framework = frameworkList.find((f) => f.id === area);
  const summary = useMemo(() => selectSessionSummary(snapshot, keys.band), [snapshot, keys]);
  const discussion = selectWorkshopDiscussion(snapshot, vignettes, keys.key);
  const item = view.item;
  const currentKey = item ? roundKey(item) : null;
  const currentGroupVotes = useMemo(
    () => resizeGroupVotes(currentKey ? (groupVotes[currentKey] ?? NO_VOTES) : NO_VOTES, groupCount),
    [groupVotes, currentKey, groupCount],
  );

  const buildExport = useCallback(
    (): WorkshopSessionExport =>
      buildSessionExport({
        summary,
        area,
        areaName: lookup.areaName(area),
        levelNames,
        vignettes,
        groupVotes,
        notes,
        exportedAt: new Date(now()),
      }),
    [summary, area, lookup, levelNames, vignettes, groupVotes, notes, now],
  );

  // Saving: the machine's persistSession (closing a vote, the summary) and every change of presenter state.
  persistRef.current = () => {
    if (!storage) return;
    try {
      storage.save(
        encodeSavedWorkshop({
          savedAt: new Date(now()).toISOString(),
          snapshot: actor.getPersistedSnapshot() as never,
          groupVotes,
          notes,
          votingMode,
          groupCount,
          compareArea,
        }),
      );
      setSaveProblem(null);
    } catch (error) {
      setSaveProblem(
        `The session could not be saved in this browser (${String(error)}). Export it before closing.`,
      );
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: save whenever the step or presenter state changes
  useEffect(() => {
    persistRef.current();
  }, [snapshot, groupVotes, notes, votingMode, groupCount, compareArea]);

  // The summary is reached once per session.
  const completed = useRef(view.complete);
  useEffect(() => {
    if (view.complete && !completed.current) {
      completed.current = true;
      setAnnouncement('Session complete. The summary and exports are ready.');
      onSessionComplete?.(buildExport());
    }
  }, [view.complete, onSessionComplete, buildExport]);

  const setVotesForGroups = useCallback(
    (next: GroupVote[]) => {
      if (!currentKey) return;
      setGroupVotes((all) => ({ ...all, [currentKey]: next }));
      actor.send({ type: 'SET_VOTES', votes: tallyGroupVotes(next) });
    },
    [actor, currentKey],
  );

  const castGroupVote = useCallback(
    (group: number, level: GroupVote['level']) => {
      const next = currentGroupVotes.map((g) => (g.group === group ? { group, level } : g));
      setVotesForGroups(next);
      setAnnouncement(
        level === null
          ? `Group ${group}: vote cleared.`
          : `Group ${group} voted level ${level}, ${levelNames[level - 1]}.`,
      );
    },
    [currentGroupVotes, setVotesForGroups, levelNames],
  );

  const changeVotingMode = useCallback(
    (mode: VotingMode) => {
      setVotingMode(mode);
      if (mode === 'groups' && snapshot.hasTag('voting'))
        actor.send({ type: 'SET_VOTES', votes: tallyGroupVotes(currentGroupVotes) });
    },
    [actor, snapshot, currentGroupVotes],
  );

  const exportSession = useCallback(
    (format: 'csv' | 'json') => {
      const session = buildExport();
      const file =
        format === 'csv'
          ? {
              name: exportFileName(session, 'csv'),
              type: 'text/csv;charset=utf-8',
              text: sessionToCsv(session),
            }
          : { name: exportFileName(session, 'json'), type: 'application/json', text: sessionToJson(session) };
      // A byte-order mark so that spreadsheet programs read the CSV as UTF-8 (level names have curly quotes).
      downloadText(file.name, file.type, format === 'csv' ? `\uFEFF${file.text}` : file.text);
      setAnnouncement(`Exported the session as ${format.toUpperCase()}: ${file.name}.`);
      onExport?.(file);
    },
    [buildExport, onExport],
  );

  const timer = useWorkshopTimer(5, now);
  useTimeUpAnnouncement(timer.remainingMs, timer.running, setAnnouncement);

  const rootRef = useRef<HTMLDivElement>(null);

  /** The forward action of the step on screen. */
  const next = useCallback(() => {
    const s = actor.getSnapshot();
    if (s.matches('presenting')) actor.send({ type: 'OPEN_VOTING' });
    else if (s.matches('voting')) {
      if (s.can({ type: 'CLOSE_VOTING' })) actor.send({ type: 'CLOSE_VOTING' });
      else setAnnouncement('Enter at least one vote before revealing the answer.');
    } else if (s.matches('revealing')) actor.send({ type: 'DISCUSS' });
    else if (s.matches('discussing')) actor.send({ type: 'NEXT' });
    else if (s.matches('choosing')) {
      if (s.can({ type: 'START' })) actor.send({ type: 'START' });
      else setAnnouncement('Choose at least one vignette to start.');
    }
  }, [actor]);

  const runCommand = useCallback(
    (command: PresenterCommand, target: Element | null) => {
      const s = actor.getSnapshot();
      switch (command.type) {
        case 'next':
          next();
          return true;
        case 'reveal':
          if (s.matches('voting')) next();
          return s.matches('voting');
        case 'previous-stage':
          return lookBack(rootRef.current);
        case 'timer-toggle':
          timer.toggle();
          return true;
        case 'timer-reset':
          timer.reset();
          return true;
        case 'toggle-notes':
          setShowNotes((v) => !v);
          return true;
        case 'toggle-help':
          setHelpOpen((v) => !v);
          return true;
        case 'vote':
        case 'clear-vote': {
          if (!s.hasTag('voting') || votingMode !== 'groups') return false;
          const focusedGroup = Number(target?.closest('[data-group]')?.getAttribute('data-group'));
          const group =
            focusedGroup > 0 ? focusedGroup : (currentGroupVotes.find((g) => g.level === null)?.group ?? 1);
          castGroupVote(group, command.type === 'vote' ? command.level : null);
          if (command.type === 'vote')
            focusGroup(rootRef.current, group + 1 > groupCount ? group : group + 1);
          return true;
        }
      }
    },
    [actor, next, timer, votingMode, currentGroupVotes, castGroupVote, groupCount],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || helpOpen) return;
      const root = rootRef.current;
      const target = event.target instanceof Element ? event.target : null;
      if (!root || (target && target !== document.body && !root.contains(target))) return;
      const inWidget = !!target?.closest('[role="radiogroup"], [role="region"], input[type="radio"], select');
      const command = presenterCommand(
        event,
        target
          ? {
              tagName: target.tagName,
              isContentEditable: (target as HTMLElement).isContentEditable,
              type: (target as HTMLInputElement).type,
            }
          : null,
        !inWidget,
      );
      if (!command) return;
      // Backspace and arrows keep their usual meaning on buttons and links.
      if (command.type === 'clear-vote' && event.key === 'Backspace' && !target?.closest('[data-group]'))
        return;
      if (runCommand(command, target)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [runCommand, helpOpen]);

  const areaName = lookup.areaName(area);
  const step = view.step;

  // Focus follows the screen: the new screen's heading, never on the first render.
  const firstRender = useRef(!focusOnMount);
  const stageFocusKey = `${step}:${currentKey ?? ''}`;
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const root = rootRef.current;
    const heading =
      root?.querySelector<HTMLElement>(`[data-screen-heading="${stageFocusKey.split(':')[0]}"]`) ??
      root?.querySelector<HTMLElement>('[data-screen-heading]');
    heading?.focus();
  }, [stageFocusKey]);
  return (
    <div
      ref={rootRef}
      className="lw-root lw-workshop"
      data-lw-theme={highContrast ? 'high-contrast' : undefined}
      data-step={step}
      data-text-size={largeText ? 'projector' : 'standard'}
    >
      <header className="lw-workshop__topbar">
        <div className="lw-workshop__title">
          <h1 className="lw-workshop__app-name">{title}</h1>
          <p className="lw-workshop__context">{areaName}</p>
        </div>
        <WorkshopTimerControl timer={timer} />
        <div className="lw-workshop__tools">
          <button
            type="button"
            className="lw-workshop__button lw-workshop__button--quiet"
            aria-pressed={highContrast}
            onClick={() => setHighContrast((v) => !v)}
          >
            High contrast
          </button>
          <button
            type="button"
            className="lw-workshop__button lw-workshop__button--quiet"
            aria-pressed={largeText}
            onClick={() => setLargeText((v) => !v)}
          >
            Large text
          </button>
          <button
            type="button"
            className="lw-workshop__button lw-workshop__button--quiet"
            aria-haspopup="dialog"
            onClick={() => setHelpOpen(true)}
          >
            Shortcuts <kbd>?</kbd>
          </button>
        </div>
      </header>
      <div role="status" aria-live="polite" className="lw-workshop__status" data-part="announcer">
        {announcement}
      </div>
      {saveProblem ? (
        <p role="alert" className="lw-workshop__problem">
          {saveProblem}
        </p>
      ) : null}
      <main className="lw-workshop__main">
        {step === 'choosing' ? (
          <ChooseSession
            view={view}
            vignettes={vignettes}
            lookup={lookup}
            lookupFor={lookupFor}
            votingMode={votingMode}
            onVotingModeChange={setVotingMode}
            groupCount={groupCount}
            onGroupCountChange={setGroupCount}
            onSelectArea={(a) => actor.send({ type: 'SELECT_AREA', area: a })}
            onToggle={(id) => actor.send({ type: 'TOGGLE_VIGNETTE', vignetteId: id })}
            onStart={() => actor.send({ type: 'START' })}
            restoredNote={restored.status === 'discarded' ? restored.reason : null}
          />
        ) : null}
        {(step === 'presenting' || step === 'voting') && item ? (
          <StageScreen
            key={`${item.vignetteId}`}
            step={step}
            item={item}
            vignette={vignettes.find((v) => v.id === item.vignetteId)!}
            levelNames={levelNames}
            votes={view.votes}
            totalVotes={view.totalVotes}
            canCloseVoting={view.canCloseVoting}
            votingMode={votingMode}
            onVotingModeChange={changeVotingMode}
            groupVotes={currentGroupVotes}
            groupCount={groupCount}
            onGroupCountChange={(n) => {
              setGroupCount(n);
              if (votingMode === 'groups') setVotesForGroups(resizeGroupVotes(currentGroupVotes, n));
            }}
            onGroupVote={castGroupVote}
            onHandCounts={(votes) => actor.send({ type: 'SET_VOTES', votes })}
            onOpenVoting={() => actor.send({ type: 'OPEN_VOTING' })}
            onReveal={next}
            contentNoteAcknowledged={acknowledgedNotes.has(item.vignetteId)}
            onContentNoteAcknowledged={() =>
              setAcknowledgedNotes((ids) => new Set([...ids, item.vignetteId]))
            }
          />
        ) : null}
        {(step === 'revealing' || step === 'discussing') && item ? (
          <RevealScreen
            step={step}
            item={item}
            vignette={vignettes.find((v) => v.id === item.vignetteId)!}
            votes={view.votes}
            levelNames={levelNames}
            area={area}
            areaName={areaName}
            stageKey={keys.key(item)}
            previousKey={
              item.stageIndex > 0 ? keys.key({ ...item, stageIndex: item.stageIndex - 1 }) : undefined
            }
            compareArea={compareArea}
            onCompareAreaChange={setCompareArea}
            compareKey={compareKeys?.key(item)}
            lookup={lookup}
            framework={framework}
            discussion={discussion}
            showNotes={showNotes}
            onToggleNotes={() => setShowNotes((v) => !v)}
            notes={currentKey ? (notes[currentKey] ?? '') : ''}
            onNotesChange={(text) => currentKey && setNotes((all) => ({ ...all, [currentKey]: text }))}
            sessionAgreement={summary}
            groupVotes={votingMode === 'groups' ? currentGroupVotes : []}
            onDiscuss={() => actor.send({ type: 'DISCUSS' })}
            onNext={() => actor.send({ type: 'NEXT' })}
            onEnd={() => actor.send({ type: 'END_SESSION' })}
          />
        ) : null}
        {step === 'summary' ? (
          <SummaryScreen session={buildExport()} onExport={exportSession} onStartNew={onStartNew} />
        ) : null}
      </main>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

/** Announces "Time is up" once when the countdown reaches zero while running. */
function useTimeUpAnnouncement(remainingMs: number, running: boolean, announce: (text: string) => void) {
  const announced = useRef(false);
  useEffect(() => {
    if (remainingMs > 0) announced.current = false;
    else if (running && !announced.current) {
      announced.current = true;
      announce('Time is up.');
    }
  }, [remainingMs, running, announce]);
}

/** Opens the previous stage of the case on screen (the reader keeps earlier stages collapsed) and focuses it. */
function lookBack(root: HTMLElement | null): boolean {
  const earlier = root?.querySelectorAll<HTMLDetailsElement>('details[data-state="earlier"]');
  const last = earlier?.[earlier.length - 1];
  if (!last) return false;
  last.open = true;
  last.querySelector('summary')?.focus();
  return true;
}

/** Moves focus to a group's ballot (its chosen level, else its first level). */
function focusGroup(root: HTMLElement | null, group: number) {
  // After React has re-rendered the checked state.
  requestAnimationFrame(() => {
    const fieldset = root?.querySelector(`[data-group="${group}"]`);
    const target =
      fieldset?.querySelector<HTMLInputElement>('input:checked') ??
      fieldset?.querySelector<HTMLInputElement>('input');
    target?.focus();
  });
}
