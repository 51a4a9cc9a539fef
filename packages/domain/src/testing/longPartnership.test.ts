import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { createPartnershipHandler } from '../partnership/handler';
import { longPartnershipCommands, refusedOnLongPartnership } from './longPartnership';

describe('the long partnership of the benchmarks', () => {
  it('given its commands for 40 events, when handled, then the stream holds 40 events and the last check is refused', async () => {
    const store = createInMemoryEventStore();
    const handle = createPartnershipHandler({ store });
    for (const command of longPartnershipCommands(40)) expect((await handle(command))._tag).toBe('Right');
    const read = await store.readStream('partnership-spec-partnership');
    expect(read._tag === 'Right' && read.right.length).toBe(40);
    const refused = await handle(refusedOnLongPartnership());
    expect(refused._tag === 'Left' && refused.left.code).toBe('ReturnAlreadyApproved');
  });
});
