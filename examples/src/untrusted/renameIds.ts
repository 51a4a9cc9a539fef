import { PartnershipCommand } from '@council-partnerships/domain';
import { Step } from '@council-partnerships/seeds';

/** Names that are members of `Object.prototype`: the ids an attacker would choose. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

const isIdKey = (key: string): boolean => /Ids?$/.test(key);

const idsIn = (value: unknown, key: string, found: Set<string>): void => {
  if (typeof value === 'string' && isIdKey(key)) found.add(value);
  else if (Array.isArray(value)) for (const item of value) idsIn(item, key, found);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) idsIn(v, k, found);
};

/** Every id a script's commands name (data fields ending in Id or Ids, and the actors' ids), sorted. */
export const idsOfScript = (steps: readonly Step[]): string[] => {
  const found = new Set<string>();
  for (const step of steps) {
    idsIn(step.command.data, '', found);
    found.add(step.command.metadata.actor.id);
  }
  return [...found].sort();
};

const renamed = (value: unknown, key: string, names: ReadonlyMap<string, string>): unknown => {
  if (typeof value === 'string') return isIdKey(key) ? (names.get(value) ?? value) : value;
  if (Array.isArray(value)) return value.map((item) => renamed(item, key, names));
  if (typeof value !== 'object' || value === null) return value;
  // defineProperty, not assignment: an own key `__proto__` must stay data, never set a prototype.
  const copy = {};
  for (const [k, v] of Object.entries(value))
    Object.defineProperty(copy, k, { value: renamed(v, k, names), enumerable: true, writable: true });
  return copy;
};

/**
 * The script with some ids renamed (a one-to-one renaming, so every rule decides exactly as before):
 * whatever the names, the same commands must be accepted and refused.
 */
export const renameIds = (steps: readonly Step[], names: ReadonlyMap<string, string>): Step[] =>
  steps.map((step) => ({
    ...step,
    // The same command with other id strings: still the same command type and shape.
    command: {
      ...step.command,
      data: renamed(step.command.data, '', names) as PartnershipCommand['data'],
      metadata: {
        ...step.command.metadata,
        actor: {
          ...step.command.metadata.actor,
          id: names.get(step.command.metadata.actor.id) ?? step.command.metadata.actor.id,
        },
      },
    } as PartnershipCommand,
  }));

/** The built-ins a polluted process would show changed: compared before and after. */
export const builtInsSnapshot = (): unknown[] => {
  const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
  return [
    ...prototypes.flatMap((proto) =>
      Reflect.ownKeys(proto).map((key): unknown[] => {
        const value: unknown = Object.getOwnPropertyDescriptor(proto, key)?.value;
        return [key, value];
      }),
    ),
    ...Reflect.ownKeys(Object).map((key) => [key, (Object as unknown as Record<PropertyKey, unknown>)[key]]),
    Object.getPrototypeOf({}),
    Object.getPrototypeOf([]),
  ];
};
