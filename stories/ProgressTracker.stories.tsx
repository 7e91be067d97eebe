import {
  courseSteps,
  levelwiseCourseSteps,
  ProgressTracker,
  progressTrackerExamples,
} from '@levelwise/ui/progress-tracker';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { visualStory } from './visual.ts';

const meta = {
  title: 'Components/ProgressTracker',
  component: ProgressTracker,
  args: {
    id: 'progress',
    steps: courseSteps(levelwiseCourseSteps, 3, { lockAfterCurrent: 3 }),
  },
  argTypes: {
    steps: { control: false },
    value: { control: false },
    layout: { control: { type: 'inline-radio' }, options: ['vertical', 'horizontal'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Where the learner is in the course, in the GOV.UK task list pattern: an ordered list of steps (welcome, four ' +
          'learning modules, practice cases, assessment, results), each with an icon and a status tag in words ' +
          '("Completed", "In progress", "Not yet started", "Cannot start yet") and a "3 of 8 complete" summary that is ' +
          'announced politely when it changes. The step in progress has `aria-current="step"`. With `onStepSelect`, ' +
          'completed steps become buttons (only those: a locked or future step is never a tab stop) and the tracker is ' +
          'a navigation landmark; `value`/`defaultValue`/`onValueChange` hold the completed step being revisited. ' +
          '`layout="horizontal"` is a compact row for wide screens that falls back to the vertical list below 48rem. ' +
          'See packages/ui/src/progress-tracker/README.md.',
      },
    },
  },
} satisfies Meta<typeof ProgressTracker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Middle: Story = {
  name: '3 of 8 complete',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Your progress' });
    await expect(within(region).getByText('3 of 8 complete')).toBeVisible();
    const list = within(region).getByRole('list');
    await expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    await expect(items).toHaveLength(8);
    // Every status is a word in the item, not only an icon or colour.
    await expect(items[0]).toHaveTextContent('Completed');
    await expect(items[3]).toHaveTextContent('In progress');
    await expect(items[3]).toHaveAttribute('aria-current', 'step');
    await expect(items[4]).toHaveTextContent('Not yet started');
    await expect(items[7]).toHaveTextContent('Cannot start yet');
    // Without onStepSelect nothing is a control.
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
  },
};

export const Start: Story = {
  name: 'Just started',
  args: { steps: courseSteps(levelwiseCourseSteps, 0, { lockAfterCurrent: 3 }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('0 of 8 complete')).toBeVisible();
    await expect(canvasElement.querySelectorAll('li[data-status="locked"]').length).toBe(3);
  },
};

export const AllDone: Story = {
  name: 'All complete',
  args: { steps: courseSteps(levelwiseCourseSteps, 8) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('All 8 complete')).toBeVisible();
    await expect(canvasElement.querySelector('.lw-progress')).toHaveAttribute('data-state', 'complete');
  },
};

export const KeyboardNavigation: Story = {
  name: 'Keyboard: revisit completed steps only',
  args: { onStepSelect: fn(), onValueChange: fn() },
  render: (args) => (
    <div>
      <button type="button">Before</button>
      <ProgressTracker {...args} />
      <button type="button">After</button>
    </div>
  ),
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: 'Your progress' });
    const buttons = within(nav).getAllByRole('button');
    await step('Only the three completed steps are tab stops', async () => {
      await expect(buttons.map((b) => b.textContent)).toEqual([
        'Welcome',
        'Module 1: levels of need',
        'Module 2: the assessment triangle',
      ]);
      await userEvent.click(canvas.getByRole('button', { name: 'Before' }));
      await userEvent.tab();
      await expect(buttons[0]).toHaveFocus();
      // Each button is described by its hint and its status.
      await expect(buttons[0]).toHaveAccessibleDescription('How the course works, about 5 minutes Completed');
      await userEvent.tab();
      await userEvent.tab();
      await expect(buttons[2]).toHaveFocus();
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'After' })).toHaveFocus();
    });
    await step('Enter opens a completed step; it is marked as being revisited', async () => {
      await userEvent.tab({ shift: true });
      await expect(buttons[2]).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(args.onStepSelect).toHaveBeenLastCalledWith('module-2');
      await expect(args.onValueChange).toHaveBeenLastCalledWith('module-2');
      await expect(buttons[2]).toHaveAttribute('aria-current', 'page');
      await expect(within(nav).getByText('(you are looking at this again)')).toBeVisible();
      await userEvent.tab({ shift: true });
      await userEvent.keyboard(' ');
      await expect(args.onStepSelect).toHaveBeenLastCalledWith('module-1');
      await expect(buttons[2]).not.toHaveAttribute('aria-current');
    });
  },
};

