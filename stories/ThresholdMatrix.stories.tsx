import { type AreaId, compareConcept, getFramework } from '@levelwise/frameworks';
import {
  buildMatrixIndex,
  type ComparisonSide,
  comparisonSideFromConcept,
  EMPTY_MATRIX_FILTER,
  filterMatrix,
  type MatrixData,
  type MatrixFilter,
  matrixFromFramework,
  ThresholdComparison,
  ThresholdMatrix,
  thresholdMatrixExamples,
} from '@levelwise/ui/matrix';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { visualStory } from './visual.ts';

/** An area's real matrix as ThresholdMatrix props (the adapter reads level names from the area's rules). */
function matrixProps(area: AreaId) {
  const props = matrixFromFramework(getFramework(area));
  return props;
}
type MatrixProps = Omit<MatrixData, 'areaName'>;

const telford = matrixProps('telford-wrekin');
const dudley = matrixProps('dudley');

/** What the matrix must show for a filter, computed from the data independently of the component. */
function expectedCount(props: MatrixProps, { query = '', levels = [] as number[], dimensionId = '' }) {
  return props.indicators.filter(
    (i) =>
      i.text.toLowerCase().includes(query.toLowerCase()) &&
      (levels.length === 0 || levels.includes(i.level)) &&
      (dimensionId === '' || i.dimensionId === dimensionId),
  );
}

/** A vignette's evidence: a non-mobile baby with bruising, injuries and domestic violence at home. */
const EVIDENCE_IDS = [
  'tw-4-basic-care-safety-protection-f70e9a',
  'tw-4-health-ff7b29',
  'tw-3-health-89c3b8',
  'tw-4-family-social-relationships-family-wellbeing-7d20a6',
];

/** A curated concept from @levelwise/frameworks (concepts/) as the two sides of a ThresholdComparison. */
function comparisonOf(conceptId: string, first: AreaId, second: AreaId) {
  const comparison = compareConcept(conceptId);
  if (comparison.kind !== 'curated') throw new Error(`"${conceptId}" is not a curated concept`);
  const a = comparisonSideFromConcept(comparison, getFramework(first));
  const b = comparisonSideFromConcept(comparison, getFramework(second));
  if (!a || !b) throw new Error(`"${conceptId}" is not in both ${first} and ${second}`);
  return { comparison, entries: [a, b] as const satisfies readonly [ComparisonSide, ComparisonSide] };
}
const teenagePregnancy = comparisonOf('teenage-pregnancy', 'telford-wrekin', 'sandwell');
const privateFostering = comparisonOf('privately-fostered', 'telford-wrekin', 'sandwell');

const status = (canvasElement: HTMLElement) => within(canvasElement).getByRole('status');
/** Dimension row headers (th scope=row); the domain headers (scope=rowgroup) are row headers too. */
const dimensionHeaders = (table: HTMLElement) => [...table.querySelectorAll<HTMLElement>('th[scope="row"]')];

