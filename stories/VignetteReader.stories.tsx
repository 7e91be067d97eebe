import {
  ELLIS_CONTENT_NOTE,
  ellisStages,
  ioanaStages,
  VignetteReader,
  vignetteReaderExamples,
} from '@levelwise/ui/vignette-reader';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { visualStory } from './visual.ts';

const meta = {
  title: 'Components/VignetteReader',
  component: VignetteReader,
  args: {
    id: 'case',
    title: 'Ioana, 14',
    role: 'school nurse',
    setting: 'your lunchtime drop-in at a secondary school',
    childAge: '14 years',
    stages: ioanaStages,
    stageIndex: 0,
    onValueChange: fn(),
  },
  argTypes: {
    stages: { control: false },
    value: { control: false },
    stageIndex: { control: { type: 'inline-radio' }, options: [0, 1, 2] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A staged case narrative, written from the point of view of the practitioner who meets the family: who the ' +
          'learner is and where ("You are a school nurse", the setting, the child’s age), then the current stage under ' +
          '"Stage 2 of 3: the home visit", with earlier stages collapsed in native details/summary and marked "Earlier". ' +
          'A `contentNote` is shown first, in the GOV.UK warning-text style, and the narrative is not rendered until the ' +
          'reader chooses "Show the case" (a button); the choice is `value`/`defaultValue`/`onValueChange` so the host ' +
          'can remember it. The narrative is an array of `{ id, text }` sentences per stage, so the EvidencePicker and ' +
          'the feedback can refer to the same ids; `highlightedSentenceIds` marks some with a tint and an underline. ' +
          'When `stageIndex` moves on, the new stage is announced politely and focus moves to its heading. ' +
          'All example cases are original and fictional. See packages/ui/src/vignette-reader/README.md.',
      },
    },
  },
} satisfies Meta<typeof VignetteReader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FirstStage: Story = {
  name: 'First stage (no content note)',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const article = canvas.getByRole('article', { name: 'Ioana, 14' });
    await expect(article).toHaveAttribute('data-state', 'reading');
    await expect(canvas.getByText('You are a school nurse.')).toBeVisible();
    await expect(canvas.getByText('14 years')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Stage 1 of 3: the drop-in' })).toBeVisible();
    // Sentences keep their ids for the EvidencePicker; no earlier stages yet.
    await expect(canvasElement.querySelector('[data-sentence-id="ioana-caring-tasks"]')).toHaveAttribute(
      'id',
      'case-sentence-ioana-caring-tasks',
    );
    await expect(canvasElement.querySelectorAll('details')).toHaveLength(0);
  },
};

export const ContentNote: Story = {
  name: 'Content note: keyboard to show the case',
  args: {
    id: 'case-ellis',
    title: 'Ellis, 4',
    role: 'housing officer',
    setting: 'a repairs visit to a family’s flat',
    childAge: '4 years',
    stages: ellisStages,
    contentNote: ELLIS_CONTENT_NOTE,
  },
  render: (args) => (
    <div>
      <button type="button">Back</button>
      <VignetteReader {...args} />
    </div>
  ),
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    await step('The note comes first; nothing of the narrative is on the page', async () => {
      await expect(canvas.getByRole('article')).toHaveAttribute('data-state', 'content-note');
      const note = canvas.getByText(/This case describes domestic abuse/);
      await expect(note.closest('strong')?.textContent).toMatch(
        /^Warning: Content note\. This case describes/,
      );
      await expect(canvas.queryByRole('heading', { name: /Stage 1 of 2/ })).toBeNull();
      await expect(canvasElement.querySelector('[data-sentence-id]')).toBeNull();
    });
    await step('Tab reaches "Show the case", described by the note; Enter shows the case', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
      await userEvent.tab();
      const show = canvas.getByRole('button', { name: 'Show the case' });
      await expect(show).toHaveFocus();
      await expect(show).toHaveAccessibleDescription(/Content note\. This case describes domestic abuse/);
      await userEvent.keyboard('{Enter}');
      await expect(args.onValueChange).toHaveBeenCalledWith(true);
    });
    await step('Focus moves to the stage heading that replaced the button', async () => {
      const heading = canvas.getByRole('heading', { name: 'Stage 1 of 2: the repairs visit' });
      await waitFor(() => expect(heading).toHaveFocus());
      await expect(canvas.getByRole('article')).toHaveAttribute('data-state', 'reading');
    });
  },
};

