import { WorkshopPlayer } from '@levelwise/player/workshop';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  groupLevels,
  memoryStorage,
  savedSession,
  TO_OSKAR_STAGE_3_REVEAL,
  WALKTHROUGH_VOTES,
  workshopVignettes,
} from './fixtures/workshop-session.ts';
import { visualStory } from './visual.ts';

/** A fixed clock: the exported file names and the timer do not move between runs. */
const FIXED_NOW = () => Date.parse('2026-11-22T09:30:00Z');

const meta = {
  title: 'Player/WorkshopPlayer',
  component: WorkshopPlayer,
  args: {
    vignettes: workshopVignettes,
    defaultArea: 'telford-wrekin',
    now: FIXED_NOW,
    onExport: fn(),
    onSessionComplete: fn(),
  },
  argTypes: {
    vignettes: { control: false },
    lookup: { control: false },
    frameworks: { control: false },
    storage: { control: false },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The trainer’s presenter view for case-vignette workshops, binding scenarios’ `workshopMachine` to the ui ' +
          'components: choose an area and vignettes (filtered by level, theme and age) → present each stage ' +
          '(VignetteReader) → enter each group’s vote with the number keys, or a show of hands per level → reveal the ' +
          'distribution (a bar per level with counts in words) against the derived answer key, the agreement (percentage ' +
          'and Fleiss’ kappa with its reading), the key on the windscreen and its indicators highlighted in the ' +
          'ThresholdMatrix → discussion prompts, trainer notes and the trainer’s own notes → optionally compare another ' +
          'area (ThresholdComparison) → the session summary with CSV and JSON exports. A timer, presenter shortcuts ' +
          '("?"), high contrast and large text. No LMS, no network; the session is kept through the `storage` prop. ' +
          'See packages/player/src/workshop/README.md.',
      },
    },
  },
} satisfies Meta<typeof WorkshopPlayer>;

export default meta;
type Story = StoryObj<typeof meta>;

async function press(key: string) {
  await userEvent.keyboard(key);
}

/** The player's polite live region. */
function announcer(canvasElement: HTMLElement): HTMLElement {
  return canvasElement.querySelector('[data-part="announcer"]') as HTMLElement;
}

async function expectFocusOn(canvasElement: HTMLElement, selector: string) {
  await waitFor(() => expect(canvasElement.ownerDocument.activeElement?.matches(selector)).toBe(true));
}

export const SetUp: Story = {
  name: 'Set up: area, filters and vignettes',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Set up the session' })).toBeVisible();
    const area = canvas.getByRole('combobox', { name: 'Area (threshold document)' });
    await expect(area).toHaveValue('telford-wrekin');
    await expect(announcer(canvasElement).textContent ?? '').not.toContain('restored');
    await step('filters narrow the list and say how many are shown', async () => {
      await expect(canvas.getByText('Showing all 2 vignettes')).toBeVisible();
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Theme' }), 'young-carer');
      await expect(canvas.getByText('Showing 1 of 2 vignettes')).toBeVisible();
      await expect(canvas.getByRole('checkbox', { name: /Ruby/ })).toBeVisible();
      await expect(canvas.queryByRole('checkbox', { name: /Oskar/ })).toBeNull();
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Theme' }), '');
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Child’s age' }), '0-1');
      await expect(canvas.getByRole('checkbox', { name: /Oskar/ })).toBeVisible();
      await expect(canvas.queryByRole('checkbox', { name: /Ruby/ })).toBeNull();
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Child’s age' }), '');
    });
    await step('level names follow the area', async () => {
      await userEvent.selectOptions(area, 'dudley');
      const level = canvas.getByRole('combobox', { name: 'Reaches level' });
      await expect(within(level).getByRole('option', { name: /^Level 4, / }).textContent).toBe(
        'Level 4, Specialist',
      );
      await userEvent.selectOptions(area, 'telford-wrekin');
      await expect(within(level).getByRole('option', { name: /^Level 4, / }).textContent).toBe(
        'Level 4, Acute',
      );
    });
    await step('starting without a vignette explains why, instead of doing nothing', async () => {
      const start = canvas.getByRole('button', { name: 'Start the session' });
      await expect(start).toHaveAttribute('aria-disabled', 'true');
      start.focus();
      await press('{Enter}');
      await expect(canvas.getByRole('alert')).toHaveTextContent('Choose at least one vignette to start.');
    });
  },
};

