import { Command } from 'commander';
import {
  forEachPage,
  partnershipEventRegistry,
  partnershipStreamId,
  RecordedEvent,
  ReadError,
} from '@council-partnerships/domain';
import { Either, left, right } from 'fp-ts/Either';
import { summarise } from '@council-partnerships/projections';
import { CliIo, ExitCode } from '../io';
import { renderTable } from '../render/table';
import { fail, StoreOptions, withStore, withStoreOptions, writeJson } from '../session';
import { unknownPartnership } from './partnershipErrors';

interface TimelineOptions extends StoreOptions {
  readonly partnership?: string;
}

/** The event in words, when it is a partnership event this release can read. */
const summaryOf = (event: RecordedEvent): string => {
  const decoded = partnershipEventRegistry.decode(event);
  if (decoded._tag === 'Right') return summarise(decoded.right);
  return decoded.left.code === 'CorruptEvent' ? `(unreadable: ${decoded.left.reason})` : '';
};

/** One line of the audit trail: who recorded what, when it happened and when it was recorded. */
const entryOf = (event: RecordedEvent) => ({
  recordedAt: event.recordedAt,
  occurredAt: event.occurredAt,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  type: event.type,
  summary: summaryOf(event),
  actor: event.actor,
  eventId: event.eventId,
  commandId: event.commandId,
  correlationId: event.correlationId,
  causationId: event.causationId,
});

const actorText = (actor: RecordedEvent['actor']): string =>
  `${actor.name ?? actor.id} (${actor.role}${actor.organisation ? `, ${actor.organisation}` : ''})`;

export const renderTimeline = (events: readonly RecordedEvent[]): string =>
  renderTable(
    [
      { header: 'recorded at' },
      { header: 'occurred at' },
      { header: 'stream' },
      { header: 'version', align: 'right' },
      { header: 'event' },
      { header: 'actor', maxWidth: 48 },
      { header: 'what', maxWidth: 80 },
    ],
    events.map((e) => [
      e.recordedAt,
      e.occurredAt,
      e.streamId,
      String(e.streamVersion),
      e.type,
      actorText(e.actor),
      summaryOf(e),
    ]),
  );

const readTimeline = async (
  store: Parameters<Parameters<typeof withStore>[2]>[0],
  partnership: string | undefined,
): Promise<Either<ReadError | ReturnType<typeof unknownPartnership>, readonly RecordedEvent[]>> => {
  if (partnership !== undefined) {
    const read = await store.readStream(partnershipStreamId(partnership));
    if (read._tag === 'Left' && read.left.code === 'StreamNotFound')
      return left(unknownPartnership(partnership));
    return read;
  }
  const events: RecordedEvent[] = [];
  const read = await forEachPage(store, (page) => {
    events.push(...page);
  });
  return read._tag === 'Left' ? read : right(events);
};

export const timelineCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withStoreOptions(
    new Command('timeline')
      .description(
        'list every recorded event in the order it was recorded: when it was recorded, when it happened, by whom',
      )
      .option('--partnership <id>', "only this partnership's events (in stream order)"),
  ).action(async (options: TimelineOptions) =>
    finish(
      await withStore(io, options, async (store) => {
        const read = await readTimeline(store, options.partnership);
        if (read._tag === 'Left') return fail(io, read.left);
        if (options.json) writeJson(io, read.right.map(entryOf));
        else io.stdout.write(read.right.length === 0 ? 'No events recorded.\n' : renderTimeline(read.right));
        return ExitCode.ok;
      }),
    ),
  );
