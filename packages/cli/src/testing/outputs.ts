import * as t from 'io-ts';

/*
 * The `--json` outputs of the commands, as far as the specifications read them. Each codec checks
 * only the fields a test reads and keeps the rest (io-ts `type` does not strip), so that a whole
 * object can still be matched.
 */

/** Any JSON object: output a test only matches as a whole. */
export const AnyObject = t.UnknownRecord;

/** An integrity problem as `verify --json` lists it. */
export const Problem = t.type({
  kind: t.string,
  streamId: t.string,
  streamVersion: t.union([t.number, t.null]),
});

/** `verify --json`. */
export const VerifyReport = t.type({ problems: t.array(Problem) });

/** `verify --checkpoint --json`: whether the log is what was signed, and where it first differs. */
export const CheckpointReport = t.type({
  checkpoint: t.type({
    consistent: t.boolean,
    firstDifference: t.union([
      t.type({ index: t.number, event: t.union([t.type({ eventId: t.string }), t.null]) }),
      t.null,
    ]),
  }),
});

/** `replay --json`. */
export const Replayed = t.type({
  partnershipId: t.string,
  readOn: t.string,
  asOf: t.unknown,
  readAhead: t.unknown,
  eventsReplayed: t.number,
  eventsInStream: t.number,
  lastEvent: t.union([t.type({ occurredAt: t.string }), t.null]),
  value: t.type({ maximumValuePence: t.number }),
  state: t.type({ partnershipId: t.string, contracts: t.UnknownRecord }),
  register: t.type({ contracts: t.array(t.type({ contractId: t.string, annualValuePence: t.number })) }),
  performance: t.type({
    expansion: t.type({ allowed: t.boolean, reasons: t.array(t.string) }),
    contracts: t.array(t.type({ rating: t.union([t.string, t.null]) })),
  }),
});

/** `diff --json`. */
export const Diffed = t.type({
  partnershipId: t.string,
  before: t.type({ eventsReplayed: t.number }),
  after: t.type({ eventsReplayed: t.number }),
  changes: t.array(t.type({ area: t.string, item: t.string, before: t.string, after: t.string })),
});

/** `export register --format json`. */
export const Register = t.type({
  readOn: t.string,
  readAhead: t.unknown,
  partnerships: t.array(
    t.type({
      partnershipId: t.string,
      contracts: t.array(t.type({ phase: t.string, endsOn: t.string })),
    }),
  ),
});

/** `export projections`. */
export const Projections = t.type({
  eventsRead: t.number,
  contractValue: t.array(t.type({ partnershipId: t.string, maximumValuePence: t.number })),
  auditTimeline: t.array(t.unknown),
});

/** `export ocds`: the release package. */
export const OcdsPackage = t.type({
  releases: t.array(
    t.intersection([
      t.type({ ocid: t.string, date: t.string, tag: t.array(t.string) }),
      t.partial({ contracts: t.array(t.type({ id: t.string })) }),
    ]),
  ),
});

/** `list --json`. */
export const Listing = t.array(
  t.type({
    partnershipId: t.string,
    streamId: t.string,
    councils: t.array(t.unknown),
    contracts: t.number,
    events: t.number,
    firstBusinessDate: t.string,
    lastBusinessDate: t.string,
  }),
);

/** `timeline --json`: one entry per event. */
export const Timeline = t.array(
  t.type({
    type: t.string,
    streamId: t.string,
    streamVersion: t.number,
    occurredAt: t.string,
    recordedAt: t.string,
    actor: t.type({ id: t.string, role: t.string }),
    summary: t.string,
    backdated: t.boolean,
    correction: t.boolean,
  }),
);

/** `export heads`: the anchor file, and where it was taken. */
export const Anchor = t.type({
  source: t.type({ connection: t.string, firstEventId: t.union([t.string, t.null]) }),
});
