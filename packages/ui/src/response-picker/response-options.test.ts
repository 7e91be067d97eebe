import { describe, expect, it } from 'vitest';
import {
  deadlineWords,
  frontDoorPhrase,
  referralRoute,
  responseOptionProblems,
  responseOptionsFromFrontDoor,
  STANDARD_RESPONSE_KINDS,
  standardResponseOptions,
} from './response-options.ts';
import { responsePickerExamples, telfordResponseOptions } from './response-picker.examples.ts';

describe('standardResponseOptions', () => {
  it('gives the five scored response kinds in order of intensity, only 999 urgent', () => {
    const options = standardResponseOptions({ frontDoorName: 'Family Connect' });
    expect(options.map((o) => o.value)).toEqual([
      'continue-universal',
      'early-help-conversation',
      'targeted-early-help',
      'front-door-referral',
      'call-999',
    ]);
    expect(options.map((o) => o.value)).toEqual([...STANDARD_RESPONSE_KINDS]);
    expect(options.filter((o) => o.urgent).map((o) => o.value)).toEqual(['call-999']);
  });

  it('names the local front door, its form and its deadline in the referral label', () => {
    const referral = telfordResponseOptions.find((o) => o.value === 'front-door-referral');
    expect(referral?.label).toBe(
      "Refer to Family Connect (Telford & Wrekin's front door): phone, then complete the Family Connect request for service form within 2 working days",
    );
  });

  it('quotes the local 999 instruction and names the front door under the emergency option', () => {
    const emergency = telfordResponseOptions.find((o) => o.value === 'call-999');
    expect(emergency?.label).toMatch(/^Call 999 now/);
    expect(emergency?.hint).toContain('tell Family Connect the same day');
    expect(emergency?.hint).toContain(
      '“If it is an emergency or there is a threat of immediate danger, always dial 999.”',
    );
  });

  it('uses a caller-supplied route instead of phone-then-form', () => {
    const options = standardResponseOptions({
      frontDoorName: "Children's advice and duty service (ChAD)",
      areaName: 'Stoke-on-Trent',
      route: 'phone for a consultation with a qualified social worker',
    });
    expect(options[3]?.label).toBe(
      "Refer to Stoke-on-Trent's front door, Children's advice and duty service (ChAD): phone for a consultation with a qualified social worker",
    );
  });
});

describe('frontDoorPhrase and referralRoute', () => {
  it('never stacks brackets', () => {
    expect(frontDoorPhrase('Family Connect', 'Telford & Wrekin')).toBe(
      "Family Connect (Telford & Wrekin's front door)",
    );
    expect(frontDoorPhrase('Hub (MASH)', 'Sandwell')).toBe("Sandwell's front door, Hub (MASH)");
    expect(frontDoorPhrase('Family Connect')).toBe("Family Connect (children's social care front door)");
  });
  it('falls back to phoning when there is no form', () => {
    expect(referralRoute({})).toBe('phone today');
    expect(referralRoute({ deadline: 'within 1 hour' })).toBe('phone within 1 hour');
    expect(referralRoute({ instrumentName: 'MARF' })).toBe('phone, then complete the MARF');
  });
});

describe('deadlineWords', () => {
  it('reads the durations the five areas use', () => {
    expect(deadlineWords('P2D', true)).toBe('within 2 working days');
    expect(deadlineWords('PT1H')).toBe('within 1 hour');
    expect(deadlineWords('PT72H')).toBe('within 72 hours');
    expect(deadlineWords('P1D', false)).toBe('within 1 day');
    expect(deadlineWords('P12W')).toBe('within 12 weeks');
  });
  it('gives undefined rather than a wrong phrase for what it cannot read', () => {
    expect(deadlineWords('P1DT2H')).toBeUndefined();
    expect(deadlineWords('soon')).toBeUndefined();
  });
});

describe('responseOptionsFromFrontDoor', () => {
  const ref = { file: 'x.txt', start: 1, end: 1, quote: 'q' };
  it('spells out an acronym-only form, uses the referral deadline and the 999 instruction', () => {
    const options = responseOptionsFromFrontDoor(
      {
        serviceName: 'Hub (MASH)',
        referralInstrument: {
          name: 'MARF',
          acronym: 'MARF',
          expansion: 'multi-agency referral form',
          route: ref,
          refs: [ref],
        },
        deadlines: [
          { kind: 'decision', iso: 'PT24H', working: false, strength: 'aim', trigger: 't', refs: [ref] },
          {
            kind: 'submit-referral',
            iso: 'PT1H',
            working: false,
            strength: 'must',
            trigger: 't',
            refs: [ref],
          },
        ],
        emergency: { instruction: { ...ref, quote: 'call 999 first' }, call999: true },
      },
      'Sandwell',
    );
    expect(options[3]?.label).toBe(
      "Refer to Sandwell's front door, Hub (MASH): phone, then complete the MARF (multi-agency referral form) within 1 hour",
    );
    expect(options[4]?.hint).toContain('“call 999 first”');
  });
  it('does not quote an emergency instruction that does not mention 999', () => {
    const options = responseOptionsFromFrontDoor({
      serviceName: 'Direct',
      referralInstrument: { name: 'Form', acronym: null, expansion: null, route: ref, refs: [ref] },
      deadlines: [],
      emergency: { instruction: { ...ref, quote: 'refer without delay' }, call999: false },
    });
    expect(options[4]?.hint).not.toContain('refer without delay');
    expect(options[3]?.label).toBe(
      "Refer to Direct (children's social care front door): phone, then complete the Form",
    );
  });
});

describe('responseOptionProblems', () => {
  it('finds duplicate, empty values and empty labels', () => {
    expect(responseOptionProblems(telfordResponseOptions)).toEqual([]);
    expect(
      responseOptionProblems([
        { value: 'a', label: 'A' },
        { value: 'a', label: ' ' },
        { value: '', label: 'C' },
      ]),
    ).toEqual(['the value "a" is used twice', 'the option "a" has no label', 'an option has an empty value']);
  });
});

describe('responsePickerExamples', () => {
  it('has unique names and ids, and valid default values', () => {
    const names = responsePickerExamples.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const ids = responsePickerExamples.map((e) => e.props.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const example of responsePickerExamples) {
      const { defaultValue, options } = example.props;
      if (defaultValue) expect(options.map((o) => o.value)).toContain(defaultValue);
    }
  });
});
