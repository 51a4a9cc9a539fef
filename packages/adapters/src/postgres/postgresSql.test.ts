import fc from 'fast-check';
import { chainEventsWithJson } from '@council-partnerships/domain';
import { sampleEvents } from '@council-partnerships/testing';
import { arrayLiteral, batchColumns, eventRowsOf, insertedValues, rowsJson } from './postgresSql';
import { describePostgres, withClient } from './postgresTestSupport';

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

  it('passes a batch as one array text per column, its data and actors as the JSON arrays of their hashed texts', () => {
    const columns = batchColumns(rows);
    expect(columns).toHaveLength(14);
    expect(columns[5]).toBe('[' + rows.map((r) => r.dataJson).join(',') + ']');
    expect(JSON.parse(columns[6]!)).toEqual(rows.map((r) => r.event.actor));
    expect(columns[0]).toBe('{' + rows.map((r) => `"${r.event.eventId}"`).join(',') + '}');
    expect(columns[2]).toBe('{1,2,3}');
    expect(columns[12]).toBe(`{NULL,"${rows[0]!.event.hash}","${rows[1]!.event.hash}"}`);
  });
});

describe('array texts', () => {
  it('quotes every text, and escapes a quote or backslash in one; null is NULL and a number itself', () => {
    expect(arrayLiteral([])).toBe('{}');
    expect(arrayLiteral(['a', 'b c'])).toBe('{"a","b c"}');
    expect(arrayLiteral(['say "hi"', 'back\\slash', null, 7])).toBe(
      '{"say \\"hi\\"","back\\\\slash",NULL,7}',
    );
  });
});

describePostgres()('array texts, read by the server', () => {
  it('are read back as the values they were made of, whatever the texts hold', async () => {
    await withClient(async (client) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(
              fc.string({ unit: 'grapheme' }),
              fc.constantFrom('NULL', '', '{', '"', '\\', ' x ', ','),
            ),
            {
              maxLength: 12,
            },
          ),
          fc.array(fc.option(fc.string(), { nil: null }), { maxLength: 6 }),
          async (texts, withNulls) => {
            const stored = (xs: unknown[]) =>
              xs.map((x) => (typeof x === 'string' ? x.replaceAll('\u0000', '') : x));
            for (const values of [stored(texts), stored(withNulls)] as (string | null)[][]) {
              const { rows: read } = await client.query<{ a: (string | null)[] }>('SELECT $1::text[] AS a', [
                arrayLiteral(values),
              ]);
              expect(read[0]!.a).toEqual(values);
            }
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});
