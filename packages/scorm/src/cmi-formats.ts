/** Value formats of the two data models. Pure functions. */

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Whole centiseconds, never negative, never NaN. */
function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours 2–4 digits; capped at 9999:59:59.99). */
export function formatScorm12Timespan(ms: number): string {
  const cs = Math.min(centiseconds(ms), 9999 * 360000 + 359999);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs % 100, 2)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. `PT1H2M3.45S`; at most 2 decimals; zero is `PT0S`. */
export function formatIso8601Duration(ms: number): string {
  const cs = centiseconds(ms);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const wholeSeconds = Math.floor((cs % 6000) / 100);
  const fraction = cs % 100;
  let out = 'PT';
  if (hours > 0) out += `${hours}H`;
  if (minutes > 0) out += `${minutes}M`;
  if (wholeSeconds > 0 || fraction > 0 || out === 'PT') {
    out += fraction > 0 ? `${wholeSeconds}.${pad(fraction, 2).replace(/0$/, '')}S` : `${wholeSeconds}S`;
  }
  return out;
}

/** SCORM 1.2 CMITime: a time of day `HH:MM:SS` (UTC). */
export function formatScorm12TimeOfDay(epochMs: number): string {
  const date = new Date(epochMs);
  return `${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}`;
}

/** SCORM 2004 time (second,10,0): `YYYY-MM-DDThh:mm:ss.sZ`, at most 2 decimals of seconds. */
export function formatScorm2004Timestamp(epochMs: number): string {
  const date = new Date(epochMs);
  const tenths = Math.floor(date.getUTCMilliseconds() / 100);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}T${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}.${tenths}Z`;
}

/** A decimal as the data models expect it: no exponent, at most `places` decimals, no trailing zeros. */
export function formatDecimal(value: number, places = 4): string {
  const fixed = value.toFixed(places);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/**
 * SCORM 1.2 CMIIdentifier as strict LMSs read it: no whitespace, no dots (many LMSs split element paths on
 * dots), printable ASCII, at most 255 characters.
 */
export function isScorm12Identifier(id: string): boolean {
  return /^[\x21-\x2d\x2f-\x7e]{1,255}$/.test(id);
}

/**
 * Converts a course identifier to a 1.2-safe one: dots, whitespace and anything outside
 * `[A-Za-z0-9_:-]` become `_`. The caller checks for collisions.
 */
export function toScorm12Identifier(id: string): string {
  return id.replace(/[^A-Za-z0-9_:-]/g, '_').slice(0, 255);
}

/** SCORM 2004 short_identifier_type as LMSs validate it (URI characters, no whitespace, ≤ 250). */
export function isScorm2004ShortIdentifier(id: string): boolean {
  return /^(?=.*\w)[\w\-()+.:=@;$!*'%/#]{1,250}$/.test(id);
}

/** SCORM 2004 long_identifier_type (≤ 4000, no whitespace). */
export function isScorm2004LongIdentifier(id: string): boolean {
  return /^\S{1,4000}$/.test(id);
}

/** The 36 single characters SCORM 1.2 allows in choice, sequencing, matching and likert responses. */
export const scorm12ResponseCharacters = 'abcdefghijklmnopqrstuvwxyz0123456789';
