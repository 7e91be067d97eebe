import {
  ConsentDecision,
  type ConsentDecisionValue,
  consentAreaRules,
  consentDecisionExamples,
  PLAIN_ENGLISH_CONSENT_OPTIONS,
} from '@levelwise/ui/consent-decision';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { visualStory } from './visual.ts';

/*
 * Area notes and child-consent ages come from the ConsentDecision examples, paraphrased from shared/seeds.
 * Switch to @levelwise/frameworks when it exports each area's curated consent rules.
 */
const telford = consentAreaRules['telford-wrekin'];
const dudley = consentAreaRules.dudley;

const meta = {
  title: 'Components/ConsentDecision',
  component: ConsentDecision,
  args: {
    id: 'consent',
    options: PLAIN_ENGLISH_CONSENT_OPTIONS,
    areaNote: telford.areaNote,
    childConsentAge: telford.childConsentAge,
    childAge: 9,
    onValueChange: fn(),
  },
  argTypes: {
    childAge: { control: { type: 'number', min: 0, max: 17 } },
    childConsentAge: { control: { type: 'number', min: 0, max: 17 } },
    value: { control: false },
    legendSize: { control: { type: 'inline-radio' }, options: ['medium', 'large'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The learner decides what to do about consent and telling the parents, for the response they chose, in the ' +
          "area's own rules; and, when the young person is old enough in this area (`childAge` ≥ `childConsentAge`: " +
          "Telford 12, Dudley 13), what to do about the young person's own view. The caller supplies the options; " +
          '`PLAIN_ENGLISH_CONSENT_OPTIONS` and `PLAIN_ENGLISH_CHILD_OPTIONS` are ready-made wording for people who are not ' +
          'social workers: early help needs the family’s permission; significant harm means share without waiting, and ' +
          'tell the parents unless that would increase the risk, endanger someone or obstruct a police investigation. ' +
          "`areaNote` shows the area's rule as GOV.UK inset text and is read with the question. Two native radio groups: " +
          'Tab moves between them, arrows choose within one. The value is `{ decision, childDecision }`. ' +
          'See packages/ui/src/consent-decision/README.md for the accessibility criteria.',
      },
    },
  },
} satisfies Meta<typeof ConsentDecision>;

export default meta;
type Story = StoryObj<typeof meta>;

function group(canvasElement: HTMLElement, name: string | RegExp) {
  return within(canvasElement).getByRole('group', { name });
}

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const question = group(canvasElement, 'What will you do about consent?');
    // The hint and the area's rule are read with the question.
    await expect(question).toHaveAccessibleDescription(
      /^Consent means the family’s permission .* In Telford & Wrekin/,
    );
    const radios = within(question).getAllByRole('radio');
    await expect(radios).toHaveLength(4);
    await expect(
      within(question).getByRole('radio', {
        name: 'Share without waiting for permission, and tell the parents or carers',
      }),
    ).toHaveAccessibleDescription(/significant harm \(serious harm to their health or development\)/);
    // A child of 9 in Telford: no second question.
    await expect(within(canvasElement).queryByRole('group', { name: /young person’s own view/ })).toBeNull();
    await expect(canvasElement.querySelector('.lw-consent-decision')).toHaveAttribute('data-state', 'empty');
    await expect(canvasElement.querySelector('.lw-consent-decision')).toHaveAttribute(
      'data-child-question',
      'not-asked',
    );
  },
};

export const Chosen: Story = {
  args: { defaultValue: { decision: 'seek-consent-before-sharing', childDecision: null } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('radio', {
        name: 'Ask the parents or carers for permission first, and share only if they agree',
      }),
    ).toBeChecked();
    await expect(canvasElement.querySelector('.lw-consent-decision')).toHaveAttribute(
      'data-state',
      'complete',
    );
    await userEvent.click(canvas.getByText('There is no need to share information with anyone else'));
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      decision: 'no-sharing-needed',
      childDecision: null,
    });
  },
};

