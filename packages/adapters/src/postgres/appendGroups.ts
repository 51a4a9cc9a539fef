import { RecordedEvent } from '@council-partnerships/domain';
import { asError } from './postgresErrors';
import { EventRow } from './postgresSql';

/**
 * Writes a group of single-event appends and answers the global position of each event that went in.
 * An event missing from the answer was not inserted: its version was taken, the event it follows is not
 * stored with the hash it chains from, or its id is used.
 */
export type WriteGroup = (rows: readonly EventRow[]) => Promise<ReadonlyMap<string, number>>;

interface Waiting {
  readonly row: EventRow;
  readonly settle: (outcome: { stored: RecordedEvent | null } | { error: Error }) => void;
}

/**
 * Group commit for single-event appends. While `statementsInFlight` groups are being written, further
 * appends wait and go together in the next statement, so many concurrent writers share one round trip
 * and one commit instead of queueing for connections and the disk one by one. An append that arrives
 * with nothing waiting and a statement free goes at once: a lone writer waits for no one.
 *
 * Each event is still checked and inserted or refused on its own. A group whose statement fails is
 * written again one event at a time, so that no append fails because of another in its group.
 */
export class AppendGroups {
  private waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(
    private readonly write: WriteGroup,
    private readonly statementsInFlight: number,
  ) {}

  /**
   * The event as stored (with its global position), or null when it was not inserted. A retry of an
   * append in the same group gets the first one's event: the one stored, stamped when it was.
   */
  insert(row: EventRow): Promise<RecordedEvent | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({
        row,
        settle: (outcome) => ('error' in outcome ? reject(outcome.error) : resolve(outcome.stored)),
      });
      this.next();
    });
  }

  private next(): void {
    while (this.inFlight < this.statementsInFlight && this.waiting.length > 0) {
      const group = this.waiting;
      this.waiting = [];
      this.inFlight += 1;
      void this.writeGroup(group).then(() => {
        this.inFlight -= 1;
        this.next();
      });
    }
  }

  private async writeGroup(group: readonly Waiting[]): Promise<void> {
    try {
      const positions = await this.write(group.map((w) => w.row));
      const stored = new Map<string, RecordedEvent>();
      for (const w of group) {
        const { event } = w.row;
        const position = positions.get(event.eventId);
        if (position === undefined) {
          w.settle({ stored: null });
          continue;
        }
        const first = stored.get(event.eventId) ?? { ...event, globalPosition: position };
        stored.set(event.eventId, first);
        w.settle({ stored: first });
      }
    } catch (error) {
      if (group.length === 1) {
        group[0]!.settle({ error: asError(error) });
        return;
      }
      await Promise.all(group.map((w) => this.writeGroup([w])));
    }
  }
}
