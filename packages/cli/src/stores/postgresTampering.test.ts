import { randomBytes } from 'node:crypto';
import { connectEventsTable, dropSchema } from '../testing/postgresEventsTable';
import { tamperingSpecification } from '../testing/tamperingSpec';
import { postgresServerState } from '../testing/postgresServer';

const url = process.env['POSTGRES_TEST_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `t_cli_tamper_${randomBytes(6).toString('hex')}`;

const suite = postgresServerState(url) === 'run' ? describe : describe.skip;

suite('partnerships verify on a PostgreSQL schema edited behind the store', () => {
  tamperingSpecification(() => ({
    connection: `${url}?schema=${schema}`,
    table: () => connectEventsTable(url, schema),
    teardown: () => dropSchema(url, schema),
  }));
});
