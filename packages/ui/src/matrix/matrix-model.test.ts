import { describe, expect, it } from 'vitest';
import { thresholdMatrixExamples } from './matrix.examples.ts';
import {
  buildMatrixIndex,
  describeMatrixResults,
  EMPTY_MATRIX_FILTER,
  filterMatrix,
  findMatches,
  foldQuery,
  foldText,
  formatSourceSpans,
  isNarrowed,
  type MatrixFilter,
  type MatrixIndicator,
  splitByRanges,
  toggleLevel,
  updateFilter,
} from './matrix-model.ts';

// Verbatim Telford & Wrekin indicators (packages/frameworks/data/telford-wrekin.json), a two-domain slice.
const levels = [
  { ordinal: 1, name: 'Universal' },
  { ordinal: 2, name: 'Vulnerable' },
  { ordinal: 3, name: 'Complex' },
  { ordinal: 4, name: 'Acute' },
];
const domains = [
  { id: 'parents', label: 'Parents or Carers Capacity' },
  { id: 'child', label: "Child and Young Person's Developmental Needs" },
  { id: 'unused', label: 'A domain with no rows' },
];
const dimensions = [
  { id: 'basic-care', label: 'Basic Care, Safety and Protection', domainId: 'parents' },
  { id: 'learning', label: 'Learning/Education', domainId: 'child' },
  { id: 'health', label: 'Health', domainId: 'child' },
];
const indicators: MatrixIndicator[] = [
  {
    id: 'a1',
    level: 1,
    dimensionId: 'basic-care',
    text: "Parents/carers provide for child's physical needs.",
  },
  { id: 'a4', level: 4, dimensionId: 'basic-care', text: 'Bruising on non mobile baby.' },
  { id: 'l1', level: 1, dimensionId: 'learning', text: 'Good attendance at school.' },
  { id: 'l2', level: 2, dimensionId: 'learning', text: 'Poor school attendance; School’s concerns noted.' },
  { id: 'l2b', level: 2, dimensionId: 'learning', text: 'Not in education, employment or training.' },
  { id: 'h3', level: 3, dimensionId: 'health', text: 'Café worker says: “not eating”.' },
  { id: 'x', level: 9, dimensionId: 'health', text: 'An unknown level is dropped.' },
];

const index = buildMatrixIndex(levels, domains, dimensions, indicators);
const none = new Set<string>();
const filter = (change: Partial<MatrixFilter>): MatrixFilter => ({ ...EMPTY_MATRIX_FILTER, ...change });

