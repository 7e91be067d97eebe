/** Property-based checks of the pure extraction helpers (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKey, normaliseText, slugify } from './normalise.ts';
import { extractParameters } from './parameters.ts';
import { coveredInOrder } from './provenance.ts';
import { diceSimilarity } from './similarity.ts';

const seedLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<li>',
        '</li>',
        '<p><b>',
        '</b></p>',
        '&amp;',
        '•',
        '- ',
        '\\*',
        '**',
        '\t',
        '\n',
        ' ',
        '–',
        '’',
      ),
      fc.string({ minLength: 0, maxLength: 6 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

describe('properties', () => {
  it('normaliseText is idempotent and leaves no doubled or edge whitespace', () => {
    fc.assert(
      fc.property(seedLike, (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
        expect(once).not.toMatch(/^\s|\s$|\s\s/);
      }),
    );
  });

  it('duplicateKey and slugify only produce lower-case letters, digits and single separators', () => {
    fc.assert(
      fc.property(seedLike, (text) => {
        expect(duplicateKey(text)).toMatch(/^([a-z0-9]+( [a-z0-9]+)*)?$/);
        expect(slugify(text)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
  });

  it('a text cut at spaces into pieces hidden in noisy haystacks is covered in order, and not out of order', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 1, max: 7 }),
        fc.stringMatching(/^[A-Z]{0,5}$/),
        (words, cutAt, noise) => {
          const cut = Math.min(cutAt, words.length - 1);
          const head = words.slice(0, cut).join(' ');
          const tail = words.slice(cut).join(' ');
          const text = `${head} ${tail}`;
          expect(coveredInOrder(text, [`${noise} ${head} ${noise}`, `${noise} ${tail}`])).toBe(true);
          if (!`${noise} ${tail}`.includes(head) && !`${noise} ${head} ${noise}`.includes(tail)) {
            expect(coveredInOrder(text, [`${noise} ${tail}`, `${noise} ${head} ${noise}`])).toBe(false);
          }
        },
      ),
    );
  });

  it('every extracted parameter points at its own text', () => {
    const phrase = fc.constantFrom(
      'under 13',
      '13 and under',
      'aged 15+',
      '(13-14)',
      'attendance below 90%',
      'attendance between 70-91%',
      'at least 12 weeks gestation',
      'three or more incidents in 90 days',
      'assessed as standard/medium risk',
      'over 16 years old',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(phrase, fc.string({ maxLength: 8 })), { maxLength: 6 }), (parts) => {
        const text = parts.join(' ');
        for (const p of extractParameters(text)) {
          expect(text.slice(p.offset, p.offset + p.match.length)).toBe(p.match);
        }
      }),
    );
  });

  it('Dice similarity is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const ab = diceSimilarity(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(diceSimilarity(b, a)).toBeCloseTo(ab, 12);
      }),
    );
  });
});
