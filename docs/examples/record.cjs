const { createPartnershipHandler } = require('@council-partnerships/domain');
const { createSqliteEventStore } = require('@council-partnerships/adapters/sqlite');
// The command comes as JSON, as a council system would send it; the handler checks it at run time.
const conceive = require('./conceive.json');
const main = async () => {
  const store = createSqliteEventStore({ filename: process.argv[2] ?? 'partnerships.sqlite' });
  await store.migrate();
  const handle = createPartnershipHandler({ store });
  const handled = await handle(conceive);
  await store.close();
  if (handled._tag === 'Left') throw new Error(`${handled.left.code}: ${handled.left.message}`);
  for (const e of handled.right.events) console.log(`${e.streamId} v${e.streamVersion} ${e.type}`);
};
main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
