import { chainEventsWithJson } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { batchColumns, eventRowsOf, insertedValues, rowsJson } from './postgresSql';

describe('rows built from the texts the hash was taken over', () => {
  const rows = eventRowsOf(
    chainEventsWithJson(
      'stream-"quoted"\\',
      null,
      sampleEvents(3, { causationId: 'cause\n1', actor: { id: 'o-1', role: 'auditor', name: 'Zoë "Z"' } }),
      '2025-01-01T00:00:00.000Z',
      () => 0,
    ),
  );

  it('writes a batch as the JSON array of every column, each value as the event holds it', () => {
    const parsed = JSON.parse(rowsJson(rows)) as Record<string, unknown>[];
    expect(parsed).toEqual(
      rows.map(({ event: e }) => ({
        event_id: e.eventId,
        stream_id: e.streamId,
        stream_version: e.streamVersion,
        event_type: e.type,
        schema_version: e.schemaVersion,
        data: e.data,
        actor: e.actor,
        occurred_at: e.occurredAt,
        recorded_at: e.recordedAt,
        command_id: e.commandId,
        correlation_id: e.correlationId,
        causation_id: e.causationId,
        previous_hash: e.previousHash,
        hash: e.hash,
      })),
    );
  });

  it('passes a single event its hashed texts as the data and actor parameters', () => {
    const [first] = rows;
    const values = insertedValues(first!);
    expect(values[5]).toBe(first!.dataJson);
    expect(values[6]).toBe(first!.actorJson);
    expect(JSON.parse(values[5] as string)).toEqual(first!.event.data);
  });

  it('passes a batch as one array per column, its data and actors as the JSON arrays of their hashed texts', () => {
    const columns = batchColumns(rows);
    expect(columns).toHaveLength(14);
    expect(columns[5]).toBe('[' + rows.map((r) => r.dataJson).join(',') + ']');
    expect(JSON.parse(columns[6] as string)).toEqual(rows.map((r) => r.event.actor));
    columns.forEach((column, c) => {
      if (c === 5 || c === 6) return;
      expect(column).toEqual(rows.map((r) => insertedValues(r)[c]));
    });
  });
});
