import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serialiseJson } from '../src/extract/extract-all.ts';
import { duplicateKey } from '../src/extract/normalise.ts';
import {
  AREA_IDS,
  canonicalDimensionsOf,
  compareConcept,
  concepts,
  conceptsDifferingInLevel,
  conceptsForArea,
  FrameworkSchema,
  findIndicators,
  frameworks,
  getConcept,
  getFramework,
  getIndicator,
  getRuleDifference,
  getStats,
  indicatorsByDimension,
  indicatorsByLevel,
  levelName,
  levelOrdinalOf,
  levelsByArea,
  ruleDifferences,
  searchIndicators,
  UnknownAreaError,
} from '../src/index.ts';
import { jsonSchemaDocument } from '../src/json-schema.ts';

describe('frameworks and getFramework', () => {
  it('serves the five areas in canonical order', () => {
    expect(frameworks.map((f) => f.id)).toEqual([...AREA_IDS]);
    expect(frameworks.map((f) => f.prefix)).toEqual(['tw', 'sw', 'st', 'nc', 'du']);
  });

  it('throws a clear error for an unknown area', () => {
    expect(() => getFramework('telford')).toThrow(UnknownAreaError);
    expect(() => getFramework('telford')).toThrow(
      /Unknown area "telford"\. Known areas: telford-wrekin, sandwell/,
    );
    expect(() => findIndicators({ area: 'nowhere' as never })).toThrow(UnknownAreaError);
  });

  it('lists the canonical domains each matrix uses', () => {
    expect(getFramework('dudley').domains.map((d) => d.id)).toEqual([
      'child-development',
      'extra-familial',
      'mixed',
    ]);
    expect(getFramework('sandwell').domains.map((d) => d.id)).toEqual([
      'child-development',
      'parenting-capacity',
      'family-environment',
    ]);
  });
});

describe.each(AREA_IDS)('%s framework (with its rules)', (area) => {
  const f = getFramework(area);

  it('validates against FrameworkSchema', () => {
    const result = FrameworkSchema.safeParse(f);
    expect(result.error?.issues.slice(0, 5) ?? []).toEqual([]);
  });

  it('document identity from extraction agrees with the curated rules identity', () => {
    const key = (t: string) => duplicateKey(t);
    expect(f.source.partnership.name).toBe(f.rules.identity.partnershipName);
    expect(f.source.partnership.acronym ?? null).toBe(f.rules.identity.acronym);
    expect(key(f.rules.identity.title)).toContain(key(f.source.title.text));
    expect(f.source.statedDate === undefined).toBe(f.rules.identity.statedDate === null);
    if (f.source.statedDate && f.rules.identity.statedDate) {
      expect(key(f.rules.identity.statedDate.quote)).toContain(key(f.source.statedDate.text));
    }
  });

  it('has four levels with local names and service responses, consent rules, a front door and an escalation entry', () => {
    expect(f.rules?.levels.map((l) => l.ordinal)).toEqual([1, 2, 3, 4]);
    for (const l of f.rules?.levels ?? []) {
      expect(l.localName.length).toBeGreaterThan(0);
      expect(l.serviceResponses.length).toBeGreaterThan(0);
    }
    expect(f.rules?.consent.rules.length ?? 0).toBeGreaterThan(0);
    expect(f.rules?.frontDoor.serviceName.length ?? 0).toBeGreaterThan(0);
    expect(f.rules?.escalation.length ?? 0).toBeGreaterThan(0);
  });
});

