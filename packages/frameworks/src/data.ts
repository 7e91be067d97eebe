/**
 * The shipped extraction output. The runtime API reads these JSON files (never the seeds), so consumers need
 * nothing from ../shared at run time. The files are validated against `AreaDataSchema` in the tests.
 */

import conceptsData from '../data/concepts.json' with { type: 'json' };
import dudley from '../data/dudley.json' with { type: 'json' };
import nottinghamCity from '../data/nottingham-city.json' with { type: 'json' };
import sandwell from '../data/sandwell.json' with { type: 'json' };
import stokeOnTrent from '../data/stoke-on-trent.json' with { type: 'json' };
import telfordWrekin from '../data/telford-wrekin.json' with { type: 'json' };
import type { AreaData, AreaId, ConceptsData } from './schema.ts';

export const AREA_DATA: Readonly<Record<AreaId, AreaData>> = {
  'telford-wrekin': telfordWrekin as unknown as AreaData,
  sandwell: sandwell as unknown as AreaData,
  'stoke-on-trent': stokeOnTrent as unknown as AreaData,
  'nottingham-city': nottinghamCity as unknown as AreaData,
  dudley: dudley as unknown as AreaData,
};

/** The curated cross-area concepts, each member resolved to an indicator id at extraction time. */
export const CONCEPTS_DATA: ConceptsData = conceptsData as unknown as ConceptsData;
