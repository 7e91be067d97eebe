/**
 * Render cost of the largest threshold matrix (Telford & Wrekin: 314 indicators, 11 dimensions) in a real
 * browser page. A benchmark, not a test: it asserts nothing and returns figures for the perf harness, which
 * bundles this file with Vite and runs it in Chromium (see test/README or the harness for budgets).
 *
 * Each figure is milliseconds from a synchronous React commit (createRoot + flushSync, no act()) to the end of
 * the layout that commit causes (a forced layout read), so it includes style and layout, not only React.
 * Median of `runs` repetitions; each repetition starts from the state the previous one left.
 */
import { getFramework } from '@levelwise/frameworks';
import {
  EMPTY_MATRIX_FILTER,
  type MatrixFilter,
  matrixFromFramework,
  ThresholdMatrix,
} from '@levelwise/ui/matrix';
import '@levelwise/ui/theme.css';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export interface MatrixRenderFigures {
  /** Mount of the full matrix (all 314 indicators, table view). */
  firstRenderMs: number;
  /** One filter change: the level filter toggled between [4] and none. */
  filterChangeMs: number;
  /** One keystroke of a search: "s", "sc", … "school" and back, per commit. */
  searchMs: number;
  /** Indicators rendered at mount, as a check that the whole matrix was drawn. */
  indicatorCount: number;
  runs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 100) / 100;
}

export async function measureMatrixRender({
  runs = 7,
}: {
  runs?: number;
} = {}): Promise<MatrixRenderFigures> {
  const { areaName: _areaName, ...data } = matrixFromFramework(getFramework('telford-wrekin'));
  const host = document.createElement('div');
  host.className = 'lw-root';
  host.style.width = '1280px';
  document.body.append(host);

  const noop = () => {};
  const render = (root: ReturnType<typeof createRoot>, value: MatrixFilter) => {
    const start = performance.now();
    flushSync(() => {
      root.render(createElement(ThresholdMatrix, { ...data, id: 'perf-matrix', value, onValueChange: noop }));
    });
    host.getBoundingClientRect(); // force style and layout inside the measurement
    return performance.now() - start;
  };
  const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  const firsts: number[] = [];
  let indicatorCount = 0;
  for (let i = 0; i < runs; i++) {
    const root = createRoot(host);
    firsts.push(render(root, EMPTY_MATRIX_FILTER));
    indicatorCount = host.querySelectorAll('li[data-indicator-id]').length;
    root.unmount();
    await settle();
  }

  const root = createRoot(host);
  render(root, EMPTY_MATRIX_FILTER);
  await settle();

  const filters: number[] = [];
  for (let i = 0; i < runs; i++) {
    filters.push(render(root, { ...EMPTY_MATRIX_FILTER, levels: [4] }));
    await settle();
    filters.push(render(root, EMPTY_MATRIX_FILTER));
    await settle();
  }

  const searches: number[] = [];
  const word = 'school';
  for (let i = 0; i < runs; i++) {
    for (let n = 1; n <= word.length; n++) {
      searches.push(render(root, { ...EMPTY_MATRIX_FILTER, query: word.slice(0, n) }));
      await settle();
    }
    searches.push(render(root, EMPTY_MATRIX_FILTER));
    await settle();
  }

  root.unmount();
  host.remove();
  return {
    firstRenderMs: median(firsts),
    filterChangeMs: median(filters),
    searchMs: median(searches),
    indicatorCount,
    runs,
  };
}
