import { randomBytes } from 'node:crypto';
import { connectEventsTable, dropSchema } from '../testing/postgresEventsTable';
import { checkpointTamperingSpecification } from '../testing/checkpointTamperingSpec';
import { postgresServerState } from '../testing/postgresServer';
import { EVENT_COLUMNS, EVENT_PARAMETERS, eventValues } from '../testing/eventsTable';

const url = process.env['POSTGRES_TEST_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const suite = postgresServerState(url) === 'run' ? describe : describe.skip;

suite('partnerships verify --checkpoint on a PostgreSQL schema edited behind the store', () => {
  checkpointTamperingSpecification(() => ({
    positionColumn: 'position',
    fresh: async () => {
      const schema = `t_cli_cp_tamper_${randomBytes(6).toString('hex')}`;
      return {
        connection: `${url}?schema=${schema}`,
        table: await connectEventsTable(url, schema),
        teardown: () => dropSchema(url, schema),
      };
    },
    // PostgreSQL orders the log by (transaction id, position): a row given the transaction id of
    // `after` and a larger position is listed right after it, however late it was written.
    insertAfter: async (table, row, after) => {
      await table.run(
        `INSERT INTO {events} (transaction_id, position, ${EVENT_COLUMNS})
         SELECT transaction_id, position + 1000000, ${EVENT_PARAMETERS} FROM {events} WHERE event_id = ?`,
        [...eventValues(row), after.eventId],
      );
    },
  }));
});
