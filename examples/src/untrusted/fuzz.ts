import fc from 'fast-check';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import {
  Checkpoint,
  EventStore,
  PARTNERSHIP_COMMAND_TYPES,
  PartnershipCommand,
  PartnershipHandler,
} from '@council-partnerships/domain';
import { anyValue, builtInsSnapshot, prototypeNames } from '@council-partnerships/testing';
import {
  auditSummaryProjection,
  auditTimelineProjection,
  contractValueProjection,
  performanceProjection,
  rebuildProjection,
  registerProjection,
} from '@council-partnerships/projections';
import { scenarios } from '../scenarios';
import { handlerFor } from '@council-partnerships/seeds';
import { runSteps } from '../support/run';

/** What a fuzz run found; the bar is 0 in every column but cases. */
export interface FuzzFigures {
  readonly cases: number;
  readonly accepted: number;
  readonly refused: number;
  readonly exceptions: number;
  readonly writesOnRefusal: number;
  readonly pollutedBuiltIns: number;
  readonly errorsWithoutPath: number;
  readonly readModelFailures: number;
  /** The first few findings, to reproduce them. */
  readonly findings: readonly string[];
}

type Json = Record<string, unknown>;

/** The four command types no seed scenario sends, shaped as their codecs ask. */
const extraCommands = (partnershipId: string): Json[] => {
  const metadata = (type: string) => ({
    commandId: `fuzz-${type}`,
    actor: { id: 'officer-ada', role: 'commissioning-officer', organisation: 'council' },
    occurredAt: '2025-06-02T09:00:00Z',
  });
  const base = { partnershipId };
  return [
    {
      type: 'CancelProcurement',
      data: { ...base, procurementId: 'p-1', cancelledOn: '2025-06-02', reason: 'no bids' },
    },
    { type: 'ExerciseExtensionOption', data: { ...base, contractId: 'c-1', exercisedOn: '2025-06-02' } },
    {
      type: 'RejectModuleExpansion',
      data: { ...base, expansionId: 'e-1', rejectedOn: '2025-06-02', reason: 'no' },
    },
    { type: 'RecordTermination', data: { ...base, contractId: 'c-1', terminatedOn: '2025-06-02' } },
  ].map((c) => ({ ...c, metadata: metadata(c.type) }));
};

/** Every read model a council rebuilds from the log: none may fail on what the handler accepted. */
export const READ_MODELS = [
  contractValueProjection,
  performanceProjection,
  registerProjection,
  auditTimelineProjection,
  auditSummaryProjection,
] as const;

interface Arena {
  readonly store: EventStore;
  readonly handle: PartnershipHandler;
  readonly commands: readonly Json[];
}

/** Each seed scenario told on a store of its own, ready to take fuzzed commands. */
export const prepareArenas = async (): Promise<Arena[]> => {
  const arenas: Arena[] = [];
  for (const definition of scenarios) {
    const store = createInMemoryEventStore();
    const handle = handlerFor(store, definition);
    const steps = definition.script();
    await runSteps(handle, steps);
    const commands = [
      ...steps.map((s) => s.command as unknown as Json),
      ...extraCommands(definition.partnershipId),
    ];
    arenas.push({ store, handle, commands });
  }
  return arenas;
};

/** Paths into a command, down to the depth of its fields (not into hostile values already put in). */
const pathsOf = (value: unknown, path: string[] = [], out: string[][] = []): string[][] => {
  out.push(path);
  if (typeof value === 'object' && value !== null && path.length < 5 && !(value instanceof Map))
    for (const key of Object.keys(value).slice(0, 50)) {
      const inner = Object.getOwnPropertyDescriptor(value, key);
      if (inner !== undefined && 'value' in inner) pathsOf(inner.value, [...path, key], out);
    }
  return out;
};

const clone = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

const setAt = (root: Json, path: readonly string[], change: (parent: Json, key: string) => void): Json => {
  if (path.length === 0) return root;
  let parent: Json = root;
  for (const key of path.slice(0, -1)) parent = Object.getOwnPropertyDescriptor(parent, key)?.value as Json;
  if (typeof parent === 'object' && parent !== null && Object.isExtensible(parent))
    change(parent, path[path.length - 1] as string);
  return root;
};

const define = (parent: Json, key: string, value: unknown) =>
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });

type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'remove'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'prototype-id'; at: number; name: string }
  | { kind: 'retype'; type: string }
  | { kind: 'nest'; depth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyValue() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(...prototypeNames, 'nationalInsuranceNumber'),
    ),
    value: anyValue(),
  }),
  fc.record({
    kind: fc.constant('prototype-id' as const),
    at: fc.nat(),
    name: fc.constantFrom(...prototypeNames),
  }),
  fc.record({ kind: fc.constant('retype' as const), type: fc.constantFrom(...PARTNERSHIP_COMMAND_TYPES) }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 6_000 }) }),
);

