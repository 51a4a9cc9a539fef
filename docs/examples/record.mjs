// Records a partnership on SQLite from an ES module: node record.mjs [file]. The command comes as
// JSON, as a council system would send it; the handler checks it at run time.
import { readFileSync } from 'node:fs';
import { createPartnershipHandler } from '@council-partnerships/domain';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';

const conceive = JSON.parse(readFileSync(new URL('./conceive.json', import.meta.url), 'utf8'));
const store = createSqliteEventStore({ filename: process.argv[2] ?? 'partnerships.sqlite' });
await store.migrate();
const handle = createPartnershipHandler({ store });
const handled = await handle(conceive);
await store.close();
if (handled._tag === 'Left') throw new Error(`${handled.left.code}: ${handled.left.message}`);
for (const e of handled.right.events) console.log(`${e.streamId} v${e.streamVersion} ${e.type}`);
