import { createPartnershipHandler, PartnershipCommand } from '@council-partnerships/domain';
import { createSqliteEventStore } from '@council-partnerships/adapters/sqlite';

export const quickStart = async (filename: string): Promise<string[]> => {
  const store = createSqliteEventStore({ filename });
  await store.migrate();
  const handle = createPartnershipHandler({ store });
  const conceive: PartnershipCommand = {
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
  };
  const handled = await handle(conceive);
  await store.close();
  if (handled._tag === 'Left') throw new Error(`${handled.left.code}: ${handled.left.message}`);
  return handled.right.events.map((e) => `${e.streamId} v${e.streamVersion} ${e.type}`);
};
