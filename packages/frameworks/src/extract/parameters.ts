/**
 * Structured thresholds read from an indicator's verbatim text (source-notes §8 "parameters", §9.11):
 * attendance percentages, ages with comparison operators, gestation weeks, incident counts in a window and
 * risk grades. Each parameter keeps the exact substring (`match`) and its character offset in the text.
 *
 * Operators follow the words: "13 and under" is ≤13, "under 13" is <13, "over 13" is >13, "aged 13+" and
 * "(15+)" are ≥13/≥15, "16-17 year olds" and "(13-14)" are inclusive ranges, "post 16" is ≥16.
 */
import type { IndicatorParameter } from '../schema.ts';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

function toNumber(word: string): number {
  const n = NUMBER_WORDS[word.toLowerCase()];
  return n ?? Number(word);
}

type Found = { match: string; offset: number };

function* matches(text: string, re: RegExp): Generator<RegExpExecArray> {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    yield m;
    if (m[0].length === 0) global.lastIndex++;
  }
}

function found(m: RegExpExecArray): Found {
  return { match: m[0], offset: m.index };
}

function overlaps(a: Found, taken: readonly Found[]): boolean {
  return taken.some((t) => a.offset < t.offset + t.match.length && t.offset < a.offset + a.match.length);
}

function attendance(text: string): IndicatorParameter[] {
  if (!/attendance/i.test(text)) return [];
  const out: IndicatorParameter[] = [];
  const taken: Found[] = [];
  const phase = (word: string | undefined) =>
    word === undefined ? {} : { phase: word.toLowerCase() as 'primary' | 'secondary' };
  for (const m of matches(text, /(?:between\s+)?(\d{1,3})\s*[-–]\s*(\d{1,3})\s*%/i)) {
    const f = found(m);
    taken.push(f);
    out.push({
      kind: 'attendance-pct',
      min: Number(m[1]),
      max: Number(m[2]),
      minInclusive: true,
      maxInclusive: true,
      ...f,
    });
  }
  for (const m of matches(
    text,
    /(\d{1,3})\s*%\s*or\s+(?:above|more|over|higher)(?:\s+for\s+(primary|secondary))?/i,
  )) {
    const f = found(m);
    if (overlaps(f, taken)) continue;
    taken.push(f);
    out.push({
      kind: 'attendance-pct',
      min: Number(m[1]),
      minInclusive: true,
      maxInclusive: false,
      ...phase(m[2]),
      ...f,
    });
  }
  for (const m of matches(
    text,
    /(?:below|less\s+than|under)\s+(\d{1,3})\s*%(?:\s+for\s+(primary|secondary))?/i,
  )) {
    const f = found(m);
    if (overlaps(f, taken)) continue;
    taken.push(f);
    out.push({
      kind: 'attendance-pct',
      max: Number(m[1]),
      minInclusive: false,
      maxInclusive: false,
      ...phase(m[2]),
      ...f,
    });
  }
  return out;
}

