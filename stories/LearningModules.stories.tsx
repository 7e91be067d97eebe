import { type AreaId, getFramework } from '@levelwise/frameworks';
import {
  CheckSection,
  ChoiceQuestion,
  type LearningModuleProps,
  learningModules,
  ModulePages,
  QuestionFeedback,
} from '@levelwise/player/modules';
import { frameworksLookup, type ModuleId } from '@levelwise/scenarios';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AREA_LABELS, AREAS } from './fixtures/areas.ts';
import {
  consentAnswers,
  continuumAnswers,
  escalationAnswers,
  triangleAnswers,
} from './fixtures/modules-answers.ts';
import { visualStory } from './visual.ts';

interface ModuleDemoProps extends Pick<LearningModuleProps, 'onComplete' | 'defaultPage'> {
  module: ModuleId;
  area: AreaId;
}

/** One learning module for one area, inside a page with a main landmark and the module title, as the course shows it. */
function ModuleDemo({ module, area, onComplete, defaultPage }: ModuleDemoProps) {
  const entry = learningModules[module];
  const { Component } = entry;
  return (
    <main>
      <h1 style={{ fontSize: '2rem', margin: '0 0 1rem' }}>{entry.title}</h1>
      <Component
        key={`${module}-${area}-${defaultPage ?? 0}`}
        framework={getFramework(area)}
        lookup={frameworksLookup()}
        onComplete={onComplete}
        {...(defaultPage !== undefined ? { defaultPage } : {})}
      />
    </main>
  );
}

const meta = {
  title: 'Player/Learning modules',
  component: ModuleDemo,
  args: { module: 'continuum', area: 'telford-wrekin', onComplete: fn() },
  argTypes: {
    module: { control: { type: 'select' }, options: Object.keys(learningModules) },
    area: { control: { type: 'select' }, options: AREAS, labels: AREA_LABELS },
    defaultPage: { control: { type: 'number', min: 0, max: 3 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The four learning modules of the course (`@levelwise/player/modules`): the continuum of need, the assessment ' +
          'triangle with an indicator-sorting activity, significant harm and consent, and escalation. Every word about the ' +
          "area (level names, definitions, responses, dimensions, consent rules, front door, escalation ladder) comes from the area's " +
          'framework, with the line of the source document it is printed on. Each module is a few pages with Back / Next; ' +
          'focus moves to the new page heading; the last page has a short check with feedback under each question, a result ' +
          'that takes focus and is announced politely, then "Finish this module" calls `onComplete`.',
      },
    },
  },
} satisfies Meta<typeof ModuleDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const noop = () => {};

/* ------------------------------------------------------------------ keyboard helpers */

/** Presses Tab until `target` has focus (keyboard only: no clicks), failing after `max` presses. */
async function tabTo(target: HTMLElement, max = 120) {
  for (let i = 0; i < max && document.activeElement !== target; i++) await userEvent.tab();
  await expect(target).toHaveFocus();
}

/** Tabs into a radio group, presses Space on its first option, then ArrowDown to the option at `index`. */
async function chooseByKeyboard(group: HTMLElement, index: number) {
  const radios = within(group).getAllByRole('radio');
  const first = radios[0];
  if (!first) throw new Error('radio group without radios');
  await tabTo(first);
  await userEvent.keyboard(' ');
  for (let i = 0; i < index; i++) await userEvent.keyboard('{ArrowDown}');
  await expect(radios[index]).toBeChecked();
}

/** Presses Next (by keyboard) and checks focus moved to the new page's heading. */
async function nextPage(canvasElement: HTMLElement, heading: string | RegExp) {
  const canvas = within(canvasElement);
  await tabTo(canvas.getByRole('button', { name: /^Next/ }));
  await userEvent.keyboard('{Enter}');
  await expect(canvas.getByRole('heading', { level: 2, name: heading })).toHaveFocus();
}

/** Checks the answers by keyboard; the result heading takes focus and the summary is in the status region. */
async function checkAnswers(canvasElement: HTMLElement, summary: string) {
  const canvas = within(canvasElement);
  await tabTo(canvas.getByRole('button', { name: /^Check my answers/ }));
  await userEvent.keyboard('{Enter}');
  await expect(canvas.getByRole('heading', { name: 'Your result' })).toHaveFocus();
  await expect(canvas.getByRole('status')).toHaveTextContent(summary);
}

async function finish(canvasElement: HTMLElement, onComplete: () => void) {
  const canvas = within(canvasElement);
  await expect(onComplete).not.toHaveBeenCalled();
  await tabTo(canvas.getByRole('button', { name: 'Finish this module' }));
  await userEvent.keyboard('{Enter}');
  await expect(onComplete).toHaveBeenCalledTimes(1);
}

