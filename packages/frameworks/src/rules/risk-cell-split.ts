/**
 * Splitting the cells of Telford's Child Exploitation Risk Threshold Indicator into items.
 *
 * The cells are slash-delimited runs ("Recent change in peer group/Reduced contact with family/friends/…"), but "/"
 * is also a conjunction inside items ("family/friends", "drug/alcohol"). The rule used here, as in
 * source-notes §1.3.4: split on "/" when the next word starts with a capital letter, and at sentence ends followed
 * by a capital. Everything else stays inside the item, and the cell's confidence says how much to trust the split.
 */

export interface SplitItem {
  text: string;
  /** 0-based [start, end) in the raw cell. */
  start: number;
  end: number;
}

export interface CellSplit {
  items: SplitItem[];
  splitConfidence: 'high' | 'medium' | 'low';
}

const ABBREVIATIONS = ['e.g.', 'i.e.', 'etc.'];
/** Category 10's cells are questions ("Is the young person…?"): their slashes list aggravating factors. */
const QUESTION_START = /^\s*(?:Is|Are|Does|Do|Has|Have)\s/;

function nextNonSpace(raw: string, from: number): number {
  let i = from;
  while (i < raw.length && /\s/.test(raw[i] ?? '')) i++;
  return i;
}

const isCapital = (ch: string | undefined): boolean => ch !== undefined && /[A-Z]/.test(ch);

function endsWithAbbreviation(raw: string, dotIndex: number): boolean {
  return ABBREVIATIONS.some(
    (abbr) => raw.slice(dotIndex + 1 - abbr.length, dotIndex + 1).toLowerCase() === abbr,
  );
}

/** Split one CE cell; throws if the cell yields no item, naming the cell. */
export function splitRiskCell(raw: string, where: string): CellSplit {
  const cuts: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '/') {
      const next = nextNonSpace(raw, i + 1);
      if (isCapital(raw[next])) cuts.push({ from: i, to: next });
    } else if ((ch === '.' || ch === '?' || ch === '!') && /\s/.test(raw[i + 1] ?? '')) {
      const next = nextNonSpace(raw, i + 1);
      if (isCapital(raw[next]) && !endsWithAbbreviation(raw, i)) cuts.push({ from: i + 1, to: next });
    }
  }
  const items: SplitItem[] = [];
  let cursor = 0;
  for (const cut of [...cuts, { from: raw.length, to: raw.length }]) {
    let start = cursor;
    let end = cut.from;
    while (start < end && /\s/.test(raw[start] ?? '')) start++;
    while (end > start && /\s/.test(raw[end - 1] ?? '')) end--;
    const text = raw.slice(start, end);
    // A stray full stop left between two cuts is punctuation, not an item.
    if (/[A-Za-z0-9]/.test(text)) items.push({ text, start, end });
    cursor = cut.to;
  }
  if (items.length === 0) throw new Error(`${where}: the risk cell yields no items: "${raw.slice(0, 80)}"`);
  const splitConfidence = QUESTION_START.test(raw)
    ? 'low'
    : items.some((item) => item.text.includes('/'))
      ? 'medium'
      : 'high';
  return { items, splitConfidence };
}