export const Controlled: Story = {
  name: 'Controlled: the host completes a step',
  render: function ControlledTracker(args) {
    const [done, setDone] = useState(3);
    const [viewing, setViewing] = useState<string | null>(null);
    return (
      <div>
        <ProgressTracker
          {...args}
          steps={courseSteps(levelwiseCourseSteps, done, { lockAfterCurrent: 3 })}
          value={viewing}
          onValueChange={setViewing}
          onStepSelect={() => {}}
        />
        <button type="button" onClick={() => setDone((d) => Math.min(8, d + 1))}>
          Finish this step
        </button>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByText('3 of 8 complete');
    await expect(summary).toHaveAttribute('aria-live', 'polite');
    await userEvent.click(canvas.getByRole('button', { name: 'Finish this step' }));
    await expect(summary).toHaveTextContent('4 of 8 complete');
    await expect(
      canvas.getByRole('button', { name: 'Module 3: using your threshold document' }),
    ).toBeVisible();
    await expect(canvasElement.querySelector('[aria-current="step"]')).toHaveTextContent('Module 4');
  },
};

export const Horizontal: Story = {
  name: 'Compact horizontal (wide) and vertical at 320 px',
  args: {
    layout: 'horizontal',
    steps: courseSteps(levelwiseCourseSteps, 5, { lockAfterCurrent: 2 }),
    onStepSelect: fn(),
  },
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <div style={{ width: 1100 }} data-testid="wide">
        <ProgressTracker {...args} id="progress-wide" title="Your progress (wide)" />
      </div>
      <div style={{ width: 320 }} data-testid="narrow">
        <ProgressTracker {...args} id="progress-narrow" title="Your progress (320 px)" />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const narrowList = within(canvas.getByTestId('narrow')).getByRole('list');
    await expect(getComputedStyle(narrowList).display).toBe('block');
    const narrow = canvas.getByTestId('narrow').querySelector<HTMLElement>('.lw-progress');
    await expect(narrow!.scrollWidth).toBeLessThanOrEqual(320);
    // The wide box is 1100 px whatever the viewport, so the container query puts the steps in one row.
    const wideList = within(canvas.getByTestId('wide')).getByRole('list');
    await expect(getComputedStyle(wideList).display).toBe('grid');
    const items = within(wideList).getAllByRole('listitem');
    await expect(items[0]!.getBoundingClientRect().top).toBe(items[7]!.getBoundingClientRect().top);
  },
};

export const HighContrast: Story = {
  name: 'High-contrast theme',
  globals: { theme: 'high-contrast' },
  args: { onStepSelect: fn() },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '2.5rem' }}>
      {progressTrackerExamples.map((example) => (
        <div key={example.name} data-example={example.name}>
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
            {example.description}
          </p>
          <ProgressTracker {...example.props} title={`Your progress (${example.name})`} />
        </div>
      ))}
      <div data-lw-theme="high-contrast" data-example="high-contrast">
        <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
          High-contrast theme
        </p>
        <ProgressTracker
          {...progressTrackerExamples[1]!.props}
          id="pt-hc"
          title="Your progress (high contrast)"
        />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.lw-progress').length).toBe(
      progressTrackerExamples.length + 1,
    );
  },
};
