import { PartnershipCommand } from '@council-partnerships/domain';
import { Step } from '@council-partnerships/seeds';
import { StoryClock } from './storyClock';

/** What a command handler gives back, as far as a script needs to know. */
export type Handle = (command: PartnershipCommand) => Promise<
  | {
      readonly _tag: 'Left';
      readonly left: { readonly code: string; readonly message: string; readonly path?: readonly string[] };
    }
  | {
      readonly _tag: 'Right';
      readonly right: { readonly events: readonly unknown[]; readonly replayed: boolean };
    }
>;

export interface Refusal {
  readonly step: number;
  readonly commandType: string;
  readonly commandId: string;
  readonly code: string;
  readonly message: string;
  readonly path: readonly string[];
  readonly note: string | null;
}

export interface RunOutcome {
  readonly commandsSent: number;
  readonly commandsRecorded: number;
  readonly commandsReplayed: number;
  readonly eventsRecorded: number;
  /** Refusals the script asked for: the rules doing their job. */
  readonly expectedRefusals: readonly Refusal[];
  /** Anything else refused, or an expected refusal that did not happen (code `NotRefused`). */
  readonly unexpected: readonly Refusal[];
}

/**
 * Sends each command of a script through the handler, in order. The first unexpected refusal stops
 * the run: every later step of a lifecycle depends on the earlier ones, so carrying on would only
 * pile up refusals that say nothing new.
 */
export const runSteps = async (
  handle: Handle,
  steps: readonly Step[],
  clock?: StoryClock,
): Promise<RunOutcome> => {
  let recorded = 0;
  let replayed = 0;
  let events = 0;
  let sent = 0;
  const expected: Refusal[] = [];
  const unexpected: Refusal[] = [];
  for (const [i, step] of steps.entries()) {
    sent += 1;
    const refusal = (code: string, message: string, path: readonly string[] = []): Refusal => ({
      step: i + 1,
      commandType: step.command.type,
      commandId: step.command.metadata.commandId,
      code,
      message,
      path,
      note: step.note ?? null,
    });
    // On a store that already holds this story (every step so far was already recorded), a refusal
    // shown on purpose is not provoked again: the state it was refused in has passed, and the
    // command would now be refused for another reason. It was refused when the story was recorded.
    if (step.expectRefusal !== undefined && i > 0 && replayed === i) {
      expected.push(
        refusal(step.expectRefusal, 'refused when this story was first recorded; not sent again'),
      );
      continue;
    }
    clock?.recordStep(step);
    const result = await handle(step.command);
    if (result._tag === 'Left') {
      const r = refusal(result.left.code, result.left.message, result.left.path ?? []);
      if (step.expectRefusal === result.left.code) {
        expected.push(r);
        continue;
      }
      unexpected.push(r);
      break;
    }
    if (step.expectRefusal !== undefined) {
      unexpected.push(
        refusal('NotRefused', `expected the refusal ${step.expectRefusal}, but it was recorded`),
      );
      break;
    }
    if (result.right.replayed) replayed += 1;
    else recorded += 1;
    events += result.right.events.length;
  }
  return {
    commandsSent: sent,
    commandsRecorded: recorded,
    commandsReplayed: replayed,
    eventsRecorded: events,
    expectedRefusals: expected,
    unexpected,
  };
};
