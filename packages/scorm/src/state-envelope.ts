/**
 * The runtime's wrapper around the course's serialised progress: `LW1~<revision>~<checksum>~<payload>`.
 * The payload is opaque (the course's codec owns its format and versioning); the envelope adds what the
 * runtime needs to reconcile copies (a revision that only grows) and to detect truncation or corruption by
 * an LMS (an FNV-1a checksum). About 16 characters of overhead, ASCII only.
 */

export const envelopePrefix = 'LW1~';

export type DecodedEnvelope =
  | { kind: 'empty' }
  | { kind: 'valid'; revision: number; payload: string }
  /** Not written by this runtime (an earlier course version without the envelope): revision unknown (0). */
  | { kind: 'legacy'; revision: 0; payload: string }
  | { kind: 'corrupt'; reason: string };

/** FNV-1a over UTF-16 code units, as base36. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function encodeEnvelope(revision: number, payload: string): string {
  return `${envelopePrefix}${revision.toString(36)}~${checksum(payload)}~${payload}`;
}

/** Characters the envelope adds for a given revision. */
export function envelopeOverhead(revision: number, payload: string): number {
  return encodeEnvelope(revision, payload).length - payload.length;
}

export function decodeEnvelope(stored: string): DecodedEnvelope {
  if (stored === '') return { kind: 'empty' };
  if (!stored.startsWith(envelopePrefix)) {
    if (/^LW\d+~/.test(stored))
      return {
        kind: 'corrupt',
        reason: `unknown envelope version "${stored.slice(0, stored.indexOf('~'))}"`,
      };
    return { kind: 'legacy', revision: 0, payload: stored };
  }
  const rest = stored.slice(envelopePrefix.length);
  const firstTilde = rest.indexOf('~');
  const secondTilde = firstTilde < 0 ? -1 : rest.indexOf('~', firstTilde + 1);
  if (secondTilde < 0) return { kind: 'corrupt', reason: 'envelope header is incomplete' };
  const revisionText = rest.slice(0, firstTilde);
  const sum = rest.slice(firstTilde + 1, secondTilde);
  const payload = rest.slice(secondTilde + 1);
  if (!/^[0-9a-z]{1,11}$/.test(revisionText))
    return { kind: 'corrupt', reason: `revision "${revisionText}" is not base-36` };
  const revision = Number.parseInt(revisionText, 36);
  if (checksum(payload) !== sum) {
    return {
      kind: 'corrupt',
      reason: `checksum mismatch (payload of ${payload.length} characters; the LMS may have truncated or altered it)`,
    };
  }
  return { kind: 'valid', revision, payload };
}
