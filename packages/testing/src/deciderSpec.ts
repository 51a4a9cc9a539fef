import { Either } from 'fp-ts/Either';
import { Decider } from '@council-partnerships/domain';
import { expectOf } from './runner';

/**
 * given / when / then for deciders, in the shape of a specification:
 *
 *   const spec = deciderSpec(partnershipDecider);
 *   spec.given([conceived]).when(launchProcurement).then([procurementLaunched]);
 *   spec.given([conceived]).when(awardWithoutDecision).thenFails('ApprovalRequired');
 */
export const deciderSpec = <C, E, S, Err extends { code: string }>(decider: Decider<C, E, S, Err>) => ({
  given: (events: readonly E[]) => {
    const state = events.reduce(decider.evolve, decider.initialState());
    return {
      state,
      when: (command: C) => {
        const result: Either<Err, readonly E[]> = decider.decide(command, state);
        return {
          result,
          /** Expects exactly these events; returns them with the state they lead to. */
          then: (expected: readonly E[]) => {
            if (result._tag === 'Left') {
              throw new Error(`expected events but the command was refused: ${JSON.stringify(result.left)}`);
            }
            expectOf()(result.right).toEqual(expected);
            return { events: result.right, state: result.right.reduce(decider.evolve, state) };
          },
          /** Expects the events to match, allowing extra fields (e.g. computed dates checked separately). */
          thenMatches: (expected: readonly Partial<E>[]) => {
            if (result._tag === 'Left') {
              throw new Error(`expected events but the command was refused: ${JSON.stringify(result.left)}`);
            }
            expectOf()(result.right).toMatchObject(expected as unknown as Record<string, unknown>[]);
            return { events: result.right, state: result.right.reduce(decider.evolve, state) };
          },
          /** Expects a refusal with this code (and, optionally, more of its fields). */
          thenFails: (code: Err['code'], more: Partial<Err> = {}) => {
            if (result._tag === 'Right') {
              throw new Error(`expected refusal ${code} but got events: ${JSON.stringify(result.right)}`);
            }
            expectOf()(result.left).toMatchObject({ code, ...more });
            return result.left;
          },
        };
      },
    };
  },
});
