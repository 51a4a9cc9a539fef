import { join } from 'node:path';
import { scratchDirectory } from './scratch';
import { recordAndReport } from './guide';
import { quickStart } from './quick-start';

describe("the embedders' guide", () => {
  const dir = scratchDirectory('guide-');

  it('quick start: records a partnership on a SQLite file', async () => {
    expect(await quickStart(join(dir(), 'quick.sqlite'))).toEqual([
      'partnership-family-support v1 PartnershipConceived',
    ]);
  });

  it('worked example: a partnership from concept to a live contract, its value, performance and register', async () => {
    const { worth, scorecard, register } = await recordAndReport(join(dir(), 'guide.sqlite'));
    expect(worth?.annualValuePence).toBe(400_000_00);
    expect(worth?.committedValuePence).toBe(2_000_000_00);
    const familyTime = scorecard?.contracts.find((c) => c.contractId === 'family-time');
    expect(familyTime?.scorecards[0]?.overallRag).toBe('amber');
    expect(register).toMatch(
      /\r\nfamily-time,Family time,Stockton-on-Tees Borough Council,Children's services,/,
    );
  });
});
