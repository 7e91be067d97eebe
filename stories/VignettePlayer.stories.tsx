import { VignettePlayer } from '@levelwise/player/vignette';
import type { StageAnswer } from '@levelwise/scenarios';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  answerStageByKeyboard,
  correctChoices,
  expectFocusedHeading,
  pressButton,
  tabTo,
} from './fixtures/player-keyboard.ts';
import { frameworkFor, lookup, oskar, ruby, stageKeys } from './fixtures/player-vignettes.ts';
import { visualStory } from './visual.ts';

const telford = frameworkFor('telford-wrekin');
const sandwell = frameworkFor('sandwell');
const oskarTelford = stageKeys(oskar, 'telford-wrekin');
const rubySandwell = stageKeys(ruby, 'sandwell');

const meta = {
  title: 'Player/VignettePlayer',
  component: VignettePlayer,
  args: {
    id: 'case',
    vignette: oskar,
    area: 'telford-wrekin',
    lookup,
    framework: telford,
    mode: 'practice',
    focusOnMount: false,
    onDecision: fn(),
    onProgress: fn(),
    onComplete: fn(),
  },
  argTypes: {
    vignette: { control: false },
    lookup: { control: false },
    framework: { control: false },
    machine: { control: false },
    resume: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One learner working through one case: binds scenarios’ `vignetteMachine` to the ui components. Content note ' +
          '(VignetteReader), then for each stage: read, choose the evidence and its side of the triangle (EvidencePicker), ' +
          'the level in the area’s own names (LevelPicker, or the interactive windscreen), what to do next naming the ' +
          'area’s front door and deadline (ResponsePicker), consent (ConsentDecision) and confidence (ConfidenceScale). ' +
          'Practice shows feedback (FeedbackPanel) after each stage; assessment at the end. Focus moves to each new ' +
          'screen’s heading, which carries the step ("Stage 1 of 3 · Step 3 of 6: level of need"); feedback is ' +
          'announced in a polite live region. Real data: the shipped YAML and @levelwise/frameworks.',
      },
    },
  },
} satisfies Meta<typeof VignettePlayer>;

export default meta;
type Story = StoryObj<typeof meta>;

const announcer = (root: HTMLElement) => root.querySelector('#case-announcer');

export const PracticeByKeyboard: Story = {
  name: 'Practice, keyboard only (1 of 2): content note, stages 1 and 2 with feedback',
  play: async ({ canvasElement, args, step }) => {
    const root = canvasElement;
    const canvas = within(root);
    await step('The content note comes first; the case is not on the page', async () => {
      await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(
        'Before you start: a content note Content note',
      );
      await expect(root.querySelector('[data-sentence-id]')).toBeNull();
    });
    await step('Show the case with the keyboard; focus moves to the stage heading', async () => {
      await pressButton(root, 'Show the case');
      const heading = await expectFocusedHeading(root, /Read stage 1: the eight-week visit/);
      await expect(heading).toHaveTextContent('Stage 1 of 3 · Step 1 of 6: read the case');
    });
    for (const [i, key] of oskarTelford.slice(0, 2).entries()) {
      await step(`Stage ${i + 1}: answer every question by keyboard and submit`, async () => {
        await answerStageByKeyboard(root, 'case', key, correctChoices(oskar, key), 'Submit and see feedback');
      });
      await step(`Stage ${i + 1}: feedback takes focus, is announced, and is correct`, async () => {
        const heading = await expectFocusedHeading(root, new RegExp(`Feedback on stage ${i + 1}`));
        await expect(heading).toHaveTextContent(`Stage ${i + 1} of 3 · Feedback`);
        const panel = canvas.getByRole('region', { name: `How you did on stage ${i + 1}` });
        await expect(panel).toHaveAttribute('data-verdict', 'correct');
        await expect(panel).toHaveAttribute('data-state', 'safe');
        await expect(panel).toHaveTextContent('Correct');
        // The deciding indicators are quoted with Telford's own level names.
        await expect(panel).toHaveTextContent(key.level === 2 ? 'Vulnerable' : 'Complex');
        await waitFor(() => expect(announcer(root)).toHaveTextContent(/Correct: 100% of the marks\./));
        await expect(args.onDecision).toHaveBeenCalledTimes(i + 1);
        await pressButton(root, `Continue to stage ${i + 2}`);
        await expectFocusedHeading(root, new RegExp(`Read stage ${i + 2}`));
        await waitFor(() =>
          expect(announcer(root)).toHaveTextContent(`New information. Stage ${i + 2} of 3`),
        );
      });
    }
  },
};

