import {
  londonTime,
  Actor,
  CommandMetadata,
  PartnershipCommand,
  PartnershipCommandOfType,
  PartnershipCommandType,
} from '@council-partnerships/domain';

/** The data of a command without the partnership id, which the script fills in. */
export type DataOf<T extends PartnershipCommandType> = Omit<
  PartnershipCommandOfType<T>['data'],
  'partnershipId'
>;

/** One recorded step: the command, and what the scenario expects of it. */
export interface Step {
  readonly command: PartnershipCommand;
  /**
   * A refusal the scenario expects, by code: the step then shows that the rules stop something the
   * source document might be read as allowing (e.g. a standstill "completed" before its lawful end).
   */
  readonly expectRefusal?: string;
  /** Why this step is here, or why its refusal is expected; printed beside any refusal. */
  readonly note?: string;
  /** When the council's system recorded it, if not the morning it happened (an entry made late). */
  readonly recordedAt?: string;
}

/**
 * A command of one type for one partnership. The compiler checks the data against the command's
 * type; it cannot see that adding the partnership id back completes it, hence the one cast.
 */
export const partnershipCommand = <T extends PartnershipCommandType>(
  type: T,
  partnershipId: string,
  data: DataOf<T>,
  metadata: CommandMetadata,
): PartnershipCommandOfType<T> =>
  ({ type, data: { partnershipId, ...data }, metadata }) as unknown as PartnershipCommandOfType<T>;

/**
 * Business time of a step: a London wall-clock time on a business date with its offset (BST or GMT),
 * from the domain calendar's one summer-time rule, so a reader "as of" that date sees it on that day.
 */
export { londonTime };

/**
 * Builds a partnership's history as a list of commands. Command ids are derived from the
 * partnership and the step number, so running a script twice against the same store writes nothing
 * the second time (the handler treats a repeated command id as a retry).
 */
export const createScript = (partnershipId: string) => {
  const steps: Step[] = [];
  let n = 0;
  const add = <T extends PartnershipCommandType>(
    type: T,
    actor: Actor,
    date: string,
    data: DataOf<T>,
    options: { time?: string; expectRefusal?: string; note?: string; recordedAt?: string } = {},
  ): Step => {
    n += 1;
    const step: Step = {
      command: partnershipCommand(type, partnershipId, data, {
        commandId: `${partnershipId}/${String(n).padStart(4, '0')}/${type}`,
        actor,
        occurredAt: londonTime(date, options.time),
      }),
      ...(options.expectRefusal !== undefined ? { expectRefusal: options.expectRefusal } : {}),
      ...(options.note !== undefined ? { note: options.note } : {}),
      ...(options.recordedAt !== undefined ? { recordedAt: options.recordedAt } : {}),
    };
    steps.push(step);
    return step;
  };
  return { partnershipId, add, steps: (): readonly Step[] => steps };
};

export type Script = ReturnType<typeof createScript>;
