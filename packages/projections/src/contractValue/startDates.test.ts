import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { rebuiltState } from '../testing/rebuilt';
import { appendFacts, serviceContract } from '../testing/partnershipLog';
import { contractValueProjection } from './projection';
import { contractValueOf } from './view';

const pounds = (n: number) => n * 100;

const valueOn = async (today: string) => {
  const store = createInMemoryEventStore();
  await appendFacts(store, [
    serviceContract('p', 'module-1', { startsOn: '2022-04-01', annualValuePence: pounds(500_000) }),
    // Signed in the autumn to start in January: not yet running before then.
    serviceContract('p', 'module-2', {
      signedOn: '2023-10-01',
      startsOn: '2024-01-01',
      endsOn: '2028-12-31',
      annualValuePence: pounds(300_000),
    }),
  ]);
  const value = contractValueOf(await rebuiltState(store, contractValueProjection), 'p', { today });
  if (value === null) throw new Error('no partnership p');
  return value;
};

describe('a contract counts in annual and running values only from its start date', () => {
  it('given a module signed to start on 1 January 2024, when read on 31 December 2023, then it is not in the annual value', async () => {
    const value = await valueOn('2023-12-31');
    expect(value.annualValuePence).toBe(pounds(500_000));
  });

  it('when read on the day it starts, then it is', async () => {
    const value = await valueOn('2024-01-01');
    expect(value.annualValuePence).toBe(pounds(800_000));
  });

  it('before it starts it already takes expansion headroom: it is signed', async () => {
    const value = await valueOn('2023-12-31');
    expect(value.expansion.currentAnnualValuePence).toBe(pounds(800_000));
  });
});
