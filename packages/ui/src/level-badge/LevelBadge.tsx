import type { HTMLAttributes } from 'react';
import './level-badge.css';

export type LevelOrdinal = 1 | 2 | 3 | 4;

/** Why a badge is being shown next to others: drawn with a visible text label, never by colour alone. */
export type LevelBadgeEmphasis = 'none' | 'chosen' | 'expected' | 'current' | 'previous';

export type LevelBadgeSize = 'small' | 'medium' | 'large';

export interface LevelBadgeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** The level's position on the continuum: 1 (universal) to 4 (acute, specialist, protection). */
  ordinal: LevelOrdinal;
  /** The level's local name exactly as the area's threshold document prints it, e.g. "Vulnerable". */
  name: string;
  /** How many levels the area has (all five partnerships use four). */
  levelCount?: number;
  size?: LevelBadgeSize;
  emphasis?: LevelBadgeEmphasis;
  /** Visible words for the emphasis; defaults to "Your answer", "Expected", "Now", "Before". */
  emphasisLabel?: string;
}

export const DEFAULT_EMPHASIS_LABELS: Readonly<Record<Exclude<LevelBadgeEmphasis, 'none'>, string>> = {
  chosen: 'Your answer',
  expected: 'Expected',
  current: 'Now',
  previous: 'Before',
};

/** True when `ordinal` is a whole number within 1..levelCount. */
export function isValidOrdinal(ordinal: number, levelCount = 4): boolean {
  return Number.isInteger(ordinal) && ordinal >= 1 && ordinal <= levelCount;
}

/**
 * The sentence a screen reader hears for a badge, e.g. "Level 3 of 4, Complex, Expected".
 * Built from the same parts the badge shows, so what is seen and what is heard cannot drift apart.
 */
export function describeLevel(ordinal: number, name: string, levelCount = 4, emphasisLabel?: string): string {
  const parts = [`Level ${ordinal} of ${levelCount}`, name];
  if (emphasisLabel) parts.push(emphasisLabel);
  return parts.join(', ');
}

/**
 * A level of need as a compact badge: its number, its local name, its colour and a stepped glyph
 * (one to four filled bars) so that the level can be read without colour, in forced colours and in print.
 */
export function LevelBadge({
  ordinal,
  name,
  levelCount = 4,
  size = 'medium',
  emphasis = 'none',
  emphasisLabel,
  className,
  ...rest
}: LevelBadgeProps) {
  const valid = isValidOrdinal(ordinal, levelCount);
  if (!valid && process.env.NODE_ENV !== 'production') {
    console.error(
      `LevelBadge: ordinal ${String(ordinal)} is not a level between 1 and ${levelCount} (name "${name}"). ` +
        'The badge is shown without a level colour or glyph.',
    );
  }
  const label = emphasis === 'none' ? undefined : (emphasisLabel ?? DEFAULT_EMPHASIS_LABELS[emphasis]);
  const bars = Array.from({ length: levelCount }, (_, i) => i + 1);
  const glyphWidth = levelCount * 5 - 1;
  return (
    <span
      {...rest}
      className={['lw-level-badge', className].filter(Boolean).join(' ')}
      data-level={valid ? ordinal : undefined}
      data-size={size}
      data-emphasis={emphasis}
      data-state={valid ? 'valid' : 'invalid'}
    >
      {valid ? (
        <svg
          className="lw-level-badge__glyph"
          aria-hidden="true"
          focusable="false"
          viewBox={`0 0 ${glyphWidth} 16`}
          width={glyphWidth}
          height={16}
        >
          {bars.map((bar) => {
            const height = (16 / levelCount) * bar;
            const filled = bar <= ordinal;
            return (
              <rect
                key={bar}
                x={(bar - 1) * 5 + 0.5}
                y={16 - height + 0.5}
                width={3}
                height={height - 1}
                fill={filled ? 'currentColor' : 'none'}
                stroke="currentColor"
                strokeWidth={1}
                data-filled={filled ? 'true' : 'false'}
              />
            );
          })}
        </svg>
      ) : null}
      <span className="lw-level-badge__ordinal">
        Level {ordinal}
        <span className="lw-visually-hidden"> of {levelCount},</span>
      </span>
      <span className="lw-level-badge__name">{name}</span>
      {label ? (
        <span className="lw-level-badge__emphasis">
          <span className="lw-visually-hidden">, </span>
          {label}
        </span>
      ) : null}
    </span>
  );
}
