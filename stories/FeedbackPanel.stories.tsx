import { getIndicator, levelName } from '@levelwise/frameworks';
import { type FeedbackIndicator, FeedbackPanel } from '@levelwise/ui/feedback-panel';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { visualStory } from './visual.ts';

const AREA = 'telford-wrekin' as const;

/** Real Telford & Wrekin indicators, quoted with their level names and source lines. */
function cite(id: string, matched?: boolean): FeedbackIndicator {
  const indicator = getIndicator(id);
  if (!indicator) throw new Error(`Story data: no indicator ${id} in @levelwise/frameworks.`);
  const span = indicator.provenance.spans[0]!;
  return {
    id,
    text: indicator.textVerbatim,
    level: { ordinal: indicator.level, name: levelName(AREA, indicator.level) },
    dimension: indicator.dimension,
    source: `Telford & Wrekin threshold guidance, line ${span.start}${span.end > span.start ? `–${span.end}` : ''}`,
    ...(matched === undefined ? {} : { matched }),
  };
}

const level = (ordinal: 1 | 2 | 3 | 4) => ({ ordinal, name: levelName(AREA, ordinal) });

const meta = {
  title: 'Components/FeedbackPanel',
  component: FeedbackPanel,
  args: {
    title: 'Feedback: the six-week visit',
    areaName: 'Telford & Wrekin',
    fraction: 1,
    chosenLevel: level(4),
    expectedLevels: [level(4)],
    focusOnMount: false,
    indicators: [cite('tw-4-basic-care-safety-protection-f70e9a', true)],
    parts: [
      {
        id: 'level',
        label: 'Level of need',
        points: 4,
        maxPoints: 4,
        explanations: ['Within the expected level: full credit.'],
      },
      {
        id: 'evidence',
        label: 'Evidence',
        points: 3,
        maxPoints: 3,
        explanations: [
          'You picked both facts that matter (recall 2 of 2) and nothing that does not (precision 2 of 2).',
        ],
      },
    ],
    rationale:
      'Any bruise on a baby who cannot yet move about is a level-4 indicator in every area that mentions it: babies who are not mobile rarely bruise by accident. Refer the same day, even when a parent offers an explanation.',
  },
  parameters: {
    docs: {
      description: {
        component: [
          'Feedback on a decision or a stage: the verdict and partial credit, the level chosen against the level the matrix points to (with the local level names), the exact matrix indicators that decide it, how each mark was given, and the expert rationale.',
          'When significant harm was under-called, a warning comes first and stays prominent whatever the points: it is the unsafe error. The heading takes focus when the panel appears, so keyboard and screen-reader users land on the feedback.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof FeedbackPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Correct: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Feedback: the six-week visit' })).toHaveAttribute(
      'data-verdict',
      'correct',
    );
    await expect(canvas.getByText('Bruising on non mobile baby.')).toBeVisible();
    await expect(canvas.getByText(/line 211/)).toBeVisible();
  },
};

export const UnsafeUnderCall: Story = {
  name: 'Unsafe: significant harm under-called',
  args: {
    fraction: 0.35,
    chosenLevel: level(2),
    warnings: [
      {
        kind: 'level-under-call',
        message:
          'You placed this baby at level 2, but the matrix points to level 4 (Acute): significant harm. Under-calling a level-4 case leaves a child unprotected. Refer to Family Connect today.',
      },
    ],
    indicators: [cite('tw-4-basic-care-safety-protection-f70e9a', false)],
    parts: [
      {
        id: 'level',
        label: 'Level of need',
        points: 0,
        maxPoints: 4,
        explanations: ['Two levels below the matrix: no credit.'],
      },
      {
        id: 'evidence',
        label: 'Evidence',
        points: 1.5,
        maxPoints: 3,
        explanations: ['You found one of the two facts that matter.'],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The warning is text, announced as a warning, and comes before the marks.
    const warning = canvas.getByText(/Under-calling a level-4 case/);
    await expect(warning).toBeVisible();
    await expect(warning.textContent).toMatch(/^Warning: /);
    await expect(canvas.getByText(/2 levels lower than the matrix/)).toBeVisible();
    await expect(canvas.getByText('✗ You did not pick the fact behind this')).toBeVisible();
  },
};

export const PartlyCorrectBand: Story = {
  name: 'Partly correct, contested band',
  args: {
    title: 'Feedback: attendance and missed appointments',
    fraction: 0.6,
    chosenLevel: level(2),
    expectedLevels: [level(2), level(3)],
    indicators: [cite('tw-2-learning-education-36eca6', true), cite('tw-3-health-78f46f', false)],
    parts: [
      {
        id: 'level',
        label: 'Level of need',
        points: 4,
        maxPoints: 4,
        explanations: ['Within the acceptable band (2 or 3): full credit.'],
      },
      {
        id: 'response',
        label: 'Response',
        points: 0.5,
        maxPoints: 1,
        explanations: ['One step from the expected response: half credit.'],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/either is defensible/)).toBeVisible();
  },
};

export const FocusOnMount: Story = {
  name: 'Takes focus when it appears',
  args: { focusOnMount: true },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { name: 'Feedback: the six-week visit' }),
    ).toHaveFocus();
  },
};

export const HighContrast: Story = {
  globals: { theme: 'high-contrast' },
  args: { ...UnsafeUnderCall.args },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <FeedbackPanel {...args} id="fb-correct" />
      <FeedbackPanel
        {...args}
        {...UnsafeUnderCall.args}
        id="fb-unsafe"
        title="Feedback: the same visit, under-called"
      />
      <FeedbackPanel {...args} {...PartlyCorrectBand.args} id="fb-band" rationale={undefined} />
    </div>
  ),
};
