import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteFile } from '../testing/drivers';
import { tamperingSpecification } from '../testing/tamperingSpec';

describe('partnerships verify on a SQLite file edited behind the store', () => {
  tamperingSpecification(() => {
    const dir = mkdtempSync(join(tmpdir(), 'partnerships-tamper-'));
    const file = join(dir, 'council.sqlite');
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
      teardown: async () => rmSync(dir, { recursive: true, force: true }),
    };
  });
});
