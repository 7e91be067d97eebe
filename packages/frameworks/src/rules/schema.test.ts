import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConceptSchema, RuleDifferenceSchema } from '../concepts/schema.ts';
import { rulesByArea } from './index.ts';
import {
  AreaRulesSchema,
  CitedTextSchema,
  DeadlineSchema,
  FrontDoorSchema,
  IsoDurationSchema,
  LevelSchema,
  RiskCellSchema,
  SourceRefSchema,
} from './schema.ts';

const FILE = '000_cbc55e4a064da141.txt';
const ref = { file: FILE, start: 10, end: 10, quote: 'x' };

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('rules schemas reject bad records', () => {
  it('SourceRef: end before start, bad file name, empty quote', () => {
    expect(SourceRefSchema.safeParse({ ...ref, start: 11 }).success).toBe(false);
    expect(SourceRefSchema.safeParse({ ...ref, file: 'telford.txt' }).success).toBe(false);
    expect(SourceRefSchema.safeParse({ ...ref, quote: '' }).success).toBe(false);
    expect(SourceRefSchema.safeParse({ ...ref, extra: 1 }).success).toBe(false);
    expect(SourceRefSchema.safeParse(ref).success).toBe(true);
  });

  it('CitedText: text must be its quote', () => {
    expect(CitedTextSchema.safeParse({ text: 'y', ref }).success).toBe(false);
    expect(CitedTextSchema.safeParse({ text: 'x', ref }).success).toBe(true);
  });

  it('Level: canonical band must follow the ordinal', () => {
    const level = rulesByArea['telford-wrekin'].levels[2]!;
    expect(LevelSchema.safeParse(level).success).toBe(true);
    const result = LevelSchema.safeParse({ ...level, canonicalBand: 'statutory' });
    expect(paths(result)).toEqual(['canonicalBand']);
  });

  it('AreaRules: levels must be 1-4 in order, and exactly four', () => {
    const rules = rulesByArea.sandwell;
    const [l1, l2, l3, l4] = rules.levels;
    expect(paths(AreaRulesSchema.safeParse({ ...rules, levels: [l2, l1, l3, l4] }))).toContain('levels');
    expect(AreaRulesSchema.safeParse({ ...rules, levels: [l1, l2, l3] }).success).toBe(false);
  });

  it('durations are ISO 8601', () => {
    for (const ok of ['PT1H', 'P2D', 'PT72H', 'P12W', 'P1DT2H'])
      expect(IsoDurationSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['P', 'PT', '1H', 'P2', 'PT1', 'p2d', 'P-1D'])
      expect(IsoDurationSchema.safeParse(bad).success, bad).toBe(false);
    const deadline = rulesByArea.sandwell.frontDoor.deadlines[0]!;
    expect(paths(DeadlineSchema.safeParse({ ...deadline, iso: '1 hour' }))).toEqual(['iso']);
  });

  it('front door: call999 must agree with the quoted instruction', () => {
    const frontDoor = rulesByArea['nottingham-city'].frontDoor;
    const flipped = { ...frontDoor, emergency: { ...frontDoor.emergency, call999: true } };
    expect(FrontDoorSchema.safeParse(flipped).success).toBe(false);
  });

  it('risk cell: items must be slices of the raw cell at their offsets', () => {
    const cell = rulesByArea['telford-wrekin'].riskMatrices[0]!.categories[0]!.cells[0]!;
    expect(RiskCellSchema.safeParse(cell).success).toBe(true);
    const shifted = { ...cell, items: cell.items.map((item) => ({ ...item, start: item.start + 1 })) };
    expect(paths(RiskCellSchema.safeParse(shifted))).toEqual(['items']);
  });

  it('export as JSON Schema (draft 2020-12, nothing unrepresentable)', () => {
    const options = { target: 'draft-2020-12', unrepresentable: 'throw' } as const;
    const schema = z.toJSONSchema(AreaRulesSchema, options) as {
      type?: string;
      properties?: Record<string, unknown>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['levels', 'consent', 'escalation', 'frontDoor', 'riskMatrices']),
    );
    expect(() => z.toJSONSchema(ConceptSchema, options)).not.toThrow();
    expect(() => z.toJSONSchema(RuleDifferenceSchema, options)).not.toThrow();
  });
});

describe('level responses make sense for their band', () => {
  const areas = Object.values(rulesByArea);
  it('level 1 is universal access everywhere; level 4 includes a section 47 enquiry everywhere', () => {
    for (const rules of areas) {
      expect(
        rules.levels[0]!.serviceResponses.map((r) => r.kind),
        rules.area,
      ).toContain('universal_direct_access');
      expect(
        rules.levels[3]!.serviceResponses.map((r) => r.kind),
        rules.area,
      ).toContain('s47_enquiry');
    }
  });
  it('no area offers a statutory response at level 1 or 2', () => {
    const statutory = new Set(['s47_enquiry', 'cp_plan', 'accommodation', 'strategy_discussion']);
    for (const rules of areas) {
      for (const level of rules.levels.slice(0, 2)) {
        expect(
          level.serviceResponses.filter((r) => statutory.has(r.kind)),
          `${rules.area} L${level.ordinal}`,
        ).toEqual([]);
      }
    }
  });
});
