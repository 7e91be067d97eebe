import { type AreaId, getFramework } from '@levelwise/frameworks';
import {
  ResponsePicker,
  type ResponsePickerProps,
  responseOptionsFromFrontDoor,
  responsePickerExamples,
} from '@levelwise/ui/response-picker';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AREA_LABELS } from './fixtures/areas.ts';
import { visualStory } from './visual.ts';

/*
 * Real front-door data for each area from @levelwise/frameworks (getFramework(area).rules.frontDoor): service
 * name, referral form, the deadline for the form after the call, the 999 instruction and the phone numbers.
 * Stoke-on-Trent's front door takes a consultation call (a written MARF only in exceptional circumstances),
 * so its route is given in words rather than "phone, then complete the form".
 */
const ROUTE_OVERRIDES: Partial<Record<AreaId, { route: string }>> = {
  'stoke-on-trent': { route: 'phone for a consultation with a qualified social worker' },
};

function areaOptions(area: AreaId) {
  return responseOptionsFromFrontDoor(
    getFramework(area).rules.frontDoor,
    AREA_LABELS[area],
    ROUTE_OVERRIDES[area],
  );
}

/** The front door's own numbers, as printed: the main line and the out-of-hours route. */
function areaContact(area: AreaId) {
  const door = getFramework(area).rules.frontDoor;
  const main = door.phones.find((p) => p.purpose === 'front-door');
  const outOfHours = door.outOfHours;
  return (
    <p>
      <strong>{door.serviceName}</strong>
      {main ? `: ${main.number}${main.hours ? ` (${main.hours})` : ''}.` : '.'}
      {outOfHours
        ? ` Out of hours: ${outOfHours.route}${outOfHours.phone ? `, ${outOfHours.phone}` : ''}.`
        : null}
    </p>
  );
}

const meta = {
  title: 'Components/ResponsePicker',
  component: ResponsePicker,
  args: {
    id: 'response',
    options: areaOptions('telford-wrekin'),
    hint: 'Choose one. Use the Telford & Wrekin threshold guidance.',
    contactNote: areaContact('telford-wrekin'),
    onValueChange: fn(),
  },
  argTypes: {
    value: { control: false },
    options: { control: false },
    contactNote: { control: false },
    legendSize: { control: { type: 'inline-radio' }, options: ['medium', 'large'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'What the practitioner does next, from carrying on with universal support to calling 999, in plain English that ' +
          'names the local front door, its form and its deadline. A native radio group in the GOV.UK radios style: Tab moves ' +
          'into the group, arrow keys move and choose, Space chooses, Tab leaves. The emergency option starts with the word ' +
          '"Emergency" (in its accessible name too) and has a thick frame and a warning sign, so it is never marked by colour ' +
          'alone. `standardResponseOptions({ frontDoorName, areaName, instrumentName, deadline, emergencyText })` builds the ' +
          'five standard options whose values are the response kinds @levelwise/scenarios scores; ' +
          '`responseOptionsFromFrontDoor(getFramework(area).rules.frontDoor, areaName)` fills them from the real data. ' +
          'See packages/ui/src/response-picker/README.md for the accessibility criteria.',
      },
    },
  },
} satisfies Meta<typeof ResponsePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

function radios(canvasElement: HTMLElement) {
  return within(canvasElement).getAllByRole('radio') as HTMLInputElement[];
}

export const Empty: Story = {
  name: 'Telford & Wrekin, nothing chosen',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: 'What should you do next?' });
    // The hint and the front door's numbers are read with the question.
    await expect(group).toHaveAccessibleDescription(/Choose one\..*Family Connect: 01952 385385/);
    await expect(radios(canvasElement).map((r) => r.value)).toEqual([
      'continue-universal',
      'early-help-conversation',
      'targeted-early-help',
      'front-door-referral',
      'call-999',
    ]);
    await expect(
      canvas.getByRole('radio', {
        name: "Refer to Family Connect (Telford & Wrekin's front door): phone, then complete the Family Connect request for service form within 2 working days",
      }),
    ).not.toBeChecked();
    // The emergency choice says so in words, in its accessible name, not only by its frame.
    const emergency = canvas.getByRole('radio', { name: /^Emergency: Call 999 now/ });
    await expect(emergency).toHaveAccessibleDescription(/always dial 999/);
    await expect(canvas.getByText('Emergency:')).toBeVisible();
    await expect(canvasElement.querySelector('.lw-response-picker')).toHaveAttribute('data-state', 'empty');
  },
};