/** A command changed by one to three mutations (applied to a copy). */
export const mutate = (command: Json, mutations: readonly Mutation[]): unknown => {
  const result = clone(command) as Json;
  for (const m of mutations) {
    const paths = pathsOf(result).filter((p) => p.length > 0);
    const at = 'at' in m ? paths[m.at % Math.max(paths.length, 1)] : undefined;
    switch (m.kind) {
      case 'replace':
        if (at !== undefined) setAt(result, at, (parent, key) => define(parent, key, m.value));
        break;
      case 'remove':
        if (at !== undefined) setAt(result, at, (parent, key) => void delete parent[key]);
        break;
      case 'add': {
        const objects = pathsOf(result).filter((p) => {
          let v: unknown = result;
          for (const k of p) v = Object.getOwnPropertyDescriptor(v, k)?.value;
          return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.isExtensible(v);
        });
        const target = objects[m.at % objects.length] ?? [];
        let parent: Json = result;
        for (const k of target) parent = Object.getOwnPropertyDescriptor(parent, k)?.value as Json;
        define(parent, m.key, m.value);
        break;
      }
      case 'prototype-id': {
        const ids = paths.filter(
          (p) => /Ids?$|^id$/.test(p[p.length - 1] ?? '') || /Ids$/.test(p[p.length - 2] ?? ''),
        );
        const target = ids[m.at % Math.max(ids.length, 1)];
        if (target !== undefined) setAt(result, target, (parent, key) => define(parent, key, m.name));
        break;
      }
      case 'retype':
        define(result, 'type', m.type);
        break;
      case 'nest': {
        let value: unknown = 'deep';
        for (let i = 0; i < m.depth; i++) value = [value];
        const data = Object.getOwnPropertyDescriptor(result, 'data')?.value as unknown;
        if (typeof data === 'object' && data !== null && Object.isExtensible(data))
          define(data as Json, 'deep', value);
        else define(result, 'data', { deep: value });
        break;
      }
    }
  }
  return result;
};

const logSize = async (store: EventStore): Promise<number> => {
  let size = 0;
  let after: Checkpoint | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: 10_000 });
    if (page._tag === 'Left') return -1;
    size += page.right.events.length;
    if (page.right.isEndOfLog || page.right.events.length === 0) return size;
    after = page.right.checkpoint;
  }
};

/** Sends `cases` fuzzed commands through the handler, and rebuilds every read model afterwards. */
export const runFuzz = async (cases: number, seed: number): Promise<FuzzFigures> => {
  const arenas = await prepareArenas();
  const before = builtInsSnapshot();
  const findings: string[] = [];
  const note = (text: string) => void (findings.length < 10 && findings.push(text));
  let accepted = 0;
  let refused = 0;
  let exceptions = 0;
  let writesOnRefusal = 0;
  let polluted = 0;
  let withoutPath = 0;
  let readModelFailures = 0;
  const sizes = await Promise.all(arenas.map((arena) => logSize(arena.store)));
  const samples = fc.sample(
    fc.tuple(fc.nat(), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 })),
    { numRuns: cases, seed },
  );
  for (const [a, c, mutations] of samples) {
    const i = a % arenas.length;
    const arena = arenas[i]!;
    const input = mutate(arena.commands[c % arena.commands.length]!, mutations);
    let result: Awaited<ReturnType<PartnershipHandler>>;
    try {
      // Hostile input is what the handler's type forbids: it must still be refused at run time.
      result = await arena.handle(input as PartnershipCommand);
    } catch (thrown) {
      exceptions += 1;
      note(`exception: ${String(thrown)} for ${JSON.stringify(mutations).slice(0, 200)}`);
      continue;
    }
    const size = await logSize(arena.store);
    if (result._tag === 'Left') {
      refused += 1;
      if (result.left.message.startsWith('the command could not be handled')) {
        exceptions += 1;
        note(`caught exception: ${result.left.message.slice(0, 200)}`);
      }
      if (result.left.path.length === 0) {
        withoutPath += 1;
        note(`no path: ${result.left.code} ${result.left.message.slice(0, 200)}`);
      }
      if (size !== sizes[i]) {
        writesOnRefusal += 1;
        note(`write on refusal: ${result.left.code}`);
      }
    } else {
      accepted += 1;
    }
    sizes[i] = size;
    const now = builtInsSnapshot();
    if (now.length !== before.length || now.some((v, k) => JSON.stringify(v) !== JSON.stringify(before[k]))) {
      polluted += 1;
      note('built-ins changed');
    }
  }
  for (const arena of arenas) {
    for (const projection of READ_MODELS) {
      try {
        const rebuilt = await rebuildProjection(
          arena.store,
          projection as Parameters<typeof rebuildProjection>[1],
        );
        if (rebuilt._tag === 'Left') {
          readModelFailures += 1;
          note(`read model ${projection.name}: ${rebuilt.left.message}`);
        }
      } catch (thrown) {
        exceptions += 1;
        note(`read model ${projection.name} threw: ${String(thrown)}`);
      }
    }
  }
  return {
    cases,
    accepted,
    refused,
    exceptions,
    writesOnRefusal,
    pollutedBuiltIns: polluted,
    errorsWithoutPath: withoutPath,
    readModelFailures,
    findings,
  };
};
