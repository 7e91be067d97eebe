import {
  ConfidenceScale,
  type ConfidenceScaleProps,
  confidenceScaleExamples,
  describeConfidence,
} from '@levelwise/ui/confidence-scale';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { visualStory } from './visual.ts';

const meta = {
  title: 'Components/ConfidenceScale',
  component: ConfidenceScale,
  args: { id: 'confidence', onValueChange: fn() },
  argTypes: {
    layout: { control: { type: 'inline-radio' }, options: ['responsive', 'vertical'] },
    legendSize: { control: { type: 'inline-radio' }, options: ['medium', 'large'] },
    value: { control: false },
    defaultValue: { control: { type: 'inline-radio' }, options: [null, 1, 2, 3, 4, 5] },
  },
  parameters: {
    docs: {
      description: {
        component:
          '"How confident are you in this decision?" on a five-point scale, from 1 "Not at all confident" to 5 "Very confident": ' +
          'each point shows its number and its words. A native radio group (GOV.UK radios): Tab in, arrows move and choose, ' +
          'Space chooses, Tab out. Side by side when the component is at least 40rem wide, a vertical list below that ' +
          '(a container query, so it also stacks in a narrow column of a wide page). ' +
          'It is used for confidence calibration: the answer is **recorded, never scored**, and the default hint tells the learner so. ' +
          'Compare it with the score afterwards (e.g. `describeConfidence(4)` → "4 out of 5, Fairly confident"). ' +
          'See packages/ui/src/confidence-scale/README.md for the accessibility criteria.',
      },
    },
  },
} satisfies Meta<typeof ConfidenceScale>;

export default meta;
type Story = StoryObj<typeof meta>;

function radios(canvasElement: HTMLElement) {
  return within(canvasElement).getAllByRole('radio') as HTMLInputElement[];
}

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'How confident are you in this decision?' });
    // The learner is told, in the hint, that this is recorded and not scored.
    await expect(group).toHaveAccessibleDescription(/It does not change your score\./);
    // Each point is named by its number and its words.
    const names = radios(canvasElement).map((r) => r.getAttribute('value'));
    await expect(names).toEqual(['1', '2', '3', '4', '5']);
    await expect(canvas.getByRole('radio', { name: '1, Not at all confident' })).not.toBeChecked();
    await expect(canvas.getByRole('radio', { name: '5, Very confident' })).not.toBeChecked();
    await expect(canvasElement.querySelector('.lw-confidence-scale')).toHaveAttribute('data-state', 'empty');
  },
};

export const Chosen: Story = {
  args: { defaultValue: 4 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: '4, Fairly confident' })).toBeChecked();
    await expect(canvasElement.querySelector('[data-value="4"]')).toHaveAttribute('data-state', 'checked');
    await userEvent.click(canvas.getByText('Slightly confident'));
    await expect(canvas.getByRole('radio', { name: '2, Slightly confident' })).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(2);
  },
};

export const Controlled: Story = {
  name: 'Controlled by the host',
  render: function ControlledScale(args) {
    const [value, setValue] = useState<ConfidenceScaleProps['value']>(null);
    return (
      <div>
        <ConfidenceScale
          {...args}
          value={value}
          onValueChange={(next) => {
            setValue(next);
            args.onValueChange?.(next);
          }}
        />
        <p>
          Recorded:{' '}
          <output data-testid="recorded">{value ? describeConfidence(value) : 'nothing yet'}</output>
        </p>
      </div>
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: '3, Moderately confident' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(3);
    await expect(canvas.getByTestId('recorded')).toHaveTextContent('3 out of 5, Moderately confident');
  },
};

export const ErrorState: Story = {
  name: 'Error (GOV.UK pattern)',
  args: { required: true, error: 'Select how confident you are in this decision' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'How confident are you in this decision?' });
    await expect(group).toHaveAccessibleDescription(/Error: Select how confident you are in this decision$/);
    await expect(canvasElement.querySelector('.lw-confidence-scale')).toHaveAttribute(
      'data-validity',
      'invalid',
    );
    for (const radio of radios(canvasElement)) {
      await expect(radio).toHaveAttribute('aria-invalid', 'true');
      await expect(radio).toBeRequired();
    }
    // An error summary can link to #confidence: that is the first point.
    await expect(canvas.getByRole('radio', { name: '1, Not at all confident' })).toHaveAttribute(
      'id',
      'confidence',
    );
  },
};

