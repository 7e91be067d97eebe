import { getFramework } from '@levelwise/frameworks';
import {
  type EvidenceChoice,
  EvidencePicker,
  evidencePickerExamples,
  validateEvidence,
} from '@levelwise/ui/evidence-picker';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AMARA_STATEMENTS } from './fixtures/evidence-health-visitor.ts';
import { visualStory } from './visual.ts';

/** The three sides of the triangle as Telford & Wrekin's framework data names them. */
const domains = getFramework('telford-wrekin').domains.map((d) => ({ id: d.id, label: d.label }));

const meta = {
  title: 'Components/EvidencePicker',
  component: EvidencePicker,
  args: {
    statements: AMARA_STATEMENTS,
    domains,
    label: 'Which facts in the health visitor’s notes would you use as evidence?',
    hint: 'Tick each statement that matters, including strengths, then choose which side of the assessment triangle it belongs to.',
  },
  parameters: {
    docs: {
      description: {
        component: [
          'The learner reads a case and picks out the facts that matter, then tags each with a side of the Assessment Framework triangle (domain primer, outcome 1). Keyboard-first and never drag-only: every statement is a native checkbox; ticking one reveals, under it, a radio group “Which side of the triangle?” (and, with `askKind`, “Concern or strength?”).',
          'A polite status line keeps a running summary (“3 statements chosen: 2 parenting capacity, 1 family and environmental factors; 1 not yet tagged.”). `max` limits how many can be chosen: further boxes stay focusable, say why in their description and do not tick. `showErrors` shows what `validateEvidence` finds, in the GOV.UK error style with a visually-hidden “Error:” prefix; hosts call the same pure function on submit.',
          'Statements here are an original, fictional health visitor’s notes; the sides are Telford & Wrekin’s, from @levelwise/frameworks.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof EvidencePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const summaryOf = (canvasElement: HTMLElement) => within(canvasElement).getByRole('status');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: /Which facts in the health visitor’s notes/ });
    await expect(group).toHaveAccessibleDescription(/Tick each statement that matters/);
    const boxes = within(group).getAllByRole('checkbox');
    await expect(boxes).toHaveLength(AMARA_STATEMENTS.length);
    await expect(boxes[0]).toHaveAccessibleName(/^Statement 1: Amara’s weight has fallen/);
    // No tag questions until a statement is chosen.
    await expect(canvas.queryAllByRole('radio')).toHaveLength(0);
    await expect(summaryOf(canvasElement)).toHaveTextContent('No statements chosen yet.');
  },
};

export const KeyboardWalkthrough: Story = {
  name: 'Keyboard walkthrough',
  args: { onValueChange: fn() },
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const boxes = canvas.getAllByRole('checkbox');
    await step('Tab reaches the first statement; Space ticks it and reveals its tag question', async () => {
      await userEvent.tab();
      await expect(boxes[0]).toHaveFocus();
      // Visible focus: the whole row turns GOV.UK yellow.
      await expect(getComputedStyle(boxes[0]!.parentElement!).backgroundColor).toBe('rgb(255, 221, 0)');
      await userEvent.keyboard(' ');
      await expect(boxes[0]).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith([{ statementId: 'weight', domainId: null }]);
      await expect(
        canvas.getByRole('group', { name: 'Which side of the triangle? Statement 1' }),
      ).toBeVisible();
      await expect(boxes[0]!.closest('li')).toHaveAttribute('data-state', 'untagged');
      await expect(summaryOf(canvasElement)).toHaveTextContent('1 statement chosen: 1 not yet tagged.');
    });
    await step(
      "Tab moves into the tag question; Space tags it as the child's developmental needs",
      async () => {
        await userEvent.tab();
        const child = canvas.getByRole('radio', { name: "Child's developmental needs" });
        await expect(child).toHaveFocus();
        await userEvent.keyboard(' ');
        await expect(child).toBeChecked();
        await expect(args.onValueChange).toHaveBeenLastCalledWith([
          { statementId: 'weight', domainId: 'child-development' },
        ]);
        await expect(boxes[0]!.closest('li')).toHaveAttribute('data-state', 'tagged');
      },
    );
    await step(
      'Tab leaves the radio group for the next statement; tick and tag it with the arrow keys',
      async () => {
        await userEvent.tab();
        await expect(boxes[1]).toHaveFocus();
        await userEvent.keyboard(' ');
        await userEvent.tab();
        const group = canvas.getByRole('group', { name: 'Which side of the triangle? Statement 2' });
        await expect(within(group).getAllByRole('radio')[0]).toHaveFocus();
        await userEvent.keyboard('{ArrowDown}');
        await expect(within(group).getByRole('radio', { name: 'Parenting capacity' })).toBeChecked();
        await expect(args.onValueChange).toHaveBeenLastCalledWith([
          { statementId: 'weight', domainId: 'child-development' },
          { statementId: 'feeds', domainId: 'parenting-capacity' },
        ]);
        await expect(summaryOf(canvasElement)).toHaveTextContent(
          "2 statements chosen: 1 child's developmental needs, 1 parenting capacity.",
        );
      },
    );
    await step('Shift+Tab goes back; Space unticks statement 1 and its tag question goes away', async () => {
      await userEvent.tab({ shift: true }); // statement 2's checkbox
      await userEvent.tab({ shift: true }); // statement 1's checked radio
      const group1 = canvas.getByRole('group', { name: 'Which side of the triangle? Statement 1' });
      await expect(within(group1).getByRole('radio', { name: "Child's developmental needs" })).toHaveFocus();
      await userEvent.tab({ shift: true });
      await expect(boxes[0]).toHaveFocus();
      await userEvent.keyboard(' ');
      await expect(boxes[0]).not.toBeChecked();
      await expect(
        canvas.queryByRole('group', { name: 'Which side of the triangle? Statement 1' }),
      ).toBeNull();
      await expect(args.onValueChange).toHaveBeenLastCalledWith([
        { statementId: 'feeds', domainId: 'parenting-capacity' },
      ]);
      await expect(summaryOf(canvasElement)).toHaveTextContent('1 statement chosen: 1 parenting capacity.');
    });
  },
};

export const ConcernOrStrength: Story = {
  name: 'Concern or strength (askKind), by keyboard',
  args: { askKind: true, onValueChange: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const warmth = canvas.getByRole('checkbox', { name: /Precious holds Amara close/ });
    warmth.focus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}'); // parenting capacity
    await userEvent.tab();
    const kind = canvas.getByRole('group', { name: 'Concern or strength? Statement 3' });
    await expect(within(kind).getByRole('radio', { name: 'Concern' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(within(kind).getByRole('radio', { name: 'Strength' })).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith([
      { statementId: 'warmth', domainId: 'parenting-capacity', kind: 'strength' },
    ]);
    await expect(summaryOf(canvasElement)).toHaveTextContent(
      '1 statement chosen: 1 parenting capacity. 1 strength.',
    );
  },
};

export const UntaggedError: Story = {
  name: 'Validation: a chosen statement is not tagged',
  args: {
    showErrors: true,
    defaultValue: [
      { statementId: 'weight', domainId: 'child-development' },
      { statementId: 'flat', domainId: null },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'Which side of the triangle? Statement 7' });
    await expect(group).toHaveAccessibleDescription(
      'Error: Choose which side of the triangle statement 7 is evidence for',
    );
    await expect(group.closest('li')).toHaveAttribute('data-validity', 'invalid');
    // The tagged statement shows no error.
    await expect(
      canvas.getByRole('group', { name: 'Which side of the triangle? Statement 1' }),
    ).not.toHaveAccessibleDescription();
  },
};

export const HostValidatesOnContinue: Story = {
  name: 'Host form: validate on Continue',
  render: (args) => {
    const [value, setValue] = useState<EvidenceChoice[]>([]);
    const [submitted, setSubmitted] = useState(false);
    const issues = validateEvidence(value, args.statements, { domains: args.domains });
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
        }}
      >
        <EvidencePicker {...args} value={value} onValueChange={setValue} showErrors={submitted} />
        <p>
          <button type="submit">Continue</button>
        </p>
        {submitted && issues.length === 0 ? <p>Evidence saved.</p> : null}
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByText('Choose at least one statement to use as evidence')).toBeVisible();
    await userEvent.click(canvas.getByRole('checkbox', { name: /black mould/ }));
    await expect(
      canvas.getByText('Choose which side of the triangle statement 7 is evidence for'),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('radio', { name: 'Family and environmental factors' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByText('Evidence saved.')).toBeVisible();
    await expect(canvasElement.querySelectorAll('[data-validity="invalid"]')).toHaveLength(0);
  },
};

export const MaxReached: Story = {
  name: 'At most three statements',
  args: {
    max: 3,
    onValueChange: fn(),
    defaultValue: [
      { statementId: 'weight', domainId: 'child-development' },
      { statementId: 'feeds', domainId: 'parenting-capacity' },
      { statementId: 'flat', domainId: 'family-environment' },
    ],
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const gp = canvas.getByRole('checkbox', { name: /not registered with a GP/ });
    await expect(gp).toHaveAttribute('aria-disabled', 'true');
    await expect(gp).toHaveAccessibleDescription(/That is the most you can choose/);
    gp.focus();
    await expect(gp).toHaveFocus(); // still reachable, so the reason can be heard
    await userEvent.keyboard(' ');
    await expect(gp).not.toBeChecked();
    await expect(args.onValueChange).not.toHaveBeenCalled();
    // Unticking one frees a place.
    await userEvent.click(canvas.getByRole('checkbox', { name: /black mould/ }));
    await expect(gp).not.toHaveAttribute('aria-disabled');
    await userEvent.click(gp);
    await expect(gp).toBeChecked();
  },
};

export const Disabled: Story = {
  args: {
    disabled: true,
    onValueChange: fn(),
    defaultValue: [{ statementId: 'weight', domainId: 'child-development' }],
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    for (const box of canvas.getAllByRole('checkbox')) await expect(box).toBeDisabled();
    await userEvent.click(canvas.getByText(/black mould/));
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { defaultValue: [{ statementId: 'mood', domainId: 'parenting-capacity' }], askKind: true },
  render: (args) => (
    <div style={{ width: 320 }}>
      <EvidencePicker {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.lw-evidence')!.scrollWidth).toBeLessThanOrEqual(320);
    for (const input of canvasElement.querySelectorAll('input')) {
      const box = input.getBoundingClientRect();
      await expect(box.width).toBeGreaterThanOrEqual(24);
      await expect(box.height).toBeGreaterThanOrEqual(24);
    }
  },
};

export const HighContrast: Story = {
  name: 'High contrast',
  globals: { theme: 'high-contrast' },
  args: {
    askKind: true,
    showErrors: true,
    defaultValue: [
      { statementId: 'weight', domainId: 'child-development', kind: 'concern' },
      { statementId: 'warmth', domainId: 'parenting-capacity', kind: 'strength' },
      { statementId: 'flat', domainId: null },
    ],
  },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '2.5rem' }}>
      {evidencePickerExamples
        .filter((e) => e.name !== 'empty')
        .map((e) => (
          <section key={e.name} data-example={e.name} aria-label={e.description}>
            <EvidencePicker
              id={`ep-${e.name}`}
              {...e.props}
              // The first two statements and any chosen ones: every state, at a readable length.
              statements={e.props.statements.filter(
                (s, i) => i < 2 || e.props.defaultValue?.some((c) => c.statementId === s.id),
              )}
              label={e.description}
              hint={undefined}
            />
          </section>
        ))}
    </div>
  ),
};
