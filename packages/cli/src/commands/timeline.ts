import { Command, Option } from 'commander';
import { Either, right } from 'fp-ts/Either';
import {
  EventStore,
  forEachPage,
  partnershipEventRegistry,
  RecordedEvent,
  ReadError,
} from '@council-partnerships/domain';
import { businessDateOf, summarise } from '@council-partnerships/projections';
import { CliIo, ExitCode } from '../io';
import { renderCsv } from '../render/csv';
import { renderTable, TableLayout } from '../render/table';
import { readPartnershipStream } from '../read/partnershipStream';
import { fail, StoreOptions, tableLayout, withStore, withStoreOptions, writeJson } from '../session';
import { isCorrection } from '../timeline/corrections';
import { timelineFilter, TimelineFilterFlags } from '../timeline/filter';
import { UnknownPartnership } from './partnershipErrors';
import { createReadCheck, ReadCheck, ReadCheckFlags, withReadCheckOptions } from '../read/readCheck';
import { settleRead } from '../read/settleFindings';

interface TimelineOptions extends StoreOptions, TimelineFilterFlags, ReadCheckFlags {
  readonly partnership?: string;
  readonly format?: 'table' | 'csv' | 'json';
}

/** The event in words, when it is a partnership event this release can read. */
const summaryOf = (event: RecordedEvent): string => {
  const decoded = partnershipEventRegistry.decode(event);
  if (decoded._tag === 'Right') return summarise(decoded.right);
  return decoded.left.code === 'CorruptEvent' ? `(unreadable: ${decoded.left.reason})` : '';
};

/** One line of the audit trail: who recorded what, when it happened and when it was recorded. */
const entryOf = (event: RecordedEvent) => ({
  globalPosition: event.globalPosition,
  recordedAt: event.recordedAt,
  occurredAt: event.occurredAt,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  type: event.type,
  summary: summaryOf(event),
  actor: event.actor,
  backdated: businessDateOf(event.recordedAt) > businessDateOf(event.occurredAt),
  correction: isCorrection(event),
  eventId: event.eventId,
  commandId: event.commandId,
  correlationId: event.correlationId,
  causationId: event.causationId,
});

const actorText = (actor: RecordedEvent['actor']): string =>
  `${actor.name ?? actor.id} (${actor.role}${actor.organisation ? `, ${actor.organisation}` : ''})`;

export const renderTimeline = (events: readonly RecordedEvent[], layout: TableLayout = {}): string =>
  renderTable(
    [
      { header: 'recorded at' },
      { header: 'occurred at' },
      { header: 'stream' },
      { header: 'version', align: 'right' },
      { header: 'event' },
      { header: 'actor', maxWidth: 48, flexible: true },
      { header: 'what', maxWidth: 80, flexible: true },
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
    layout,
  );

const CSV_HEADER = [
  'global position',
  'recorded at',
  'occurred at',
  'stream',
  'version',
  'event',
  'actor id',
  'actor name',
  'role',
  'organisation',
  'what',
  'backdated',
  'correction',
  'event id',
  'command id',
  'correlation id',
  'causation id',
];

export const timelineCsv = (events: readonly RecordedEvent[]): string =>
  renderCsv(
    CSV_HEADER,
    events.map((event) => {
      const e = entryOf(event);
      return [
        String(e.globalPosition),
        e.recordedAt,
        e.occurredAt,
        e.streamId,
        String(e.streamVersion),
        e.type,
        e.actor.id,
        e.actor.name ?? '',
        e.actor.role,
        e.actor.organisation ?? '',
        e.summary,
        String(e.backdated),
        String(e.correction),
        e.eventId,
        e.commandId,
        e.correlationId,
        e.causationId ?? '',
      ];
    }),
  );

const readTimeline = async (
  store: EventStore,
  partnership: string | undefined,
  keep: (event: RecordedEvent) => boolean,
  check: ReadCheck,
): Promise<Either<ReadError | UnknownPartnership, readonly RecordedEvent[]>> => {
  if (partnership !== undefined) {
    const read = await readPartnershipStream(store, partnership);
    return read._tag === 'Left' ? read : right(read.right.events.filter(check.take).filter(keep));
  }
  const events: RecordedEvent[] = [];
  const read = await forEachPage(store, (page) => {
    for (const event of page) if (check.take(event) && keep(event)) events.push(event);
  });
  return read._tag === 'Left' ? read : right(events);
};

const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

export const timelineCommand = (io: CliIo, finish: (code: ExitCode) => void): Command =>
  withReadCheckOptions(
    withStoreOptions(
      new Command('timeline')
        .description(
          'list every recorded event in the order it was recorded: when it was recorded, when it happened, by whom',
        )
        .option('--partnership <id>', "only this partnership's events (in stream order)")
        .option('--contract <id>', 'only events about this contract')
        .option('--actor <id>', 'only events recorded by this person (their id or name)')
        .option('--role <role>', 'only events recorded in this role, e.g. commissioning-officer')
        .option(
          '--type <event type>',
          'only events of this type; repeat it or separate types by commas',
          collect,
        )
        .option('--from <YYYY-MM-DD>', 'only events that happened on or after this business date')
        .option('--to <YYYY-MM-DD>', 'only events that happened on or before this business date')
        .option(
          '--recorded-from <date or time>',
          'only events the store recorded on or after this date or instant',
        )
        .option(
          '--recorded-to <date or time>',
          'only events the store recorded on or before this date or instant',
        )
        .option('--backdated', 'only events recorded on a later day than they happened')
        .option('--corrections', 'only events that correct an earlier event')
        .addOption(
          new Option('--format <format>', 'table (default), csv (RFC 4180) or json').choices([
            'table',
            'csv',
            'json',
          ]),
        ),
    ),
  ).action(async (options: TimelineOptions) => {
    const keep = timelineFilter(options);
    if (keep._tag === 'Left') return finish(fail(io, keep.left));
    const format = options.format ?? (options.json === true ? 'json' : 'table');
    finish(
      await withStore(io, options, async (store) => {
        const check = createReadCheck();
        const read = await readTimeline(store, options.partnership, keep.right, check);
        if (read._tag === 'Left') return fail(io, read.left);
        const settled = await settleRead(io, check, store, options);
        if (settled !== null) return settled;
        if (format === 'json') writeJson(io, read.right.map(entryOf));
        else if (format === 'csv') io.stdout.write(timelineCsv(read.right));
        else
          io.stdout.write(
            read.right.length === 0
              ? 'No events match.\n'
              : renderTimeline(read.right, tableLayout(io, options)),
          );
        return ExitCode.ok;
      }),
    );
  });
