import { Either } from 'fp-ts/Either';
import { FoldOwnership, foldingInPlace } from '../shared/idRecord';

/**
 * A decider holds one consistency boundary's rules: `decide` turns a command into the events that
 * record it (or a typed refusal), `evolve` folds an event into state. Both are pure.
 */
export interface Decider<Command, Event, State, Err> {
  readonly initialState: () => State;
  readonly decide: (command: Command, state: State) => Either<Err, readonly Event[]>;
  readonly evolve: (state: State, event: Event) => State;
}

/**
 * Folds events onto a state with the decider's `evolve`, in one pass that may change the records it
 * makes in place (`foldingInPlace`): folding a long history costs what its events add. The state
 * given is left as it was, and so is every state `evolve` handed back before, unless `adoptUnheld`
 * says the state given is the caller's alone (a snapshot's, just decoded): then the records its
 * decoder marked unheld are changed in place too; and `continuing` says this is a later part of one
 * fold (see `FoldOwnership`), whose earlier parts' records are changed in place.
 */
export const evolveAll = <C, E, S, Err>(
  decider: Decider<C, E, S, Err>,
  state: S,
  events: readonly E[],
  options: { readonly adoptUnheld?: boolean; readonly continuing?: FoldOwnership } = {},
): S => (events.length === 0 ? state : foldingInPlace(() => events.reduce(decider.evolve, state), options));

/** Folds events into state from the decider's initial state. */
export const fold = <C, E, S, Err>(decider: Decider<C, E, S, Err>, events: readonly E[]): S =>
  evolveAll(decider, decider.initialState(), events);
