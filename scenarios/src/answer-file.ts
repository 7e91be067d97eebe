import { z } from 'zod';
import { CONSENT_DECISIONS, RESPONSE_KINDS } from './areas.ts';
import type { StageAnswer } from './scoring.ts';
import { levelSchema, triangleDomainSchema } from './vignette.schema.ts';

/** A learner's answers to one vignette, as the CLI `score` command reads them (JSON): one entry per stage. */
export const stageAnswerSchema = z
  .object({
    // A fact is its id, or { id, domain } when the learner also placed it on the triangle.
    facts: z.array(
      z.union([
        z
          .string()
          .min(1)
          .transform((id) => ({ id })),
        z.object({ id: z.string().min(1), domain: triangleDomainSchema.optional() }).strict(),
      ]),
    ),
    level: levelSchema,
    response: z.enum(RESPONSE_KINDS),
    consent: z.enum(CONSENT_DECISIONS),
    confidence: z.literal([1, 2, 3, 4, 5]),
  })
  .strict();

const stagesSchema = z.array(stageAnswerSchema).min(1);
const wrappedSchema = z.object({ stages: stagesSchema }).strict();

export type AnswerFileResult = { ok: true; answers: StageAnswer[] } | { ok: false; errors: string[] };

/** Parses an answer file's text; every error names the file and the field. */
export function parseAnswerFile(text: string, file: string): AnswerFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${file}: not valid JSON (${(error as Error).message})`] };
  }
  // Two accepted shapes: a bare array of stage answers, or { stages: [...] }. Parsing each shape on its
  // own (rather than as a union) keeps the errors specific to the field.
  const parsed = Array.isArray(data) ? stagesSchema.safeParse(data) : wrappedSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (i) => `${file}: ${i.path.map(String).join('.') || '(root)'}: ${i.message}`,
      ),
    };
  }
  const stages = Array.isArray(parsed.data) ? parsed.data : parsed.data.stages;
  return { ok: true, answers: stages as StageAnswer[] };
}
