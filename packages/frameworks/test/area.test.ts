import { describe, expect, it } from 'vitest';
import dudley from '../data/dudley.json' with { type: 'json' };
import nottinghamCity from '../data/nottingham-city.json' with { type: 'json' };
import sandwell from '../data/sandwell.json' with { type: 'json' };
import stokeOnTrent from '../data/stoke-on-trent.json' with { type: 'json' };
import telfordWrekin from '../data/telford-wrekin.json' with { type: 'json' };
import * as area from '../src/area.ts';
import { AREA_RULES_EXPORT, AreaDataMismatchError, frameworkFromAreaData } from '../src/area.ts';
import { AREA_IDS, getFramework } from '../src/index.ts';
import type { AreaRules } from '../src/rules/schema.ts';

const DATA = {
  'telford-wrekin': telfordWrekin,
  sandwell,
  'stoke-on-trent': stokeOnTrent,
  'nottingham-city': nottinghamCity,
  dudley,
} as const;

const rulesOf = (id: (typeof AREA_IDS)[number]): AreaRules =>
  (area as unknown as Record<string, AreaRules>)[AREA_RULES_EXPORT[id]]!;

describe('frameworkFromAreaData (one area without the other four)', () => {
  it.each(AREA_IDS)('composes %s exactly as getFramework does', (id) => {
    expect(frameworkFromAreaData(DATA[id], rulesOf(id))).toEqual(getFramework(id));
  });

  it('refuses data and rules of different areas, naming both', () => {
    expect(() => frameworkFromAreaData(DATA.sandwell, rulesOf('dudley'))).toThrow(
      new AreaDataMismatchError(
        'frameworkFromAreaData: the data is for "sandwell" but the rules are for "dudley"',
      ),
    );
  });

  it('refuses something that is not area data', () => {
    expect(() => frameworkFromAreaData({ hello: 1 }, rulesOf('dudley'))).toThrow(/not a data\/<area>\.json/);
    expect(() => frameworkFromAreaData(null, rulesOf('dudley'))).toThrow(AreaDataMismatchError);
    expect(() => frameworkFromAreaData({ ...DATA.dudley, area: 'walsall' }, rulesOf('dudley'))).toThrow(
      /unknown area "walsall"/,
    );
  });
});

describe('the constants area.ts repeats to stay free of zod', () => {
  it('match AREA_PREFIX and DOMAINS', async () => {
    const { AREA_PREFIX, DOMAINS } = await import('../src/schema.ts');
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('../src/area.ts', import.meta.url), 'utf8'),
    );
    expect(source).not.toMatch(/^import \{[^}]*\b(AREA_PREFIX|DOMAINS)\b[^}]*\} from '\.\/schema\.ts'/m);
    for (const id of AREA_IDS) {
      const f = frameworkFromAreaData(DATA[id], rulesOf(id));
      expect(f.prefix).toBe(AREA_PREFIX[id]);
      expect(f.domains).toEqual(DOMAINS.filter((d) => f.dimensions.some((x) => x.domain === d.id)));
    }
    expect(source).not.toMatch(/from 'zod'/);
  });
});