/** Continues the walk above at stage 3 (stages 1 and 2 answered), so each half stays within the test timeout. */
export const PracticeUnderCallByKeyboard: Story = {
  name: 'Practice, keyboard only (2 of 2): stage 3 under-called, the warning and the summary',
  args: {
    resume: {
      answers: oskarTelford.slice(0, 2).map((key) => {
        const c = correctChoices(oskar, key);
        const domains = [
          'child-development',
          'parenting-capacity',
          'family-environment',
          'extra-familial',
        ] as const;
        return {
          facts: c.facts.map((f) => ({ id: f.id, domain: domains[f.domainIndex]! })),
          level: c.level,
          response: c.response as StageAnswer['response'],
          consent: c.consent as StageAnswer['consent'],
          confidence: 4 as const,
        };
      }),
    },
  },
  play: async ({ canvasElement, args, step }) => {
    const root = canvasElement;
    const canvas = within(root);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Stage 3 of 3 · Step 1 of 6');
    await step('Stage 3: under-call the bruised baby at level 2', async () => {
      const key = oskarTelford[2]!;
      await answerStageByKeyboard(
        root,
        'case',
        key,
        {
          ...correctChoices(oskar, key),
          level: 2,
          response: 'early-help-conversation',
          consent: 'seek-consent',
        },
        'Submit and see feedback',
      );
      await expectFocusedHeading(root, /Feedback on stage 3/);
      const panel = canvas.getByRole('region', { name: 'How you did on stage 3' });
      await expect(panel).toHaveAttribute('data-state', 'unsafe');
      await expect(panel).toHaveTextContent(/Warning/);
      await expect(panel).toHaveTextContent('Acute');
      await waitFor(() =>
        expect(announcer(root)).toHaveTextContent('Warning: significant harm was under-called.'),
      );
    });
    await step('The summary: score, verdict, calibration; onComplete called once', async () => {
      await pressButton(root, 'See the summary');
      await expectFocusedHeading(root, /Case summary/);
      await expect(canvas.getByText(/You scored/)).toBeVisible();
      await expect(canvas.getByText(/Not passed: 1 unsafe error/)).toBeVisible();
      await expect(args.onComplete).toHaveBeenCalledTimes(1);
      const completion = (args.onComplete as ReturnType<typeof fn>).mock.calls[0]?.[0];
      await expect(completion.answers).toHaveLength(3);
      await expect(completion.progress.complete).toBe(true);
      await expect(completion.overall.passed).toBe(false);
    });
  },
};

