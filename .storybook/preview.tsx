import type { Decorator, Preview } from '@storybook/react-vite';
import '@levelwise/ui/theme.css';
import './preview.css';

/** Wraps every story in the Levelwise root with the chosen theme, so tokens and fonts apply. */
const withTheme: Decorator = (Story, context) => {
  const theme = (context.globals.theme as string | undefined) ?? 'default';
  return (
    <div className="lw-root lw-story-root" data-lw-theme={theme}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Levelwise theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default' },
  parameters: {
    layout: 'padded',
    // Chromatic snapshots only the all-states stories (see stories/visual.ts), like the local visual test.
    chromatic: { disableSnapshot: true, pauseAnimationAtEnd: true, prefersReducedMotion: 'reduce' },
    controls: { matchers: { color: /(background|color)$/i } },
    // Every story is an axe test: a violation fails the story test run (WCAG 2.2 AA rules).
    a11y: {
      test: 'error',
      options: {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
