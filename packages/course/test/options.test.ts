import { describe, expect, it } from 'vitest';
import { CourseOptionsError, parsePackageOptions } from '../build/options.ts';

const parse = (...argv: string[]) => parsePackageOptions(argv, '/out');

describe('npm run package options', () => {
  it('builds everything by default: five areas, both standards, and the workshop', () => {
    expect(parse()).toEqual({
      areas: ['telford-wrekin', 'sandwell', 'stoke-on-trent', 'nottingham-city', 'dudley'],
      standards: ['1.2', '2004'],
      workshop: true,
      outDir: '/out',
      help: false,
    });
  });

  it('selects one area and one standard (any common spelling), without the workshop unless asked', () => {
    expect(parse('--area', 'dudley', '--scorm', '1.2')).toMatchObject({
      areas: ['dudley'],
      standards: ['1.2'],
      workshop: false,
    });
    expect(parse('--area=sandwell,dudley', '--scorm', 'scorm2004', '--workshop')).toMatchObject({
      areas: ['sandwell', 'dudley'],
      standards: ['2004'],
      workshop: true,
    });
    expect(parse('--framework', 'all', '--scorm', '12').standards).toEqual(['1.2']);
  });

  it('lists every bad option with what it accepts', () => {
    let error: unknown;
    try {
      parse('--area', 'walsall', '--scorm', '3', 'extra');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CourseOptionsError);
    expect((error as CourseOptionsError).problems).toEqual([
      'unexpected argument(s): extra',
      '--area: unknown value "walsall"; expected one of telford-wrekin, sandwell, stoke-on-trent, nottingham-city, dudley (or "all")',
      '--scorm: unknown value "3"; expected one of 1.2, 2004',
    ]);
    expect(() => parse('--colour')).toThrow(/Unknown option '--colour'/);
    expect(() => parse('--workshop', '--no-workshop')).toThrow(/cannot both be given/);
  });
});