function feedbackTexts(canvasElement: HTMLElement): string[] {
  return [...canvasElement.querySelectorAll('.lw-module-feedback')].map((el) => el.textContent ?? '');
}

/* ------------------------------------------------------------------ continuum */

async function completeContinuum(
  canvasElement: HTMLElement,
  onComplete: () => void,
  step: (name: string, fn: () => Promise<void>) => Promise<void> | void,
  wrongFirst: number,
) {
  const canvas = within(canvasElement);
  await step('Pages 1 to 3 by keyboard, focus on each new heading', async () => {
    await expect(canvas.getByText('Page 1 of 4')).toBeVisible();
    await nextPage(canvasElement, 'What each level means, and who helps');
    // Back returns to page 1 with focus on its heading; Next comes forward again.
    await tabTo(canvas.getByRole('button', { name: /^Back/ }));
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('heading', { level: 2, name: /four levels of need$/ })).toHaveFocus();
    await expect(canvas.getByText('Page 1 of 4')).toBeVisible();
    await nextPage(canvasElement, 'What each level means, and who helps');
    await nextPage(canvasElement, 'Stepping up and stepping down');
    await nextPage(canvasElement, 'Check: which level?');
    await expect(canvas.queryByRole('button', { name: 'Finish this module' })).toBeNull();
  });
  await step('Answer the three situations by keyboard (the first one wrong on purpose)', async () => {
    const answers = continuumAnswers();
    const groups = canvas.getAllByRole('group');
    for (const [i, answer] of answers.entries()) {
      const group = groups.find((g) => g.querySelector('legend')?.textContent?.startsWith(`${i + 1}.`));
      if (!group) throw new Error(`no question ${i + 1}`);
      await chooseByKeyboard(group, i === 0 ? wrongFirst : answer);
    }
  });
  await step('Check: the result is announced and each answer explained', async () => {
    await checkAnswers(canvasElement, 'You got 2 of 3 right.');
  });
  await step('Finish calls onComplete', async () => finish(canvasElement, onComplete));
}

export const ContinuumTelford: Story = {
  name: 'Continuum: Telford & Wrekin, by keyboard',
  args: { module: 'continuum', area: 'telford-wrekin' },
  play: async ({ canvasElement, args, step }) => {
    await completeContinuum(canvasElement, args.onComplete, step, 0);
    const [first, second, third] = feedbackTexts(canvasElement);
    await expect(first).toContain('Not quite. You chose level 1, Universal; this is level 2, Vulnerable.');
    await expect(first).toContain('(Telford & Wrekin threshold document, line 161)');
    await expect(second).toContain('Right: this is level 3, Complex.');
    await expect(third).toContain('Right: this is level 4, Acute.');
  },
};

export const ContinuumDudley: Story = {
  name: 'Continuum: Dudley, by keyboard',
  args: { module: 'continuum', area: 'dudley' },
  play: async ({ canvasElement, args, step }) => {
    await completeContinuum(canvasElement, args.onComplete, step, 2);
    const [first, , third] = feedbackTexts(canvasElement);
    await expect(first).toContain('Not quite. You chose level 3, Intensive; this is level 2, Additional.');
    await expect(first).toContain(
      'Dudley describes Additional as: “Children and young people with vulnerabilities',
    );
    await expect(third).toContain('Right: this is level 4, Specialist.');
  },
};

/* ------------------------------------------------------------------ triangle */

async function completeTriangle(
  canvasElement: HTMLElement,
  area: AreaId,
  onComplete: () => void,
  step: (name: string, fn: () => Promise<void>) => Promise<void> | void,
  areaPage: (canvas: ReturnType<typeof within>) => Promise<void>,
) {
  const canvas = within(canvasElement);
  const areaName = AREA_LABELS[area];
  await step('Read the triangle pages', async () => {
    await nextPage(canvasElement, `${areaName}’s triangle`);
    await areaPage(canvas);
    await nextPage(canvasElement, 'Activity: sort the indicators');
  });
  const answers = triangleAnswers(area);
  await step('Sort six indicators by keyboard: all right but the last', async () => {
    const groups = canvas.getAllByRole('group');
    await expect(groups).toHaveLength(6);
    for (const [i, { index }] of answers.entries()) {
      const group = groups[i];
      if (!group) throw new Error(`no group ${i}`);
      const wrong = i === 5 ? (index === 0 ? 1 : 0) : index;
      await chooseByKeyboard(group, wrong);
    }
  });
  await step('Check and finish', async () => {
    await checkAnswers(canvasElement, 'You got 5 of 6 right.');
    await finish(canvasElement, onComplete);
  });
}