const meta = {
  title: 'Components/ThresholdMatrix',
  component: ThresholdMatrix,
  args: { ...telford, onValueChange: fn(), onViewChange: fn() },
  argTypes: {
    levels: { control: false },
    domains: { control: false },
    dimensions: { control: false },
    indicators: { control: false },
    defaultView: { control: { type: 'inline-radio' }, options: ['table', 'list'] },
  },
  parameters: {
    docs: {
      description: {
        component: [
          "An area's threshold matrix as a real table: its four levels as columns (number, local name and the LevelBadge glyph), its domains as row groups and its dimensions as rows, each cell listing that cell's indicators verbatim, in document order.",
          'Filter by domain, dimension and level (native selects and checkboxes), search the text (matches are marked), mark a vignette’s evidence (a visible “Evidence” label and an outline, never colour alone) and show only that. A live region announces the count (“4 indicators match ‘school’”).',
          'Keyboard: Tab reaches the search, the filters and then the table, which sits in a focusable, named scroll region: arrow keys scroll it, and the level and dimension headings stay in view. At 320 px the table scrolls inside that region; “As a list by level” shows the same data as headed lists instead.',
          '`matrixFromFramework(framework)` maps an area of @levelwise/frameworks to these props; `ThresholdComparison` shows one concept in two areas side by side.',
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<typeof ThresholdMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TelfordFullMatrix: Story = {
  name: 'Telford & Wrekin: full matrix',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Telford & Wrekin threshold matrix' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table');
    const columns = within(table).getAllByRole('columnheader');
    await expect(columns.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Dimension',
      'Level 1 of 4,Universal',
      'Level 2 of 4,Vulnerable',
      'Level 3 of 4,Complex',
      'Level 4 of 4,Acute',
    ]);
    // Rows: one per dimension, grouped under the area's three domain headings.
    await expect(dimensionHeaders(table)).toHaveLength(telford.dimensions.length);
    await expect(table.querySelectorAll('th[scope="rowgroup"]')).toHaveLength(3);
    await expect(table.querySelectorAll('li[data-indicator-id]')).toHaveLength(314);
    await expect(status(canvasElement)).toHaveTextContent('Showing all 314 indicators');
    // Document order within a cell: the first basic-care indicator at level 1 is printed first.
    const firstCell = table.querySelector(
      'tr[data-dimension="basic-care-safety-protection"] td[data-level="1"]',
    );
    const first = telford.indicators.find(
      (i) => i.dimensionId === 'basic-care-safety-protection' && i.level === 1,
    );
    await expect(firstCell?.querySelector('li')?.textContent).toBe(first?.text);
    // Sticky column headers: after scrolling down, the level headings sit at the top of the region.
    await expect(region.scrollHeight).toBeGreaterThan(region.clientHeight);
    region.scrollTop = 1500;
    const levelHeader = columns[1] as HTMLElement;
    await waitFor(() =>
      expect(Math.round(levelHeader.getBoundingClientRect().top)).toBe(
        Math.round(region.getBoundingClientRect().top + region.clientTop),
      ),
    );
  },
};

export const DudleyThemes: Story = {
  name: 'Dudley: themes in the child’s voice',
  args: { ...dudley, showSources: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    await expect(dimensionHeaders(table).map((r) => r.textContent)).toEqual([
      'Education',
      'Emotional & Behavioural Development',
      'Health, Care & Protection',
      'Parents/Carers',
      'Risks outside of my home',
    ]);
    await expect(within(table).getByRole('columnheader', { name: /Level 3 of 4, ?Intensive/ })).toBeVisible();
    await expect(within(table).getByRole('columnheader', { name: 'Theme' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Theme' })).toBeVisible();
    await expect(canvas.getAllByText(/^I have/).length).toBeGreaterThan(0);
    // Dudley's asterisk is shown in words.
    const flagged = dudley.indicators.filter((i) => i.flags?.strategyDiscussion).length;
    await expect(canvas.getAllByText('Strategy discussion needed')).toHaveLength(flagged);
    await expect(canvas.getAllByText(/^004_5a9804e438695bce\.txt L\d+/).length).toBe(
      dudley.indicators.length,
    );
  },
};

export const Filtered: Story = {
  name: 'Filtered: one domain at level 4',
  args: { defaultValue: { domainId: 'local-family-and-environmental-factors', levels: [4] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    await expect(within(table).getAllByRole('columnheader')).toHaveLength(2);
    const domainDimensions = telford.dimensions.filter(
      (d) => d.domainId === 'local-family-and-environmental-factors',
    );
    const expected = telford.indicators.filter(
      (i) => i.level === 4 && domainDimensions.some((d) => d.id === i.dimensionId),
    );
    await expect(table.querySelectorAll('li[data-indicator-id]')).toHaveLength(expected.length);
    await expect(status(canvasElement)).toHaveTextContent(`Showing ${expected.length} of 314 indicators`);
    await expect(canvas.getByLabelText('Domain')).toHaveValue('local-family-and-environmental-factors');
    await expect(canvas.getByRole('checkbox', { name: /Level 4 Acute/ })).toBeChecked();
  },
};

export const Search: Story = {
  name: 'Search: “school”',
  args: { defaultValue: { query: 'school' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const expected = expectedCount(telford, { query: 'school' });
    await expect(status(canvasElement)).toHaveTextContent(`${expected.length} indicators match 'school'`);
    const items = canvasElement.querySelectorAll('li[data-indicator-id]');
    await expect([...items].map((li) => li.getAttribute('data-indicator-id'))).toEqual(
      expected.map((i) => i.id),
    );
    for (const mark of canvasElement.querySelectorAll('mark'))
      await expect(mark.textContent?.toLowerCase()).toBe('school');
    // Typing more narrows at once (no debounce) and the count follows.
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search indicator text' }), ' attendance');
    const narrower = expectedCount(telford, { query: 'school attendance' });
    await expect(status(canvasElement)).toHaveTextContent(
      narrower.length === 0
        ? "No indicators match 'school attendance'"
        : `${narrower.length} ${narrower.length === 1 ? 'indicator matches' : 'indicators match'} 'school attendance'`,
    );
  },
};

export const HighlightedEvidence: Story = {
  name: 'Highlighted evidence',
  args: { highlightedIds: EVIDENCE_IDS },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const marked = canvasElement.querySelectorAll('li[data-state="highlighted"]');
    await expect([...marked].map((li) => li.getAttribute('data-indicator-id')).sort()).toEqual(
      [...EVIDENCE_IDS].sort(),
    );
    // A visible word on each, not only an outline.
    for (const li of marked) await expect(within(li as HTMLElement).getByText('Evidence')).toBeVisible();
    // Keyboard: Space on the toggle shows only the evidence.
    const only = canvas.getByRole('checkbox', { name: /Only indicators marked “Evidence” \(4\)/ });
    only.focus();
    await userEvent.keyboard(' ');
    await expect(only).toBeChecked();
    await expect(status(canvasElement)).toHaveTextContent('Showing 4 of 314 indicators');
    await expect(canvasElement.querySelectorAll('li[data-indicator-id]')).toHaveLength(4);
  },
};

export const KeyboardWalkthrough: Story = {
  name: 'Keyboard: search, filter, scroll the table',
  args: { onValueChange: fn() },
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const expected = expectedCount(telford, { query: 'school', levels: [3] });
    await step('Tab to the search and type', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('searchbox', { name: 'Search indicator text' })).toHaveFocus();
      await userEvent.keyboard('school');
      await expect(status(canvasElement)).toHaveTextContent(/indicators match 'school'$/);
    });
    await step('Tab through the selects to the level checkboxes; Space ticks level 3', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('combobox', { name: 'Domain' })).toHaveFocus();
      await userEvent.tab();
      await expect(canvas.getByRole('combobox', { name: 'Dimension' })).toHaveFocus();
      await userEvent.tab();
      await userEvent.tab();
      await userEvent.tab();
      const level3 = canvas.getByRole('checkbox', { name: /Level 3 Complex/ });
      await expect(level3).toHaveFocus();
      await userEvent.keyboard(' ');
      await expect(level3).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith({
        ...EMPTY_MATRIX_FILTER,
        query: 'school',
        levels: [3],
      });
    });
    await step('The live region announces the count', async () => {
      await expect(status(canvasElement)).toHaveTextContent(
        `${expected.length} indicators match 'school' with the chosen filters`,
      );
    });
    await step('Tab on into the table region: only matching rows and the level 3 column remain', async () => {
      await userEvent.tab(); // level 4
      await userEvent.tab(); // list view
      await userEvent.tab(); // clear
      await expect(canvas.getByRole('button', { name: 'Clear search and filters' })).toHaveFocus();
      await userEvent.tab();
      const region = canvas.getByRole('region', { name: 'Telford & Wrekin threshold matrix' });
      await expect(region).toHaveFocus();
      // Visible focus: the region's ring (outline) shows when it is reached by keyboard.
      await expect(getComputedStyle(region).outlineStyle).toBe('solid');
      const table = within(region).getByRole('table');
      await expect(
        within(table)
          .getAllByRole('columnheader')
          .map((c) => c.getAttribute('data-level')),
      ).toEqual([null, '3']);
      const rows = dimensionHeaders(table).map((r) => r.textContent);
      const expectedRows = telford.dimensions
        .filter((d) => expected.some((i) => i.dimensionId === d.id))
        .map((d) => d.label);
      await expect(rows).toEqual(expectedRows);
      await expect(table.querySelectorAll('mark')).toHaveLength(expected.length);
    });
    await step('Clear returns every indicator and keeps focus in the panel', async () => {
      await userEvent.tab({ shift: true });
      await userEvent.keyboard('{Enter}');
      await expect(status(canvasElement)).toHaveTextContent('Showing all 314 indicators');
      await expect(canvas.getByRole('searchbox', { name: 'Search indicator text' })).toHaveFocus();
    });
  },
};

export const ListByLevel: Story = {
  name: 'List by level (narrow screens)',
  args: { defaultValue: { dimensionId: 'health' }, defaultView: 'list' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('table')).toBeNull();
    const levelHeadings = canvas
      .getAllByRole('heading', { level: 3 })
      .filter((h) => h.querySelector('.lw-level-badge'));
    await expect(levelHeadings.map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Level 1 of 4,Universal',
      'Level 2 of 4,Vulnerable',
      'Level 3 of 4,Complex',
      'Level 4 of 4,Acute',
    ]);
    await expect(canvasElement.querySelectorAll('li[data-indicator-id]')).toHaveLength(
      expectedCount(telford, { dimensionId: 'health' }).length,
    );
    // Back to the table with the keyboard.
    const toggle = canvas.getByRole('checkbox', { name: 'As a list by level, instead of a table' });
    toggle.focus();
    await userEvent.keyboard(' ');
    await expect(args.onViewChange).toHaveBeenCalledWith('table');
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const Reflow320: Story = {
  name: 'Reflow at 320 px',
  render: (args) => (
    <div style={{ width: 320, maxWidth: '100%' }} data-testid="frame">
      <ThresholdMatrix {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const frame = within(canvasElement).getByTestId('frame');
    const region = within(canvasElement).getByRole('region');
    // The table scrolls inside its own region; the page around it does not.
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await expect(frame.scrollWidth).toBeLessThanOrEqual(320);
    // Sticky headers: the dimension column stays at the left edge after scrolling sideways.
    const rowHeader = dimensionHeaders(region)[0] as HTMLElement;
    region.scrollLeft = 400;
    await waitFor(() =>
      expect(Math.round(rowHeader.getBoundingClientRect().left)).toBe(
        Math.round(region.getBoundingClientRect().left + region.clientLeft),
      ),
    );
  },
};

function ControlledMatrix(props: MatrixProps & { onValueChange?: (value: MatrixFilter) => void }) {
  const [value, setValue] = useState<MatrixFilter>({
    ...EMPTY_MATRIX_FILTER,
    dimensionId: 'learning-education',
  });
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <p style={{ margin: 0 }}>
        <button
          type="button"
          className="lw-matrix__button"
          onClick={() => setValue({ ...value, levels: [4] })}
        >
          Host app: show level 4 only
        </button>
      </p>
      <ThresholdMatrix
        {...props}
        value={value}
        onValueChange={(next) => {
          setValue(next);
          props.onValueChange?.(next);
        }}
      />
    </div>
  );
}

export const Controlled: Story = {
  name: 'Controlled by the host',
  render: (args) => <ControlledMatrix {...telford} onValueChange={args.onValueChange} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Host app: show level 4 only' }));
    const expected = expectedCount(telford, { dimensionId: 'learning-education', levels: [4] });
    await expect(status(canvasElement)).toHaveTextContent(`Showing ${expected.length} of 314 indicators`);
    await userEvent.click(canvas.getByRole('checkbox', { name: /Level 2 Vulnerable/ }));
    await expect(args.onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ dimensionId: 'learning-education', levels: [2, 4] }),
    );
  },
};

