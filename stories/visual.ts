/**
 * Marks a story as a visual-regression target: the local screenshot test (test/visual) renders every
 * story tagged `visual` at 375 px and 1280 px, and Chromatic snapshots it in the same two modes.
 * Use it on each component's all-states story only; other stories are behaviour and axe tests.
 */
export const VISUAL_VIEWPORTS = { narrow: 375, wide: 1280 } as const;

export const visualStory = {
  tags: ['visual'],
  parameters: {
    chromatic: {
      disableSnapshot: false,
      modes: {
        narrow: { viewport: VISUAL_VIEWPORTS.narrow },
        wide: { viewport: VISUAL_VIEWPORTS.wide },
      },
    },
  },
};
