/**
 * Events a store has deep-frozen: nothing about them can change while the process runs, so what is
 * worked out from one of them (its decoded, upcast domain event) may be kept and reused. Only a store
 * that froze every object inside an event marks it; a value that is not marked is never assumed
 * unchanged.
 */
const frozen = new WeakSet<object>();

export const markDeeplyFrozen = <T extends object>(event: T): T => {
  frozen.add(event);
  return event;
};

export const isDeeplyFrozen = (event: object): boolean => frozen.has(event);

/** Freezes a JSON value and everything inside it. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};
