import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteFile } from '../testing/drivers';
import { checkpointTamperingSpecification } from '../testing/checkpointTamperingSpec';
import { insertRow } from '../testing/tamperingSpec';

describe('partnerships verify --checkpoint on a SQLite file edited behind the store', () => {
  checkpointTamperingSpecification(() => ({
    positionColumn: 'global_position',
    fresh: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'partnerships-cp-sqlite-'));
      const file = join(dir, 'council.sqlite');
      let db: ReturnType<typeof openSqliteFile> | null = null;
      return {
        connection: `sqlite:${file}`,
        table: {
          run: async (sql, params = []) => {
            db ??= openSqliteFile(file);
            const text = sql.replace(/\{events\}/g, 'events').replace(/\{json\}/g, '?');
            db.prepare(text).run(...params);
          },
          corruptRow: "UPDATE events SET data = 'not json'",
          close: async () => void db?.close(),
        },
        teardown: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
    // SQLite orders the log by global_position alone: the rows after `after` are moved up one place
    // (highest first, the column being the primary key) and the forged row takes the freed position.
    insertAfter: async (table, row, after) => {
      await table.run(
        'UPDATE events SET global_position = -(global_position + 1) WHERE global_position > ?',
        [after.globalPosition],
      );
      await table.run('UPDATE events SET global_position = -global_position WHERE global_position < 0');
      await insertRow(table, row, ', global_position', [after.globalPosition + 1]);
    },
  }));
});