export const NewStageArrives: Story = {
  name: 'Keyboard: a new stage arrives, earlier stage collapsed',
  render: function StagedReader(args) {
    const [stage, setStage] = useState(0);
    return (
      <div>
        <VignetteReader {...args} stageIndex={stage} />
        <button type="button" onClick={() => setStage((s) => Math.min(ioanaStages.length - 1, s + 1))}>
          Continue to the next stage
        </button>
      </div>
    );
  },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const announcer = canvasElement.querySelector('[aria-live="polite"]');
    await step('Nothing is announced on first render', async () => {
      await expect(announcer).toHaveTextContent('');
    });
    await step('Keyboard: Tab to Continue, Enter; the new stage is announced and takes focus', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Continue to the next stage' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      const heading = canvas.getByRole('heading', { name: 'Stage 2 of 3: the home visit' });
      await waitFor(() => expect(heading).toHaveFocus());
      await expect(announcer).toHaveTextContent('New information. Stage 2 of 3: the home visit.');
      await expect(canvas.getByRole('article')).toHaveAttribute('data-stage', '2');
    });
    await step('The earlier stage is collapsed, marked "Earlier", and opens with the keyboard', async () => {
      const details = canvasElement.querySelector('details');
      await expect(details).not.toHaveAttribute('open');
      await expect(details).toHaveAttribute('data-state', 'earlier');
      const summary = canvasElement.querySelector('summary');
      await expect(summary).toHaveTextContent('Earlier Stage 1 of 3: the drop-in');
      // The earlier stage sits above the new heading: Shift+Tab goes back to it.
      await userEvent.tab({ shift: true });
      await expect(summary).toHaveFocus();
      // A native summary: the browser opens it on Enter or Space. user-event does not simulate that default
      // action, so activate the focused summary with a click, which runs the same activation behaviour.
      await userEvent.click(summary as HTMLElement);
      await expect(details).toHaveAttribute('open');
      await expect(
        within(details as HTMLElement).getByText(/comes to your Tuesday lunchtime drop-in/),
      ).toBeVisible();
    });
  },
};

export const Highlighted: Story = {
  name: 'Highlighted evidence',
  args: {
    stageIndex: 1,
    setting: 'a home visit with the school’s family support worker',
    highlightedSentenceIds: ['claire-downstairs', 'ioana-caring-tasks', 'claire-money'],
    highlightLabel: 'facts you chose as evidence',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const marks = canvasElement.querySelectorAll('mark[data-state="highlighted"]');
    await expect(marks).toHaveLength(3);
    // Each highlight says so in words for a screen reader, and the key says what highlighting means.
    await expect(marks[0]?.textContent).toMatch(/^Highlighted: /);
    await expect(
      canvas.getByText(/Highlighted: facts you chose as evidence \(3; 1 in an earlier stage\)/),
    ).toBeVisible();
    // Not by colour alone: a thick underline as well as the tint.
    await expect(getComputedStyle(marks[0] as Element).textDecorationLine).toContain('underline');
  },
};

export const ControlledAcknowledgement: Story = {
  name: 'Controlled: the host remembers the choice',
  args: {
    id: 'case-ellis-controlled',
    title: 'Ellis, 4',
    role: 'housing officer',
    setting: 'a phone call to the housing office',
    childAge: '4 years',
    stages: ellisStages,
    stageIndex: 1,
    contentNote: ELLIS_CONTENT_NOTE,
  },
  render: function Controlled(args) {
    const [acknowledged, setAcknowledged] = useState(false);
    return (
      <div>
        <VignetteReader {...args} value={acknowledged} onValueChange={setAcknowledged} />
        <p>
          Host state: <output data-testid="host">{acknowledged ? 'acknowledged' : 'not yet'}</output>
        </p>
        <button type="button" onClick={() => setAcknowledged(false)}>
          Show the note again
        </button>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show the case' }));
    await expect(canvas.getByTestId('host')).toHaveTextContent('acknowledged');
    await expect(canvas.getByRole('heading', { name: 'Stage 2 of 2: the phone call' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show the note again' }));
    await expect(canvas.getByRole('button', { name: 'Show the case' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-sentence-id]')).toBeNull();
  },
};

export const Narrow: Story = {
  name: 'Reflow at 320 px',
  args: { stageIndex: 2, setting: 'a Team Around the Family review at school' },
  render: (args) => (
    <div style={{ width: 320 }}>
      <VignetteReader {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.lw-vignette');
    await expect(root!.scrollWidth).toBeLessThanOrEqual(320);
    for (const summary of canvasElement.querySelectorAll('summary')) {
      await expect(summary.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    }
  },
};

export const HighContrast: Story = {
  name: 'High-contrast theme',
  globals: { theme: 'high-contrast' },
  args: {
    stageIndex: 1,
    highlightedSentenceIds: ['claire-downstairs'],
    highlightLabel: 'facts you chose as evidence',
  },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '3rem' }}>
      {vignetteReaderExamples.map((example) => (
        <div key={example.name} data-example={example.name}>
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
            {example.description}
          </p>
          <VignetteReader {...example.props} />
        </div>
      ))}
      <div data-lw-theme="high-contrast" data-example="high-contrast">
        <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
          High-contrast theme
        </p>
        <VignetteReader {...vignetteReaderExamples[2]!.props} id="vr-hc" title="Ellis, 4 (high contrast)" />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.lw-vignette').length).toBe(
      vignetteReaderExamples.length + 1,
    );
    await expect(canvasElement.querySelectorAll('.lw-vignette[data-state="content-note"]').length).toBe(2);
  },
};
