/**
 * Opening the built course in the stand-in LMS for a test, and reading back what it wrote: every interaction
 * reconstructed from the recorded SetValue calls, checked against the standard's format.
 */
import type { CourseArea, ScormStandard } from '@levelwise/course/build';
import type { BrowserContext, ConsoleMessage, Frame, Page } from 'playwright-core';
import { calls, courseFrame, openLms, type RecordedCall } from '../lms/harness.ts';
import type { LmsServer } from '../lms/server.ts';

export interface OpenCourse {
  page: Page;
  frame: Frame;
  /** Console errors and uncaught exceptions in the LMS page and the course. */
  errors: string[];
}

/** The LMS page URL for one area and standard (the server serves e2e/dist/content at /content/). */
export function courseUrl(
  server: LmsServer,
  area: CourseArea,
  standard: ScormStandard,
  extra: Record<string, string | number | boolean | undefined> = {},
): string {
  const folder = `${area}-${standard === '1.2' ? 'scorm12' : 'scorm2004'}`;
  return server.lmsUrl({
    standard,
    strict: 1,
    mastery: 80,
    key: `e2e-${folder}`,
    launch: `/content/${folder}/index.html`,
    ...extra,
  });
}

export async function openCourse(context: BrowserContext, url: string): Promise<OpenCourse> {
  const errors: string[] = [];
  const page = await openLms(context, url);
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const frame = await courseFrame(page);
  await frame.waitForSelector('h1', { timeout: 30_000 });
  return { page, frame, errors };
}

/** After leaving (lms.leave()), relaunch the course in the same LMS page and wait for its first screen. */
export async function relaunch(page: Page): Promise<Frame> {
  await page.evaluate(() =>
    (window as unknown as { lms: { relaunch: () => Promise<unknown> } }).lms.relaunch(),
  );
  const frame = await courseFrame(page);
  await frame.waitForSelector('h1', { timeout: 30_000 });
  return frame;
}

export interface WrittenInteraction {
  index: number;
  /** Element name (after `cmi.interactions.N.`) → value, in the order written. */
  fields: [string, string][];
  get(field: string): string | undefined;
}

/** Every interaction the course wrote, from the LMS's call log (1.2 interactions cannot be read back). */
export function writtenInteractions(list: readonly RecordedCall[]): WrittenInteraction[] {
  const byIndex = new Map<number, [string, string][]>();
  for (const call of list) {
    if (!/SetValue$/.test(call.method)) continue;
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(call.args[0] ?? '');
    if (!m) continue;
    const index = Number(m[1]);
    const fields = byIndex.get(index) ?? [];
    fields.push([m[2]!, call.args[1] ?? '']);
    byIndex.set(index, fields);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, fields]) => ({
      index,
      fields,
      get: (field: string) => fields.findLast(([f]) => f === field)?.[1],
    }));
}

/** Problems with the interactions' format for the standard, in words; empty when all are right. */
export function interactionFormatProblems(
  standard: ScormStandard,
  list: readonly WrittenInteraction[],
): string[] {
  const problems: string[] = [];
  list.forEach((interaction, position) => {
    const where = `interaction ${interaction.index} (${interaction.get('id')})`;
    if (interaction.index !== position) problems.push(`${where}: index gap (expected ${position})`);
    const [first, second] = interaction.fields;
    if (first?.[0] !== 'id' || second?.[0] !== 'type')
      problems.push(`${where}: id and type must be written first`);
    const id = interaction.get('id') ?? '';
    const type = interaction.get('type') ?? '';
    const result = interaction.get('result') ?? '';
    if (standard === '1.2') {
      if (!/^[A-Za-z0-9_-]{1,255}$/.test(id)) problems.push(`${where}: 1.2 id "${id}"`);
      if (!['choice', 'matching', 'likert', 'sequencing'].includes(type))
        problems.push(`${where}: type ${type}`);
      if (!['correct', 'wrong', 'neutral', 'unanticipated'].includes(result))
        problems.push(`${where}: result ${result}`);
      const response = interaction.get('student_response') ?? '';
      const ok =
        type === 'matching'
          ? /^([0-9a-z]\.[0-9a-z])(,[0-9a-z]\.[0-9a-z])*$/.test(response)
          : /^([0-9a-z](,[0-9a-z])*)?$/.test(response);
      if (!ok) problems.push(`${where}: 1.2 student_response "${response}" for ${type}`);
      if (interaction.get('description') !== undefined) problems.push(`${where}: 1.2 has no description`);
    } else {
      if (!/^[^\s]{1,4000}$/.test(id)) problems.push(`${where}: 2004 id "${id}"`);
      if (!['choice', 'matching', 'likert', 'sequencing'].includes(type))
        problems.push(`${where}: type ${type}`);
      if (!['correct', 'incorrect', 'neutral', 'unanticipated'].includes(result))
        problems.push(`${where}: result ${result}`);
      const response = interaction.get('learner_response') ?? '';
      const token = '[^\\s\\[\\]]+';
      const ok =
        type === 'matching'
          ? new RegExp(`^${token}\\[\\.\\]${token}(\\[,\\]${token}\\[\\.\\]${token})*$`).test(response)
          : type === 'likert'
            ? new RegExp(`^${token}$`).test(response)
            : new RegExp(`^(${token}(\\[,\\]${token})*)?$`).test(response);
      if (!ok) problems.push(`${where}: 2004 learner_response "${response}" for ${type}`);
      const description = interaction.get('description');
      if (description !== undefined && description.length > 250)
        problems.push(`${where}: description over 250`);
      const timestamp = interaction.get('timestamp') ?? '';
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}:\d{2})?$/.test(timestamp))
        problems.push(`${where}: timestamp "${timestamp}"`);
    }
  });
  return problems;
}

/** Calls the LMS refused, or that a strict LMS would refuse. */
export function refusedCalls(list: readonly RecordedCall[]): string[] {
  return list
    .filter(
      (c) =>
        c.violation ||
        c.rejectedByStrict ||
        c.threw ||
        (c.error !== '0' &&
          c.error !== '' &&
          !/GetValue$|GetLastError$|GetErrorString$|GetDiagnostic$/.test(c.method)),
    )
    .map((c) => `${c.method}(${c.args.join(', ')}) → ${c.result} [${c.error}] ${c.violation ?? ''}`);
}

export { calls };
