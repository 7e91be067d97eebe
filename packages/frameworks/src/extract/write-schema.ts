/**
 * `npm run schema`: write the JSON Schema export of the data model to `data/schema.json`
 * (also done by `npm run extract`). Run it after changing any zod schema, including `src/rules/schema.ts`.
 */
import { writeFileSync } from 'node:fs';
import { jsonSchemaDocument } from '../json-schema.ts';
import { DATA_DIR, serialiseJson } from './extract-all.ts';

const path = `${DATA_DIR}/schema.json`;
writeFileSync(path, serialiseJson(jsonSchemaDocument()));
console.log(`wrote ${path}`);