export const KeyboardWalkthrough: Story = {
  name: 'A whole session by keyboard, ending in the CSV export',
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    await step('choose the area and two vignettes, then start', async () => {
      const area = canvas.getByRole('combobox', { name: 'Area (threshold document)' });
      await userEvent.selectOptions(area, 'telford-wrekin');
      canvas.getByRole('checkbox', { name: /Oskar/ }).focus();
      await press(' ');
      await userEvent.tab();
      await expect(canvas.getByRole('checkbox', { name: /Ruby/ })).toHaveFocus();
      await press(' ');
      await expect(canvas.getByText('2 vignettes chosen: 5 stages to vote on.')).toBeVisible();
      canvas.getByRole('button', { name: 'Start the session' }).focus();
      await press('{Enter}');
    });
    for (const [round, votes] of WALKTHROUGH_VOTES.entries()) {
      await step(`stage ${round + 1} of 5: present, four groups vote, reveal, discuss`, async () => {
        await expectFocusOn(canvasElement, '[data-screen-heading="presenting"]');
        await expect(
          canvas.getByRole('heading', { level: 2, name: `Session stage ${round + 1} of 5` }),
        ).toHaveFocus();
        await press('n');
        await expectFocusOn(canvasElement, '[data-screen-heading="voting"]');
        for (const [i, level] of groupLevels(votes).entries()) {
          await press(String(level));
          await waitFor(() =>
            expect(canvasElement.querySelector(`[data-group="${i + 1}"]`)).toHaveAttribute(
              'data-state',
              'voted',
            ),
          );
          if (i < 3)
            await waitFor(() =>
              expect(canvasElement.ownerDocument.activeElement?.closest('[data-group]')).toHaveAttribute(
                'data-group',
                String(i + 2),
              ),
            );
        }
        await expect(canvas.getByText('4 of 4 groups have voted.')).toBeVisible();
        await press('r');
        await expectFocusOn(canvasElement, '[data-screen-heading="revealing"]');
        const distribution = canvasElement.querySelector('[data-part="distribution"]') as HTMLElement;
        const top = votes.indexOf(Math.max(...votes)) + 1;
        await expect(
          within(distribution).getByText(new RegExp(`^Level ${top}, .*: ${votes[top - 1]} votes? \\(`)),
        ).toBeInTheDocument();
        await expect(within(distribution).getByText(/^The answer key is level/)).toBeVisible();
        await press('n');
        await expectFocusOn(canvasElement, '[data-screen-heading="discussing"]');
        await expect(canvas.getByRole('heading', { name: 'Prompts' })).toBeVisible();
        await press('n');
      });
    }
    await step('the summary shows the hand-computed agreement and exports it', async () => {
      await expectFocusOn(canvasElement, '[data-screen-heading="summary"]');
      const figures = canvasElement.querySelector('[data-part="session-agreement"]') as HTMLElement;
      // P̄ = 7/15 = 47%; kappa = 49/369 = 0.13, "slight" (see fixtures/workshop-session.ts).
      await expect(figures.querySelector('[data-figure="session-agreement"]')).toHaveTextContent('47%');
      await expect(figures.querySelector('[data-figure="session-kappa"]')).toHaveTextContent('0.13, slight');
      await expect(args.onSessionComplete).toHaveBeenCalledTimes(1);
      canvas.getByRole('button', { name: 'Export as CSV' }).focus();
      await press('{Enter}');
      await waitFor(() => expect(args.onExport).toHaveBeenCalledTimes(1));
      const file = (args.onExport as ReturnType<typeof fn>).mock.calls[0]![0] as {
        name: string;
        text: string;
      };
      await expect(file.name).toBe('levelwise-workshop-telford-wrekin-2026-11-22-0930.csv');
      const lines = file.text.trimEnd().split('\r\n');
      await expect(lines).toHaveLength(7);
      await expect(lines[6]).toContain(',46.7,38.5,0.133,slight,5,');
      await expect(announcer(canvasElement)).toHaveTextContent(/Exported the session as CSV/);
    });
    await step('a new session starts from the set-up, with focus on its heading', async () => {
      canvas.getByRole('button', { name: 'Start a new session' }).focus();
      await press('{Enter}');
      await expectFocusOn(canvasElement, '[data-screen-heading="choosing"]');
      await expect(canvas.getByText('No vignettes chosen yet.')).toBeVisible();
    });
  },
};