describe('indicator queries', () => {
  it('filters by area, level, domain and dimension (local id, label, variant or canonical id)', () => {
    const l4 = indicatorsByLevel('telford-wrekin', 4);
    expect(l4).toHaveLength(97);
    expect(l4.every((i) => i.area === 'telford-wrekin' && i.level === 4)).toBe(true);
    expect(findIndicators({ area: 'sandwell', domain: 'parenting-capacity' })).toHaveLength(63);
    expect(indicatorsByDimension('telford-wrekin', 'Health')).toHaveLength(53);
    expect(indicatorsByDimension('telford-wrekin', 'health')).toHaveLength(53);
    expect(
      indicatorsByDimension('sandwell', 'Family & Social Relationships and Family Well-Being'),
    ).toHaveLength(37);
    // canonical "education" reaches Telford's Learning/Education
    expect(findIndicators({ area: 'telford-wrekin', dimension: 'education' })).toHaveLength(21);
    expect(findIndicators({ area: 'dudley', dimension: 'no-such-dimension' })).toEqual([]);
  });

  it('searches text word by word after normalisation, across areas', () => {
    const hits = searchIndicators('privately fostered');
    // Dudley says it only in its Level 4 definition (L235), which is not a matrix indicator.
    expect(new Set(hits.map((h) => h.area))).toEqual(
      new Set(['telford-wrekin', 'sandwell', 'stoke-on-trent']),
    );
    expect(searchIndicators('PRIVATELY   Fostered', 'sandwell').map((h) => h.level)).toEqual([4]);
    expect(searchIndicators('zzzz-not-there')).toEqual([]);
  });

  it('filters by flag and combines criteria', () => {
    const asterisks = findIndicators({ area: 'dudley', flag: 'strategyDiscussion' });
    expect(asterisks).toHaveLength(17);
    expect(findIndicators({ area: 'dudley', flag: 'strategyDiscussion', level: [1, 2, 3] })).toEqual([]);
  });

  it('finds an indicator by id', () => {
    const first = getFramework('stoke-on-trent').indicators[0]!;
    expect(getIndicator(first.id)).toBe(first);
    expect(getIndicator('tw-9-nothing-000000')).toBeUndefined();
  });

  it('maps an indicator to the canonical dimensions of its local dimension', () => {
    const sebi = findIndicators({
      area: 'telford-wrekin',
      dimension: 'Social, Emotional, Behavioural, Identity',
    })[0]!;
    expect(canonicalDimensionsOf(sebi)).toEqual(['emotional-behavioural-development', 'identity']);
    const other = findIndicators({ area: 'stoke-on-trent', dimension: 'Other Indicators' })[0]!;
    expect(canonicalDimensionsOf(other)).toEqual([]);
    expect(() => canonicalDimensionsOf({ area: 'dudley', dimensionId: 'nope' })).toThrow(
      /dudley has no dimension nope/,
    );
  });

  it('finds a level ordinal from its local name or alias, only within the area', () => {
    expect(levelOrdinalOf('telford-wrekin', 'Complex')).toBe(3);
    expect(levelOrdinalOf('telford-wrekin', 'acute')).toBe(4);
    expect(levelOrdinalOf('sandwell', 'Complex')).toBeUndefined();
    expect(levelOrdinalOf('sandwell', 'Complex/ Significant Needs')).toBe(4);
    expect(levelOrdinalOf('dudley', 'Intensive')).toBe(3);
    expect(levelOrdinalOf('dudley', '')).toBeUndefined();
    for (const f of frameworks) {
      for (const l of f.rules.levels) expect(levelOrdinalOf(f.id, l.localName)).toBe(l.ordinal);
    }
  });

  it('names levels in the local words', () => {
    expect(levelName('telford-wrekin', 2)).toBe('Vulnerable');
    expect(() => levelName('nowhere', 1)).toThrow(UnknownAreaError);
  });
});

describe('stats', () => {
  it('counts indicators per level, domain, dimension and cell, and the other tables', () => {
    const s = getStats('telford-wrekin');
    expect(s.indicators.total).toBe(314);
    expect(s.indicators.byLevel).toEqual({ 1: 50, 2: 81, 3: 86, 4: 97 });
    expect(s.indicators.byDomain).toEqual({
      'parenting-capacity': 85,
      'family-environment': 71,
      'child-development': 158,
    });
    expect(s.indicators.byCell['4|basic-care-safety-protection']).toBe(23);
    expect(Object.values(s.indicators.byDimension).reduce((a, b) => a + b, 0)).toBe(314);
    expect(s.tables.levels).toBe(4);
    expect(s.duplicates).toBe(6);
  });
});