export const ChildQuestion: Story = {
  name: 'Young person old enough: second question',
  args: {
    childAge: 13,
    childName: 'Amira',
    defaultValue: { decision: 'share-without-consent-inform-parents', childDecision: null },
  },
  play: async ({ canvasElement, args }) => {
    const child = group(canvasElement, 'What will you do about the young person’s own view?');
    await expect(child).toHaveAccessibleDescription(
      'Amira is 13. In this area a young person of 12 or over may be able to give their own consent, if they understand what they are agreeing to.',
    );
    await expect(canvasElement.querySelector('.lw-consent-decision')).toHaveAttribute(
      'data-state',
      'partial',
    );
    await userEvent.click(
      within(child).getByRole('radio', { name: 'Tell the young person what you are sharing, and why' }),
    );
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      decision: 'share-without-consent-inform-parents',
      childDecision: 'inform-child',
    });
    await expect(canvasElement.querySelector('.lw-consent-decision')).toHaveAttribute(
      'data-state',
      'complete',
    );
  },
};

export const BelowDudleyAge: Story = {
  name: 'Age threshold: 12 in Dudley (13+) is not asked',
  args: { areaNote: dudley.areaNote, childConsentAge: dudley.childConsentAge, childAge: 12 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('group', { name: /young person’s own view/ })).toBeNull();
  },
};

export const NoAgeInArea: Story = {
  name: 'Area gives no age (Sandwell)',
  args: { areaNote: consentAreaRules.sandwell.areaNote, childConsentAge: undefined, childAge: 16 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.lw-consent-decision')).toHaveAttribute(
      'data-child-question',
      'not-asked',
    );
  },
};

