import { AssessmentTriangle, assessmentTriangleExamples } from '@levelwise/ui/triangle';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AREA_LABELS } from './fixtures/areas.ts';
import { DUDLEY_TEEN_EVIDENCE, TELFORD_BABY_EVIDENCE, triangleFor } from './fixtures/triangle-evidence.ts';
import { visualStory } from './visual.ts';

const telford = triangleFor('telford-wrekin');
const dudley = triangleFor('dudley');

const meta = {
  title: 'Components/AssessmentTriangle',
  component: AssessmentTriangle,
  args: {
    ...telford,
    label: `${AREA_LABELS['telford-wrekin']}: the assessment triangle`,
    evidence: TELFORD_BABY_EVIDENCE,
  },
  argTypes: {
    view: { control: { type: 'inline-radio' }, options: ['auto', 'diagram', 'list'] },
    mode: { control: { type: 'inline-radio' }, options: ['interactive', 'read-only'] },
  },
  parameters: {
    docs: {
      description: {
        component: [
          'The Assessment Framework triangle (Department of Health, 2000): the child at the centre, the child’s developmental needs down the left side, parenting capacity down the right, family and environmental factors along the base. Each side lists the area’s own dimensions (here from @levelwise/frameworks), with the evidence counted against each in words (“2 concerns, 1 strength”) and in pips that read without colour: filled squares for concerns, open circles for strengths.',
          'Interactive, it is one listbox of dimensions grouped by domain. Tab reaches it once; the arrow keys move through the dimensions in reading order (left side, right side, base, then anything outside the triangle), Home and End jump to the ends, a letter jumps to the next dimension starting with it, and Enter or Space chooses. The chosen dimension is announced in a polite status line and its side of the triangle is drawn thick.',
          'There is one structure for every screen: on a container 30rem (480 px) wide or more the groups are arranged around the triangle; below that, or with `view="list"`, the same elements are plain headed lists. Groupings that are not a side (Dudley’s “Risks outside of my home”) sit in a dashed band outside the triangle; a side with no grouping is drawn dashed.',
          'Adapter: `triangleFromFramework(getFramework(area))` maps an area’s dimensions onto the sides.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof AssessmentTriangle>;

export default meta;
type Story = StoryObj<typeof meta>;

const visibleText = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim();

export const TelfordWrekin: Story = {
  name: 'Telford & Wrekin, with evidence',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const listbox = canvas.getByRole('listbox', { name: /Telford & Wrekin: the assessment triangle/ });
    const groups = within(listbox).getAllByRole('group');
    await expect(groups.map((g) => g.getAttribute('data-side'))).toEqual(['left', 'right', 'base']);
    await expect(groups[0]).toHaveAccessibleName(/Child's developmental needs/);
    await expect(groups[1]).toHaveAccessibleName(/Parenting capacity/);
    await expect(groups[2]).toHaveAccessibleName(/Family and environmental factors/);
    // The area's own labels, with the counts in words as part of each option's name.
    await expect(
      within(listbox).getByRole('option', { name: /^Health\s*, 2 concerns, 1 strength$/ }),
    ).toBeVisible();
    await expect(
      within(listbox).getByRole('option', {
        name: /^Basic Care, Safety and Protection\s*, 3 concerns, 1 strength$/,
      }),
    ).toBeVisible();
    await expect(
      within(listbox).getByRole('option', { name: /^Self-care and Independence\s*, No evidence yet$/ }),
    ).toBeVisible();
    // Pips repeat the counts by shape: 3 filled squares and 1 open circle.
    const basicCare = within(listbox).getByRole('option', { name: /^Basic Care/ });
    await expect(basicCare.querySelectorAll('[data-kind="concern"]').length).toBe(3);
    await expect(basicCare.querySelectorAll('[data-kind="strength"]').length).toBe(1);
    // Wide container: the picture is shown (decorative, hidden from assistive technology).
    const figure = canvasElement.querySelector('.lw-triangle__figure');
    await expect(getComputedStyle(figure as Element).display).toBe('block');
    await expect(figure).toHaveAttribute('aria-hidden', 'true');
  },
};

export const KeyboardWalkthrough: Story = {
  name: 'Keyboard walkthrough',
  args: { onValueChange: fn() },
  render: (args) => (
    <div>
      <button type="button">Before</button>
      <AssessmentTriangle {...args} />
      <button type="button">After</button>
    </div>
  ),
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement);
    const listbox = canvas.getByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    const status = canvasElement.querySelector('[aria-live="polite"]') as HTMLElement;
    await step('Tab reaches the triangle once, on its first dimension; nothing is chosen', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Before' }));
      await userEvent.tab();
      await expect(options[0]).toHaveFocus();
      await expect(options[0]).toHaveAccessibleName(/^Learning\/Education/);
      await expect(options.filter((o) => o.tabIndex === 0)).toEqual([options[0]]);
      await expect(options.every((o) => o.getAttribute('aria-selected') === 'false')).toBe(true);
      await expect(visibleText(status)).toBe('No dimension chosen yet.');
    });
    await step('Arrow keys move in reading order without choosing', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await expect(options[1]).toHaveFocus();
      await expect(options[1]).toHaveAccessibleName(/^Health/);
      await userEvent.keyboard('{ArrowRight}{ArrowUp}');
      await expect(options[1]).toHaveFocus();
      await expect(args.onValueChange).not.toHaveBeenCalled();
    });
    await step(
      'Enter chooses the focused dimension; its side is drawn thick; the status line says so',
      async () => {
        await userEvent.keyboard('{Enter}');
        await expect(options[1]).toHaveAttribute('aria-selected', 'true');
        await expect(args.onValueChange).toHaveBeenLastCalledWith('health');
        // Focus stays visible on the chosen option: the GOV.UK yellow, not the chosen grey.
        await expect(getComputedStyle(options[1]!).backgroundColor).toBe('rgb(255, 221, 0)');
        await expect(visibleText(status)).toBe(
          "Chosen: Health (Child's developmental needs): 2 concerns, 1 strength.",
        );
        await expect(canvasElement.querySelector('.lw-triangle__edge[data-side="left"]')).toHaveAttribute(
          'data-state',
          'active',
        );
      },
    );
    await step('Arrows cross from the left side to the right side; Space chooses there', async () => {
      // Telford's child side has five dimensions: four more steps reach the first of parenting capacity.
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
      const basicCare = within(listbox).getByRole('option', { name: /^Basic Care, Safety and Protection/ });
      await expect(basicCare).toHaveFocus();
      await expect(basicCare.closest('[role="group"]')).toHaveAttribute('data-side', 'right');
      await userEvent.keyboard(' ');
      await expect(basicCare).toHaveAttribute('aria-selected', 'true');
      await expect(options[1]).toHaveAttribute('aria-selected', 'false');
      await expect(args.onValueChange).toHaveBeenLastCalledWith('basic-care-safety-protection');
      await expect(canvasElement.querySelector('.lw-triangle__edge[data-side="right"]')).toHaveAttribute(
        'data-state',
        'active',
      );
    });
    await step('End, Home and a letter jump; the ends do not wrap', async () => {
      await userEvent.keyboard('{End}');
      await expect(options.at(-1)).toHaveFocus();
      await expect(options.at(-1)).toHaveAccessibleName(/^Social and Community Resources/);
      await userEvent.keyboard('{ArrowDown}');
      await expect(options.at(-1)).toHaveFocus();
      await userEvent.keyboard('{Home}');
      await expect(options[0]).toHaveFocus();
      await userEvent.keyboard('h');
      await expect(within(listbox).getByRole('option', { name: /^Health/ })).toHaveFocus();
      await userEvent.keyboard('h');
      await expect(
        within(listbox).getByRole('option', { name: /^Housing, Employment and Finance/ }),
      ).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(args.onValueChange).toHaveBeenLastCalledWith('housing-employment-finance');
      await expect(canvasElement.querySelector('.lw-triangle__edge[data-side="base"]')).toHaveAttribute(
        'data-state',
        'active',
      );
    });
    await step('Tab leaves the triangle; Shift+Tab comes back to the chosen dimension', async () => {
      await userEvent.keyboard('{ArrowUp}');
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'After' })).toHaveFocus();
      await userEvent.tab({ shift: true });
      await expect(
        within(listbox).getByRole('option', { name: /^Housing, Employment and Finance/ }),
      ).toHaveFocus();
      await expect(args.onValueChange).toHaveBeenCalledTimes(3);
    });
  },
};