export const Comparison: Story = {
  name: 'Comparison: teenage pregnancy in two areas',
  render: () => (
    <ThresholdComparison
      concept={teenagePregnancy.comparison.title}
      description={teenagePregnancy.comparison.summary}
      entries={teenagePregnancy.entries}
      showSources
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Teenage pregnancy');
    await expect(canvasElement.querySelector('[data-part="summary"]')).toHaveTextContent(
      'Level 3 (Complex) in Telford & Wrekin, level 4 (Complex/ Significant Needs) in Sandwell.',
    );
    await expect(canvasElement.querySelector('[data-part="difference"]')).toHaveTextContent(
      'Sandwell places it one level higher than Telford & Wrekin.',
    );
    const telfordSide = canvas.getByRole('region', { name: 'Telford & Wrekin' });
    const sandwellSide = canvas.getByRole('region', { name: 'Sandwell' });
    await expect(within(telfordSide).getByText('Teenage pregnancy.')).toBeVisible();
    await expect(within(telfordSide).getByText('Same wording')).toBeVisible();
    await expect(within(sandwellSide).getByText('Early teenage pregnancy.')).toBeVisible();
    await expect(within(sandwellSide).getByText('Stricter')).toBeVisible();
    await expect(within(sandwellSide).getByText(/^001_0f72561f637e3af1\.txt L\d+/)).toBeVisible();
    await expect(canvasElement.querySelector('.lw-comparison')).toHaveAttribute(
      'data-state',
      'second-higher',
    );
    // The levels come from the curated concept, not from the story.
    const levels = teenagePregnancy.comparison.areas
      .filter((a) => a.area === 'telford-wrekin' || a.area === 'sandwell')
      .map((a) => a.levels);
    await expect(levels).toEqual([[3], [4]]);
  },
};