describe('concept comparison', () => {
  it('compares a curated concept by id, with relations and local level names', () => {
    const c = compareConcept('under-13-sexual-activity');
    expect(c.kind).toBe('curated');
    const levels = Object.fromEntries(c.areas.map((a) => [a.area, a.levels]));
    expect(levels).toEqual({
      'telford-wrekin': [3],
      sandwell: [4],
      'stoke-on-trent': [],
      'nottingham-city': [4],
      dudley: [4],
    });
    const tw = c.areas.find((a) => a.area === 'telford-wrekin')!.members[0]!;
    expect(tw.relation).toBe('looser');
    expect(tw.parameters).toEqual([expect.objectContaining({ kind: 'age', op: '<=', value: 13 })]);
    expect(getConcept('under-13-sexual-activity')?.members.length).toBe(4);
    expect(getConcept('no-such-concept')).toBeUndefined();
    expect(concepts.length).toBeGreaterThan(30);
  });

  it('compares a curated rule difference by id, one row of positions per area', () => {
    const first = ruleDifferences[0]!;
    const c = compareConcept(first.id);
    expect(c.kind).toBe('rule-difference');
    expect(c.areas.map((a) => a.area)).toEqual([...AREA_IDS]);
    const positions = c.areas.flatMap((a) => a.positions ?? []);
    expect(positions).toHaveLength(first.positions.length);
    expect(getRuleDifference(first.id)).toBe(first);
    expect(getRuleDifference('nope')).toBeUndefined();
  });

  it('the concept queries run on the shipped (resolved) concepts', () => {
    const differing = conceptsDifferingInLevel(concepts, 'telford-wrekin', 'sandwell').map((c) => c.id);
    expect(differing.length).toBeGreaterThan(3);
    for (const id of differing) {
      const levels = levelsByArea(getConcept(id)!, true);
      expect(levels['telford-wrekin']!.some((l) => levels.sandwell!.includes(l))).toBe(false);
    }
    expect(conceptsForArea(concepts, 'dudley').every((c) => c.members.some((m) => m.area === 'dudley'))).toBe(
      true,
    );
  });

  it('finds a curated concept by its exact title too', () => {
    expect(compareConcept(getConcept('under-13-sexual-activity')!.title).id).toBe('under-13-sexual-activity');
  });

  it('falls back to a labelled text match across all five areas', () => {
    const c = compareConcept('non-mobile');
    expect(c.kind).toBe('text-match');
    expect(c.areas.map((a) => a.area)).toEqual([...AREA_IDS]);
    const stoke = c.areas.find((a) => a.area === 'stoke-on-trent')!;
    expect(stoke.levels).toEqual([4]);
    expect(stoke.members[0]!.text).toMatch(/non-mobile baby/);
  });
});

describe('JSON Schema export', () => {
  it('is committed as data/schema.json, up to date, and self-contained', () => {
    const doc = jsonSchemaDocument();
    const committed = readFileSync(new URL('../data/schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(serialiseJson(doc));
    expect(Object.keys(doc.$defs as object)).toEqual(
      expect.arrayContaining([
        'AreaData',
        'Framework',
        'ConceptsData',
        'Indicator',
        'SourceSpan',
        'DimensionMapping',
      ]),
    );
    const indicator = (doc.$defs as Record<string, { required?: string[] }>).Indicator!;
    expect(indicator.required).toEqual(expect.arrayContaining(['id', 'level', 'textVerbatim', 'provenance']));
  });

  it('accepts every committed data file and rejects broken ones (read back with z.fromJSONSchema)', () => {
    const doc = JSON.parse(readFileSync(new URL('../data/schema.json', import.meta.url), 'utf8'));
    const areaData = z.fromJSONSchema({ $schema: doc.$schema, ...doc.$defs.AreaData });
    for (const area of AREA_IDS) {
      const data = JSON.parse(readFileSync(new URL(`../data/${area}.json`, import.meta.url), 'utf8'));
      expect(areaData.safeParse(data).success).toBe(true);
      const wrongLevel = structuredClone(data);
      wrongLevel.indicators[0].level = 5;
      expect(areaData.safeParse(wrongLevel).success).toBe(false);
      const extraField = structuredClone(data);
      extraField.indicators[0].colour = 'red';
      expect(areaData.safeParse(extraField).success).toBe(false);
      const badSpan = structuredClone(data);
      badSpan.indicators[0].provenance.spans[0].hash = 'xyz';
      expect(areaData.safeParse(badSpan).success).toBe(false);
    }
  });
});

describe('runtime module graph', () => {
  it('the public entry point imports no Node built-ins and never the seeds (browser-safe)', () => {
    const seen = new Set<string>();
    const nodeImports: string[] = [];
    const visit = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = readFileSync(url, 'utf8');
      for (const m of source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('node:')) nodeImports.push(`${url.pathname.split('/src/')[1]} → ${spec}`);
        else if (spec.startsWith('.') && spec.endsWith('.ts')) visit(new URL(spec, url));
      }
    };
    visit(new URL('../src/index.ts', import.meta.url));
    expect(nodeImports).toEqual([]);
    expect([...seen].some((u) => u.includes('/extract/readers/') || u.includes('seed-source'))).toBe(false);
    expect(seen.size).toBeGreaterThan(5);
  });
});
