import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointTamperingSpecification } from '../testing/checkpointTamperingSpec';
import { sqliteEventsTable } from '../testing/sqliteEventsTable';

describe('partnerships verify --checkpoint on a SQLite file edited behind the store', () => {
  checkpointTamperingSpecification(() => ({
    positionColumn: 'global_position',
    fresh: () => {
      const dir = mkdtempSync(join(tmpdir(), 'partnerships-cp-sqlite-'));
      const file = join(dir, 'council.sqlite');
      return Promise.resolve({
        connection: `sqlite:${file}`,
        table: sqliteEventsTable(file),
        teardown: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
      });
    },
    // SQLite orders the log by global_position alone: the rows after `after` are moved up one place
    // (highest first, the column being the primary key) and the forged row takes the freed position.
    insertAfter: async (table, row, after) => {
      await table.run(
        'UPDATE events SET global_position = -(global_position + 1) WHERE global_position > ?',
        [after.globalPosition],
      );
      await table.run('UPDATE events SET global_position = -global_position WHERE global_position < 0');
      await table.insertRow(row, ', global_position', [after.globalPosition + 1]);
    },
  }));
});