export const AssessmentByKeyboard: Story = {
  name: 'Assessment, keyboard only: feedback only at the end',
  args: { vignette: ruby, area: 'sandwell', framework: sandwell, mode: 'assessment' },
  play: async ({ canvasElement, args, step }) => {
    const root = canvasElement;
    const canvas = within(root);
    await step('No content note: the case starts at stage 1', async () => {
      await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(
        'Stage 1 of 2 · Step 1 of 6: read the case',
      );
    });
    await step('Stage 1 by keyboard: no feedback, straight on to stage 2', async () => {
      const key = rubySandwell[0]!;
      await answerStageByKeyboard(
        root,
        'case',
        key,
        correctChoices(ruby, key),
        'Submit and go to the next stage',
      );
      await expectFocusedHeading(root, /Read stage 2/);
      await expect(canvas.queryByRole('region', { name: /How you did/ })).toBeNull();
      await expect(args.onDecision).toHaveBeenCalledTimes(1);
    });
    await step('Stage 2 by keyboard, one level too high', async () => {
      const key = rubySandwell[1]!;
      await answerStageByKeyboard(
        root,
        'case',
        key,
        { ...correctChoices(ruby, key), level: 3 },
        'Submit your answers',
      );
    });
    await step('Feedback on the whole case: each stage, verdict and the deciding indicators', async () => {
      await expectFocusedHeading(root, /Your feedback/);
      await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Feedback on the whole case');
      await expect(canvas.getByRole('region', { name: /Stage 1: the autumn term|Stage 1:/ })).toBeVisible();
      const stage2 = canvas.getByRole('region', { name: /^Stage 2:/ });
      await expect(stage2).toHaveAttribute('data-verdict', 'partly-correct');
      await waitFor(() =>
        expect(announcer(root)).toHaveTextContent(/Feedback on the whole case\. Partly correct/),
      );
      await pressButton(root, 'See the summary');
      await expectFocusedHeading(root, /Case complete/);
      await expect(args.onComplete).toHaveBeenCalledTimes(1);
    });
  },
};

export const BackToRevise: Story = {
  name: 'Keyboard: Back keeps earlier choices',
  args: { vignette: ruby, area: 'sandwell', framework: sandwell },
  play: async ({ canvasElement }) => {
    const root = canvasElement;
    const key = rubySandwell[0]!;
    const first = correctChoices(ruby, key).facts[0]!;
    await pressButton(root, 'Continue to the evidence');
    await expectFocusedHeading(root, /Which facts matter\?/);
    const box = within(root).getAllByRole('checkbox')[key.activeFactIds.indexOf(first.id)]!;
    await tabTo(box);
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await pressButton(root, 'Continue to the level of need');
    await expectFocusedHeading(root, /What level of need/);
    await pressButton(root, 'Back');
    await expectFocusedHeading(root, /Which facts matter\?/);
    await expect(within(root).getAllByRole('checkbox')[key.activeFactIds.indexOf(first.id)]).toBeChecked();
  },
};

export const ErrorsBeforeContinuing: Story = {
  name: 'Continue without an answer: errors in words, nothing lost',
  args: { vignette: ruby, area: 'sandwell', framework: sandwell },
  play: async ({ canvasElement }) => {
    const root = canvasElement;
    await pressButton(root, 'Continue to the evidence');
    await expectFocusedHeading(root, /Which facts matter\?/);
    await pressButton(root, 'Continue to the level of need');
    // Still on the evidence step, with the picker's error.
    await expect(within(root).getByRole('heading', { level: 2 })).toHaveTextContent('Which facts matter?');
    await expect(root.querySelector('[data-step]')).toHaveAttribute('data-step', 'evidence');
    await expect(within(root).getAllByText(/Error:/).length).toBeGreaterThan(0);
    await waitFor(() => expect(announcer(root)).toHaveTextContent(/^There is a problem: /));
  },
};