export const TriangleTelford: Story = {
  name: 'Triangle: Telford & Wrekin, sorting by keyboard',
  args: { module: 'triangle', area: 'telford-wrekin' },
  play: async ({ canvasElement, args, step }) => {
    await completeTriangle(canvasElement, 'telford-wrekin', args.onComplete, step, async (canvas) => {
      // Telford's own dimension labels, under the three sides.
      await expect(canvas.getByText('Basic Care, Safety and Protection')).toBeInTheDocument();
      await expect(
        canvas.getByRole('heading', { level: 3, name: /Family and environmental factors/ }),
      ).toBeVisible();
    });
    const texts = feedbackTexts(canvasElement);
    await expect(texts[0]).toContain("Right. It belongs under Child's developmental needs (the left side).");
    await expect(texts[0]).toContain(
      'Telford & Wrekin lists it under “Learning/Education” at level 2, Vulnerable',
    );
    await expect(texts[5]).toMatch(
      /Not quite: you put it under .* It belongs under Family and environmental factors \(the base\)/,
    );
  },
};

export const TriangleDudley: Story = {
  name: 'Triangle: Dudley’s themes, sorting by keyboard',
  args: { module: 'triangle', area: 'dudley' },
  play: async ({ canvasElement, args, step }) => {
    await completeTriangle(canvasElement, 'dudley', args.onComplete, step, async (canvas) => {
      await expect(canvas.getByText(/Dudley uses five themes of its own/)).toBeVisible();
      await expect(canvas.getByText(/in the child’s own voice/)).toBeVisible();
      await expect(canvas.getByText('Risks outside of my home')).toBeInTheDocument();
    });
    const texts = feedbackTexts(canvasElement);
    await expect(texts[2]).toContain('It belongs under Extra-familial harm (outside the triangle).');
    await expect(texts[2]).toContain(
      'Dudley lists it under “Risks outside of my home” at level 4, Specialist',
    );
  },
};

/* ------------------------------------------------------------------ significant harm and consent */

async function completeHarmConsent(
  canvasElement: HTMLElement,
  area: AreaId,
  onComplete: () => void,
  step: (name: string, fn: () => Promise<void>) => Promise<void> | void,
) {
  const canvas = within(canvasElement);
  await step('Read the pages', async () => {
    await nextPage(canvasElement, 'Consent and sharing information');
    await nextPage(canvasElement, /^The front door: /);
    await nextPage(canvasElement, 'Check: what will you do about consent?');
  });
  await step('Decide about consent for three children by keyboard', async () => {
    for (const [i, answer] of consentAnswers(area).entries()) {
      const question = canvas.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) });
      await chooseByKeyboard(question, answer.decision);
      if (answer.child !== null) {
        await chooseByKeyboard(
          canvas.getAllByRole('group', { name: /young person’s own view/ })[0] as HTMLElement,
          answer.child,
        );
      }
    }
  });
  await step('Check and finish', async () => {
    await checkAnswers(canvasElement, 'You got all 3 right.');
    await finish(canvasElement, onComplete);
  });
}

export const HarmConsentTelford: Story = {
  name: 'Significant harm and consent: Telford & Wrekin (12-year-old asked too)',
  args: { module: 'significantHarmAndConsent', area: 'telford-wrekin' },
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'What is significant harm?' })).toBeVisible();
    await expect(canvas.getByText(/In Telford & Wrekin this is level 4, Acute/)).toBeVisible();
    await completeHarmConsent(canvasElement, 'telford-wrekin', args.onComplete, step);
    const [kai, rosie] = feedbackTexts(canvasElement);
    await expect(kai).toContain(
      'In Telford & Wrekin a young person of 12 or over may give their own consent',
    );
    await expect(rosie).toContain('Consent is not needed for a child protection referral');
  },
};

export const HarmConsentDudley: Story = {
  name: 'Significant harm and consent: Dudley (13+)',
  args: { module: 'significantHarmAndConsent', area: 'dudley' },
  play: async ({ canvasElement, args, step }) => {
    await completeHarmConsent(canvasElement, 'dudley', args.onComplete, step);
    const [kai] = feedbackTexts(canvasElement);
    await expect(kai).toContain(
      'In Dudley a young person’s own consent counts from 13, so at 12 you ask Kai’s parents.',
    );
  },
};

