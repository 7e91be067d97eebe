import { describe, expect, it } from 'vitest';
import { decodeEntities, duplicateKey, normaliseText, slugify } from './normalise.ts';

describe('normaliseText', () => {
  it('strips the HTML the seeds use but keeps angle-bracket autolinks', () => {
    expect(normaliseText('<ul style="list-style-type: none"> <li>• Parent requires advice.</li> </ul>')).toBe(
      'Parent requires advice.',
    );
    expect(normaliseText('<p><b>Health</b></p>')).toBe('Health');
    expect(normaliseText('see <https://example.org/x>')).toBe('see <https://example.org/x>');
  });

  it('decodes entities and turns & into "and"', () => {
    expect(normaliseText('Family &amp; Social Relationships')).toBe('Family and Social Relationships');
    expect(normaliseText('drugs & alcohol')).toBe('drugs and alcohol');
    expect(decodeEntities('a&nbsp;b &#8217; &#x2019; &bogus;')).toBe('a b ’ ’ &bogus;');
  });

  it('drops markdown heading and list markers at line starts, escapes and emphasis', () => {
    expect(normaliseText('#### **Level 1: Universal Services**')).toBe('Level 1: Universal Services');
    expect(normaliseText('- I frequently go missing\\*')).toBe('I frequently go missing');
    expect(normaliseText('- · Was not brought')).toBe('Was not brought');
    expect(normaliseText('a [link](#) here')).toBe('a link here');
    expect(normaliseText('access\\_team@x.org')).toBe('access_team@x.org');
  });

  it('joins lines and removes the markers on each, so a wrapped bullet reads as one', () => {
    expect(normaliseText('- I have had a previous pregnancy\n- under the age of 18 years old')).toBe(
      'I have had a previous pregnancy under the age of 18 years old',
    );
    expect(normaliseText('# • I have worked\n\ntool and\n\n- exploitation needs')).toBe(
      'I have worked tool and exploitation needs',
    );
  });

  it('normalises quotes, dashes and whitespace (including non-breaking spaces)', () => {
    expect(normaliseText('Parents’ “own”\u00a0needs – now')).toBe('Parents\' "own" needs - now');
    expect(normaliseText('  a \t\n b  ')).toBe('a b');
  });

  it('keeps hyphens inside words and typos', () => {
    expect(normaliseText('Non accidental Injury.  Self-care')).toBe('Non accidental Injury. Self-care');
  });

  it('is idempotent', () => {
    const samples = ['<li>• A &amp; B</li>', '- \\* x', '#### **T**', 'plain text.'];
    for (const s of samples) expect(normaliseText(normaliseText(s))).toBe(normaliseText(s));
  });
});

describe('duplicateKey', () => {
  it('ignores case and punctuation differences the documents show between copies of one bullet', () => {
    expect(duplicateKey("Parents' own needs mean they cannot keep child/ young person safe.")).toBe(
      duplicateKey('Parents own needs mean they cannot keep child/ young person safe'),
    );
    expect(duplicateKey('needs/ experiences')).toBe(duplicateKey('needs/experiences'));
    expect(duplicateKey('X & Y')).toBe(duplicateKey('x and y'));
    expect(duplicateKey('Teenage parent')).not.toBe(duplicateKey('Teenage parent(s)'));
  });
});

describe('slugify', () => {
  it('makes readable kebab-case ids without stopwords', () => {
    expect(slugify('Basic Care, Safety and Protection')).toBe('basic-care-safety-protection');
    expect(slugify('Family &amp; Social Relationships and Family Well-Being')).toBe(
      'family-social-relationships-family-well-being',
    );
    expect(slugify("Family's Social Integration")).toBe('family-social-integration');
    expect(slugify('Risks outside of my home')).toBe('risks-outside-my-home');
    expect(slugify('Learning/Education')).toBe('learning-education');
  });
});
