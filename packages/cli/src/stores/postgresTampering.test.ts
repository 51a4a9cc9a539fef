import { randomBytes } from 'node:crypto';
import { pgClient } from '../testing/drivers';
import { postgresEventsTable } from '../testing/postgresEventsTable';
import { tamperingSpecification } from '../testing/tamperingSpec';
import { postgresServerState } from '../testing/postgresServer';

const url = process.env['POSTGRES_TEST_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `t_cli_tamper_${randomBytes(6).toString('hex')}`;

const withClient = async <A>(use: (client: ReturnType<typeof pgClient>) => Promise<A>): Promise<A> => {
  const client = pgClient(url);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
};

const suite = postgresServerState(url) === 'run' ? describe : describe.skip;

suite('partnerships verify on a PostgreSQL schema edited behind the store', () => {
  tamperingSpecification(() => ({
    connection: `${url}?schema=${schema}`,
    table: async () => {
      const client = pgClient(url);
      await client.connect();
      return postgresEventsTable(client, schema, () => client.end());
    },
    teardown: () =>
      withClient((client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).then(() => undefined),
  }));
});