export const FrontDoorSandwell: Story = {
  name: 'Significant harm and consent: Sandwell front door page',
  args: { module: 'significantHarmAndConsent', area: 'sandwell', defaultPage: 2 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: /Multi-Agency Safeguarding Hub/ }),
    ).toBeVisible();
    await expect(canvas.getByText('0121 569 3100 (24 hour line)')).toBeVisible();
    await expect(canvas.getByText(/Send the referral within 1 hour/)).toBeVisible();
    await expect(canvas.getByText('If a child is in immediate danger, call 999.')).toBeVisible();
  },
};

/* ------------------------------------------------------------------ escalation */

async function completeEscalation(
  canvasElement: HTMLElement,
  area: AreaId,
  onComplete: () => void,
  step: (name: string, fn: () => Promise<void>) => Promise<void> | void,
  areaPage: (canvas: ReturnType<typeof within>) => Promise<void>,
) {
  const canvas = within(canvasElement);
  await step('Read the pages', async () => {
    await nextPage(canvasElement, `${AREA_LABELS[area]}’s escalation steps`);
    await areaPage(canvas);
  });
  await step('Answer by keyboard', async () => {
    await nextPage(canvasElement, 'Check: what is the next step?');
    const [nextStep, emergency] = escalationAnswers(area);
    await chooseByKeyboard(canvas.getByRole('group', { name: /^1\. / }), nextStep ?? 0);
    await chooseByKeyboard(canvas.getByRole('group', { name: /^2\. / }), emergency ?? 0);
  });
  await step('Check and finish', async () => {
    await checkAnswers(canvasElement, 'You got both right.');
    await finish(canvasElement, onComplete);
  });
}

export const EscalationDudley: Story = {
  name: 'Escalation: Dudley’s four stages',
  args: { module: 'escalation', area: 'dudley' },
  play: async ({ canvasElement, args, step }) => {
    await completeEscalation(canvasElement, 'dudley', args.onComplete, step, async (canvas) => {
      await expect(canvas.getByText('Days 3 to 9')).toBeVisible();
      await expect(canvas.getByText(/Day 2 belongs to no stage/)).toBeVisible();
    });
    const [nextStep, emergency] = feedbackTexts(canvasElement);
    await expect(nextStep).toContain(
      'In Dudley the next step is stage 2: The line manager or named/designated',
    );
    await expect(emergency).toContain(
      'If there is a concern that a child is immediately at risk, the Police should be called on 999.',
    );
  },
};

export const EscalationTelford: Story = {
  name: 'Escalation: Telford & Wrekin (policy only, general principles)',
  args: { module: 'escalation', area: 'telford-wrekin' },
  play: async ({ canvasElement, args, step }) => {
    await completeEscalation(canvasElement, 'telford-wrekin', args.onComplete, step, async (canvas) => {
      await expect(canvas.getByText(/threshold document does not set out the steps/)).toBeVisible();
      await expect(
        canvas.getByRole('heading', { name: 'General principles (not from Telford & Wrekin’s document)' }),
      ).toBeVisible();
    });
    const [nextStep] = feedbackTexts(canvasElement);
    await expect(nextStep).toContain('The Telford & Wrekin document does not set out the steps itself');
    await expect(nextStep).toContain('Telford & Wrekin Safeguarding Escalation Policy');
  },
};

export const EscalationNottingham: Story = {
  name: 'Escalation: Nottingham’s two ladders',
  args: { module: 'escalation', area: 'nottingham-city', defaultPage: 1 },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.lw-flowchart').length).toBe(2);
    await expect(within(canvasElement).getAllByText(/Within 24 hours/).length).toBeGreaterThan(0);
  },
};

export const EscalationStokePolicy: Story = {
  name: 'Escalation: Stoke-on-Trent points to a policy',
  args: { module: 'escalation', area: 'stoke-on-trent', defaultPage: 1 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/threshold document does not set out the steps/)).toBeVisible();
    await expect(
      canvas.getByRole('heading', { name: /General principles \(not from Stoke-on-Trent’s document\)/ }),
    ).toBeVisible();
  },
};

/* ------------------------------------------------------------------ every page of every module, per area (axe) */

/** The pages of each module, by index (0-based), as the modules define them. */
const MODULE_PAGES: Readonly<Record<ModuleId, readonly number[]>> = {
  continuum: [0, 1, 2, 3],
  triangle: [0, 1, 2],
  significantHarmAndConsent: [0, 1, 2, 3],
  escalation: [0, 1, 2],
};

