import { EventStore } from '@council-partnerships/domain';

/** The value of a result the contract expects to succeed; a refusal fails the test with what it said. */
export const unwrap = <A>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A }): A => {
  if (result._tag === 'Left') throw new Error(`expected success, got ${JSON.stringify(result.left)}`);
  return result.right;
};

/** What the contract's parts on reading need of an adapter's harness: the store, and a way to damage a row. */
export interface ReadHarness {
  readonly store: EventStore;
  readonly corruptEvent?: (streamId: string, streamVersion: number) => void | Promise<void>;
}
