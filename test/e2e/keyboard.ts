/**
 * Keyboard-only driving of the course in its LMS frame: every action is Tab / Shift+Tab to the control, then
 * Space, Enter or arrow keys, as a learner without a mouse does. No clicks and no programmatic focus: if a
 * control cannot be reached with Tab, the helpers fail and name it.
 */
import type { Frame, Locator, Page } from 'playwright-core';

const MAX_TABS = 400;

/** Marks the target, then tabs (forwards or backwards, whichever is nearer in document order) until it has focus. */
export async function tabTo(page: Page, frame: Frame, target: Locator, what: string): Promise<void> {
  await target.first().waitFor({ state: 'visible', timeout: 15_000 });
  await target.first().evaluate((el) => el.setAttribute('data-e2e-target', ''));
  try {
    for (let i = 0; i < MAX_TABS; i++) {
      const where = await frame.evaluate(() => {
        const t = document.querySelector('[data-e2e-target]');
        if (!t) return 'gone';
        const active = document.hasFocus() ? document.activeElement : null;
        if (active && (active === t || t.contains(active))) return 'here';
        if (!active || active === document.body) return 'outside';
        return active.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
      });
      if (where === 'here') return;
      if (where === 'gone') throw new Error(`${what}: the control went away while tabbing to it`);
      await page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
    }
  } finally {
    await frame
      .evaluate(() => document.querySelector('[data-e2e-target]')?.removeAttribute('data-e2e-target'))
      .catch(() => {});
  }
  throw new Error(`${what}: not reached with ${MAX_TABS} presses of Tab (is it focusable?)`);
}

/** Tab to a button and press Enter. */
export async function pressButton(page: Page, frame: Frame, button: Locator, what: string): Promise<void> {
  await tabTo(page, frame, button, what);
  await page.keyboard.press('Enter');
}

/** Tab to a checkbox and press Space, making it `checked`. */
export async function setCheckbox(page: Page, frame: Frame, box: Locator, checked: boolean, what: string) {
  if ((await box.isChecked()) === checked) return;
  await tabTo(page, frame, box, what);
  await page.keyboard.press('Space');
  if ((await box.isChecked()) !== checked)
    throw new Error(`${what}: Space did not ${checked ? 'tick' : 'untick'} it`);
}

/**
 * Chooses a radio button in its group by keyboard: Tab into the group (focus lands on the checked radio, or the
 * first), then arrow keys (which move and select) until the target is checked; Space when it is the focused one.
 */
export async function chooseRadio(page: Page, frame: Frame, radio: Locator, what: string): Promise<void> {
  const target = radio.first();
  if (await target.isChecked()) return;
  const name = await target.getAttribute('name');
  const group = name ? frame.locator(`input[type="radio"][name="${name}"]`) : target;
  const checkedInGroup = group.locator(':scope:checked');
  const entry = (await checkedInGroup.count()) > 0 ? checkedInGroup.first() : group.first();
  await tabTo(page, frame, entry, what);
  for (let i = 0; i < 12; i++) {
    const focusedIsTarget = await target.evaluate((el) => el === document.activeElement);
    if (focusedIsTarget) {
      if (!(await target.isChecked())) await page.keyboard.press('Space');
      if (await target.isChecked()) return;
    }
    const order = await target.evaluate((el) => {
      const all = [
        ...document.querySelectorAll<HTMLInputElement>(
          `input[type="radio"][name="${(el as HTMLInputElement).name}"]`,
        ),
      ];
      return all.indexOf(el as HTMLInputElement) - all.indexOf(document.activeElement as HTMLInputElement);
    });
    await page.keyboard.press(order > 0 ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`${what}: the arrow keys did not select it`);
}
