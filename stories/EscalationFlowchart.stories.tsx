import { EscalationFlowchart, flowchartFromLadder } from '@levelwise/ui/flowchart';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { escalationLadders } from './fixtures/areas.ts';
import { visualStory } from './visual.ts';

const dudley = flowchartFromLadder(escalationLadders('dudley')[0]!);
const nottingham = escalationLadders('nottingham-city').map(flowchartFromLadder);

const meta = {
  title: 'Components/EscalationFlowchart',
  component: EscalationFlowchart,
  args: { ...dudley },
  parameters: {
    docs: {
      description: {
        component: [
          "What to do when you disagree with another agency's decision (typically, the front door declining a referral): the area's escalation stages, who acts at each, the time window, and the decision between stages, drawn from the threshold document's own words.",
          'Vertical on narrow screens, a wrapping row on wide ones. Interactive, the steps are one tab stop: arrow keys move between them, Enter or Space makes a step current (a trainer walking the room through it). "The whole process in words" states the entire flow as text.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof EscalationFlowchart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Dudley: Story = {
  name: "Dudley's four stages",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const steps = within(canvas.getByRole('list', { name: /steps/ })).getAllByRole('listitem');
    await expect(steps.length).toBe(dudley.steps.length);
    await expect(canvas.getByText('Day 1')).toBeVisible();
    await expect(canvas.getByText('Days 3 to 9')).toBeVisible();
    // The gap between day 1 and day 3 is a fact of the source worth noticing.
    await expect(canvas.getByText(/day 2/i, { selector: '.lw-flowchart__notes li' })).toBeVisible();
  },
};

export const NottinghamLadders: Story = {
  name: "Nottingham's two ladders",
  render: () => (
    <div style={{ display: 'grid', gap: '2.5rem' }}>
      {nottingham.map((ladder) => (
        <EscalationFlowchart key={ladder.title} {...ladder} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.lw-flowchart').length).toBe(2);
    await expect(within(canvasElement).getAllByText(/hours/).length).toBeGreaterThan(0);
  },
};

export const KeyboardWalkthrough: Story = {
  name: 'Interactive: keyboard walkthrough',
  args: { interactive: true, onValueChange: fn() },
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole('button', { name: /Stage|Day/ });
    await step('One tab stop: Tab lands on the first step', async () => {
      await userEvent.tab();
      await expect(buttons[0]).toHaveFocus();
      await expect(buttons.filter((b) => b.tabIndex === 0).length).toBe(1);
    });
    await step('Arrow keys move between steps without choosing', async () => {
      await userEvent.keyboard('{ArrowDown}{ArrowRight}');
      await expect(buttons[2]).toHaveFocus();
      await expect(args.onValueChange).not.toHaveBeenCalled();
    });
    await step('Enter makes the focused step current, marked and announced', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(args.onValueChange).toHaveBeenLastCalledWith(dudley.steps[2]!.id);
      await expect(buttons[2]).toHaveAttribute('aria-current', 'step');
      await expect(canvas.getByText(`Current step: ${dudley.steps[2]!.title}.`)).toBeInTheDocument();
    });
    await step('Home and End reach the ends; Space chooses', async () => {
      await userEvent.keyboard('{End} ');
      await expect(buttons[buttons.length - 1]).toHaveAttribute('aria-current', 'step');
      await userEvent.keyboard('{Home}');
      await expect(buttons[0]).toHaveFocus();
    });
    await step('The whole flow is available in words', async () => {
      await userEvent.click(canvas.getByText('The whole process in words'));
      await expect(canvas.getByText(/in 4 steps/)).toBeVisible();
    });
  },
};

export const CurrentStep: Story = {
  name: 'Current step highlighted',
  args: { defaultValue: dudley.steps[1]!.id },
  play: async ({ canvasElement }) => {
    const current = canvasElement.querySelector('[aria-current="step"]');
    await expect(current).not.toBeNull();
    await expect(within(current as HTMLElement).getByText('Now')).toBeVisible();
    await expect(canvasElement.querySelector('.lw-flowchart__step[data-state="done"]')).not.toBeNull();
  },
};

export const HighContrast: Story = {
  globals: { theme: 'high-contrast' },
  args: { interactive: true, defaultValue: dudley.steps[2]!.id },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '2.5rem' }}>
      <EscalationFlowchart id="flow-dudley" {...dudley} defaultValue={dudley.steps[1]!.id} interactive />
      <EscalationFlowchart id="flow-nottingham" {...nottingham[0]!} safetyNote="" />
    </div>
  ),
};