export const Pointer: Story = {
  args: { onValueChange: fn(), defaultValue: 'health' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('option', { name: /^Health/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(canvas.getByText('Emotional Warmth and Stability'));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('emotional-warmth-stability');
    await expect(canvas.getByRole('option', { name: /^Emotional Warmth/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(canvas.getByRole('option', { name: /^Emotional Warmth/ })).toHaveFocus();
    // Targets are at least 24 by 24 px (WCAG 2.5.8); these are 44 px high.
    for (const option of canvas.getAllByRole('option')) {
      const box = option.getBoundingClientRect();
      await expect(box.height).toBeGreaterThanOrEqual(24);
      await expect(box.width).toBeGreaterThanOrEqual(24);
    }
  },
};

export const Controlled: Story = {
  name: 'Controlled (value held by the host)',
  render: (args) => {
    const [value, setValue] = useState<string | null>('learning-education');
    return (
      <div>
        <AssessmentTriangle {...args} value={value} onValueChange={setValue} />
        <p data-testid="host-value">Host has: {value ?? 'nothing'}</p>
        <button type="button" onClick={() => setValue('health')}>
          Host chooses Health
        </button>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Host chooses Health' }));
    await expect(canvas.getByRole('option', { name: /^Health/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(canvas.getByRole('option', { name: /^Housing/ }));
    await expect(canvas.getByTestId('host-value')).toHaveTextContent('Host has: housing-employment-finance');
  },
};

export const DudleyThemes: Story = {
  name: "Dudley's five themes (one outside the triangle)",
  args: {
    ...dudley,
    label: `${AREA_LABELS.dudley}: the assessment triangle`,
    evidence: DUDLEY_TEEN_EVIDENCE,
    defaultValue: 'risks-outside-my-home',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const listbox = canvas.getByRole('listbox');
    const groups = within(listbox).getAllByRole('group');
    await expect(groups.map((g) => g.getAttribute('data-side'))).toEqual(['left', 'right', 'outside']);
    await expect(groups[2]).toHaveAccessibleName(/Extra-familial harm/);
    await expect(groups[2]).toHaveAccessibleDescription(/not a side of the triangle/);
    const risks = within(groups[2] as HTMLElement).getByRole('option', {
      name: /^Risks outside of my home\s*, 6 concerns$/,
    });
    await expect(risks).toHaveAttribute('aria-selected', 'true');
    // Five themes, each shown once, in Dudley's own words.
    await expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => visibleText(o.querySelector('.lw-triangle__dimension-name')!)),
    ).toEqual([
      'Education',
      'Emotional & Behavioural Development',
      'Health, Care & Protection',
      'Parents/Carers',
      'Risks outside of my home',
    ]);
    // Six concerns: five pips and "+1".
    await expect(risks.querySelectorAll('[data-kind="concern"]').length).toBe(5);
    await expect(within(risks).getByText('+1')).toBeVisible();
    // Dudley has no separate family-and-environment grouping: the base is drawn dashed.
    await expect(canvasElement.querySelector('.lw-triangle__edge[data-side="base"]')).toHaveAttribute(
      'data-state',
      'empty',
    );
  },
};

export const StokeOnTrent: Story = {
  name: 'Stoke-on-Trent (long sides, read-only)',
  args: {
    ...triangleFor('stoke-on-trent'),
    label: `${AREA_LABELS['stoke-on-trent']}: the assessment triangle`,
    evidence: undefined,
    mode: 'read-only',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const child = canvas.getByRole('list', { name: /Child's developmental needs/ });
    // Stoke's own headings, including its split emotional/behavioural ones and "Other Indicators"; the empty
    // "Behavioural Development Continued" heading (no indicators of its own) is left out by the adapter.
    await expect(within(child).getByText('Other Indicators')).toBeVisible();
    await expect(within(child).getByText('Exploitation')).toBeVisible();
    await expect(within(child).queryByText('Behavioural Development Continued')).toBeNull();
    await expect(within(child).getAllByRole('listitem')).toHaveLength(11);
  },
};

export const NarrowAuto: Story = {
  name: 'Narrow container (auto view becomes lists)',
  render: (args) => (
    <div style={{ width: 320 }}>
      <AssessmentTriangle {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figure = canvasElement.querySelector('.lw-triangle__figure') as Element;
    await expect(getComputedStyle(figure).display).toBe('none');
    // The same single structure: one listbox, all eleven of Telford's dimensions, nothing duplicated.
    await expect(canvas.getAllByRole('listbox')).toHaveLength(1);
    await expect(canvas.getAllByRole('option')).toHaveLength(11);
    // Reflow: nothing wider than the 320 px container.
    await expect(canvasElement.querySelector('.lw-triangle')!.scrollWidth).toBeLessThanOrEqual(320);
  },
};

export const ListView: Story = {
  name: 'List view (view="list")',
  args: { view: 'list', defaultValue: 'housing-employment-finance' },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('.lw-triangle__figure') as Element;
    await expect(getComputedStyle(figure).display).toBe('none');
    await expect(within(canvasElement).getAllByRole('option')).toHaveLength(11);
  },
};

export const DiagramNarrow: Story = {
  name: 'Diagram view on a narrow container',
  args: { view: 'diagram' },
  render: (args) => (
    <div style={{ width: 320 }}>
      <AssessmentTriangle {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('.lw-triangle__figure') as Element;
    await expect(getComputedStyle(figure).display).toBe('block');
    await expect(canvasElement.querySelector('.lw-triangle')!.scrollWidth).toBeLessThanOrEqual(320);
  },
};

export const ReadOnly: Story = {
  name: 'Read-only (headed lists)',
  args: { mode: 'read-only' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('listbox')).toBeNull();
    await expect(
      canvas.getAllByRole('heading', { level: 3 }).map((h) => h.getAttribute('id')?.split('-domain-')[1]),
    ).toEqual(['child-development', 'parenting-capacity', 'family-environment']);
    await expect(canvas.getByRole('list', { name: /Parenting capacity/ })).toBeVisible();
    await expect(canvasElement.querySelectorAll('[tabindex]').length).toBe(0);
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: 'health', onValueChange: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('option', { name: /^Housing/ }));
    await expect(args.onValueChange).not.toHaveBeenCalled();
    await expect(canvas.getByRole('listbox')).toHaveAttribute('aria-disabled', 'true');
    await expect(canvasElement.querySelectorAll('[tabindex="0"]').length).toBe(0);
  },
};

export const HighContrast: Story = {
  name: 'High contrast',
  globals: { theme: 'high-contrast' },
  args: { defaultValue: 'basic-care-safety-protection' },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '2.5rem' }}>
      <AssessmentTriangle
        id="tri-telford"
        {...telford}
        label="Telford & Wrekin, with evidence; Basic Care, Safety and Protection chosen"
        evidence={TELFORD_BABY_EVIDENCE}
        defaultValue="basic-care-safety-protection"
      />
      <AssessmentTriangle
        id="tri-dudley"
        {...dudley}
        label="Dudley's five themes"
        evidence={DUDLEY_TEEN_EVIDENCE}
        defaultValue="risks-outside-my-home"
      />
      {assessmentTriangleExamples
        .filter((e) => ['read-only', 'disabled'].includes(e.name))
        .map((e) => (
          <AssessmentTriangle key={e.name} id={`tri-${e.name}`} {...e.props} label={e.description} />
        ))}
    </div>
  ),
};
