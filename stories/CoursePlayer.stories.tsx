import { CoursePlayer, preloadCourseScreens } from '@levelwise/player/course';
import { decodeProgress, encodeEvidence, encodeProgress, type ProgressRecord } from '@levelwise/scenarios';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { answersFor, recordWith, standInModules } from './fixtures/player-course.tsx';
import {
  answerStageByKeyboard,
  correctChoices,
  expectFocusedHeading,
  pressButton,
  tabTo,
} from './fixtures/player-keyboard.ts';
import { frameworkFor, lookup, oskar, ruby, stageKeys } from './fixtures/player-vignettes.ts';
import { visualStory } from './visual.ts';

// The course loads its modules, cases and results after the first screen; load them now, so every story (and
// its screenshot) renders each screen whole.
await preloadCourseScreens();

const telford = frameworkFor('telford-wrekin');
const rubyKeys = stageKeys(ruby, 'telford-wrekin');

const meta = {
  title: 'Player/CoursePlayer',
  component: CoursePlayer,
  args: {
    id: 'course',
    area: 'telford-wrekin',
    framework: telford,
    lookup,
    vignettes: { practice: [ruby], assessment: [oskar] },
    learnerName: 'Sam Okafor',
    storageNote: (
      <p>
        Your progress is saved in your organisation’s learning system each time you finish a step, so you can
        stop and come back to the same place.
      </p>
    ),
    modules: standInModules,
    certificateDate: new Date('2026-11-20T12:00:00Z'),
    onProgressRecord: fn(),
    onDecision: fn(),
    onVignetteComplete: fn(),
    onAssessmentSubmitted: fn(),
    onCourseComplete: fn(),
  },
  argTypes: {
    framework: { control: false },
    lookup: { control: false },
    vignettes: { control: false },
    machine: { control: false },
    resume: { control: false },
    modules: { control: false },
    storageNote: { control: false },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The learner’s course: welcome (how long it takes, how progress is saved, display choices), the four ' +
          'learning modules, practice cases with feedback after every stage, the assessment with feedback at the ' +
          'end, and the results with a printable certificate. Binds scenarios’ `courseMachine` and a VignettePlayer ' +
          'per case; keeps the compact progress record (`onProgressRecord`) and resumes exactly where the learner ' +
          'left, mid-case included. Most stories use stand-in modules so the course’s own flow is quick to drive; ' +
          '*Real module* shows the first real one.',
      },
    },
  },
} satisfies Meta<typeof CoursePlayer>;

export default meta;
type Story = StoryObj<typeof meta>;

const lastRecord = (spy: unknown): ProgressRecord => {
  const calls = (spy as ReturnType<typeof fn>).mock.calls;
  return calls[calls.length - 1]?.[0] as ProgressRecord;
};

const trackerStatus = (root: HTMLElement, name: string | RegExp) =>
  within(within(root).getByRole('region', { name: 'Your progress' }))
    .getByText(name)
    .closest('[data-status]')
    ?.getAttribute('data-status');

export const WelcomeAndModulesByKeyboard: Story = {
  name: 'Keyboard only (1 of 3): welcome and the four modules',
  play: async ({ canvasElement, args, step }) => {
    const root = canvasElement;
    await step('Welcome: how long, how progress is saved, display choices', async () => {
      await expect(within(root).getByRole('heading', { level: 1 })).toHaveTextContent(
        'Deciding a child’s level of need in Telford & Wrekin',
      );
      await expect(within(root).getByText(/^About \d+ minutes\. You do not have to finish/)).toBeVisible();
      await expect(within(root).getByText(/saved in your organisation’s learning system/)).toBeVisible();
      await expect(trackerStatus(root, 'Welcome')).toBe('current');
      const contrast = within(root).getByRole('checkbox', { name: 'High-contrast colours' });
      await tabTo(contrast);
      await userEvent.keyboard(' ');
      await expect(root.querySelector('#course')).toHaveAttribute('data-lw-theme', 'high-contrast');
      const large = within(root).getByRole('radio', { name: 'Large' });
      await tabTo(within(root).getByRole('radio', { name: 'Standard' }), { shift: true });
      await userEvent.keyboard('{ArrowDown}');
      await expect(large).toBeChecked();
      await expect(root.querySelector('#course')).toHaveAttribute('data-lw-text-size', 'large');
      await pressButton(root, 'Start the course');
    });
    await step('Four modules, each announced by its heading taking focus', async () => {
      for (const [i, title] of [
        'The continuum of need',
        'The assessment triangle',
        'Significant harm, consent and information sharing',
        'When you disagree',
      ].entries()) {
        await expectFocusedHeading(root, `Module ${i + 1} of 4: ${title}`);
        await pressButton(root, 'Finish this module');
      }
      await expectFocusedHeading(root, 'Practice cases');
      await expect(trackerStatus(root, 'Module 4: When you disagree')).toBe('done');
      await expect(within(root).getByText('Do 1 more practice case to open the assessment.')).toBeVisible();
      await expect(lastRecord(args.onProgressRecord).modulesDone).toBe(15);
    });
  },
};

