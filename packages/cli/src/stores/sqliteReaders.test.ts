import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readersSpecification } from '../testing/readersSpec';
import { sqliteEventsTable } from '../testing/sqliteEventsTable';

describe('the readers on SQLite files damaged behind the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'partnerships-readers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  readersSpecification((name) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.sqlite`);
    return {
      connection: `sqlite:${file}`,
      table: () => Promise.resolve(sqliteEventsTable(file)),
      teardown: () => Promise.resolve(),
    };
  });
});
