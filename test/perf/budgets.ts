/** The course's performance budgets (issue 7). A figure over its budget fails the perf run; under it, it is reported. */
export const BUDGETS = {
  /** Each SCORM zip, fonts included. */
  zipBytes: 1024 * 1024,
  /** JavaScript needed for the first screen, gzip. */
  firstScreenJsGzipBytes: 150 * 1024,
  /** Launch to interactive first screen in the stand-in LMS, Chromium, 4× CPU throttling. */
  launchToInteractiveMs: 1500,
  /** Main-thread work per learner interaction on the same throttled CPU. */
  interactionMs: 50,
  /** suspend_data after completing everything: SCORM 1.2's limit. */
  suspendDataChars: 4096,
  /** Requests to any origin other than the package's own. */
  foreignRequests: 0,
} as const;

export const CPU_THROTTLING_RATE = 4;

export interface Figure {
  name: string;
  value: number;
  budget: number;
  unit: string;
  detail?: string;
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${Number.isInteger(f.value) ? f.value : f.value.toFixed(1)} ${f.unit}`,
    `${f.budget} ${f.unit}`,
    f.value <= f.budget ? 'ok' : 'OVER BUDGET',
    f.detail ?? '',
  ]);
  const head = ['figure', 'measured', 'budget', 'verdict', 'detail'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
