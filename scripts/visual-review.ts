/**
 * `npm run visual:review`: after a failed visual run, writes test/visual/.review/index.html showing each
 * changed screenshot as baseline | actual | diff, and prints its path. Accept the changes with
 * `npm run visual:update`, then commit the new baselines in test/visual/__screenshots__.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reviewDir = path.join(root, 'test/visual/.review');
const baselineDir = path.join(root, 'test/visual/__screenshots__');

const actuals = existsSync(reviewDir) ? readdirSync(reviewDir).filter((f) => f.includes('-actual-')) : [];
if (actuals.length === 0) {
  console.log(
    'No visual differences to review: the last visual run matched every baseline (or has not run).',
  );
  process.exit(0);
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const rows = actuals.sort().map((actual) => {
  const baseline = actual.replace('-actual-', '-');
  const diff = actual.replace('-actual-', '-diff-');
  const baselinePath = path.join(baselineDir, baseline);
  const img = (src: string, alt: string) =>
    `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"><figcaption>${escapeHtml(alt)}</figcaption></figure>`;
  return `<section><h2>${escapeHtml(baseline.replace(/-chromium\.png$/, ''))}</h2><div class="row">${
    existsSync(baselinePath)
      ? img(path.relative(reviewDir, baselinePath), 'Baseline')
      : '<p>No baseline yet.</p>'
  }${img(actual, 'Actual')}${existsSync(path.join(reviewDir, diff)) ? img(diff, 'Difference') : ''}</div></section>`;
});

const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Levelwise visual review</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}.row{display:flex;gap:1rem;flex-wrap:wrap;align-items:flex-start}figure{margin:0}img{max-width:100%;border:1px solid #b1b4b6}</style>
<h1>Visual changes to review (${actuals.length})</h1>
<p>Accept with <code>npm run visual:update</code> and commit <code>test/visual/__screenshots__</code>.</p>
${rows.join('\n')}</html>`;
const out = path.join(reviewDir, 'index.html');
writeFileSync(out, html);
for (const a of actuals) console.log(`changed: ${a.replace('-actual-', '-')}`);
console.log(`\nReview: file://${out}`);
