import { composeStories, type composeStory } from '@storybook/react-vite';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';

/**
 * Visual regression: every story tagged `visual` (each component's all-states story) is rendered
 * at a narrow (375 px) and a wide (1280 px) viewport and compared, pixel for pixel, with the baseline
 * committed in test/visual/__screenshots__. Failures write the actual and diff images to
 * test/visual/.review (git-ignored); `npm run visual:review` lists them, `npm run visual:update` accepts them.
 */
const VIEWPORTS = [
  { name: 'narrow', width: 375, height: 800 },
  { name: 'wide', width: 1280, height: 800 },
] as const;

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ReturnType<typeof composeStory>;
const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });

let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
  root = undefined;
  host = undefined;
});

/**
 * The first screenshot of a fresh page rendered native form controls (a <select>'s text) a fraction of a
 * pixel differently from every later one, so a story's pixels depended on whether it ran alone (`-t`) or
 * after another. Warming the page up with one throwaway render of the same kinds of content makes every
 * story render as it does mid-run, alone or not.
 */
beforeAll(async () => {
  await page.viewport(1280, 800);
  const warm = document.createElement('div');
  warm.innerHTML =
    '<p>Warm-up</p><label>Choose <select><option>All domains</option></select></label><input value="text">';
  document.body.append(warm);
  await fontsReady();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await page.viewport(375, 800);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  warm.remove();
});

async function fontsReady() {
  await document.fonts.load('400 16px "Atkinson Hyperlegible"');
  await document.fonts.load('700 16px "Atkinson Hyperlegible"');
  await document.fonts.ready;
}

for (const [file, mod] of Object.entries(modules)) {
  const composed = composeStories(mod) as Record<string, ComposedStory>;
  for (const [exportName, Story] of Object.entries(composed)) {
    if (!Story.tags?.includes('visual')) continue;
    describe(`${file.replace('../../stories/', '')} ${exportName}`, () => {
      for (const viewport of VIEWPORTS) {
        test(`${Story.id} at ${viewport.width}px`, async () => {
          await page.viewport(viewport.width, viewport.height);
          host = document.createElement('div');
          host.dataset.visualTarget = Story.id;
          document.body.append(host);
          root = createRoot(host);
          root.render(<Story />);
          await expect.poll(() => host?.childElementCount ?? 0).toBeGreaterThan(0);
          await fontsReady();
          // Grow the viewport to the story's full height: content below the fold is not painted in a screenshot.
          const height = Math.ceil(host.getBoundingClientRect().height);
          if (height > viewport.height) await page.viewport(viewport.width, height);
          await expect.element(host).toMatchScreenshot(`${Story.id}--${viewport.name}`);
        });
      }
    });
  }
}
