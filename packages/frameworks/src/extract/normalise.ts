/**
 * The single text normalisation used for indicator `textNormalised`, content hashes behind ids,
 * duplicate detection and the provenance check (indicator text must occur in its recorded source lines).
 *
 * Steps, in order (the same function is applied to indicator text and to source lines, so the check is fair):
 * 1. strip HTML tags the seeds use (`<ul>`, `<li>`, `<p>`, `<b>`, `<u>`, `<a>`, `<div>`, …) – angle-bracket
 *    autolinks such as `<https://…>` are kept as text;
 * 2. decode HTML entities (`&amp;`, `&nbsp;`, numeric);
 * 3. markdown: drop heading markers (`#…`) and list markers (`- `, `* `, `+ `) at line starts, unescape
 *    backslash escapes (`\*` → `*`), drop emphasis asterisks and `__`, reduce `[text](url)` to `text`;
 * 4. remove bullet glyphs (• · ▪ ◦ ● ‣ ✓ ■ □ ➢);
 * 5. typography: curly quotes → straight, en/em dashes → `-`, `&` → `and`;
 * 6. collapse all whitespace (including non-breaking spaces) to one space and trim;
 * and repeat until the text no longer changes.
 */

const HTML_TAG = /<\/?(?:ul|ol|li|p|b|i|u|a|div|span|br|strong|em|sup|sub|h[1-6]|table|tr|td|th)\b[^>]*>/gi;
const BULLET_GLYPHS = /[•·▪◦●‣✓■□➢]/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  pound: '£',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Normalise a piece of source text (one or more lines joined by `\n`) or an indicator's verbatim text.
 * The steps are repeated until nothing changes (a decoded `&lt;li&gt;` or a dash that becomes a list marker
 * is then handled too), so the function is idempotent.
 */
export function normaliseText(text: string): string {
  let current = normaliseOnce(text);
  for (let i = 0; i < 5; i++) {
    const next = normaliseOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

function normaliseOnce(text: string): string {
  let out = text.replace(HTML_TAG, ' ');
  out = decodeEntities(out);
  out = out
    .split('\n')
    .map((line) => line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*[-*+]\s+/, ''))
    .join('\n');
  out = out.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  out = out.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
  out = out.replace(/\*+/g, ' ').replace(/__/g, '');
  out = out.replace(BULLET_GLYPHS, ' ');
  out = out
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[–—]/g, '-');
  out = out.replace(/&/g, ' and ');
  return out.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * The comparison key for duplicate detection: normalised, case-folded, and with punctuation ignored, so
 * "Parents' own needs…" equals "Parents own needs…" and "needs/ experiences" equals "needs/experiences"
 * (source-notes §1.3.3 counts these as the same bullet).
 */
export function duplicateKey(text: string): string {
  return normaliseText(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SLUG_STOPWORDS = new Set(['and', 'of', 'the', 'or']);

/** A readable kebab-case slug for a dimension label ("Family & Social Relationships" → "family-social-relationships"). */
export function slugify(label: string): string {
  const words = normaliseText(label)
    .toLowerCase()
    .replace(/'s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !SLUG_STOPWORDS.has(w));
  return words.join('-');
}