function ages(text: string): IndicatorParameter[] {
  const out: IndicatorParameter[] = [];
  const taken: Found[] = [];
  const push = (m: RegExpExecArray, op: '<' | '<=' | '>' | '>=' | 'range', value: number, max?: number) => {
    const f = found(m);
    if (overlaps(f, taken) || value > 25 || (max !== undefined && (max > 25 || max < value))) return;
    taken.push(f);
    out.push(max === undefined ? { kind: 'age', op, value, ...f } : { kind: 'age', op, value, max, ...f });
  };
  // Order matters: the more specific phrasings claim their text first.
  for (const m of matches(text, /\b(\d{1,2})\s*[-–]\s*(\d{1,2})\s+(?:year\s*olds?|years?\s+old|yrs?)\b/i))
    push(m, 'range', Number(m[1]), Number(m[2]));
  for (const m of matches(text, /\((\d{1,2})\s*[-–]\s*(\d{1,2})\)/))
    push(m, 'range', Number(m[1]), Number(m[2]));
  for (const m of matches(text, /\b(\d{1,2})\s+(?:and|or)\s+under\b/i)) push(m, '<=', Number(m[1]));
  for (const m of matches(text, /\b(\d{1,2})\s+(?:and|or)\s+over\b/i)) push(m, '>=', Number(m[1]));
  for (const m of matches(text, /\b(?:aged\s+)?(\d{1,2})\s*\+(?!\d)/i)) push(m, '>=', Number(m[1]));
  for (const m of matches(text, /\bpost[\s-](\d{1,2})(?:\s+years?)?\b(?!\s*%)/i)) push(m, '>=', Number(m[1]));
  for (const m of matches(
    text,
    /\b(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?(\d{1,2})(?:\s+(?:years?|yrs)(?:\s+(?:old|of\s+age))?\.?)?(?!\s*%|\d|'s)/i,
  ))
    push(m, '<', Number(m[1]));
  for (const m of matches(
    text,
    /\b(?:over|older\s+than|above)\s+(?:the\s+age\s+of\s+)?(\d{1,2})(?:\s+(?:years?|yrs)(?:\s+(?:old|of\s+age))?)?(?!\s*%|\d)/i,
  ))
    push(m, '>', Number(m[1]));
  return out.sort((a, b) => a.offset - b.offset);
}

function gestation(text: string): IndicatorParameter[] {
  const out: IndicatorParameter[] = [];
  for (const m of matches(text, /(?:at\s+least\s+)?(\d{1,2})\s+weeks'?\s+gestation/i)) {
    out.push({ kind: 'gestation-weeks', min: Number(m[1]), ...found(m) });
  }
  return out;
}

function incidents(text: string): IndicatorParameter[] {
  const out: IndicatorParameter[] = [];
  const re =
    /(less\s+than|fewer\s+than|more\s+than|at\s+least)?\s*\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)(\s+or\s+more|\s+or\s+fewer)?\s+incidents?\s+in\s+(\d+)\s+days/i;
  for (const m of matches(text, re)) {
    const lead = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const tail = (m[3] ?? '').toLowerCase().trim().replace(/\s+/g, ' ');
    const op =
      lead === 'less than' || lead === 'fewer than'
        ? '<'
        : lead === 'more than'
          ? '>'
          : lead === 'at least' || tail === 'or more'
            ? '>='
            : tail === 'or fewer'
              ? '<='
              : '=';
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({
      kind: 'incident-count',
      op,
      n: toNumber(m[2]!),
      windowDays: Number(m[4]),
      match: m[0].trim(),
      offset: start,
    });
  }
  return out;
}

function riskGrades(text: string): IndicatorParameter[] {
  const out: IndicatorParameter[] = [];
  const re =
    /\b(?:assessed\s+as\s+|at\s+(?:a\s+)?)?((?:standard|medium|high)(?:\s*\/\s*(?:standard|medium|high))*)(?:[\s-]+level)?[\s-]+risk\b(\s+of\s+[\w\s-]{0,40})?/gi;
  for (const m of matches(text, re)) {
    const prefixed = /^(assessed|at)\b/i.test(m[0]);
    const followedByOf = m[2] !== undefined;
    const levelWord = /level[\s-]+risk/i.test(m[0]);
    if (!prefixed && !followedByOf && !levelWord) continue;
    const grades = m[1]!
      .toLowerCase()
      .split('/')
      .map((g) => g.trim()) as ('standard' | 'medium' | 'high')[];
    const subject = /domestic\s+(abuse|violence)/i.test(text)
      ? 'domestic-abuse'
      : /exploit/i.test(m[2] ?? '')
        ? 'exploitation'
        : 'unspecified';
    const matchText = m[0].replace(/\s+of\s+[\w\s-]*$/, '').trim();
    out.push({ kind: 'risk-grade', grades, subject, match: matchText, offset: m.index });
  }
  return out;
}

/** All parameters found in an indicator's verbatim text, in a stable order (kind, then offset). */
export function extractParameters(textVerbatim: string): IndicatorParameter[] {
  return [
    ...attendance(textVerbatim).sort((a, b) => a.offset - b.offset),
    ...ages(
      /attendance/i.test(textVerbatim)
        ? textVerbatim.replace(/\d{1,3}\s*%/g, (s) => '#'.repeat(s.length))
        : textVerbatim,
    ),
    ...gestation(textVerbatim),
    ...incidents(textVerbatim),
    ...riskGrades(textVerbatim),
  ].map((p) => ({ ...p, match: textVerbatim.slice(p.offset, p.offset + p.match.length) }));
}
