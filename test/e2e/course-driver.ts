/**
 * Drives the Levelwise course, keyboard only, from whatever screen it is on: the welcome, the four modules
 * (every page, every check), the practice list, each case step by step (answering from the area's derived key,
 * or deliberately wrong), the assessment and the results. Screens are recognised by the `data-step` the players
 * expose, never by class names of the components inside them.
 */
import { loadCatalogue } from '@levelwise/course/build';
import {
  type AreaId,
  deriveVignetteKey,
  frameworksLookup,
  type StageAreaKey,
  type Vignette,
} from '@levelwise/scenarios';
import type { Frame, Page } from 'playwright-core';
import { chooseRadio, pressButton, setCheckbox, tabTo } from './keyboard.ts';

export type AnswerPlan = 'right' | 'wrong';

export interface DriverOptions {
  area: AreaId;
  /** How to answer practice cases and assessment cases. */
  practice?: AnswerPlan;
  assessment?: AnswerPlan;
  /** On a results screen that offers a retake: take it (the fail path), or stop there (default). */
  retake?: boolean;
  /** Called once per distinct screen (course step, module page, case step), e.g. for an axe check. */
  onScreen?: (label: string) => Promise<void>;
}

export interface ScreenState {
  course: string | null;
  vignette: string | null;
  caseTitle: string | null;
  stage: number | null;
  module: string | null;
  title: string;
}

const catalogue = new Map(loadCatalogue().map((v) => [v.title, v]));
const keyCache = new Map<string, StageAreaKey[]>();

function keysOf(vignette: Vignette, area: AreaId): StageAreaKey[] {
  const id = `${area}/${vignette.id}`;
  let keys = keyCache.get(id);
  if (!keys) {
    keys = deriveVignetteKey(vignette, area, frameworksLookup()).key.stages;
    keyCache.set(id, keys);
  }
  return keys;
}

const squash = (text: string) =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

export class CourseDriver {
  readonly page: Page;
  readonly frame: Frame;
  readonly options: DriverOptions;
  readonly screens: string[] = [];
  private lastScreen = '';

  constructor(page: Page, frame: Frame, options: DriverOptions) {
    this.page = page;
    this.frame = frame;
    this.options = options;
  }

  async state(): Promise<ScreenState> {
    return this.frame.evaluate(() => {
      const course = document.querySelector<HTMLElement>('[data-step].lw-course');
      const player = document.querySelector<HTMLElement>('.lw-vignette-player[data-step]');
      const module = document.querySelector<HTMLElement>('[data-page]');
      const article = player?.querySelector('article h3, article h2');
      return {
        course: course?.dataset.step ?? null,
        vignette: player?.dataset.step ?? null,
        caseTitle: article?.textContent?.trim() ?? null,
        stage: player?.dataset.stage ? Number(player.dataset.stage) : null,
        module: module?.dataset.page ?? null,
        title: document.querySelector('h1')?.textContent?.trim() ?? '',
      };
    });
  }

  private async noteScreen(s: ScreenState): Promise<void> {
    const label = [s.title, s.module, s.vignette, s.stage].filter((x) => x !== null).join(' · ');
    if (label === this.lastScreen) return;
    this.lastScreen = label;
    this.screens.push(label);
    await this.options.onScreen?.(label);
  }

  /** A short pause after a key press, for React to commit and move focus before the next screen is read. */
  private async settle(): Promise<void> {
    await this.page.waitForTimeout(60);
    await this.frame.waitForLoadState('domcontentloaded');
  }

  button(name: RegExp | string) {
    return this.frame
      .getByRole('button', { name, exact: typeof name === 'string' })
      .filter({ visible: true });
  }

  /** One keyboard action towards the end of the course; returns false when there is nothing left to do. */
  async step(until: (s: ScreenState) => boolean = () => false): Promise<boolean> {
    const s = await this.state();
    await this.noteScreen(s);
    if (until(s)) return false;
    const { page, frame } = this;
    if (s.vignette) {
      await this.caseStep(s);
    } else if (s.course === 'welcome') {
      await pressButton(page, frame, this.button('Start the course'), 'Start the course');
    } else if (s.course === 'module') {
      await this.moduleStep(s);
    } else if (s.course === 'practice') {
      const start = this.button(/^(Start|Continue) case:/);
      if ((await start.count()) > 0) await pressButton(page, frame, start.first(), 'open a practice case');
      else await pressButton(page, frame, this.button('Start the assessment'), 'Start the assessment');
    } else if (s.course === 'assessment') {
      await pressButton(page, frame, this.button('See your results'), 'See your results');
    } else if (s.course === 'results') {
      const again = this.button('Take the assessment again');
      if (!this.options.retake || (await again.count()) === 0) return false;
      await pressButton(page, frame, again, 'Take the assessment again');
    } else {
      throw new Error(`Unknown screen: ${JSON.stringify(s)}`);
    }
    await this.settle();
    return true;
  }

