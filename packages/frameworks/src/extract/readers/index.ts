/**
 * The registered per-area matrix readers. Each reader lives in `./<area>.ts`, exports `readMatrix` and may
 * export `knownCountDifferences` (documented differences from the source-notes per-cell counts).
 */
import type { AreaId, AreaMatrixReader, KnownCountDifference } from '../reader-types.ts';
import * as dudley from './dudley.ts';
import * as nottinghamCity from './nottingham-city.ts';
import * as sandwell from './sandwell.ts';
import * as stokeOnTrent from './stoke-on-trent.ts';
import * as telfordWrekin from './telford-wrekin.ts';

interface ReaderModule {
  readMatrix: AreaMatrixReader;
  knownCountDifferences?: readonly KnownCountDifference[];
}

const MODULES: Readonly<Partial<Record<AreaId, ReaderModule>>> = {
  'telford-wrekin': telfordWrekin,
  sandwell,
  'stoke-on-trent': stokeOnTrent,
  'nottingham-city': nottinghamCity,
  dudley,
};

export const MATRIX_READERS: Readonly<Partial<Record<AreaId, AreaMatrixReader>>> = Object.fromEntries(
  Object.entries(MODULES).map(([area, mod]) => [area, mod.readMatrix]),
);

export const KNOWN_COUNT_DIFFERENCES: Readonly<Partial<Record<AreaId, readonly KnownCountDifference[]>>> =
  Object.fromEntries(Object.entries(MODULES).map(([area, mod]) => [area, mod.knownCountDifferences ?? []]));
