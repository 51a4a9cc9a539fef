import { seeds, stepsOf } from './index';

describe.each(seeds.map((seed) => [seed.key, seed] as const))('the %s seed', (_key, seed) => {
  it('gives every step its own command id, so that telling it twice records nothing twice', () => {
    const ids = seed.steps.map((step) => step.command.metadata.commandId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seed.steps.every((step) => step.command.data.partnershipId === seed.partnershipId)).toBe(true);
  });

  it('names its chapters in the order the story reaches them, and they split it without loss', () => {
    const names = Object.entries(seed.chapters)
      .sort(([, a], [, b]) => Date.parse(a) - Date.parse(b))
      .map(([name]) => name);
    expect(names).toEqual(Object.keys(seed.chapters));
    const bounds = [undefined, ...names, undefined];
    const parts = bounds.slice(1).map((to, i) => {
      const from = bounds[i];
      return stepsOf(seed, { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
    });
    expect(parts.flat()).toEqual(stepsOf(seed));
    expect(parts.every((part) => part.length > 0)).toBe(true);
  });

  it('says what it had to invent', () => {
    expect(seed.illustrative.length).toBeGreaterThan(0);
  });
});