/** Every page of the four modules for one area, one after another: each is an axe check of that screen. */
function EveryPage({ area }: { area: AreaId }) {
  const framework = getFramework(area);
  const lookup = frameworksLookup();
  return (
    <main style={{ display: 'grid', gap: '3rem' }}>
      <h1 style={{ margin: 0 }}>{AREA_LABELS[area]}: every page of the learning modules</h1>
      {(Object.keys(MODULE_PAGES) as ModuleId[]).flatMap((module) =>
        MODULE_PAGES[module].map((page) => {
          const { Component } = learningModules[module];
          return (
            <Component
              key={`${module}-page-${page}`}
              framework={framework}
              lookup={lookup}
              onComplete={noop}
              defaultPage={page}
            />
          );
        }),
      )}
    </main>
  );
}

function everyPageStory(area: AreaId): Story {
  return {
    name: `Every page: ${AREA_LABELS[area]}`,
    render: () => <EveryPage area={area} />,
    play: async ({ canvasElement }) => {
      const sections = canvasElement.querySelectorAll('.lw-module');
      await expect(sections.length).toBe(14);
      // Every page has its own h2 and says where it is.
      for (const section of sections) {
        await expect(section.querySelector('h2')?.textContent?.length).toBeGreaterThan(3);
        await expect(section.querySelector('.lw-module__progress')?.textContent).toMatch(/^Page \d of \d$/);
      }
      // The area's own level names are used, never another area's.
      await expect(canvasElement.textContent).toContain(getFramework(area).rules.levels[2]?.localName);
    },
  };
}

export const EveryPageTelford = everyPageStory('telford-wrekin');
export const EveryPageSandwell = everyPageStory('sandwell');
export const EveryPageStoke = everyPageStory('stoke-on-trent');
export const EveryPageNottingham = everyPageStory('nottingham-city');
export const EveryPageDudley = everyPageStory('dudley');

export const HighContrastCheck: Story = {
  name: 'High contrast: the consent check (Stoke-on-Trent)',
  globals: { theme: 'high-contrast' },
  args: { module: 'significantHarmAndConsent', area: 'stoke-on-trent', defaultPage: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Check: what will you do about consent?' }),
    ).toBeVisible();
    // Stoke gives no consent age: the young person question is never asked.
    await expect(canvas.queryByRole('group', { name: /young person’s own view/ })).toBeNull();
    await expect(canvas.getByText('Check your answers to finish this module.')).toBeVisible();
  },
};

/* ------------------------------------------------------------------ all states (visual) */

const dudley = getFramework('dudley');
const options = [
  { value: 'a', label: "Child's developmental needs (the left side)" },
  { value: 'b', label: 'Parents/Carers (the right side)' },
  { value: 'c', label: 'Extra-familial harm (outside the triangle)' },
];

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <main style={{ display: 'grid', gap: '2.5rem' }}>
      <h1 style={{ margin: 0, fontSize: '2rem' }}>Learning module states</h1>
      <ModulePages
        moduleTitle="First page"
        pages={[
          {
            id: 'a',
            title: 'First page: Next only',
            content: <p>{dudley.rules.levels[0]?.localName}: the first of four levels.</p>,
          },
          { id: 'b', title: 'Second', content: null },
        ]}
        complete={false}
        onComplete={noop}
      />
      <ModulePages
        moduleTitle="Last page, check not done"
        pages={[
          { id: 'a', title: 'First', content: null },
          { id: 'b', title: 'Last page: check not done', content: <p>Back, and a hint to check.</p> },
        ]}
        defaultPage={1}
        complete={false}
        onComplete={noop}
      />
      <ModulePages
        moduleTitle="Last page, check done"
        pages={[
          { id: 'a', title: 'First', content: null },
          {
            id: 'b',
            title: 'Last page: check done',
            content: (
              <CheckSection summary="You got 1 of 2 right." checkCount={0} onCheck={noop}>
                <ChoiceQuestion
                  id="all-states-right"
                  legend="1. “I am being groomed online and meeting strangers”"
                  options={options}
                  value="c"
                  onValueChange={noop}
                  feedback={{
                    correct: true,
                    text: <p>Right. It belongs under Extra-familial harm (outside the triangle).</p>,
                  }}
                />
                <ChoiceQuestion
                  id="all-states-wrong"
                  legend="2. “My parents/carers are at risk of entering the criminal justice system”"
                  options={options}
                  value="a"
                  onValueChange={noop}
                  feedback={{
                    correct: false,
                    text: <p>Not quite. It belongs under Parents/Carers (the right side).</p>,
                  }}
                />
                <ChoiceQuestion
                  id="all-states-empty"
                  legend="3. An unanswered question"
                  options={options}
                  value={null}
                  onValueChange={noop}
                />
              </CheckSection>
            ),
          },
        ]}
        defaultPage={1}
        complete
        onComplete={noop}
      />
      <QuestionFeedback correct={false} text={<p>Feedback on its own: a word first, then why.</p>} />
    </main>
  ),
};