export const Controlled: Story = {
  name: 'Controlled by the host',
  args: { childAge: 14 },
  render: function ControlledDecision(args) {
    const [value, setValue] = useState<ConsentDecisionValue>({ decision: null, childDecision: null });
    return (
      <div>
        <ConsentDecision
          {...args}
          value={value}
          onValueChange={(next) => {
            setValue(next);
            args.onValueChange?.(next);
          }}
        />
        <p>
          Recorded:{' '}
          <output data-testid="recorded">{`${value.decision ?? '–'} / ${value.childDecision ?? '–'}`}</output>
        </p>
        <button type="button" onClick={() => setValue({ decision: null, childDecision: null })}>
          Start again
        </button>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      canvas.getByRole('radio', {
        name: 'Share without permission, and do not tell the parents or carers yet',
      }),
    );
    await userEvent.click(canvas.getByRole('radio', { name: 'Do not tell the young person yet' }));
    await expect(canvas.getByTestId('recorded')).toHaveTextContent(
      'share-without-consent-do-not-inform / do-not-inform-child',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Start again' }));
    for (const radio of canvas.getAllByRole('radio')) await expect(radio).not.toBeChecked();
  },
};

export const ErrorState: Story = {
  name: 'Error (GOV.UK pattern)',
  args: {
    areaNote: dudley.areaNote,
    childConsentAge: dudley.childConsentAge,
    childAge: 14,
    required: true,
    error: 'Select what you will do about consent',
    childError: 'Select what you will do about the young person’s own view',
  },
  play: async ({ canvasElement }) => {
    const first = group(canvasElement, 'What will you do about consent?');
    await expect(first).toHaveAccessibleDescription(
      /In Dudley.* Error: Select what you will do about consent$/,
    );
    const child = group(canvasElement, 'What will you do about the young person’s own view?');
    await expect(child).toHaveAccessibleDescription(
      /Error: Select what you will do about the young person’s own view$/,
    );
    for (const radio of within(canvasElement).getAllByRole('radio')) {
      await expect(radio).toHaveAttribute('aria-invalid', 'true');
      await expect(radio).toBeRequired();
    }
    // Error summary targets: #consent and #consent-child are the first radio of each question.
    await expect(within(first).getAllByRole('radio')[0]).toHaveAttribute('id', 'consent');
    await expect(within(child).getAllByRole('radio')[0]).toHaveAttribute('id', 'consent-child');
  },
};

export const Disabled: Story = {
  args: {
    childAge: 15,
    disabled: true,
    defaultValue: { decision: 'seek-consent-before-sharing', childDecision: 'ask-child-consent' },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    for (const radio of canvas.getAllByRole('radio')) await expect(radio).toBeDisabled();
    await userEvent.click(canvas.getByText('Do not tell the young person yet'));
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

export const HighContrast: Story = {
  name: 'High-contrast theme',
  globals: { theme: 'high-contrast' },
  args: {
    childAge: 13,
    defaultValue: { decision: 'share-without-consent-inform-parents', childDecision: 'inform-child' },
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-lw-theme="high-contrast"]')).not.toBeNull();
    await expect(
      within(canvasElement).getByRole('radio', {
        name: 'Tell the young person what you are sharing, and why',
      }),
    ).toBeChecked();
  },
};

export const KeyboardOnly: Story = {
  name: 'Keyboard: Tab in, arrows, Space, Tab out',
  args: { childAge: 14, childName: 'Leah' },
  render: (args) => (
    <div>
      <button type="button">Back</button>
      <ConsentDecision {...args} />
      <button type="button">Continue</button>
    </div>
  ),
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const decisionRadios = within(group(canvasElement, 'What will you do about consent?')).getAllByRole(
      'radio',
    );
    const childRadios = within(
      group(canvasElement, 'What will you do about the young person’s own view?'),
    ).getAllByRole('radio');
    await step('Tab into the first question: focus on its first option, nothing chosen', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
      await userEvent.tab();
      await expect(decisionRadios[0]).toHaveFocus();
      await expect(decisionRadios[0]).not.toBeChecked();
    });
    await step('Space chooses; arrows move and choose within the question', async () => {
      await userEvent.keyboard(' ');
      await expect(decisionRadios[0]).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith({
        decision: 'seek-consent-before-sharing',
        childDecision: null,
      });
      await userEvent.keyboard('{ArrowDown}');
      await expect(decisionRadios[1]).toHaveFocus();
      await expect(decisionRadios[1]).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith({
        decision: 'share-without-consent-inform-parents',
        childDecision: null,
      });
    });
    await step(
      'Tab moves to the second question; arrows choose there without touching the first',
      async () => {
        await userEvent.tab();
        await expect(childRadios[0]).toHaveFocus();
        await userEvent.keyboard(' ');
        await userEvent.keyboard('{ArrowDown}');
        await expect(childRadios[1]).toBeChecked();
        await expect(decisionRadios[1]).toBeChecked();
        await expect(args.onValueChange).toHaveBeenLastCalledWith({
          decision: 'share-without-consent-inform-parents',
          childDecision: 'inform-child',
        });
        await expect(canvasElement.querySelector('.lw-consent-decision')).toHaveAttribute(
          'data-state',
          'complete',
        );
      },
    );
    await step('Tab leaves the component; Shift+Tab comes back to the chosen option', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Continue' })).toHaveFocus();
      await userEvent.tab({ shift: true });
      await expect(childRadios[1]).toHaveFocus();
      await userEvent.tab({ shift: true });
      await expect(decisionRadios[1]).toHaveFocus();
    });
  },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '3rem' }}>
      {consentDecisionExamples.map((example) => (
        <section key={example.name} data-example={example.name} aria-label={example.description}>
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
            {example.description}
          </p>
          <ConsentDecision {...example.props} />
        </section>
      ))}
      <section data-example="high-contrast" aria-label="High-contrast theme" data-lw-theme="high-contrast">
        <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
          High-contrast theme
        </p>
        <ConsentDecision {...consentDecisionExamples[3]!.props} id="cd-high-contrast" />
      </section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.lw-consent-decision').length).toBe(
      consentDecisionExamples.length + 1,
    );
    await expect(canvasElement.querySelectorAll('[data-child-question="asked"]').length).toBe(4);
  },
};