  async run(until?: (s: ScreenState) => boolean, maxSteps = 2000): Promise<ScreenState> {
    for (let i = 0; i < maxSteps; i++) {
      if (!(await this.step(until))) return this.state();
    }
    throw new Error(
      `The course did not finish in ${maxSteps} actions; screens: ${this.screens.slice(-5).join(' | ')}`,
    );
  }

  private async moduleStep(s: ScreenState): Promise<void> {
    const { page, frame } = this;
    const next = this.button(/^Next/);
    if ((await next.count()) > 0)
      return pressButton(page, frame, next.first(), `Next (module page ${s.module})`);
    const finish = this.button('Finish this module');
    if ((await finish.count()) > 0) return pressButton(page, frame, finish, 'Finish this module');
    // A check or an activity: answer every question not yet answered, then check.
    const section = frame.locator('section[data-page]');
    const radios = section.locator('input[type="radio"]');
    const names = [
      ...new Set(await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name))),
    ];
    for (const name of names) {
      const group = section.locator(`input[type="radio"][name="${name}"]`);
      if ((await group.locator(':scope:checked').count()) === 0) {
        await chooseRadio(page, frame, group.first(), `module question ${name}`);
      }
    }
    const check = this.button(/^Check my answers/);
    if ((await check.count()) > 0) return pressButton(page, frame, check.first(), 'Check my answers');
    throw new Error(
      `Module page ${s.module}: no Next, Finish or Check button:\n${await section.ariaSnapshot()}`,
    );
  }

  /** The case on screen: its title is shown while reading; later steps keep the last one read. */
  private currentCase: Vignette | null = null;

  /** Carries on a case another driver started (after a relaunch, the case resumes past its reading step). */
  continueCaseOf(other: CourseDriver): void {
    this.currentCase = other.currentCase;
  }

  /** The area's answer key for the stage on screen. */
  keyFor(s: ScreenState): StageAreaKey {
    return keysOf(this.vignetteFor(s), this.options.area)[(s.stage ?? 1) - 1]!;
  }

  private vignetteFor(s: ScreenState): Vignette {
    if (s.caseTitle) {
      const v = catalogue.get(s.caseTitle);
      if (!v) throw new Error(`Case "${s.caseTitle}" is not in the vignette catalogue`);
      this.currentCase = v;
    }
    if (!this.currentCase) throw new Error(`No case has been read yet (screen: ${JSON.stringify(s)})`);
    return this.currentCase;
  }

  private plan(): AnswerPlan {
    return (
      (this.lastCourseStep === 'assessment' ? this.options.assessment : this.options.practice) ?? 'right'
    );
  }

  private lastCourseStep: string | null = null;

  private async caseStep(s: ScreenState): Promise<void> {
    this.lastCourseStep = s.course;
    if (s.caseTitle) this.vignetteFor(s);
    const { page, frame } = this;
    const player = frame.locator('.lw-vignette-player');
    const proceed = async (name: RegExp | string, what: string) =>
      pressButton(
        page,
        frame,
        player
          .getByRole('button', { name, exact: typeof name === 'string' })
          .filter({ visible: true })
          .first(),
        what,
      );
    switch (s.vignette) {
      case 'contentNote': {
        const ack = player.locator('button[aria-describedby$="note-text"]');
        return pressButton(page, frame, ack, 'acknowledge the content note');
      }
      case 'reading':
        return proceed('Continue to the evidence', 'Continue to the evidence');
      case 'evidence': {
        const v = this.vignetteFor(s);
        const key = keysOf(v, this.options.area)[(s.stage ?? 1) - 1]!;
        const facts = new Map(v.stages.flatMap((st) => st.facts).map((f) => [f.id, f]));
        const wanted =
          this.plan() === 'right'
            ? key.relevantFactIds
            : key.activeFactIds.filter((id) => !key.relevantFactIds.includes(id)).slice(0, 1);
        const chosen = wanted.length > 0 ? wanted : key.activeFactIds.slice(0, 1);
        const boxes = player.locator('input[type="checkbox"]');
        const count = await boxes.count();
        for (let i = 0; i < count; i++) {
          const box = boxes.nth(i);
          const label = squash(
            (await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')) || '',
          );
          const fact = chosen
            .map((id) => facts.get(id)!)
            .find((f) => label.includes(squash(f.quote).slice(0, 40)));
          await setCheckbox(page, frame, box, Boolean(fact), `evidence: ${label.slice(0, 60)}`);
          if (fact) {
            // The side of the triangle: the radios that appear under the statement.
            const item = box.locator('xpath=ancestor::li[1]');
            const side = item.locator(`input[type="radio"][value="${fact.domain}"]`);
            if ((await side.count()) > 0)
              await chooseRadio(page, frame, side, `side of the triangle for ${fact.id}`);
            const kind = item.locator(`input[type="radio"][value="${fact.kind}"]`);
            if ((await kind.count()) > 0)
              await chooseRadio(page, frame, kind, `concern or strength for ${fact.id}`);
          }
        }
        return proceed('Continue to the level of need', 'Continue to the level of need');
      }
      case 'level': {
        const key = keysOf(this.vignetteFor(s), this.options.area)[(s.stage ?? 1) - 1]!;
        const level = this.plan() === 'right' ? key.band[0] : 1;
        await chooseRadio(
          page,
          frame,
          player.locator(`input[type="radio"][value="${level}"]`),
          `level ${level}`,
        );
        return proceed('Continue to what you do next', 'Continue to what you do next');
      }
      case 'response': {
        const key = keysOf(this.vignetteFor(s), this.options.area)[(s.stage ?? 1) - 1]!;
        const kind = this.plan() === 'right' ? key.response.kind : 'continue-universal';
        await chooseRadio(
          page,
          frame,
          player.locator(`input[type="radio"][value="${kind}"]`),
          `response ${kind}`,
        );
        return proceed('Continue to consent', 'Continue to consent');
      }
      case 'consent': {
        const key = keysOf(this.vignetteFor(s), this.options.area)[(s.stage ?? 1) - 1]!;
        const consent = this.plan() === 'right' ? key.consent.decision : 'no-sharing-needed';
        await chooseRadio(
          page,
          frame,
          player.locator(`input[type="radio"][value="${consent}"]`),
          `consent ${consent}`,
        );
        // A young person's own view, when the area asks for it: any answer.
        const names = [
          ...new Set(
            await player
              .locator('input[type="radio"]')
              .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name)),
          ),
        ];
        for (const name of names) {
          const group = player.locator(`input[type="radio"][name="${name}"]`);
          if ((await group.locator(':scope:checked').count()) === 0)
            await chooseRadio(page, frame, group.first(), `consent question ${name}`);
        }
        return proceed('Continue to your confidence', 'Continue to your confidence');
      }
      case 'confidence': {
        await chooseRadio(page, frame, player.locator('input[type="radio"][value="4"]'), 'confidence 4');
        return proceed(/^Submit/, 'Submit');
      }
      case 'stageFeedback':
        return proceed(/^(Continue to stage \d+|See the summary)$/, 'after the feedback');
      case 'finalFeedback':
        return proceed(/^(Continue|See the summary)$/, 'after the final feedback');
      case 'summary':
      case 'declined': {
        const back = frame
          .getByRole('button', { name: /^Back to the practice cases$/ })
          .filter({ visible: true });
        if ((await back.count()) > 0) return pressButton(page, frame, back, 'Back to the practice cases');
        // In the assessment the next case follows on its own; give it a moment.
        await page.waitForTimeout(200);
        return;
      }
      default:
        throw new Error(`Unknown case step ${s.vignette}`);
    }
  }
}

/** Moves keyboard focus from the LMS page into the course frame with Tab, as a keyboard user does. */
export async function tabIntoCourse(page: Page, frame: Frame): Promise<void> {
  const first = frame
    .locator('button, a[href], input, [tabindex]:not([tabindex="-1"])')
    .filter({ visible: true })
    .first();
  await tabTo(page, frame, first, 'the first control of the course');
}
