import { Pool } from 'pg';
import { openPostgresSession } from './postgresSession';
import { NamedStatement } from './postgresSql';
import { describePostgres, dropSchema, freshSchemaName, postgresTestUrl } from './postgresTestSupport';

const series: NamedStatement = {
  name: 'cp_test_series',
  text: 'SELECT g AS n FROM generate_series(1, $1::int) g ORDER BY g',
};

describePostgres()('a PostgreSQL session handing on rows as they arrive', () => {
  const schema = freshSchemaName('session');
  const pool = new Pool({ connectionString: postgresTestUrl, max: 2 });
  const session = openPostgresSession(pool, false, { name: schema, quoted: `"${schema}"` }, 'apply');

  afterAll(async () => {
    await session.close();
    await pool.end();
    await dropSchema(schema);
  });

  it('given a statement of many rows, then each reaches the listener once, in order', async () => {
    const seen: number[] = [];
    await session.eachRow(series, [5000], (row) => seen.push((row as { n: number }).n));
    expect(seen).toEqual(Array.from({ length: 5000 }, (_, i) => i + 1));
  });

  it('given a listener that throws, then the statement fails with its error, no later row reaches it, and the session goes on', async () => {
    const seen: number[] = [];
    const thrown = new Error('the listener broke on row 3');
    await expect(
      session.eachRow(series, [100], (row) => {
        const n = (row as { n: number }).n;
        seen.push(n);
        if (n === 3) throw thrown;
      }),
    ).rejects.toBe(thrown);
    expect(seen).toEqual([1, 2, 3]);
    expect(await session.query<{ n: number }>(series, [2])).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('given a statement the server refuses, then it fails and the session goes on', async () => {
    const broken: NamedStatement = { name: 'cp_test_broken', text: 'SELECT 1 / $1::int AS n' };
    await expect(session.eachRow(broken, [0], () => undefined)).rejects.toThrow(/division by zero/);
    expect(await session.query<{ n: number }>(series, [1])).toEqual([{ n: 1 }]);
  });
});
