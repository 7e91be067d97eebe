/**
 * Reviewed mapping from each area's local dimensions (keyed by `slugify(label)`) to the canonical Assessment
 * Framework dimensions (source-notes §8 "DimensionMapping"). The pipeline fails when a reader produces a
 * dimension with no entry here, and when an entry here matches no dimension of a registered reader, so label
 * drift is caught at extraction time.
 */
import type { CanonicalDimensionId, DimensionMapping } from '../schema.ts';
import type { AreaId } from './reader-types.ts';

export type MappingEntry = Omit<DimensionMapping, 'area' | 'dimensionId'>;

const eq = (target: CanonicalDimensionId, note?: string): MappingEntry => ({
  targets: [target],
  relation: 'equivalent',
  confidence: 'high',
  ...(note ? { note } : {}),
});
const merged = (
  targets: CanonicalDimensionId[],
  confidence: MappingEntry['confidence'] = 'high',
  note?: string,
): MappingEntry => ({ targets, relation: 'merged-of', confidence, ...(note ? { note } : {}) });
const narrower = (target: CanonicalDimensionId, note: string): MappingEntry => ({
  targets: [target],
  relation: 'narrower',
  confidence: 'high',
  note,
});

const PARENTING_ALL: CanonicalDimensionId[] = [
  'basic-care',
  'ensuring-safety',
  'emotional-warmth',
  'stimulation',
  'guidance-boundaries',
  'stability',
];
const FAMILY_ALL: CanonicalDimensionId[] = [
  'family-history-functioning',
  'wider-family',
  'housing',
  'employment',
  'income',
  'family-social-integration',
  'community-resources',
];

/** Telford and Sandwell share one West Midlands template (source-notes §1.3.3). */
const WEST_MIDLANDS_TEMPLATE: Record<string, MappingEntry> = {
  'basic-care-safety-protection': merged(['basic-care', 'ensuring-safety']),
  'emotional-warmth-stability': merged(['emotional-warmth', 'stability']),
  'guidance-boundaries-stimulation': merged(['guidance-boundaries', 'stimulation']),
  'housing-employment-finance': merged(['housing', 'employment', 'income']),
  'social-community-resources': merged(['family-social-integration', 'community-resources']),
  'learning-education': eq('education'),
  health: eq('health'),
  'social-emotional-behavioural-identity': merged(
    ['emotional-behavioural-development', 'identity'],
    'high',
    'Merges emotional and behavioural development with identity (source-notes §8).',
  ),
  'family-social-relationships': eq('family-social-relationships'),
  'self-care-independence': eq('self-care-skills', 'Self-care skills, framed as independence.'),
};

const FAMILY_WELLBEING = merged(
  ['family-history-functioning', 'wider-family'],
  'medium',
  "The family-and-environment counterpart of the child's relationships: family functioning, wellbeing and wider family.",
);

export const DIMENSION_MAPPINGS: Readonly<Record<AreaId, Readonly<Record<string, MappingEntry>>>> = {
  'telford-wrekin': {
    ...WEST_MIDLANDS_TEMPLATE,
    'family-social-relationships-family-wellbeing': FAMILY_WELLBEING,
  },
  sandwell: {
    ...WEST_MIDLANDS_TEMPLATE,
    'family-social-relationships-family-well-being': FAMILY_WELLBEING,
  },
  'stoke-on-trent': {
    health: eq('health'),
    'education-learning': eq('education'),
    'emotional-behavioural-development': eq('emotional-behavioural-development'),
    'emotional-development': narrower(
      'emotional-behavioural-development',
      'Levels 3–4 split the L1–2 heading.',
    ),
    'behavioural-development': narrower(
      'emotional-behavioural-development',
      'Levels 3–4 split the L1–2 heading.',
    ),
    'behavioural-development-continued': {
      targets: [
        'emotional-behavioural-development',
        'basic-care',
        'ensuring-safety',
        'family-history-functioning',
      ],
      relation: 'overlaps',
      confidence: 'low',
      note: 'Suspect heading (source-notes §3.3.3): printed in the child column at Level 4 but holds mostly parent and family items.',
    },
    'identity-self-esteem': eq('identity'),
    'family-social-relationships': eq('family-social-relationships'),
    'social-presentation': eq('social-presentation'),
    'self-care-skills': eq('self-care-skills'),
    exploitation: eq('extra-familial-harm'),
    'other-indicators': {
      targets: [],
      relation: 'none',
      confidence: 'high',
      note: 'A Level 4 catch-all heading (private fostering, disability, etc.) with no triangle counterpart.',
    },
    'basic-care-safety-protection': merged(['basic-care', 'ensuring-safety']),
    'emotional-warmth': eq('emotional-warmth'),
    'guidance-boundaries-stimulation': merged(['guidance-boundaries', 'stimulation']),
    'family-history-functioning': eq('family-history-functioning'),
    'housing-employment-finance': merged(['housing', 'employment', 'income']),
    'family-social-integration': eq('family-social-integration'),
    'community-resources': eq('community-resources'),
  },
  'nottingham-city': {
    health: eq('health'),
    'education-learning': eq('education'),
    'emotional-behavioural-development': eq('emotional-behavioural-development'),
    identity: eq('identity'),
    'family-social-relationship': eq('family-social-relationships'),
    'self-care-skills-social-presentation': merged(
      ['self-care-skills', 'social-presentation'],
      'high',
      'Printed as "Self-Care Skills:" alone at Level 4.',
    ),
    'basic-care-protection': merged(['basic-care', 'ensuring-safety']),
    'emotional-warmth-stability': merged(['emotional-warmth', 'stability']),
    'guidance-boundaries-stimulation': merged(['guidance-boundaries', 'stimulation']),
    'family-history-functioning': eq('family-history-functioning'),
    'housing-employment-finance': merged(['housing', 'employment', 'income']),
    'family-social-integration': eq('family-social-integration'),
    'community-resources': eq('community-resources'),
  },
  dudley: {
    education: eq('education'),
    'emotional-behavioural-development': eq('emotional-behavioural-development'),
    'health-care-protection': merged(['health', 'basic-care', 'ensuring-safety'], 'medium'),
    'parents-carers': merged(
      [...PARENTING_ALL, ...FAMILY_ALL],
      'medium',
      'One first-person theme that merges parenting capacity and family/environmental factors (domain "mixed").',
    ),
    'risks-outside-my-home': eq('extra-familial-harm'),
  },
};
