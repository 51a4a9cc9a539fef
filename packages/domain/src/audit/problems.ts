/**
 * What an audit can find wrong with the stored history. The first five are read from the hash chain
 * itself; `corrupt-row` is a row the store cannot even read; the last three need an anchor (stream
 * heads exported earlier) because a chain rewritten from some point to its end is consistent again.
 */
export type IntegrityProblemKind =
  | 'altered-event'
  | 'deleted-event'
  | 'inserted-event'
  | 'reordered-events'
  | 'broken-chain'
  | 'corrupt-row'
  | 'truncated-stream'
  | 'rewritten-stream'
  | 'missing-stream';

export const integrityProblemKinds: readonly IntegrityProblemKind[] = [
  'altered-event',
  'deleted-event',
  'inserted-event',
  'reordered-events',
  'broken-chain',
  'corrupt-row',
  'truncated-stream',
  'rewritten-stream',
  'missing-stream',
];

/** One finding, named the way an auditor would write it up: which stream, which version, which event. */
export interface IntegrityProblem {
  readonly kind: IntegrityProblemKind;
  readonly streamId: string;
  /** Where the problem is: the stored row's version, or the version a missing event held. */
  readonly streamVersion: number | null;
  /** The event concerned; null when it is no longer there to name (a deleted event). */
  readonly eventId: string | null;
  readonly message: string;
  /** Other events involved: a swapped partner, renumbered events, the event that still links to a lost one. */
  readonly relatedEventIds: readonly string[];
}

export const integrityProblem = (
  kind: IntegrityProblemKind,
  streamId: string,
  streamVersion: number | null,
  eventId: string | null,
  message: string,
  relatedEventIds: readonly string[] = [],
): IntegrityProblem => ({ kind, streamId, streamVersion, eventId, message, relatedEventIds });