export const ShowOfHands: Story = {
  name: 'Show of hands counted per level',
  args: {
    defaultVotingMode: 'hands',
    storage: memoryStorage(
      savedSession([
        { type: 'SELECT_AREA', area: 'sandwell' },
        { type: 'TOGGLE_VIGNETTE', vignetteId: 'ruby-young-carer' },
        { type: 'START' },
        { type: 'OPEN_VOTING' },
      ]).replace('"votingMode":"groups"', '"votingMode":"hands"'),
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Hands raised for each level' })).toBeVisible();
    const level3 = canvas.getByRole('textbox', { name: /^3 / });
    await userEvent.clear(level3);
    await userEvent.type(level3, '12');
    const level4 = canvas.getByRole('textbox', { name: /^4 / });
    await userEvent.clear(level4);
    await userEvent.type(level4, 'x');
    await expect(level4).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText('Enter a whole number from 0 to 999.')).toBeVisible();
    await userEvent.clear(level4);
    await userEvent.type(level4, '6');
    await expect(canvas.getByText('18 votes counted.')).toBeVisible();
    // Typing digits in a count does not fire the presenter shortcuts; the button reveals.
    await userEvent.click(canvas.getByRole('button', { name: 'Close voting and reveal' }));
    await expectFocusOn(canvasElement, '[data-screen-heading="revealing"]');
    const distribution = canvasElement.querySelector('[data-part="distribution"]') as HTMLElement;
    await expect(within(distribution).getByText(/^Level 3, .*: 12 votes \(67%\)/)).toBeInTheDocument();
    await expect(within(distribution).getByText(/^Level 4, .*: 6 votes \(33%\)/)).toBeInTheDocument();
    // 12·11 + 6·5 = 162 agreeing ordered pairs of 18·17 = 306: 53%.
    await expect(canvasElement.querySelector('[data-figure="stage-agreement"]')).toHaveTextContent('53%');
  },
};

export const RevealUnderCall: Story = {
  name: 'Reveal: significant harm under-called, keyed indicators, another area',
  ...visualStory,
  args: { storage: memoryStorage(savedSession(TO_OSKAR_STAGE_3_REVEAL)) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: /^Reveal: / })).toBeVisible();
    await expect(canvas.getByText('The answer key is level 4, Acute.')).toBeVisible();
    const warning = canvasElement.querySelector('[data-part="under-calls"]');
    await expect(warning).toHaveTextContent('1 vote was below level 4 where the key is significant harm.');
    // The keyed indicators are shown in the matrix, marked with a visible word.
    const matrix = canvasElement.querySelector('[data-part="matrix"]') as HTMLElement;
    const keyed = matrix.querySelectorAll('[data-state="highlighted"]');
    await expect(keyed.length).toBeGreaterThan(0);
    await expect(within(matrix).getAllByText('Keyed').length).toBeGreaterThan(0);
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'How would another area level this stage?' }),
      'dudley',
    );
    await expect(canvas.getByRole('table', { name: 'Response and consent in the two areas' })).toBeVisible();
    await expect(canvas.getByRole('rowheader', { name: 'Dudley' })).toBeVisible();
  },
};

