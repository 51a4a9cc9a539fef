import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { PartnershipCommand } from '../commands';
import { defaultCouncilPolicy, defaultPermissions } from '../policy/councilPolicy';
import { conceive, P } from '../testing/fixtures';
import { createPartnershipHandler } from './createPartnershipHandler';

/** A concept recorded by a commissioning officer: the first command of every partnership. */
const concept = conceive();

describe('createPartnershipHandler: the partnership lifecycle wired once', () => {
  it('given an empty store, when a concept is recorded, then the partnership stream holds it', async () => {
    const store = createInMemoryEventStore();
    const handle = createPartnershipHandler({ store });

    const handled = await handle(concept);

    expect(handled._tag).toBe('Right');
    if (handled._tag === 'Right') {
      expect(handled.right.streamId).toBe(`partnership-${P}`);
      expect(handled.right.events.map((e) => e.type)).toEqual(['PartnershipConceived']);
      expect(handled.right.state.partnershipId).toBe(P);
      // The default ids are time-ordered UUIDv7 ids taken from the clock given.
      expect(handled.right.events[0]!.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab]/);
    }
  });

  it('given a clock, when no id maker is given, then event ids begin with that clock time', async () => {
    const clock = () => new Date('2030-01-02T03:04:05.678Z');
    const handle = createPartnershipHandler({ store: createInMemoryEventStore(), clock });

    const handled = await handle(concept);

    const hexTime = Date.parse('2030-01-02T03:04:05.678Z').toString(16).padStart(12, '0');
    expect(handled._tag === 'Right' && handled.right.events[0]!.eventId.replace('-', '')).toMatch(
      new RegExp(`^${hexTime}`),
    );
  });

  it('given a policy that lets no one conceive, when a concept is sent, then it is refused as not permitted', async () => {
    const handle = createPartnershipHandler({
      store: createInMemoryEventStore(),
      policy: {
        ...defaultCouncilPolicy,
        permissions: { ...defaultPermissions, ConceivePartnership: [] },
      },
    });

    const handled = await handle(concept);

    expect(handled._tag === 'Left' && handled.left.code).toBe('NotPermitted');
  });

  it('given input that only claims to be a command (from JSON), when it is handled, then it is still validated at run time', async () => {
    const handle = createPartnershipHandler({ store: createInMemoryEventStore() });
    const fromJson = JSON.parse(
      '{"type":"ConcievePartnership","data":{},"metadata":{}}',
    ) as PartnershipCommand;

    const handled = await handle(fromJson);

    expect(handled._tag === 'Left' && handled.left.code).toBe('InvalidInput');
  });

  it('is typed: a misspelt command type or field does not compile', () => {
    const handle = createPartnershipHandler({ store: createInMemoryEventStore() });
    const typeChecked = (): unknown[] => [
      // @ts-expect-error -- 'ConcievePartnership' is not a partnership command
      handle({ ...concept, type: 'ConcievePartnership' }),
      handle({
        ...concept,
        // @ts-expect-error -- 'conceivedOnn' is not a field of ConceivePartnership
        data: { ...concept.data, conceivedOnn: '2021-07-26' },
      }),
      // @ts-expect-error -- a command needs its metadata (actor, business time and command id)
      handle({ type: concept.type, data: concept.data }),
    ];
    // The calls above exist for the compiler (`pnpm typecheck`); they are not run.
    expect(typeof typeChecked).toBe('function');
  });
});
