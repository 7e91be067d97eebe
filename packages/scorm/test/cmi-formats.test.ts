import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  formatIso8601Duration,
  formatScorm12TimeOfDay,
  formatScorm12Timespan,
  formatScorm2004Timestamp,
  isScorm12Identifier,
  isScorm2004ShortIdentifier,
  toScorm12Identifier,
} from '../src/cmi-formats.ts';
import { checksum, decodeEnvelope, encodeEnvelope } from '../src/state-envelope.ts';

describe('session time formats', () => {
  it('1.2 CMITimespan HHHH:MM:SS.SS', () => {
    expect(formatScorm12Timespan(0)).toBe('0000:00:00.00');
    expect(formatScorm12Timespan(3_723_450)).toBe('0001:02:03.45');
    expect(formatScorm12Timespan(-5)).toBe('0000:00:00.00');
    expect(formatScorm12Timespan(Number.NaN)).toBe('0000:00:00.00');
    expect(formatScorm12Timespan(10_000 * 3_600_000)).toBe('9999:59:59.99');
  });

  it('2004 ISO 8601 duration with at most 2 decimals', () => {
    expect(formatIso8601Duration(0)).toBe('PT0S');
    expect(formatIso8601Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(formatIso8601Duration(3_600_000)).toBe('PT1H');
    expect(formatIso8601Duration(60_500)).toBe('PT1M0.5S');
    expect(formatIso8601Duration(1_234)).toBe('PT1.23S');
    expect(formatIso8601Duration(100 * 3_600_000)).toBe('PT100H');
  });

  it('every duration matches the formats the standards define', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000 * 3_600_000 }), (ms) => {
        expect(formatScorm12Timespan(ms)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
        expect(formatIso8601Duration(ms)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
        expect(formatIso8601Duration(ms)).not.toBe('PT');
      }),
    );
  });

  it('timestamps', () => {
    const at = Date.UTC(2026, 0, 5, 7, 8, 9, 987);
    expect(formatScorm12TimeOfDay(at)).toBe('07:08:09');
    expect(formatScorm2004Timestamp(at)).toBe('2026-01-05T07:08:09.9Z');
  });

  it('decimals without exponents or trailing zeros', () => {
    expect(formatDecimal(0.8333333, 4)).toBe('0.8333');
    expect(formatDecimal(80, 2)).toBe('80');
    expect(formatDecimal(1e-7)).toBe('0');
    expect(formatDecimal(-0.00001)).toBe('0');
  });
});

describe('identifiers', () => {
  it('1.2: no spaces, no dots; conversion keeps the rest', () => {
    expect(isScorm12Identifier('tw-01_level')).toBe(true);
    expect(isScorm12Identifier('tw.01')).toBe(false);
    expect(isScorm12Identifier('tw 01')).toBe(false);
    expect(isScorm12Identifier('')).toBe(false);
    expect(toScorm12Identifier('vignette tw.01/level')).toBe('vignette_tw_01_level');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (id) => {
        expect(isScorm12Identifier(toScorm12Identifier(id))).toBe(true);
      }),
    );
  });

  it('2004 short identifiers', () => {
    expect(isScorm2004ShortIdentifier('early-help')).toBe(true);
    expect(isScorm2004ShortIdentifier('early help')).toBe(false);
    expect(isScorm2004ShortIdentifier('x'.repeat(251))).toBe(false);
  });
});

describe('state envelope', () => {
  it('round-trips any payload', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), fc.string({ maxLength: 500 }), (revision, payload) => {
        expect(decodeEnvelope(encodeEnvelope(revision, payload))).toEqual({
          kind: 'valid',
          revision,
          payload,
        });
      }),
    );
  });

  it('detects truncation and alteration', () => {
    const envelope = encodeEnvelope(3, 'v2:abcdefghij');
    expect(decodeEnvelope(envelope.slice(0, -1)).kind).toBe('corrupt');
    expect(decodeEnvelope(envelope.replace('abc', 'abd')).kind).toBe('corrupt');
    expect(decodeEnvelope('LW1~zz')).toEqual({ kind: 'corrupt', reason: 'envelope header is incomplete' });
    expect(decodeEnvelope(`LW1~3!~${checksum('a')}~a`).kind).toBe('corrupt');
    expect(decodeEnvelope('LW9~1~2~x')).toMatchObject({
      kind: 'corrupt',
      reason: expect.stringContaining('LW9'),
    });
  });

  it('treats other strings as legacy, and empty as empty', () => {
    expect(decodeEnvelope('')).toEqual({ kind: 'empty' });
    expect(decodeEnvelope('v1:old')).toEqual({ kind: 'legacy', revision: 0, payload: 'v1:old' });
  });
});
