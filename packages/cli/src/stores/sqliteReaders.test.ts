import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteFile } from '../testing/drivers';
import { readersSpecification } from '../testing/readersSpec';

describe('the readers on SQLite files damaged behind the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'partnerships-readers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  readersSpecification((name) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.sqlite`);
    return {
      connection: `sqlite:${file}`,
      table: async () => {
        const db = openSqliteFile(file);
        return {
          run: async (sql, params = []) => {
            db.prepare(sql.replace(/\{events\}/g, 'events').replace(/\{json\}/g, '?')).run(...params);
          },
          corruptRow: "UPDATE events SET data = 'not json'",
          close: async () => void db.close(),
        };
      },
      teardown: async () => undefined,
    };
  });
});
