import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteEventsTable } from '../testing/sqliteEventsTable';
import { tamperingSpecification } from '../testing/tamperingSpec';

describe('partnerships verify on a SQLite file edited behind the store', () => {
  tamperingSpecification(() => {
    const dir = mkdtempSync(join(tmpdir(), 'partnerships-tamper-'));
    const file = join(dir, 'council.sqlite');
    return {
      connection: `sqlite:${file}`,
      table: () => Promise.resolve(sqliteEventsTable(file)),
      teardown: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  });
});
