import { describe, expect, it } from 'vitest';
import {
  cellOf,
  coveredInOrder,
  coverPieces,
  spanHash,
  spanRawText,
  splitLines,
  textOccursInSpans,
} from './provenance.ts';

describe('splitLines', () => {
  it('numbers lines as sed does and ignores a final newline', () => {
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\r\nb')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
  });
});

describe('spans', () => {
  const lines = ['one', 'two', 'three'];
  it('joins raw lines with \\n and hashes them', () => {
    expect(spanRawText(lines, { start: 2, end: 3 })).toBe('two\nthree');
    expect(spanHash(lines, { start: 2, end: 3 })).toMatch(/^[0-9a-f]{16}$/);
    expect(spanHash(lines, { start: 2, end: 3 })).not.toBe(spanHash(lines, { start: 1, end: 2 }));
  });
});

describe('coveredInOrder', () => {
  it('is a substring test for one span', () => {
    expect(coveredInOrder('b c', ['a b c d'])).toBe(true);
    expect(coveredInOrder('c b', ['a b c d'])).toBe(false);
    expect(coveredInOrder('', ['a'])).toBe(false);
  });
  it('needs every span to contribute, in order', () => {
    const first = 'x The following parental factors: mental health y';
    const second = 'issues; substance misuse. z';
    expect(
      coveredInOrder('The following parental factors: mental health issues; substance misuse.', [
        first,
        second,
      ]),
    ).toBe(true);
    expect(
      coveredInOrder('The following parental factors: mental health issues; substance misuse.', [
        second,
        first,
      ]),
    ).toBe(false);
    expect(coveredInOrder('mental health', [first, second])).toBe(false);
  });
});

describe('textOccursInSpans', () => {
  it('applies the same normalisation to the text and the lines', () => {
    const lines = ['<ul> <li>• Family &amp; friends help.</li>', '- under the age of 18'];
    expect(textOccursInSpans('Family & friends help.', lines, [{ start: 1, end: 1 }])).toBe(true);
    expect(textOccursInSpans('Family and friends help. under the age', lines, [{ start: 1, end: 2 }])).toBe(
      true,
    );
    expect(textOccursInSpans('Family helps', lines, [{ start: 1, end: 1 }])).toBe(false);
  });
});

describe('coverPieces and cellOf', () => {
  it('returns the piece found in each span', () => {
    expect(coverPieces('a b c d', ['x a b', 'c d y'])).toEqual(['a b', 'c d']);
    expect(coverPieces('a b', ['a b'])).toEqual(['a b']);
    expect(coverPieces('a b', ['b', 'a'])).toBeNull();
  });

  it('finds the one tab cell holding a piece, and gives up when none or several do', () => {
    const row = '<ul> <li>• Alpha.</li>\t<ul> <li>• Beta &amp; gamma.</li>\t<li>Alpha.</li>';
    expect(cellOf(row, 'Beta and gamma.')).toBe(1);
    expect(cellOf(row, 'Alpha.')).toBeUndefined();
    expect(cellOf(row, 'Delta')).toBeUndefined();
    expect(cellOf('no tabs here', 'no tabs')).toBeUndefined();
  });
});