export const KeyboardOnly: Story = {
  name: 'Keyboard: Tab in, arrows, Space, Tab out',
  render: (args) => (
    <div>
      <button type="button">Back</button>
      <ResponsePicker {...args} />
      <button type="button">Continue</button>
    </div>
  ),
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const [universal, conversation, targeted, referral, emergency] = radios(canvasElement);
    await step('Tab into the group lands on the first option without choosing it', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
      await userEvent.tab();
      await expect(universal).toHaveFocus();
      await expect(universal).not.toBeChecked();
      await expect(args.onValueChange).not.toHaveBeenCalled();
    });
    await step('Space chooses; arrows move and choose', async () => {
      await userEvent.keyboard(' ');
      await expect(args.onValueChange).toHaveBeenLastCalledWith('continue-universal');
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
      await expect(referral).toHaveFocus();
      await expect(referral).toBeChecked();
      await expect(args.onValueChange).toHaveBeenLastCalledWith('front-door-referral');
      await userEvent.keyboard('{ArrowDown}');
      await expect(emergency).toBeChecked();
      await expect(canvasElement.querySelector('.lw-response-picker')).toHaveAttribute(
        'data-urgency',
        'urgent',
      );
      await expect(args.onValueChange).toHaveBeenLastCalledWith('call-999');
      await userEvent.keyboard('{ArrowUp}{ArrowUp}');
      await expect(targeted).toBeChecked();
      await expect(conversation).not.toBeChecked();
      await expect(canvasElement.querySelector('.lw-response-picker')).toHaveAttribute(
        'data-urgency',
        'routine',
      );
    });
    await step('Tab leaves the group in one press; Shift+Tab comes back to the chosen option', async () => {
      await userEvent.tab();
      await expect(canvas.getByRole('button', { name: 'Continue' })).toHaveFocus();
      await userEvent.tab({ shift: true });
      await expect(targeted).toHaveFocus();
      await expect(targeted).toBeChecked();
    });
  },
};

export const ChosenEmergency: Story = {
  name: 'Emergency chosen',
  args: { defaultValue: 'call-999' },
  play: async ({ canvasElement }) => {
    const option = canvasElement.querySelector('[data-response="call-999"]');
    await expect(option).toHaveAttribute('data-state', 'checked');
    await expect(option).toHaveAttribute('data-urgency', 'urgent');
    // The emergency frame is thicker than the others: shape as well as colour.
    const routine = canvasElement.querySelector<HTMLElement>('[data-response="continue-universal"]');
    await expect(Number.parseFloat(getComputedStyle(option as HTMLElement).borderTopWidth)).toBeGreaterThan(
      Number.parseFloat(getComputedStyle(routine as HTMLElement).borderTopWidth),
    );
  },
};

export const Controlled: Story = {
  name: 'Controlled by the host',
  render: function ControlledPicker(args) {
    const [value, setValue] = useState<ResponsePickerProps['value']>('early-help-conversation');
    return (
      <div>
        <ResponsePicker
          {...args}
          value={value}
          onValueChange={(next) => {
            setValue(next);
            args.onValueChange?.(next);
          }}
        />
        <p>
          Host state: <output data-testid="host-value">{value ?? 'none'}</output>
        </p>
        <button type="button" onClick={() => setValue(null)}>
          Clear answer
        </button>
      </div>
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(radios(canvasElement)[1]).toBeChecked();
    await userEvent.click(canvas.getByText(/^Refer to Family Connect/));
    await expect(args.onValueChange).toHaveBeenLastCalledWith('front-door-referral');
    await expect(canvas.getByTestId('host-value')).toHaveTextContent('front-door-referral');
    await userEvent.click(canvas.getByRole('button', { name: 'Clear answer' }));
    for (const radio of radios(canvasElement)) await expect(radio).not.toBeChecked();
  },
};

export const ErrorState: Story = {
  name: 'Error (GOV.UK pattern)',
  args: { required: true, error: 'Select what you would do next', contactNote: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'What should you do next?' })).toHaveAccessibleDescription(
      'Choose one. Use the Telford & Wrekin threshold guidance. Error: Select what you would do next',
    );
    for (const radio of radios(canvasElement)) {
      await expect(radio).toHaveAttribute('aria-invalid', 'true');
      await expect(radio).toBeRequired();
    }
    await expect(radios(canvasElement)[0]).toHaveAttribute('id', 'response');
  },
};