export const ResumeAndDiscuss: Story = {
  name: 'Resume a saved session: discussion, notes and the timer',
  args: {
    storage: memoryStorage(
      savedSession([...TO_OSKAR_STAGE_3_REVEAL, { type: 'DISCUSS' }], {
        notes: { 'oskar-health-visitor/2': 'Group 3 wanted more information first.' },
      }),
    ),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(announcer(canvasElement)).toHaveTextContent('Your last workshop session was restored.');
    const notes = canvas.getByRole('textbox', { name: /Notes from the discussion/ });
    await expect(notes).toHaveValue('Group 3 wanted more information first.');
    await userEvent.type(notes, ' Then agreed.');
    // Typing in the notes never triggers shortcuts ("n" would move on).
    await expect(canvas.getByRole('heading', { name: 'Discussion' })).toBeVisible();
    const storage = args.storage as ReturnType<typeof memoryStorage>;
    await waitFor(() => expect(storage.text).toContain('Then agreed.'));
    // Trainer notes hide and show with S (focus outside a field).
    const toggle = canvas.getByRole('button', { name: 'Hide trainer notes' });
    toggle.focus();
    await press('s');
    await expect(canvas.getByRole('button', { name: 'Show trainer notes' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await press('t');
    await expect(canvas.getByRole('button', { name: 'Pause timer' })).toBeVisible();
    await press('T');
    await expect(canvas.getByRole('button', { name: 'Start timer' })).toBeVisible();
    await expect(canvas.getByRole('timer')).toHaveTextContent('5:00');
  },
};

export const ContentNoteAndLookBack: Story = {
  name: 'Content note once per case, and looking back at the previous stage (P)',
  args: {
    storage: memoryStorage(
      savedSession([
        { type: 'SELECT_AREA', area: 'nottingham-city' },
        { type: 'TOGGLE_VIGNETTE', vignetteId: 'oskar-health-visitor' },
        { type: 'START' },
        { type: 'OPEN_VOTING' },
        { type: 'SET_VOTES', votes: [0, 2, 2, 0] },
        { type: 'CLOSE_VOTING' },
        { type: 'DISCUSS' },
        { type: 'NEXT' },
      ]),
    ),
  },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await step('the content note comes first; showing the case moves focus into it', async () => {
      const show = canvas.getByRole('button', { name: 'Show the case' });
      show.focus();
      await press('{Enter}');
      await waitFor(() => expect(canvas.queryByRole('button', { name: 'Show the case' })).toBeNull());
    });
    await step('P opens the previous stage and focuses it', async () => {
      const earlier = canvasElement.querySelector('details[data-state="earlier"]') as HTMLDetailsElement;
      await expect(earlier.open).toBe(false);
      await press('p');
      await expect(earlier.open).toBe(true);
      await expect(earlier.querySelector('summary')).toHaveFocus();
    });
    await step('the next stage of the same case does not ask again', async () => {
      canvas.getByRole('button', { name: 'Open voting' }).focus();
      await press('n');
      await expectFocusOn(canvasElement, '[data-screen-heading="voting"]');
      for (const level of ['3', '3']) await press(level);
      await waitFor(() => expect(canvas.getByText('2 of 4 groups have voted.')).toBeVisible());
      await press('r');
      await expectFocusOn(canvasElement, '[data-screen-heading="revealing"]');
      await press('n');
      await expectFocusOn(canvasElement, '[data-screen-heading="discussing"]');
      await press('n');
      await expectFocusOn(canvasElement, '[data-screen-heading="presenting"]');
      await expect(canvas.getByRole('heading', { name: /^Stage 3 of 3: / })).toBeVisible();
      await expect(canvas.queryByRole('button', { name: 'Show the case' })).toBeNull();
    });
  },
};

export const HighContrastReveal: Story = {
  name: 'High contrast on the projector (reveal)',
  args: { storage: memoryStorage(savedSession([...TO_OSKAR_STAGE_3_REVEAL, { type: 'DISCUSS' }])) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'High contrast' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    toggle.focus();
    await press('{Enter}');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(canvasElement.querySelector('.lw-workshop')).toHaveAttribute(
      'data-lw-theme',
      'high-contrast',
    );
    // The answer-key bars say so in words as well as by pattern.
    await expect(canvas.getAllByText('Answer key').length).toBeGreaterThan(0);
    // (axe runs on this state after the play function.)
  },
};

export const UnreadableSavedSession: Story = {
  name: 'A saved session that cannot be trusted: a new session, and the reason',
  args: { storage: memoryStorage('{"format":"levelwise-workshop-saved","version":7}') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(announcer(canvasElement)).toHaveTextContent(
      'A saved session could not be restored, so a new session has started.',
    );
    await expect(
      canvas.getByText(/the saved session has version 7, expected 1\). This is a new session\./),
    ).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Set up the session' })).toBeVisible();
  },
};

export const StorageFull: Story = {
  name: 'A store that refuses to save: an alert, and the session carries on',
  args: {
    storage: {
      load: () => null,
      save: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/could not be saved in this browser .*Export it before closing/);
    canvas.getByRole('checkbox', { name: /Ruby/ }).focus();
    await press(' ');
    canvas.getByRole('button', { name: 'Start the session' }).focus();
    await press('{Enter}');
    await expectFocusOn(canvasElement, '[data-screen-heading="presenting"]');
  },
};

export const ShortcutsHelp: Story = {
  name: 'Presenter shortcuts in a dialog',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: /Shortcuts/ });
    opener.focus();
    await press('?');
    const dialog = await canvas.findByRole('dialog', { name: 'Presenter shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(within(dialog).getByText('Close voting and reveal the answer key')).toBeVisible();
    await press('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
  },
};
