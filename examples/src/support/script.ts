import { Actor } from '@council-partnerships/domain';
import { PartnershipCommandOfType, PartnershipCommandType } from '@council-partnerships/domain';

/** The data of a command without the partnership id, which the script fills in. */
export type DataOf<T extends PartnershipCommandType> = Omit<
  PartnershipCommandOfType<T>['data'],
  'partnershipId'
>;

/** One recorded step: the command, and what the scenario expects of it. */
export interface Step {
  readonly command: {
    readonly type: PartnershipCommandType;
    readonly data: Record<string, unknown>;
    readonly metadata: {
      readonly commandId: string;
      readonly actor: Actor;
      readonly occurredAt: string;
    };
  };
  /**
   * A refusal the scenario expects, by code: the step then shows that the rules stop something the
   * source document might be read as allowing (e.g. a standstill "completed" before its lawful end).
   */
  readonly expectRefusal?: string;
  /** Why this step is here, or why its refusal is expected; printed beside any refusal. */
  readonly note?: string;
}

/**
 * Business time of a step: the given London wall-clock time on a business date, with its offset
 * (BST or GMT), so that a reader "as of" that date sees it on that day.
 */
export const londonTime = (date: string, time = '09:00'): string => {
  const [y, m, d] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  if (y === undefined || m === undefined || d === undefined || hour === undefined || minute === undefined) {
    throw new Error(`not a business date and time: ${date} ${time}`);
  }
  const wallClock = Date.UTC(y, m - 1, d, hour, minute);
  // The offset in force at that wall-clock time in London (GMT or BST), read from the time-zone database.
  const offsetMinutesAt = (instant: number): number => {
    const name =
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' })
        .formatToParts(new Date(instant))
        .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return match === null ? 0 : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  };
  const offset = offsetMinutesAt(wallClock - offsetMinutesAt(wallClock) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${date}T${time}:00.000${sign}${hh}:${mm}`;
};

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
    options: { time?: string; expectRefusal?: string; note?: string } = {},
  ): Step => {
    n += 1;
    const step: Step = {
      command: {
        type,
        data: { partnershipId, ...(data as Record<string, unknown>) },
        metadata: {
          commandId: `${partnershipId}/${String(n).padStart(4, '0')}/${type}`,
          actor,
          occurredAt: londonTime(date, options.time),
        },
      },
      ...(options.expectRefusal !== undefined ? { expectRefusal: options.expectRefusal } : {}),
      ...(options.note !== undefined ? { note: options.note } : {}),
    };
    steps.push(step);
    return step;
  };
  return { partnershipId, add, steps: (): readonly Step[] => steps };
};

export type Script = ReturnType<typeof createScript>;
