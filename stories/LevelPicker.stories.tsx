import {
  exampleAreaLevels,
  LevelPicker,
  type LevelPickerProps,
  levelPickerExamples,
} from '@levelwise/ui/level-picker';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { visualStory } from './visual.ts';

/*
 * Level names and definitions come from the LevelPicker examples, quoted from shared/seeds (one line each).
 * Switch to @levelwise/frameworks when it exports each area's curated levels.
 */
const telford = exampleAreaLevels['telford-wrekin'];

const meta = {
  title: 'Components/LevelPicker',
  component: LevelPicker,
  args: {
    id: 'level',
    levels: telford,
    hint: 'Use the Telford & Wrekin threshold guidance.',
    onValueChange: fn(),
  },
  argTypes: {
    variant: { control: { type: 'inline-radio' }, options: ['default', 'compact'] },
    legendSize: { control: { type: 'inline-radio' }, options: ['medium', 'large'] },
    value: { control: false },
    defaultValue: { control: { type: 'inline-radio' }, options: [null, 1, 2, 3, 4] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The learner chooses a level of need for a case, in the area's own level names, each with its one-line definition. " +
          'A native radio group in the GOV.UK radios style (fieldset and legend, large targets): Tab moves into the group, ' +
          'arrow keys move and choose, Space chooses, Tab leaves. Each option shows the LevelBadge (number, stepped glyph, name), ' +
          'so the level reads without colour. Controlled (`value`) or uncontrolled (`defaultValue`), with `onValueChange(ordinal)`. ' +
          'Errors follow the GOV.UK pattern: the message sits above the options with a hidden "Error:" prefix, is linked to the ' +
          'fieldset by `aria-describedby`, and each radio is `aria-invalid`; the first radio has exactly the `id`, so an error ' +
          'summary link `#id` lands on it. `variant="compact"` shows tiles (four across on a projector) and keeps the definitions ' +
          'for screen readers only. See packages/ui/src/level-picker/README.md for the accessibility criteria.',
      },
    },
  },
} satisfies Meta<typeof LevelPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

function radios(canvasElement: HTMLElement) {
  return within(canvasElement).getAllByRole('radio') as HTMLInputElement[];
}

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'What level of need does this child have?' });
    await expect(group).toHaveAccessibleDescription('Use the Telford & Wrekin threshold guidance.');
    const options = radios(canvasElement);
    await expect(options).toHaveLength(4);
    // Each radio's name is the badge (number out of four, then the local name); its description is the definition.
    await expect(canvas.getByRole('radio', { name: 'Level 1 of 4, Universal' })).not.toBeChecked();
    await expect(canvas.getByRole('radio', { name: 'Level 4 of 4, Acute' })).toHaveAccessibleDescription(
      'Children, young people and families who are experiencing significant impairment of harm, known or suspected abuse.',
    );
    await expect(canvasElement.querySelector('.lw-level-picker')).toHaveAttribute('data-state', 'empty');
  },
};

export const Chosen: Story = {
  args: { defaultValue: 3 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'Level 3 of 4, Complex' })).toBeChecked();
    await expect(canvasElement.querySelector('.lw-level-picker')).toHaveAttribute('data-state', 'chosen');
    await expect(canvasElement.querySelector('[data-level="3"]')).toHaveAttribute('data-state', 'checked');
    // Pointer: the whole option is the target, including the definition text.
    await userEvent.click(canvas.getByText(/no additional needs and where there are no concerns/));
    await expect(canvas.getByRole('radio', { name: 'Level 1 of 4, Universal' })).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith(1);
  },
};