export const WindscreenLevel: Story = {
  name: 'Level chosen on the windscreen',
  args: {
    vignette: ruby,
    area: 'sandwell',
    framework: sandwell,
    levelInput: 'windscreen',
    resume: {
      answers: [],
      step: 'level',
      draft: {
        facts: [{ id: correctChoices(ruby, rubySandwell[0]!).facts[0]!.id }],
        level: null,
        response: null,
        consent: null,
        confidence: null,
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement;
    const group = within(root).getByRole('radiogroup', {
      name: /Choose a level on the Sandwell continuum of need/,
    });
    const radios = within(group).getAllByRole('radio');
    await tabTo(radios[0]!);
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await expect(radios[2]).toHaveAttribute('aria-checked', 'true');
    await pressButton(root, 'Continue to what you do next');
    await expectFocusedHeading(root, /What should you do next\?/);
  },
};

function correctAnswer(stage: number): StageAnswer {
  const c = correctChoices(ruby, rubySandwell[stage]!);
  const domains = [
    'child-development',
    'parenting-capacity',
    'family-environment',
    'extra-familial',
  ] as const;
  return {
    facts: c.facts.map((f) => ({ id: f.id, domain: domains[f.domainIndex]! })),
    level: c.level,
    response: c.response as StageAnswer['response'],
    consent: c.consent as StageAnswer['consent'],
    confidence: 3,
  };
}
const rubyStage1 = correctAnswer(0);
const rubyStage2: StageAnswer = { ...correctAnswer(1), level: 3 };

/** Every screen of the player, resumed into place, for the visual baselines at 375 and 1280 px. */
export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: (args) => (
    <div style={{ display: 'grid', gap: '3rem' }}>
      <VignettePlayer {...args} id="state-note" />
      <VignettePlayer {...args} id="state-reading" vignette={ruby} area="sandwell" framework={sandwell} />
      <VignettePlayer
        {...args}
        id="state-evidence"
        vignette={ruby}
        area="sandwell"
        framework={sandwell}
        resume={{
          answers: [],
          step: 'evidence',
          draft: {
            facts: rubyStage1.facts.slice(0, 2),
            level: null,
            response: null,
            consent: null,
            confidence: null,
          },
        }}
      />
      <VignettePlayer
        {...args}
        id="state-level"
        vignette={ruby}
        area="sandwell"
        framework={sandwell}
        resume={{
          answers: [],
          step: 'level',
          draft: { ...rubyStage1, level: 3, response: null, consent: null, confidence: null },
        }}
      />
      <VignettePlayer
        {...args}
        id="state-feedback"
        vignette={ruby}
        area="sandwell"
        framework={sandwell}
        resume={{ answers: [rubyStage1, rubyStage2] }}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const steps = [...canvasElement.querySelectorAll('[data-step]')].map((e) => e.getAttribute('data-step'));
    await expect(steps).toEqual(['contentNote', 'reading', 'evidence', 'level', 'stageFeedback']);
  },
};

/** 320 px (a phone, or 1280 px at 400% zoom): every step reflows with nothing wider than the column. */
export const Reflow320: Story = {
  name: 'Reflow at 320 px: evidence, level, feedback',
  render: (args) => (
    <div data-testid="column" style={{ width: '320px', display: 'grid', gap: '2rem' }}>
      <VignettePlayer
        {...args}
        id="narrow-evidence"
        vignette={ruby}
        area="nottingham-city"
        framework={frameworkFor('nottingham-city')}
        resume={{
          answers: [],
          step: 'evidence',
          draft: { ...rubyStage1, level: null, response: null, consent: null, confidence: null },
        }}
      />
      <VignettePlayer
        {...args}
        id="narrow-level"
        vignette={ruby}
        area="nottingham-city"
        framework={frameworkFor('nottingham-city')}
        resume={{
          answers: [],
          step: 'level',
          draft: { ...rubyStage1, level: 3, response: null, consent: null, confidence: null },
        }}
      />
      <VignettePlayer
        {...args}
        id="narrow-feedback"
        vignette={ruby}
        area="sandwell"
        framework={sandwell}
        resume={{ answers: [rubyStage1, rubyStage2] }}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const column = within(canvasElement).getByTestId('column');
    const limit = column.getBoundingClientRect().right + 1;
    const wide = [...column.querySelectorAll<HTMLElement>('*')].filter(
      (e) => e.getBoundingClientRect().right > limit && getComputedStyle(e).position !== 'absolute',
    );
    await expect(wide.map((e) => `${e.tagName}.${e.className}`)).toEqual([]);
    await expect(column.scrollWidth).toBeLessThanOrEqual(320);
  },
};
