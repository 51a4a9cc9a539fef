import { randomBytes } from 'node:crypto';
import { connectEventsTable, dropSchema } from '../testing/postgresEventsTable';
import { postgresServerState } from '../testing/postgresServer';
import { readersSpecification } from '../testing/readersSpec';

const url = process.env['POSTGRES_TEST_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const prefix = `t_cli_readers_${randomBytes(4).toString('hex')}`;

const suite = postgresServerState(url) === 'run' ? describe : describe.skip;

suite('the readers on PostgreSQL schemas damaged behind the store', () => {
  readersSpecification(
    (name) => {
      const schema = `${prefix}_${name.replace(/\W+/g, '_')}`;
      return {
        connection: `${url}?schema=${schema}`,
        table: () => connectEventsTable(url, schema),
        teardown: () => dropSchema(url, schema),
      };
    },
    ['replay', 'timeline', 'export register'],
  );
});