describe('foldText and findMatches', () => {
  it('ignores case, accents, curly quotes and repeated spaces, and maps matches back to the original text', () => {
    const text = 'Café worker says: “not  eating”.';
    const folded = foldText(text);
    expect(folded.folded).toBe('cafe worker says: "not eating".');
    const [range] = findMatches(folded, foldQuery('CAFE'));
    expect(range && text.slice(range[0], range[1])).toBe('Café');
    const [quoted] = findMatches(folded, foldQuery('"not eating"'));
    expect(quoted && text.slice(quoted[0], quoted[1])).toBe('“not  eating”');
  });
  it('finds every occurrence and none for an empty query', () => {
    const text = 'Poor school attendance; School’s concerns noted.';
    const ranges = findMatches(foldText(text), 'school');
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['school', 'School']);
    expect(findMatches(foldText(text), '')).toEqual([]);
  });
  it('splits text into plain and marked pieces that join back to the original', () => {
    const text = 'Poor school attendance';
    const pieces = splitByRanges(text, [[5, 11]]);
    expect(pieces).toEqual([
      { text: 'Poor ', match: false },
      { text: 'school', match: true },
      { text: ' attendance', match: false },
    ]);
    expect(
      splitByRanges(text, [])
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});

describe('buildMatrixIndex', () => {
  it('groups dimensions under their domains in order, drops empty domains and unknown levels', () => {
    expect(index.groups.map((g) => g.domain.id)).toEqual(['parents', 'child']);
    expect(index.groups[1]?.dimensions.map((d) => d.id)).toEqual(['learning', 'health']);
    expect(index.all.map((p) => p.indicator.id)).not.toContain('x');
    expect(index.all).toHaveLength(6);
  });
  it('keeps each cell in input (document) order', () => {
    expect(index.cells.get(`learning\u00002`)?.map((p) => p.indicator.id)).toEqual(['l2', 'l2b']);
  });
});

describe('filterMatrix', () => {
  it('keeps every row, empty cells included, when nothing narrows the matrix', () => {
    const view = filterMatrix(index, EMPTY_MATRIX_FILTER, none);
    expect(view.count).toBe(6);
    expect(view.narrowed).toBe(false);
    expect(view.groups.flatMap((g) => g.rows.map((r) => r.dimension.id))).toEqual([
      'basic-care',
      'learning',
      'health',
    ]);
  });
  it('searches the text and hides rows without a match', () => {
    const view = filterMatrix(index, filter({ query: ' School ' }), none);
    expect(view.count).toBe(2);
    expect(view.groups.map((g) => g.domain.id)).toEqual(['child']);
    expect(view.groups[0]?.rows.map((r) => r.dimension.id)).toEqual(['learning']);
    const l2 = view.groups[0]?.rows[0]?.cells[1]?.[0];
    expect(l2?.matches).toHaveLength(2);
  });
  it('filters by domain, dimension and level, dropping level columns that are not chosen', () => {
    expect(filterMatrix(index, filter({ domainId: 'parents' }), none).count).toBe(2);
    expect(filterMatrix(index, filter({ dimensionId: 'learning' }), none).count).toBe(3);
    const view = filterMatrix(index, filter({ levels: [2, 3] }), none);
    expect(view.levels.map((l) => l.ordinal)).toEqual([2, 3]);
    expect(view.count).toBe(3);
    expect(view.groups[0]?.rows[0]?.cells).toHaveLength(2);
  });
  it('marks highlighted indicators and can show only them', () => {
    const marked = new Set(['a4', 'h3']);
    const all = filterMatrix(index, EMPTY_MATRIX_FILTER, marked);
    expect(all.groups[0]?.rows[0]?.cells[3]?.[0]?.highlighted).toBe(true);
    const only = filterMatrix(index, filter({ onlyHighlighted: true }), marked);
    expect(only.count).toBe(2);
  });
  it('says when nothing matches', () => {
    const view = filterMatrix(index, filter({ query: 'zebra' }), none);
    expect(view.count).toBe(0);
    expect(view.groups).toEqual([]);
  });
});

describe('describeMatrixResults', () => {
  it('announces the count with the query, in the singular and plural', () => {
    expect(describeMatrixResults({ count: 42, total: 314, query: 'school', filtered: false })).toBe(
      "42 indicators match 'school'",
    );
    expect(describeMatrixResults({ count: 1, total: 314, query: ' baby ', filtered: true })).toBe(
      "1 indicator matches 'baby' with the chosen filters",
    );
    expect(describeMatrixResults({ count: 0, total: 314, query: 'zebra', filtered: false })).toBe(
      "No indicators match 'zebra'",
    );
  });
  it('announces filtered and unfiltered totals without a query', () => {
    expect(describeMatrixResults({ count: 314, total: 314, query: '', filtered: false })).toBe(
      'Showing all 314 indicators',
    );
    expect(describeMatrixResults({ count: 12, total: 314, query: '', filtered: true })).toBe(
      'Showing 12 of 314 indicators',
    );
    expect(describeMatrixResults({ count: 0, total: 314, query: '', filtered: true })).toBe(
      'No indicators match the chosen filters',
    );
  });
});

describe('formatSourceSpans', () => {
  it('writes line ranges as "file L123–L124", one line as "file L123", several spans of a file together', () => {
    expect(formatSourceSpans([{ file: '000_cbc55e4a064da141.txt', start: 123, end: 124 }])).toBe(
      '000_cbc55e4a064da141.txt L123–L124',
    );
    expect(
      formatSourceSpans([
        { file: 'a.txt', start: 317, end: 317 },
        { file: 'a.txt', start: 319, end: 320 },
        { file: 'b.txt', start: 1, end: 1 },
      ]),
    ).toBe('a.txt L317, L319–L320; b.txt L1');
  });
});

describe('updateFilter and toggleLevel', () => {
  it('clears a dimension that is not in the newly chosen domain', () => {
    const f = filter({ dimensionId: 'learning' });
    expect(updateFilter(f, { domainId: 'parents' }, index).dimensionId).toBe('');
    expect(updateFilter(f, { domainId: 'child' }, index).dimensionId).toBe('learning');
  });
  it('keeps levels sorted and unique', () => {
    expect(toggleLevel([4, 1], 3, true)).toEqual([1, 3, 4]);
    expect(toggleLevel([1, 3], 3, true)).toEqual([1, 3]);
    expect(toggleLevel([1, 3], 1, false)).toEqual([3]);
  });
  it('knows when a filter narrows the matrix', () => {
    expect(isNarrowed(EMPTY_MATRIX_FILTER)).toBe(false);
    expect(isNarrowed(filter({ query: '   ' }))).toBe(false);
    expect(isNarrowed(filter({ levels: [1] }))).toBe(true);
  });
});

describe('thresholdMatrixExamples', () => {
  it('have unique names and valid level filters', () => {
    const names = thresholdMatrixExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of thresholdMatrixExamples) {
      for (const level of e.filter.levels ?? []) expect([1, 2, 3, 4]).toContain(level);
    }
  });
});
