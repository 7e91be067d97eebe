import { levelName } from '@levelwise/frameworks';
import { ScoreSummary, type ScoreVignette, scoreSummaryExamples } from '@levelwise/ui/score-summary';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { visualStory } from './visual.ts';

const [passed, unsafe, hostFails] = scoreSummaryExamples;

/** The same results with Sandwell's level names from @levelwise/frameworks (levels compared by ordinal). */
function withAreaNames(vignettes: readonly ScoreVignette[], area: 'sandwell'): ScoreVignette[] {
  const named = (l: { ordinal: number }) => ({
    ordinal: l.ordinal,
    name: levelName(area, l.ordinal as 1 | 2 | 3 | 4),
  });
  return vignettes.map((v) => ({
    ...v,
    chosenLevel: v.chosenLevel ? named(v.chosenLevel) : null,
    expectedLevels: v.expectedLevels.map(named),
  }));
}

const meta = {
  title: 'Components/ScoreSummary',
  component: ScoreSummary,
  args: { ...passed!.props, id: 'score' },
  argTypes: {
    vignettes: { control: false },
    domains: { control: false },
    confidence: { control: false },
    passMark: { control: { type: 'range', min: 0, max: 1, step: 0.05 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The results at the end of the course, from plain data. The overall score against the pass mark with a plain ' +
          '"You passed" or "You have not passed yet" statement (and how far short); a table of cases with the level chosen ' +
          'and the level expected as LevelBadges, points, a verdict in words and an "Unsafe: significant harm under-called" ' +
          'marker in words; a table of the three sides of the triangle with each percentage as a number and a bar; and a ' +
          'confidence-calibration table ("When you were very confident you were right 4 times out of 5"). Read-only: no tab ' +
          'stops. Tables are real tables that stack into labelled cards in narrow containers, keeping their table roles. ' +
          'Prints without backgrounds. See packages/ui/src/score-summary/README.md.',
      },
    },
  },
} satisfies Meta<typeof ScoreSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Passed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Your results' });
    await expect(region).toHaveAttribute('data-state', 'passed');
    await expect(canvas.getByText('You passed')).toBeVisible();
    await expect(
      canvas.getByText(/You scored 83% \(33 of 40 points\)\. The pass mark is 80%\./),
    ).toBeVisible();
    // Cases: a real table with column headers and row headers.
    const cases = canvas.getByRole('table', { name: 'Score by case' });
    await expect(
      within(cases)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Case', 'Your level', 'Expected level', 'Points', 'Result']);
    await expect(
      within(cases).getByRole('rowheader', { name: 'Amara, 7 weeks: the six-week visit' }),
    ).toBeVisible();
    // Triangle: three rows, each percentage printed as a number beside its bar.
    const domains = canvas.getByRole('table', { name: 'Score by side of the triangle' });
    await expect(within(domains).getAllByRole('row')).toHaveLength(4);
    await expect(within(domains).getByRole('row', { name: /Parenting capacity/ })).toHaveTextContent('75%');
    // Calibration: five rows, one per rating, with the reading in words.
    const calibration = canvas.getByRole('table', { name: 'How well your confidence matched your answers' });
    await expect(within(calibration).getAllByRole('row')).toHaveLength(6);
    await expect(
      within(calibration).getByText('When you were very confident you were right 4 times out of 5.'),
    ).toBeVisible();
  },
};

export const NotPassedUnsafe: Story = {
  name: 'Not passed, with an unsafe answer',
  args: { ...unsafe!.props, id: 'score' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Your results' })).toHaveAttribute('data-unsafe', 'true');
    await expect(canvas.getByText('You have not passed yet')).toBeVisible();
    await expect(canvas.getByText(/57 percentage points more are needed/)).toBeVisible();
    // The unsafe marker is words in the case's row, not only a red rule.
    const row = canvas.getByRole('row', { name: /Ellis, 4: the repairs visit/ });
    await expect(row).toHaveAttribute('data-unsafe', 'true');
    await expect(within(row).getByText('Unsafe: significant harm under-called')).toBeVisible();
    const warning = canvasElement.querySelector('.lw-score__unsafe-note strong');
    await expect(warning?.textContent).toMatch(
      /^Warning: In 1 case you placed a child below the level of significant harm/,
    );
    await expect(within(canvas.getByRole('row', { name: /Ioana/ })).getByText('No answer')).toBeVisible();
    await expect(canvas.getByText(/^Take care: you were often wrong when you felt sure/)).toBeVisible();
  },
};

export const HostFailsUnsafe: Story = {
  name: 'Above the mark, failed by the host for an unsafe answer',
  args: { ...hostFails!.props, id: 'score', confidence: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/an unsafe answer means this attempt does not pass/)).toBeVisible();
    await expect(canvas.queryByRole('table', { name: /confidence/ })).toBeNull();
  },
};

export const SandwellLevelNames: Story = {
  name: 'Sandwell level names (from @levelwise/frameworks)',
  args: { ...passed!.props, id: 'score', vignettes: withAreaNames(passed!.props.vignettes, 'sandwell') },
  play: async ({ canvasElement }) => {
    const row = within(canvasElement).getByRole('row', { name: /Ellis/ });
    await expect(row).toHaveTextContent(levelName('sandwell', 4));
  },
};

export const KeyboardOnly: Story = {
  name: 'Keyboard: read-only, no tab stops',
  render: (args) => (
    <div>
      <button type="button">Back</button>
      <ScoreSummary {...args} />
      <button type="button">Finish</button>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Finish' })).toHaveFocus();
  },
};

export const Narrow: Story = {
  name: 'Reflow at 320 px',
  args: { ...unsafe!.props, id: 'score' },
  render: (args) => (
    <div style={{ width: 320, border: '1px dashed #b1b4b6' }}>
      <ScoreSummary {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('.lw-score');
    await expect(root).not.toBeNull();
    // No horizontal scrolling: every table fits the 320 px column, stacked into labelled cards.
    await expect(root!.scrollWidth).toBeLessThanOrEqual(320);
    for (const table of canvasElement.querySelectorAll<HTMLElement>('table')) {
      await expect(table.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    }
    const label = canvasElement.querySelector('.lw-score__cell-label');
    await expect(label && getComputedStyle(label).display).toBe('block');
    // Still a table for assistive technology.
    await expect(within(canvasElement).getByRole('table', { name: 'Score by case' })).toBeVisible();
  },
};

export const HighContrast: Story = {
  name: 'High-contrast theme',
  globals: { theme: 'high-contrast' },
  args: { ...unsafe!.props, id: 'score' },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '3rem' }}>
      {scoreSummaryExamples.map((example) => (
        <div key={example.name} data-example={example.name}>
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
            {example.description}
          </p>
          <ScoreSummary {...example.props} title={`Your results (${example.name})`} />
        </div>
      ))}
      <div data-lw-theme="high-contrast" data-example="high-contrast">
        <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
          High-contrast theme
        </p>
        <ScoreSummary {...unsafe!.props} id="score-hc" title="Your results (high contrast)" />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.lw-score').length).toBe(scoreSummaryExamples.length + 1);
  },
};
