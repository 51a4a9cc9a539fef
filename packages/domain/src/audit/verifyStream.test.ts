import { hashEvent } from '../eventstore/hashChain';
import { verifyStream } from './verifyStream';
import {
  deleteAndRenumber,
  deleteRow,
  editActor,
  editData,
  insertAndRenumber,
  insertBeside,
  monthlyReturns,
  moveToEnd,
  overwriteHash,
  rewriteAndRehash,
  swapVersions,
  Tampering,
} from './testSupport';

/** The one problem a tampering leaves; any other fails the test. */
const onlyProblem = (tampering: Tampering) => {
  const [only, ...rest] = verifyStream(tampering.events).problems;
  expect(rest).toEqual([]);
  return only;
};

const kindsAndVersions = (tampering: Tampering) =>
  verifyStream(tampering.events).problems.map((p) => ({ kind: p.kind, version: p.streamVersion }));

describe('verifying the hash chain of one stream', () => {
  const history = monthlyReturns(8);

  it('finds nothing wrong with a stream as it was recorded, whatever order the rows come in', () => {
    const verification = verifyStream([...history].reverse());
    expect(verification.problems).toEqual([]);
    expect(verification.eventCount).toBe(8);
    expect(verification.head).toEqual({ version: 8, hash: history[7]?.hash });
  });

  it('finds nothing wrong with no events', () => {
    expect(verifyStream([], 'empty')).toEqual({ streamId: 'empty', eventCount: 0, head: null, problems: [] });
  });

  describe('given someone edited a row in place', () => {
    it('when the data changed, then that event is reported altered and nothing else', () => {
      const tampering = editData(history, 4);
      const only = onlyProblem(tampering);
      expect(only).toMatchObject({
        kind: 'altered-event',
        streamId: 'partnership-stockton',
        streamVersion: 4,
        eventId: 'partnership-stockton-event-4',
      });
      expect(only?.message).toMatch(/changed after it was recorded/);
    });

    it('when the actor changed, then that event is reported altered', () => {
      expect(kindsAndVersions(editActor(history, 1))).toEqual([{ kind: 'altered-event', version: 1 }]);
    });

    it('when only the stored hash was overwritten, then the event is altered and the next link is not blamed', () => {
      const only = onlyProblem(overwriteHash(history, 3));
      expect(only).toMatchObject({ kind: 'altered-event', streamVersion: 3 });
      expect(only?.message).toMatch(/stored hash overwritten/);
    });

    it('when the data changed and the hash was recomputed, then the event is altered: the next event was chained to the original', () => {
      const only = onlyProblem(rewriteAndRehash(history, 5));
      expect(only).toMatchObject({
        kind: 'altered-event',
        streamVersion: 5,
        relatedEventIds: ['partnership-stockton-event-6'],
      });
      expect(only?.message).toMatch(/hash recomputed/);
    });

    it('when the last event was rewritten with a recomputed hash, then the chain alone cannot tell (an anchor can)', () => {
      expect(kindsAndVersions(rewriteAndRehash(history, 8))).toEqual([]);
    });
  });

  describe('given someone deleted a row', () => {
    it('when the gap was left, then the missing version is reported deleted, naming the event that still points to it', () => {
      const only = onlyProblem(deleteRow(history, 3));
      expect(only).toMatchObject({
        kind: 'deleted-event',
        streamVersion: 3,
        eventId: null,
        relatedEventIds: ['partnership-stockton-event-4'],
      });
    });

    it('when the first event was deleted, then version 1 is reported deleted', () => {
      expect(kindsAndVersions(deleteRow(history, 1))).toEqual([{ kind: 'deleted-event', version: 1 }]);
    });

    it('when the later events were renumbered to close the gap, then it is one deletion, and the renumbering is named', () => {
      const only = onlyProblem(deleteAndRenumber(history, 2));
      expect(only).toMatchObject({ kind: 'deleted-event', streamVersion: 2 });
      expect(only?.message).toMatch(/6 later events were renumbered down by one/);
      expect(only?.relatedEventIds).toHaveLength(6);
    });

    it('when the last event was deleted, then the chain alone cannot tell (an anchor can)', () => {
      expect(kindsAndVersions(deleteRow(history, 8))).toEqual([]);
    });
  });

  describe('given someone inserted a row', () => {
    it.each([true, false])(
      'when it duplicates a version (sealed: %s), then the extra row is reported inserted, not the genuine one',
      (sealed) => {
        const only = onlyProblem(insertBeside(history, 4, sealed));
        expect(only).toMatchObject({
          kind: 'inserted-event',
          streamVersion: 4,
          eventId: 'forged-event',
          relatedEventIds: ['partnership-stockton-event-4'],
        });
      },
    );

    it.each([true, false])(
      'when the later events were renumbered up to make room (sealed: %s), then it is one insertion',
      (sealed) => {
        const only = onlyProblem(insertAndRenumber(history, 3, sealed));
        expect(only).toMatchObject({ kind: 'inserted-event', streamVersion: 3, eventId: 'forged-event' });
        expect(only?.message).toMatch(/6 later events were renumbered up by one/);
      },
    );

    it('when a forged row was slipped in before the last event, then the last event is still the genuine one', () => {
      expect(kindsAndVersions(insertAndRenumber(history, 8, true))).toEqual([
        { kind: 'inserted-event', version: 8 },
      ]);
    });
  });

  describe('given someone reordered rows', () => {
    it('when two neighbours swapped versions, then one reordering names both', () => {
      const only = onlyProblem(swapVersions(history, 4, 5));
      expect(only).toMatchObject({
        kind: 'reordered-events',
        streamVersion: 4,
        eventId: 'partnership-stockton-event-5',
        relatedEventIds: ['partnership-stockton-event-4'],
      });
    });

    it('when distant events swapped versions, then the events between are not blamed', () => {
      const only = onlyProblem(swapVersions(history, 1, 7));
      expect(only?.kind).toBe('reordered-events');
      expect(only?.message).toMatch(/stored at version 1 but was recorded as version 7/);
      expect(only?.message).toMatch(/stored at version 7 but was recorded as version 1/);
    });

    it('when an event was moved past the end, then it is reported reordered at its new place', () => {
      expect(kindsAndVersions(moveToEnd(history, 2, 3))).toEqual([{ kind: 'reordered-events', version: 11 }]);
    });

    it('when the last event was renumbered without changing the order, then its version is reported altered', () => {
      expect(kindsAndVersions(moveToEnd(history, 8, 2))).toEqual([{ kind: 'altered-event', version: 10 }]);
    });
  });

  describe('given links that no single edit explains', () => {
    it('when an event was relinked to an earlier event and its hash recomputed, then one broken link is reported, at that event', () => {
      const events = history.map((e) => ({ ...e }));
      const { hash: _hash, ...sixth } = events[5]!;
      const relinked = { ...sixth, previousHash: events[2]!.hash };
      events[5] = { ...relinked, hash: hashEvent(relinked) };
      const [only, ...rest] = verifyStream(events).problems;
      expect(rest).toEqual([]);
      expect(only).toMatchObject({
        kind: 'broken-chain',
        streamVersion: 6,
        relatedEventIds: ['partnership-stockton-event-5', 'partnership-stockton-event-3'],
      });
      expect(only?.message).toMatch(/instead of its predecessor at version 5, and its hash was recomputed/);
    });

    it('when the last event was relinked to an earlier event, then the chain is broken there', () => {
      const events = history.map((e) => ({ ...e }));
      const { hash: _hash, ...last } = events[7]!;
      const relinked = { ...last, previousHash: events[2]!.hash };
      events[7] = { ...relinked, hash: hashEvent(relinked) };
      expect(verifyStream(events).problems.map((p) => [p.kind, p.streamVersion])).toEqual([
        ['broken-chain', 8],
      ]);
    });

    it('when the first event claims a predecessor, then the chain is reported broken at version 1', () => {
      const { hash: _hash, ...first } = history[0]!;
      const claimed = { ...first, previousHash: 'b'.repeat(64) };
      const events = [{ ...claimed, hash: hashEvent(claimed) }, ...history.slice(1)];
      expect(verifyStream(events).problems.map((p) => [p.kind, p.streamVersion])).toContainEqual([
        'broken-chain',
        1,
      ]);
    });
  });
});
