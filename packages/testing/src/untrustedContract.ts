import fc from 'fast-check';
import {
  EventStore,
  NewEvent,
  ReadStreamOptions,
  readStreamForFoldInPages,
} from '@council-partnerships/domain';
import { anyValue, builtInsSnapshot, hostileValues, prototypeNames } from './hostileValues';
import { Expect, expectOf, TestRunner } from './runner';
import { sampleEvent } from './sampleEvents';

type Outcome = { _tag: 'Left'; left: { code: string; path: readonly string[] } } | { _tag: 'Right' };

/** Calls the store and records what came back; an exception is a failure of the contract. */
const settle = async (call: () => Promise<unknown>): Promise<Outcome | { thrown: unknown }> => {
  try {
    return (await call()) as Outcome;
  } catch (thrown) {
    return { thrown };
  }
};

/** A paged read run to its end: its last item (a failure is always the last), or the Right of no events. */
const lastOfPages = async (store: EventStore, streamId: unknown, options: unknown): Promise<unknown> => {
  let last: unknown = { _tag: 'Right' };
  for await (const item of readStreamForFoldInPages(store, streamId as string, options as ReadStreamOptions))
    last = item;
  return last;
};

const expectRefusedWithPath = (expect: Expect, outcome: Outcome | { thrown: unknown }): void => {
  expect(outcome).not.toHaveProperty('thrown');
  expect(outcome).toMatchObject({ _tag: 'Left', left: { code: 'InvalidInput' } });
  expect((outcome as { left: { path: readonly string[] } }).left.path.length).toBeGreaterThan(0);
};

const logIsEmpty = async (store: EventStore): Promise<boolean> => {
  const all = await store.readAll({ limit: 10 });
  return all._tag === 'Right' && all.right.events.length === 0;
};

/** Where a hostile value can be put in an append. */
const places: readonly (readonly [string, (value: unknown) => NewEvent])[] = [
  ['the data', (value) => sampleEvent({ data: { value } as never })],
  ['an actor field', (value) => sampleEvent({ actor: { id: 'x', role: 'officer', name: value } as never })],
  [
    'an unknown actor field',
    (value) => sampleEvent({ actor: { id: 'x', role: 'officer', nino: value } as never }),
  ],
];

/**
 * The part of the contract about hostile input: whatever is passed to the port (a BigInt, a cycle,
 * nesting beyond the limit, a getter that throws, an unknown actor field, a timestamp without an
 * offset), it answers with a refusal naming the path, writes nothing and changes no built-in.
 */
export const untrustedInputContract = (store: () => EventStore, runner: TestRunner): void => {
  const { describe, it } = runner;
  const expect = expectOf();
  describe('hostile input is refused as a value, naming the path, and nothing is written', () => {
    for (const [place, eventWith] of places) {
      describe(`in ${place}`, () => {
        for (const [label, make] of hostileValues.filter(([l]) => !l.startsWith('an own __proto__'))) {
          it(label, async () => {
            const before = builtInsSnapshot();
            const outcome = await settle(() =>
              store().appendToStream('hostile', [eventWith(make())], { expectedVersion: 'any' }),
            );
            expectRefusedWithPath(expect, outcome);
            expect(builtInsSnapshot()).toEqual(before);
            expect(await logIsEmpty(store())).toBe(true);
          });
        }
      });
    }

    for (const [label, occurredAt] of [
      ['without an offset', '2025-03-30T01:30:00'],
      ['in the hour London skips in spring', '2025-03-30T01:30:00+00:00'],
      ['not a date at all', 'yesterday'],
    ] as const)
      it(`an occurredAt ${label}`, async () => {
        const outcome = await settle(() =>
          store().appendToStream('hostile', [sampleEvent({ occurredAt })], { expectedVersion: 'any' }),
        );
        expectRefusedWithPath(expect, outcome);
        expect((outcome as unknown as { left: { path: string[] } }).left.path).toEqual([
          'events',
          '0',
          'occurredAt',
        ]);
        expect(await logIsEmpty(store())).toBe(true);
      });

    for (const name of prototypeNames)
      it(`stream and event ids named ${name} are ordinary ids`, async () => {
        const before = builtInsSnapshot();
        const appended = await store().appendToStream(name, [sampleEvent({ commandId: name })], {
          expectedVersion: 'no_stream',
        });
        expect(appended._tag).toBe('Right');
        const read = await store().readStream(name);
        expect(read._tag === 'Right' && read.right.map((e) => e.streamId)).toEqual([name]);
        expect(builtInsSnapshot()).toEqual(before);
      });

    it('any arguments at all: the port answers with a value, never an exception, and refusals name a path', async () => {
      const before = builtInsSnapshot();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.tuple(fc.constant('append' as const), anyValue(), anyValue(), anyValue()),
            fc.tuple(fc.constant('readStream' as const), anyValue(), anyValue(), fc.constant(null)),
            fc.tuple(fc.constant('readAll' as const), anyValue(), fc.constant(null), fc.constant(null)),
            // The lean reads, where a store has them, check their arguments as the whole ones do.
            fc.tuple(fc.constant('readStreamForFold' as const), anyValue(), anyValue(), fc.constant(null)),
            fc.tuple(
              fc.constant('readStreamForFoldInPages' as const),
              anyValue(),
              anyValue(),
              fc.constant(null),
            ),
            fc.tuple(
              fc.constant('readAllForProjection' as const),
              anyValue(),
              fc.constant(null),
              fc.constant(null),
            ),
          ),
          async ([method, a, b, c]) => {
            const s = store() as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
            const outcome = await settle(() =>
              method === 'append'
                ? s['appendToStream']!('fuzzed', [{ ...sampleEvent(), data: { a }, type: b }], c)
                : method === 'readStreamForFoldInPages'
                  ? lastOfPages(store(), a, b)
                  : method === 'readStream' || method === 'readStreamForFold'
                    ? (s[method] ?? s['readStream'])!(a, b)
                    : (s[method] ?? s['readAll'])!(a),
            );
            expect(outcome).not.toHaveProperty('thrown');
            if (
              (outcome as Outcome)._tag === 'Left' &&
              (outcome as { left: { code: string } }).left.code === 'InvalidInput'
            )
              expect((outcome as unknown as { left: { path: string[] } }).left.path.length).toBeGreaterThan(
                0,
              );
          },
        ),
        { numRuns: 60 },
      );
      expect(builtInsSnapshot()).toEqual(before);
    });
  });
};
