/** axe-core in the course frame: the violations on the screen as it is now, in words for a failure message. */
import axe from 'axe-core';
import type { Frame } from 'playwright-core';

export interface AxeFinding {
  screen: string;
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function axeViolations(frame: Frame, screen: string): Promise<AxeFinding[]> {
  const loaded = await frame.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await frame.evaluate(axe.source);
  const results = await frame.evaluate(async () => {
    const api = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const r = await api.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return results.map((r) => ({ screen, ...r }));
}

export const describeFindings = (findings: readonly AxeFinding[]): string =>
  findings
    .map((f) => `[${f.screen}] ${f.rule} (${f.impact}): ${f.help} — ${f.targets.join(', ')}`)
    .join('\n');
