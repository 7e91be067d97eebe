import { WindscreenContinuum } from '@levelwise/ui/windscreen';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AREA_LABELS, windscreenLevels } from './fixtures/areas.ts';
import { visualStory } from './visual.ts';

const telford = windscreenLevels('telford-wrekin');

const meta = {
  title: 'Components/WindscreenContinuum',
  component: WindscreenContinuum,
  args: {
    levels: telford,
    label: `${AREA_LABELS['telford-wrekin']} continuum of need`,
  },
  parameters: {
    docs: {
      description: {
        component: [
          "The continuum of need drawn as Telford & Wrekin's windscreen: curved bands from universal (widest: most children) to the most acute level (narrowest), with each area's own level names and descriptions from its threshold document.",
          'Read-only, it explains the continuum and can mark where a child is now and where they were (the marker moves: step up or step down, announced in words). Interactive, it is a radio group for choosing a level: Tab to reach it, arrow keys to move (Up/Right towards more need, Down/Left towards less), Home/End for the ends.',
          'Meaning never rests on colour: every band states its number and name, and carries a pattern (plain, sparse, dense, crossed) in its edge strip and the key.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof WindscreenContinuum>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReadOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: /continuum of need/ });
    const items = within(list).getAllByRole('listitem');
    await expect(items.map((i) => i.getAttribute('data-level'))).toEqual(['1', '2', '3', '4']);
    await expect(within(list).getByText('Vulnerable')).toBeVisible();
    // Nothing in read-only mode is a tab stop.
    await expect(canvasElement.querySelectorAll('[tabindex="0"]').length).toBe(0);
  },
};

export const StepUp: Story = {
  name: 'Step up (marker moves from level 2 to 3)',
  args: { previousLevel: 2, currentLevel: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Stepped up from level 2, Vulnerable to level 3, Complex.')).toBeVisible();
    const current = canvasElement.querySelector('[data-current="true"]');
    await expect(current).toHaveAttribute('data-level', '3');
    await expect(within(current as HTMLElement).getByText('Child is here')).toBeVisible();
    await expect(canvasElement.querySelector('[data-previous="true"]')).toHaveAttribute('data-level', '2');
  },
};

export const StepDown: Story = {
  name: 'Step down (from level 4 to 2)',
  args: { previousLevel: 4, currentLevel: 2 },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(/Stepped down from level 4, Acute to level 2, Vulnerable/),
    ).toBeVisible();
  },
};

export const Interactive: Story = {
  name: 'Interactive: keyboard walkthrough',
  args: { mode: 'interactive', onValueChange: fn() },
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('radiogroup', { name: /continuum of need/ });
    const radios = within(group).getAllByRole('radio');
    await step('Tab reaches the group on its first level; nothing is chosen yet', async () => {
      await userEvent.tab();
      await expect(radios[0]).toHaveFocus();
      await expect(radios.every((r) => r.getAttribute('aria-checked') === 'false')).toBe(true);
    });
    await step('Space chooses the focused level', async () => {
      await userEvent.keyboard(' ');
      await expect(radios[0]).toHaveAttribute('aria-checked', 'true');
      await expect(args.onValueChange).toHaveBeenLastCalledWith(1);
    });
    await step('Up arrow moves towards more need and chooses', async () => {
      await userEvent.keyboard('{ArrowUp}{ArrowUp}');
      await expect(radios[2]).toHaveFocus();
      await expect(radios[2]).toHaveAttribute('aria-checked', 'true');
      await expect(args.onValueChange).toHaveBeenLastCalledWith(3);
    });
    await step('End and Home jump to the ends; Down moves back', async () => {
      await userEvent.keyboard('{End}');
      await expect(radios[3]).toHaveAttribute('aria-checked', 'true');
      await userEvent.keyboard('{ArrowDown}');
      await expect(radios[2]).toHaveAttribute('aria-checked', 'true');
      await userEvent.keyboard('{Home}');
      await expect(radios[0]).toHaveAttribute('aria-checked', 'true');
    });
    await step('Only the chosen level is a tab stop, and Tab leaves the group', async () => {
      await expect(radios.filter((r) => r.tabIndex === 0)).toEqual([radios[0]]);
      await userEvent.tab();
      await expect(group.contains(document.activeElement)).toBe(false);
    });
    await step('Each radio is named by number, out of four, and local name', async () => {
      await expect(radios[1]).toHaveAccessibleName('Level 2 of 4, Vulnerable');
    });
  },
};

export const InteractiveWithPointer: Story = {
  name: 'Interactive: pointer',
  args: { mode: 'interactive', defaultValue: 2, onValueChange: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: /Vulnerable/ })).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(canvas.getByRole('radio', { name: /Acute/ }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(4);
    await expect(canvas.getByRole('radio', { name: /Acute/ })).toHaveAttribute('aria-checked', 'true');
  },
};

export const Disabled: Story = {
  args: { mode: 'interactive', defaultValue: 3, disabled: true, onValueChange: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: /Acute/ }));
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(canvas.getByRole('radiogroup')).toHaveAttribute('aria-disabled', 'true');
  },
};

export const Sandwell: Story = {
  name: 'Sandwell (long level names)',
  args: {
    levels: windscreenLevels('sandwell'),
    label: `${AREA_LABELS.sandwell} continuum of need`,
    currentLevel: 4,
  },
};

export const WithoutDescriptions: Story = {
  args: { showDescriptions: false, showLegend: false },
};

export const HighContrast: Story = {
  globals: { theme: 'high-contrast' },
  args: { mode: 'interactive', defaultValue: 3, previousLevel: 2, currentLevel: 3 },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <WindscreenContinuum
        id="ws-readonly"
        levels={telford}
        label="Telford & Wrekin: a child stepped up from Vulnerable to Complex"
        previousLevel={2}
        currentLevel={3}
      />
      <WindscreenContinuum
        id="ws-interactive"
        levels={windscreenLevels('sandwell')}
        label="Sandwell: choose a level"
        mode="interactive"
        defaultValue={4}
        showLegend={false}
      />
    </div>
  ),
};
