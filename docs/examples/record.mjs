// Records a partnership on SQLite from an ES module: node record.mjs [file]
import { createPartnershipHandler } from '@council-partnerships/domain';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';

const store = createSqliteEventStore({ filename: process.argv[2] ?? 'partnerships.sqlite' });
await store.migrate();
const handle = createPartnershipHandler({ store });
const handled = await handle({
  type: 'ConceivePartnership',
  data: {
    partnershipId: 'family-support',
    title: 'Strategic Partnership for family support services',
    serviceArea: "Children's services: family support",
    leadCommissioner: { commissionerId: 'stockton-on-tees', name: 'Stockton-on-Tees Borough Council' },
    conceivedOn: '2021-07-26',
  },
  metadata: {
    commandId: 'family-support/conceive',
    actor: { id: 'officer-ada', role: 'commissioning-officer' },
    occurredAt: '2021-07-26T09:00:00+01:00',
  },
});
await store.close();
if (handled._tag === 'Left') throw new Error(`${handled.left.code}: ${handled.left.message}`);
for (const e of handled.right.events) console.log(`${e.streamId} v${e.streamVersion} ${e.type}`);
