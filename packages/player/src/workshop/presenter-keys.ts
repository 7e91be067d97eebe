import type { LevelOrdinal } from '@levelwise/scenarios';

/**
 * The presenter's keyboard shortcuts, as data: the help dialog lists them and `presenterCommand` maps a key press
 * to a command. Presentation clickers send PageDown / PageUp (and sometimes "." for blank screen, not used).
 * Shortcuts never fire while the trainer types in a field, and never with Ctrl, Alt or Meta held (browser and
 * screen-reader keys stay free).
 */
export type PresenterCommand =
  | { type: 'next' }
  | { type: 'previous-stage' }
  | { type: 'reveal' }
  | { type: 'timer-toggle' }
  | { type: 'timer-reset' }
  | { type: 'toggle-notes' }
  | { type: 'toggle-help' }
  | { type: 'vote'; level: LevelOrdinal }
  | { type: 'clear-vote' };

export interface ShortcutHelp {
  keys: string[];
  action: string;
}

export const PRESENTER_SHORTCUTS: readonly ShortcutHelp[] = [
  { keys: ['N', 'Page Down', '→'], action: 'Next: open voting, reveal, discuss, then the next stage' },
  { keys: ['P', 'Page Up', '←'], action: 'Look back at the previous stage of this case' },
  { keys: ['R'], action: 'Close voting and reveal the answer key' },
  { keys: ['1', '2', '3', '4'], action: 'Vote this level for the focused group (then the next group)' },
  { keys: ['0', 'Backspace'], action: 'Clear the focused group’s vote' },
  { keys: ['T'], action: 'Start or pause the timer' },
  { keys: ['Shift + T'], action: 'Reset the timer' },
  { keys: ['S'], action: 'Show or hide the trainer notes' },
  { keys: ['?'], action: 'Show or hide these shortcuts' },
];

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
  /** input type, when the target is an input. */
  type?: string;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password', '']);

/** True when the key belongs to a field the trainer is typing in (or a select, whose letters pick options). */
export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((target.type ?? '').toLowerCase());
  return false;
}

/**
 * The command for a key press, or null. Arrow keys are only shortcuts outside widgets that use them (radio
 * groups, sliders, the matrix's scroll region): the caller passes `arrowsFree` false there.
 */
export function presenterCommand(
  press: KeyPress,
  target: KeyTarget | null,
  arrowsFree = true,
): PresenterCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (isTypingTarget(target)) return null;
  switch (press.key) {
    case 'n':
    case 'N':
    case 'PageDown':
      return { type: 'next' };
    case 'ArrowRight':
      return arrowsFree ? { type: 'next' } : null;
    case 'p':
    case 'P':
    case 'PageUp':
      return { type: 'previous-stage' };
    case 'ArrowLeft':
      return arrowsFree ? { type: 'previous-stage' } : null;
    case 'r':
    case 'R':
      return { type: 'reveal' };
    case 't':
      return { type: 'timer-toggle' };
    case 'T':
      return press.shiftKey ? { type: 'timer-reset' } : { type: 'timer-toggle' };
    case 's':
    case 'S':
      return { type: 'toggle-notes' };
    case '?':
      return { type: 'toggle-help' };
    case '1':
    case '2':
    case '3':
    case '4':
      return { type: 'vote', level: Number(press.key) as LevelOrdinal };
    case '0':
    case 'Backspace':
      return { type: 'clear-vote' };
    default:
      return null;
  }
}