export const Disabled: Story = {
  args: { defaultValue: 'targeted-early-help', disabled: true },
  render: (args) => (
    <div>
      <button type="button">Before</button>
      <ResponsePicker {...args} />
      <button type="button">After</button>
    </div>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    for (const radio of radios(canvasElement)) await expect(radio).toBeDisabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Before' }));
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'After' })).toHaveFocus();
    await expect(args.onValueChange).not.toHaveBeenCalled();
  },
};

function areaStory(area: AreaId, referralName: RegExp): Story {
  return {
    name: `Area: ${AREA_LABELS[area]}`,
    args: {
      id: `response-${area}`,
      options: areaOptions(area),
      hint: `Choose one. Use the ${AREA_LABELS[area]} threshold guidance.`,
      contactNote: areaContact(area),
      defaultValue: 'front-door-referral',
    },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('radio', { name: referralName })).toBeChecked();
      await expect(canvas.getByRole('radio', { name: /^Emergency: Call 999 now/ })).not.toBeChecked();
      await expect(canvas.getByText('Emergency:')).toBeVisible();
      // Nothing overflows its option at any width.
      for (const option of canvasElement.querySelectorAll<HTMLElement>('.lw-choice')) {
        await expect(option.scrollWidth).toBeLessThanOrEqual(option.clientWidth + 1);
      }
    },
  };
}

export const TelfordWrekin = areaStory(
  'telford-wrekin',
  /^Refer to Family Connect \(Telford & Wrekin's front door\): phone, then complete the Family Connect request for service form within 2 working days$/,
);
export const Sandwell = areaStory(
  'sandwell',
  /^Refer to Sandwell's front door, Multi-Agency Safeguarding Hub \(MASH\) Single Point of Contact \(SPOC\): phone, then complete the MARF \(multi-agency referral form\) within 1 hour$/,
);
export const StokeOnTrent = areaStory(
  'stoke-on-trent',
  /^Refer to Stoke-on-Trent's front door, Children's advice and duty service \(ChAD\): phone for a consultation/,
);
export const NottinghamCity = areaStory(
  'nottingham-city',
  /^Refer to Children & Families Direct Multi-Agency Safeguarding Hub \(Nottingham City's front door\): phone, then complete the Multi-Agency Request Form \(MARF\)$/,
);
export const Dudley = areaStory(
  'dudley',
  /^Refer to Children's Front Door \(Dudley's front door\): phone, then complete the Request for Help and Support$/,
);

export const HighContrast: Story = {
  name: 'High-contrast theme',
  globals: { theme: 'high-contrast' },
  args: { defaultValue: 'call-999' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-lw-theme="high-contrast"]')).not.toBeNull();
    await expect(
      within(canvasElement).getByRole('radio', { name: /^Emergency: Call 999 now/ }),
    ).toBeChecked();
  },
};

export const AllStates: Story = {
  ...visualStory,
  name: 'All states',
  render: () => (
    <div style={{ display: 'grid', gap: '2.5rem' }}>
      {responsePickerExamples.map((example) => (
        <section key={example.name} data-example={example.name} aria-label={example.description}>
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
            {example.description}
          </p>
          <ResponsePicker {...example.props} />
        </section>
      ))}
      <section data-example="high-contrast" aria-label="High-contrast theme" data-lw-theme="high-contrast">
        <p style={{ margin: '0 0 0.5rem', fontSize: '0.875rem', color: 'var(--lw-color-text-secondary)' }}>
          High-contrast theme
        </p>
        <ResponsePicker {...responsePickerExamples[2]!.props} id="rp-high-contrast" />
      </section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const pickers = canvasElement.querySelectorAll('.lw-response-picker');
    await expect(pickers.length).toBe(responsePickerExamples.length + 1);
    await expect(
      canvasElement.querySelectorAll('[data-response="call-999"][data-urgency="urgent"]').length,
    ).toBe(responsePickerExamples.length + 1);
  },
};