/** Continues from the modules (all done) to a practice case and back to the list. */
export const PracticeCaseByKeyboard: Story = {
  name: 'Keyboard only (2 of 3): a practice case with feedback after each stage',
  args: { resume: recordWith('telford-wrekin', []) },
  play: async ({ canvasElement, args, step }) => {
    const root = canvasElement;
    await expect(within(root).getByRole('heading', { level: 1 })).toHaveTextContent('Practice cases');
    await expect(within(root).getByText('Do 1 more practice case to open the assessment.')).toBeVisible();
    await step('A practice case by keyboard, with feedback after each stage', async () => {
      await pressButton(root, `Start case: ${ruby.title}`);
      await expectFocusedHeading(root, /Read stage 1/);
      for (const [i, key] of rubyKeys.entries()) {
        if (i > 0) await expectFocusedHeading(root, /Read stage 2/);
        await answerStageByKeyboard(
          root,
          'course-case',
          key,
          // Two facts are enough here (the VignettePlayer stories choose them all); it keeps the walk short.
          { ...correctChoices(ruby, key), facts: correctChoices(ruby, key).facts.slice(0, 2) },
          'Submit and see feedback',
        );
        await expectFocusedHeading(root, new RegExp(`Feedback on stage ${i + 1}`));
        await pressButton(root, i + 1 < rubyKeys.length ? `Continue to stage ${i + 2}` : 'See the summary');
      }
      await expectFocusedHeading(root, /Case summary/);
      await expect(args.onVignetteComplete).toHaveBeenCalledTimes(1);
      await pressButton(root, 'Back to the practice cases');
      await expectFocusedHeading(root, 'Practice cases');
      await expect(within(root).getByText('Done')).toBeVisible();
      await expect(args.onDecision).toHaveBeenCalledTimes(rubyKeys.length);
    });
    await step('The assessment opens; the record has the case', async () => {
      await expect(within(root).getByRole('button', { name: 'Start the assessment' })).toBeVisible();
      const record = lastRecord(args.onProgressRecord);
      await expect(record.vignettes.find((v) => v.vignetteId === ruby.id)?.complete).toBe(true);
    });
  },
};

