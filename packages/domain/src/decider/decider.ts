import { Either } from 'fp-ts/Either';

/**
 * A decider holds one consistency boundary's rules: `decide` turns a command into the events that
 * record it (or a typed refusal), `evolve` folds an event into state. Both are pure.
 */
export interface Decider<Command, Event, State, Err> {
  readonly initialState: () => State;
  readonly decide: (command: Command, state: State) => Either<Err, readonly Event[]>;
  readonly evolve: (state: State, event: Event) => State;
}

/** Folds events into state from the decider's initial state. */
export const fold = <C, E, S, Err>(decider: Decider<C, E, S, Err>, events: readonly E[]): S =>
  events.reduce(decider.evolve, decider.initialState());
