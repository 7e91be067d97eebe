import type { Framework } from '@levelwise/frameworks';
import type { AreaId, FrameworkLookup, LevelOrdinal, Vignette } from '@levelwise/scenarios';

/**
 * Where a workshop session is kept between page loads (the standalone workshop folder uses localStorage).
 * `load` returns the last text saved, or null; `save` must not throw for a full store (the player catches and
 * says so on screen).
 */
export interface WorkshopStorage {
  load(): string | null;
  save(text: string): void;
}

/** How the room votes on a stage: one level per group, or a show of hands counted per level. */
export type VotingMode = 'groups' | 'hands';

export interface WorkshopPlayerProps {
  /** Every parsed vignette available to the trainer (the course reads scenarios/vignettes/*.yaml at build time). */
  vignettes: readonly Vignette[];
  /**
   * Answers `getIndicator`, level names, front door and consent rules for all five areas. Defaults to
   * `frameworksLookup()` over @levelwise/frameworks.
   */
  lookup?: FrameworkLookup;
  /** Per-vignette lookup (e.g. `withPendingIndicators` for drafts); wins over `lookup` when given. */
  lookupFor?: (vignette: Vignette) => FrameworkLookup;
  /**
   * The areas' frameworks, for the threshold matrix with the keyed indicators highlighted and the windscreen's
   * level descriptions. Defaults to the five areas of @levelwise/frameworks.
   */
  frameworks?: readonly Framework[];
  /** The area chosen when the session starts (the trainer can change it before starting). Default telford-wrekin. */
  defaultArea?: AreaId;
  /** Keeps the session across reloads; without it the session lives only in memory. */
  storage?: WorkshopStorage;
  /** How many groups vote at the start (the trainer can change it). Default 4. */
  defaultGroupCount?: number;
  /** Initial voting mode. Default 'groups'. */
  defaultVotingMode?: VotingMode;
  /** Heading of the presenter view. Default "Levelwise workshop". */
  title?: string;
  /** Called once when the session reaches its summary, with the same record the exports contain. */
  onSessionComplete?: (session: WorkshopSessionExport) => void;
  /** Called with each exported file (CSV or JSON), after its download has been offered. */
  onExport?: (file: WorkshopExportedFile) => void;
  /** Clock for the exported timestamp and the timer (tests pass a fixed one). Default Date.now. */
  now?: () => number;
}

/** A file the trainer exported. */
export interface WorkshopExportedFile {
  name: string;
  /** MIME type, e.g. "text/csv;charset=utf-8". */
  type: string;
  /** The file's text (the CSV download also starts with a byte-order mark, which is not included here). */
  text: string;
}

/** One group's vote on one stage (groups mode); level null means the group abstained. */
export interface GroupVote {
  group: number;
  level: LevelOrdinal | null;
}

/** One stage as the session recorded it, ready for CSV and JSON. */
export interface WorkshopRoundExport {
  vignetteId: string;
  vignetteTitle: string;
  /** 1-based, as shown on screen. */
  stageNumber: number;
  stageTitle: string;
  /** Votes per level, index 0 = level 1. */
  votes: [number, number, number, number];
  totalVotes: number;
  /** Most-voted levels (ties listed together). */
  modalLevels: LevelOrdinal[];
  /** The derived answer key's band in the session's area ([n, n] unless contested); null when unknown. */
  keyBand: [LevelOrdinal, LevelOrdinal] | null;
  /** The area's names for the key's levels, e.g. ["Complex"]. */
  keyLevelNames: string[];
  /** Share of votes inside the key's band, 0–1; null when unknown or nobody voted. */
  withinKey: number | null;
  /** Share of agreeing pairs of votes, 0–1; null with fewer than two votes. */
  agreement: number | null;
  /** Votes below a level-4 key. */
  underCallsOfSignificantHarm: number;
  /** Per-group votes when the room voted in groups; empty for a show of hands. */
  groupVotes: GroupVote[];
  /** What the trainer typed during the discussion of this stage. */
  notes: string;
}

/** The whole session as exported (CSV and JSON carry the same figures). */
export interface WorkshopSessionExport {
  format: 'levelwise-workshop-session';
  version: 1;
  /** ISO 8601. */
  exportedAt: string;
  area: AreaId;
  areaName: string;
  /** The area's four level names, index 0 = level 1. */
  levelNames: [string, string, string, string];
  rounds: WorkshopRoundExport[];
  agreement: {
    /** Stages with at least two votes. */
    itemsRated: number;
    /** Mean pairwise agreement over those stages, 0–1. */
    percentAgreement: number | null;
    fleissKappa: number | null;
    /** Chance agreement P̄e. */
    expectedAgreement: number | null;
    /** Landis and Koch's words for kappa ("moderate"). */
    kappaReading: string;
  };
  /** Share of all votes inside the key's band, 0–1. */
  withinKey: number | null;
}
