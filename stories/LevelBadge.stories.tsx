import { LevelBadge, levelBadgeExamples } from '@levelwise/ui/level-badge';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { visualStory } from './visual.ts';

const meta = {
  title: 'Components/LevelBadge',
  component: LevelBadge,
  args: { ordinal: 3, name: 'Complex' },
  argTypes: {
    ordinal: { control: { type: 'inline-radio' }, options: [1, 2, 3, 4] },
    size: { control: { type: 'inline-radio' }, options: ['small', 'medium', 'large'] },
    emphasis: { control: { type: 'select' }, options: ['none', 'chosen', 'expected', 'current', 'previous'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A level of need: its number, the area's own name for it, its colour and a stepped glyph, so the level reads without colour. Not focusable: it labels, it does not act.",
      },
    },
  },
} satisfies Meta<typeof LevelBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('.lw-level-badge');
    await expect(badge).not.toBeNull();
    await expect(badge).toHaveAttribute('data-level', '3');
    await expect(badge).toHaveAttribute('data-state', 'valid');
    // What a screen reader hears: number out of four, then the local name.
    await expect(badge?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Level 3 of 4,Complex');
    await expect(badge?.querySelectorAll('rect[data-filled="true"]').length).toBe(3);
  },
};

export const Universal: Story = { args: { ordinal: 1, name: 'Universal' } };
export const Vulnerable: Story = { args: { ordinal: 2, name: 'Vulnerable' } };
export const Acute: Story = { args: { ordinal: 4, name: 'Acute' } };

export const ExpectedAnswer: Story = {
  args: { ordinal: 3, name: 'Complex', emphasis: 'expected' },
  play: async ({ canvasElement }) => {
    // Emphasis is a visible word, not only an outline colour.
    await expect(within(canvasElement).getByText('Expected')).toBeVisible();
  },
};

export const NotATabStop: Story = {
  name: 'Keyboard: not a tab stop',
  render: (args) => (
    <div>
      <button type="button">Before</button> <LevelBadge {...args} /> <button type="button">After</button>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'After' })).toHaveFocus();
  },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.75rem' }}>
      {levelBadgeExamples.map((example) => (
        <li key={example.name} data-example={example.name}>
          <LevelBadge {...example.props} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const badges = canvasElement.querySelectorAll('.lw-level-badge');
    await expect(badges.length).toBe(levelBadgeExamples.length);
    for (const badge of badges) {
      const level = Number(badge.getAttribute('data-level'));
      await expect(badge.querySelectorAll('rect[data-filled="true"]').length).toBe(level);
    }
  },
};