/** Continues from the practice case done to the certificate. */
export const AssessmentToCertificateByKeyboard: Story = {
  name: 'Keyboard only (3 of 3): the assessment to the certificate',
  args: {
    // The same case as practice and assessment keeps this half short; the full course uses different ones.
    vignettes: { practice: [ruby], assessment: [ruby] },
    resume: recordWith('telford-wrekin', [
      { vignette: ruby, mode: 'practice', answers: answersFor(ruby, 'telford-wrekin'), complete: true },
    ]),
  },
  play: async ({ canvasElement, args, step }) => {
    const root = canvasElement;
    await expect(within(root).getByRole('heading', { level: 1 })).toHaveTextContent('Practice cases');
    await step('The assessment by keyboard: no feedback until the end', async () => {
      await pressButton(root, 'Start the assessment');
      await expect(within(root).getByRole('heading', { level: 1 })).toHaveTextContent(
        'Assessment case 1 of 1',
      );
      for (const [i, key] of rubyKeys.entries()) {
        await expectFocusedHeading(root, new RegExp(`Read stage ${i + 1}`));
        await answerStageByKeyboard(
          root,
          'course-case',
          key,
          correctChoices(ruby, key),
          i + 1 < rubyKeys.length ? 'Submit and go to the next stage' : 'Submit your answers',
        );
      }
      await expectFocusedHeading(root, /Your feedback/);
      await expect(within(root).queryByRole('region', { name: /^Stage 1/ })).toBeNull();
      // The last case's "Continue" goes straight to the results.
      await pressButton(root, 'Continue');
    });
    await step('Results: passed, the certificate with the learner’s name, the summary', async () => {
      await expectFocusedHeading(root, 'You have passed');
      await expect(args.onAssessmentSubmitted).toHaveBeenCalledWith(
        expect.objectContaining({ attempt: 1, passed: true }),
      );
      await expect(args.onCourseComplete).toHaveBeenCalledWith({ passed: true });
      const certificate = within(root).getByRole('region', { name: 'Certificate of completion' });
      await expect(certificate).toHaveTextContent('Sam Okafor');
      await expect(certificate).toHaveTextContent('20 November 2026');
      await expect(certificate).toHaveTextContent('Telford & Wrekin');
      await expect(within(root).getByRole('region', { name: 'Your summary' })).toBeVisible();
      await expect(trackerStatus(root, 'Results and certificate')).toBe('done');
      await expect(
        within(root).getByRole('button', { name: 'Print your certificate or save it as a PDF' }),
      ).toBeVisible();
      const record = lastRecord(args.onProgressRecord);
      await expect(record.passed).toBe(true);
      await expect(record.attempts).toBe(1);
      // The record the LMS keeps round-trips.
      await expect(decodeProgress(encodeProgress(record), 'telford-wrekin').status).toBe('ok');
    });
    await step('The indicators behind each decision open by keyboard', async () => {
      await pressButton(root, ruby.title);
      const stage2 = await within(root).findByRole('region', { name: /^Stage 2:/ });
      await expect(stage2).toHaveAttribute('data-verdict', 'correct');
      await expect(stage2).toHaveTextContent(rubyKeys[1]!.levelName);
    });
  },
};

export const FailAndRetake: Story = {
  name: 'Not passed: an unsafe under-call, retake rules, retake by keyboard',
  args: {
    resume: recordWith(
      'telford-wrekin',
      [
        { vignette: ruby, mode: 'practice', answers: answersFor(ruby, 'telford-wrekin'), complete: true },
        {
          vignette: oskar,
          mode: 'assessment',
          answers: answersFor(oskar, 'telford-wrekin', { 2: 2 }),
          complete: true,
        },
      ],
      { attempts: 1, bestScore: 70 },
    ),
  },
  play: async ({ canvasElement, args }) => {
    const root = canvasElement;
    await expect(within(root).getByRole('heading', { level: 1 })).toHaveTextContent('Your results');
    await expect(within(root).getByText(/2 attempts left/)).toBeVisible();
    await expect(within(root).getByText(/Unsafe: significant harm under-called/)).toBeVisible();
    await expect(within(root).getByRole('region', { name: 'Your score' })).toHaveAttribute(
      'data-state',
      'not-passed',
    );
    await expect(within(root).queryByRole('region', { name: 'Certificate of completion' })).toBeNull();
    await pressButton(root, 'Take the assessment again');
    await expectFocusedHeading(root, /Content note/);
    await expect(within(root).getByRole('heading', { level: 1 })).toHaveTextContent('Assessment case 1 of 1');
    // The retake starts afresh: the old answers are gone from the record.
    await waitFor(() =>
      expect(lastRecord(args.onProgressRecord).vignettes.filter((v) => v.mode === 'assessment')).toHaveLength(
        0,
      ),
    );
    await expect(args.onCourseComplete).not.toHaveBeenCalled();
  },
};

