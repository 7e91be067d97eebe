/**
 * JSON Schema (draft 2020-12) export of the data model, generated from the zod schemas with `z.toJSONSchema`.
 * `npm run schema` (`extract/write-schema.ts`) or `npm run extract` writes it to `data/schema.json`; `$defs` holds one entry per record
 * type (`ConceptsData` describes `data/concepts.json`) and the document as a whole describes a
 * `data/<area>.json` file.
 */
import { z } from 'zod';
import { RuleDifferenceSchema } from './concepts/schema.ts';
import {
  AreaDataSchema,
  CanonicalDimensionSchema,
  ConceptsDataSchema,
  DimensionMappingSchema,
  DomainSchema,
  FrameworkSchema,
  IndicatorSchema,
  LocalDimensionSchema,
  ResolvedConceptSchema,
  SourceSpanSchema,
} from './schema.ts';

const DEFINITIONS: Readonly<Record<string, z.ZodType>> = {
  AreaData: AreaDataSchema,
  Framework: FrameworkSchema,
  ConceptsData: ConceptsDataSchema,
  ResolvedConcept: ResolvedConceptSchema,
  RuleDifference: RuleDifferenceSchema,
  Indicator: IndicatorSchema,
  LocalDimension: LocalDimensionSchema,
  DimensionMapping: DimensionMappingSchema,
  CanonicalDimension: CanonicalDimensionSchema,
  Domain: DomainSchema,
  SourceSpan: SourceSpanSchema,
};

function convert(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw' }) as Record<
    string,
    unknown
  >;
  const { $schema: _drop, ...rest } = json;
  if (JSON.stringify(rest).includes('"$ref"')) {
    // Every definition is emitted self-contained, so nesting it under $defs cannot break a reference.
    throw new Error('JSON Schema export produced a $ref; make the definition self-contained');
  }
  return rest;
}

/** The whole JSON Schema document written to `data/schema.json`. */
export function jsonSchemaDocument(): Record<string, unknown> {
  const $defs: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(DEFINITIONS)) $defs[name] = convert(schema);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://levelwise.invalid/frameworks/schema.json',
    title: 'Levelwise frameworks: one area’s extracted threshold matrix (data/<area>.json)',
    $ref: '#/$defs/AreaData',
    $defs,
  };
}