export const Controlled: Story = {
  name: 'Controlled by the host',
  render: function ControlledPicker(args) {
    const [value, setValue] = useState<LevelPickerProps['value']>(2);
    return (
      <div>
        <LevelPicker
          {...args}
          value={value}
          onValueChange={(next) => {
            setValue(next);
            args.onValueChange?.(next);
          }}
        />
        <p>
          Host state: <output data-testid="host-value">{value === null ? 'none' : `level ${value}`}</output>
        </p>
        <button type="button" onClick={() => setValue(null)}>
          Clear answer
        </button>
      </div>
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'Level 2 of 4, Vulnerable' })).toBeChecked();
    await userEvent.click(canvas.getByRole('radio', { name: 'Level 4 of 4, Acute' }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(4);
    await expect(canvas.getByTestId('host-value')).toHaveTextContent('level 4');
    await userEvent.click(canvas.getByRole('button', { name: 'Clear answer' }));
    for (const radio of radios(canvasElement)) await expect(radio).not.toBeChecked();
  },
};

export const ErrorState: Story = {
  name: 'Error (GOV.UK pattern)',
  args: { required: true, error: 'Select the level of need for this child' },
  render: (args) => (
    <div>
      {/* The page's GOV.UK error summary (the host's): its link targets the picker's first radio by id. */}
      <div
        role="alert"
        aria-labelledby="error-summary-title"
        style={{ border: '5px solid #d4351c', padding: '1rem', marginBottom: '1.5rem' }}
      >
        <h2 id="error-summary-title" style={{ marginTop: 0 }}>
          There is a problem
        </h2>
        <a href="#level">Select the level of need for this child</a>
      </div>
      <LevelPicker {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'What level of need does this child have?' });
    await expect(group).toHaveAccessibleDescription(
      'Use the Telford & Wrekin threshold guidance. Error: Select the level of need for this child',
    );
    await expect(canvasElement.querySelector('.lw-level-picker')).toHaveAttribute('data-validity', 'invalid');
    for (const radio of radios(canvasElement)) {
      await expect(radio).toHaveAttribute('aria-invalid', 'true');
      await expect(radio).toBeRequired();
    }
    // The error summary link targets the first radio's id and lands on it.
    const first = canvas.getByRole('radio', { name: 'Level 1 of 4, Universal' });
    await expect(
      canvas.getByRole('link', { name: 'Select the level of need for this child' }),
    ).toHaveAttribute('href', `#${first.id}`);
    // GOV.UK Frontend's error summary script focuses the link's target; do the same here.
    const link = canvas.getByRole('link', { name: 'Select the level of need for this child' });
    const target = canvasElement.querySelector<HTMLElement>(link.getAttribute('href') ?? '');
    await expect(target).toBe(first);
    target?.focus();
    await expect(first).toHaveFocus();
  },
};

export const Disabled: Story = {
  args: { defaultValue: 2, disabled: true },
  render: (args) => (
    <div>
      <button type="button">Before</button>
      <LevelPicker {...args} />
      <button type="button">After</button>
    </div>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    for (const radio of radios(canvasElement)) await expect(radio).toBeDisabled();
    await expect(canvas.getByRole('radio', { name: 'Level 2 of 4, Vulnerable' })).toBeChecked();
    await userEvent.click(canvas.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'After' })).toHaveFocus();
    await userEvent.click(canvas.getByText('Acute'));
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

export const NottinghamLongNames: Story = {
  name: 'Long names: Nottingham City',
  args: {
    id: 'level-nottingham',
    levels: exampleAreaLevels['nottingham-city'],
    hint: 'Use the Nottingham City threshold for support and safeguarding.',
    defaultValue: 3,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('radio', { name: 'Level 3 of 4, Early Help Targeted (Universal Partnership Plus)' }),
    ).toBeChecked();
    // Nothing overflows its option at any width, and every option is a large target.
    for (const option of canvasElement.querySelectorAll<HTMLElement>('.lw-choice')) {
      await expect(option.scrollWidth).toBeLessThanOrEqual(option.clientWidth + 1);
      await expect(option.getBoundingClientRect().height).toBeGreaterThanOrEqual(64);
    }
  },
};