export const ResumeMidCase: Story = {
  name: 'Resume mid-case: back at the consent question with earlier choices',
  args: {
    resume: (() => {
      const record = recordWith('telford-wrekin', [
        {
          vignette: ruby,
          mode: 'practice',
          answers: answersFor(ruby, 'telford-wrekin').slice(0, 1),
          complete: false,
        },
      ]);
      const draftAnswer = answersFor(ruby, 'telford-wrekin')[1]!;
      const entry = record.vignettes[0]!;
      entry.draft = {
        step: 'consent',
        level: draftAnswer.level,
        response: draftAnswer.response,
        consent: null,
        confidence: null,
        evidence: 0n,
      };
      // Evidence as the record keeps it: chosen facts with their sides.
      const keys = stageKeys(ruby, 'telford-wrekin');
      entry.draft.evidence = encodeEvidence(keys[1]!.activeFactIds, draftAnswer.facts);
      return decodeProgress(encodeProgress(record), 'telford-wrekin').record;
    })(),
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement;
    await expect(within(root).getByRole('heading', { level: 1 })).toHaveTextContent('Practice case 1 of 1');
    const heading = await expectFocusedHeading(root, /What will you do about consent\?/);
    await expect(heading).toHaveTextContent('Stage 2 of 2 · Step 5 of 6');
    await pressButton(root, 'Back');
    await expectFocusedHeading(root, /What should you do next\?/);
    await expect(root.querySelector('input[value="continue-universal"]')).toBeChecked();
  },
};

export const RealModule: Story = {
  name: 'Real module: the first learning module inside the course',
  args: { modules: undefined },
  play: async ({ canvasElement }) => {
    const root = canvasElement;
    await pressButton(root, 'Start the course');
    await expectFocusedHeading(root, /^Module 1 of 4: /);
    await expect(within(root).getByText(/Page 1 of/)).toBeVisible();
  },
};

/** The course's main screens for the visual baselines (375 and 1280 px): welcome, practice list, results. */
export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: (args) => (
    <div style={{ display: 'grid', gap: '4rem' }}>
      <CoursePlayer {...args} id="state-welcome" progressTitle="Your progress: welcome" />
      <CoursePlayer
        {...args}
        id="state-practice"
        progressTitle="Your progress: practice"
        resume={recordWith('telford-wrekin', [
          { vignette: ruby, mode: 'practice', answers: answersFor(ruby, 'telford-wrekin'), complete: true },
        ])}
        vignettes={{ practice: [ruby, oskar], assessment: [oskar] }}
      />
      <CoursePlayer
        {...args}
        id="state-passed"
        progressTitle="Your progress: results"
        resume={recordWith(
          'telford-wrekin',
          [
            { vignette: ruby, mode: 'practice', answers: answersFor(ruby, 'telford-wrekin'), complete: true },
            {
              vignette: oskar,
              mode: 'assessment',
              answers: answersFor(oskar, 'telford-wrekin'),
              complete: true,
            },
          ],
          { attempts: 1, bestScore: 100, passed: true },
        )}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const steps = [...canvasElement.querySelectorAll('.lw-course')].map((e) => e.getAttribute('data-step'));
    await expect(steps).toEqual(['welcome', 'practice', 'results']);
  },
};

/** 320 px: the results (tables become cards), the certificate and the tracker reflow with nothing wider. */
export const Reflow320: Story = {
  name: 'Reflow at 320 px: results and certificate',
  args: {
    resume: recordWith(
      'telford-wrekin',
      [
        { vignette: ruby, mode: 'practice', answers: answersFor(ruby, 'telford-wrekin'), complete: true },
        { vignette: oskar, mode: 'assessment', answers: answersFor(oskar, 'telford-wrekin'), complete: true },
      ],
      { attempts: 1, bestScore: 100, passed: true },
    ),
  },
  render: (args) => (
    <div data-testid="column" style={{ width: '320px' }}>
      <CoursePlayer {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const column = within(canvasElement).getByTestId('column');
    await pressButton(canvasElement, oskar.title);
    await within(canvasElement).findByRole('region', { name: /^Stage 3:/ });
    const limit = column.getBoundingClientRect().right + 1;
    const wide = [...column.querySelectorAll<HTMLElement>('*')].filter(
      (e) => e.getBoundingClientRect().right > limit && getComputedStyle(e).position !== 'absolute',
    );
    await expect(wide.map((e) => `${e.tagName}.${e.className}`)).toEqual([]);
  },
};

export const SaveStatus: Story = {
  name: 'Save status from the app: shown and announced politely',
  args: { statusMessage: 'Progress saved.' },
  play: async ({ canvasElement }) => {
    const region = canvasElement.querySelector('#course-announcer');
    await expect(region).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(region).toHaveTextContent('Progress saved.'));
    await expect(within(canvasElement).getByText('Progress saved.', { selector: 'p' })).toBeVisible();
  },
};