export const HighContrast: Story = {
  name: 'High-contrast theme',
  globals: { theme: 'high-contrast' },
  args: { defaultValue: { query: 'baby' }, highlightedIds: EVIDENCE_IDS, showSources: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-lw-theme="high-contrast"]')).not.toBeNull();
    await expect(canvasElement.querySelectorAll('mark').length).toBeGreaterThan(0);
  },
};

/** The visible indicators of an example's filter, for marking the first n as evidence. */
function firstVisibleIds(props: MatrixProps, filter: Partial<MatrixFilter>, n: number): string[] {
  const index = buildMatrixIndex(props.levels, props.domains, props.dimensions, props.indicators);
  const view = filterMatrix(index, { ...EMPTY_MATRIX_FILTER, ...filter }, new Set());
  return view.groups
    .flatMap((g) => g.rows.flatMap((r) => r.cells.flat()))
    .slice(0, n)
    .map((v) => v.prepared.indicator.id);
}

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '3rem' }}>
      {thresholdMatrixExamples.map((example, i) => (
        <div key={example.name} data-example={example.name}>
          <ThresholdMatrix
            {...telford}
            label={`${i + 1}. ${example.description}`}
            headingLevel={2}
            defaultValue={example.filter}
            defaultView={example.view ?? 'table'}
            showFilters={example.name === 'search'}
            showSources={example.showSources ?? false}
            highlightedIds={
              example.highlight ? firstVisibleIds(telford, example.filter, example.highlight) : []
            }
            maxHeight="none"
          />
        </div>
      ))}
      <ThresholdComparison
        concept={`${thresholdMatrixExamples.length + 1}. Comparison: ${privateFostering.comparison.title.toLowerCase()}`}
        description={privateFostering.comparison.summary}
        entries={privateFostering.entries}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const example of thresholdMatrixExamples) {
      const root = canvasElement.querySelector(`[data-example="${example.name}"] .lw-matrix`);
      await expect(root).toHaveAttribute('data-view', example.view ?? 'table');
      await expect(root).toHaveAttribute('data-state', example.name === 'empty' ? 'empty' : 'filtered');
    }
    await expect(canvasElement.querySelectorAll('li[data-state="highlighted"]')).toHaveLength(2);
  },
};