export const SandwellLongNames: Story = {
  name: 'Long names: Sandwell',
  args: {
    id: 'level-sandwell',
    levels: exampleAreaLevels.sandwell,
    hint: 'Use the Sandwell multi-agency thresholds document.',
    defaultValue: 4,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('radio', { name: 'Level 4 of 4, Complex/ Significant Needs' }),
    ).toBeChecked();
  },
};

export const Compact: Story = {
  name: 'Compact (narrow screen or projector)',
  args: {
    id: 'level-compact',
    levels: exampleAreaLevels.dudley,
    hint: undefined,
    variant: 'compact',
    legendSize: 'large',
    defaultValue: 2,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const additional = canvas.getByRole('radio', { name: 'Level 2 of 4, Additional' });
    await expect(additional).toBeChecked();
    // The definition is not shown but is still the radio's description.
    await expect(additional).toHaveAccessibleDescription(/vulnerabilities and emerging needs/);
  },
};

export const HighContrast: Story = {
  name: 'High-contrast theme',
  globals: { theme: 'high-contrast' },
  args: { defaultValue: 4 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-lw-theme="high-contrast"]')).not.toBeNull();
    await expect(within(canvasElement).getByRole('radio', { name: 'Level 4 of 4, Acute' })).toBeChecked();
  },
};

export const KeyboardOnly: Story = {
  name: 'Keyboard: Tab in, arrows, Space, Tab out',
  render: (args) => (
    <div>
      <button type="button">Back</button>
      <LevelPicker {...args} />
      <button type="button">Continue</button>
    </div>
  ),
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const [universal, vulnerable, complex, acute] = radios(canvasElement);
    await step('Tab into the group: focus lands on the first level, nothing is chosen yet', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
      await userEvent.tab();
      await expect(universal).toHaveFocus();
      await expect(universal).not.toBeChecked();
      await expect(args.onValueChange).not.toHaveBeenCalled();
    });
    await step('Space chooses the focused level', async () => {
      await userEvent.keyboard(' ');
      await expect(universal).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith(1);
    });
    await step('Arrow keys move and choose; they wrap at the ends', async () => {
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      await expect(complex).toHaveFocus();
      await expect(complex).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith(3);
      await userEvent.keyboard('{ArrowRight}');
      await expect(acute).toBeChecked();
      await userEvent.keyboard('{ArrowDown}');
      await expect(universal).toBeChecked();
      await userEvent.keyboard('{ArrowUp}{ArrowLeft}');
      await expect(complex).toBeChecked();
      await expect(vulnerable).not.toBeChecked();
      await expect(canvasElement.querySelector('[data-level="3"]')).toHaveAttribute('data-state', 'checked');
      await expect(args.onValueChange).toHaveBeenLastCalledWith(3);
    });
    await step('Tab leaves the group in one press; the choice stays', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Continue' })).toHaveFocus();
      await expect(complex).toBeChecked();
      await userEvent.tab({ shift: true });
      await expect(complex).toHaveFocus();
    });
  },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '2.5rem' }}>
      {levelPickerExamples.map((example) => (
        <section key={example.name} data-example={example.name} aria-label={example.description}>
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
            {example.description}
          </p>
          <LevelPicker {...example.props} />
        </section>
      ))}
      <section data-example="high-contrast" aria-label="High-contrast theme" data-lw-theme="high-contrast">
        <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
          High-contrast theme
        </p>
        <LevelPicker {...levelPickerExamples[1]!.props} id="lp-high-contrast" />
      </section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const pickers = canvasElement.querySelectorAll('.lw-level-picker');
    await expect(pickers.length).toBe(levelPickerExamples.length + 1);
    const chosen = canvasElement.querySelectorAll('.lw-level-picker[data-state="chosen"]');
    await expect(chosen.length).toBe(levelPickerExamples.filter((e) => e.props.defaultValue).length + 1);
  },
};