export const Disabled: Story = {
  args: { defaultValue: 2, disabled: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    for (const radio of radios(canvasElement)) await expect(radio).toBeDisabled();
    await userEvent.click(canvas.getByText('Very confident'));
    await expect(canvas.getByRole('radio', { name: '2, Slightly confident' })).toBeChecked();
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

export const Vertical: Story = {
  name: 'Always vertical',
  args: { layout: 'vertical', defaultValue: 5 },
};

export const NarrowColumn: Story = {
  name: 'Responsive: stacks at 320 px',
  render: (args) => (
    <div style={{ width: '320px' }} data-testid="column">
      <ConfidenceScale {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const options = [...canvasElement.querySelectorAll<HTMLElement>('.lw-confidence-scale__option')];
    const lefts = new Set(options.map((o) => Math.round(o.getBoundingClientRect().left)));
    // One column: every point starts at the same x, one below the other.
    await expect(lefts.size).toBe(1);
    const tops = options.map((o) => o.getBoundingClientRect().top);
    await expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    for (const option of options)
      await expect(option.scrollWidth).toBeLessThanOrEqual(option.clientWidth + 1);
  },
};

export const WideRow: Story = {
  name: 'Responsive: one row when wide',
  render: (args) => (
    <div style={{ width: '900px' }}>
      <ConfidenceScale {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const options = [...canvasElement.querySelectorAll<HTMLElement>('.lw-confidence-scale__option')];
    const tops = new Set(options.map((o) => Math.round(o.getBoundingClientRect().top)));
    await expect(tops.size).toBe(1);
    // Targets stay large: each point is at least 44 px each way.
    for (const option of options) {
      const box = option.getBoundingClientRect();
      await expect(box.width).toBeGreaterThanOrEqual(44);
      await expect(box.height).toBeGreaterThanOrEqual(44);
    }
  },
};

export const HighContrast: Story = {
  name: 'High-contrast theme',
  globals: { theme: 'high-contrast' },
  args: { defaultValue: 3 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-lw-theme="high-contrast"]')).not.toBeNull();
    await expect(within(canvasElement).getByRole('radio', { name: '3, Moderately confident' })).toBeChecked();
  },
};

export const KeyboardOnly: Story = {
  name: 'Keyboard: Tab in, arrows, Space, Tab out',
  render: (args) => (
    <div>
      <button type="button">Back</button>
      <ConfidenceScale {...args} />
      <button type="button">Continue</button>
    </div>
  ),
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const points = radios(canvasElement);
    const [one, two, three, four, five] = points;
    await step('Tab into the scale: focus lands on point 1, nothing is chosen', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
      await userEvent.tab();
      await expect(one).toHaveFocus();
      for (const point of points) await expect(point).not.toBeChecked();
    });
    await step('Space chooses the focused point', async () => {
      await userEvent.keyboard(' ');
      await expect(one).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith(1);
    });
    await step('Right and Down arrows move up the scale; Left and Up move down; they wrap', async () => {
      await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
      await expect(four).toHaveFocus();
      await expect(four).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith(4);
      await userEvent.keyboard('{ArrowRight}');
      await expect(five).toBeChecked();
      await userEvent.keyboard('{ArrowRight}');
      await expect(one).toBeChecked();
      await userEvent.keyboard('{ArrowLeft}{ArrowUp}');
      await expect(four).toBeChecked();
      await expect(two).not.toBeChecked();
      await expect(three).not.toBeChecked();
      await expect(canvasElement.querySelector('[data-value="4"]')).toHaveAttribute('data-state', 'checked');
    });
    await step('Tab leaves the scale in one press; the answer stays', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Continue' })).toHaveFocus();
      await expect(four).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith(4);
    });
  },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '2.5rem' }}>
      {confidenceScaleExamples.map((example) => (
        <section key={example.name} data-example={example.name} aria-label={example.description}>
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
            {example.description}
          </p>
          <ConfidenceScale {...example.props} />
        </section>
      ))}
      <section data-example="high-contrast" aria-label="High-contrast theme" data-lw-theme="high-contrast">
        <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
          High-contrast theme
        </p>
        <ConfidenceScale {...confidenceScaleExamples[1]!.props} id="cs-high-contrast" />
      </section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.lw-confidence-scale').length).toBe(
      confidenceScaleExamples.length + 1,
    );
    await expect(canvasElement.querySelectorAll('.lw-confidence-scale[data-state="chosen"]').length).toBe(
      confidenceScaleExamples.filter((e) => e.props.defaultValue).length + 1,
    );
  },
};
