import { command } from '@council-partnerships/testing';
import { CONTRACT, P, toLive } from '../testing/fixtures';
import { givenHistory } from '../testing/spec';

const modify = (overrides: Record<string, unknown> = {}) =>
  command('ModifyContract', {
    partnershipId: P,
    contractId: CONTRACT,
    modificationId: 'm1',
    kind: 'term',
    description: 'Change',
    agreedOn: '2026-01-15',
    termChangeMonths: 0,
    valueChangePence: 0,
    ...overrides,
  });

// s.74(3)(a) makes five months of a 48-month maximum term (10.42%) substantial; s.74(4) lets it
// stand as a below-threshold modification only while its value is within 10% and the threshold.
// https://www.legislation.gov.uk/ukpga/2023/54/section/74/enacted
it('treats a term change over 10% of the maximum term as substantial, refused without a permitted ground when it adds more than 10% of the value', () => {
  const refusal = givenHistory(toLive)
    .when(modify({ termChangeMonths: 5, valueChangePence: 62_500_000 }))
    .thenFails('SubstantialModification');
  expect(refusal.message).toContain('10.42%');
  expect(refusal.message).toContain('s.74(3)(a)');
  givenHistory(toLive)
    .when(modify({ termChangeMonths: 5 }))
    .thenRecords('ContractModified', {
      classification: {
        regime: 'PA2023',
        provision: 'PA 2023 s.74(1)(c), (4)',
        category: 'below-threshold-modification',
        termChangeBps: 1042,
      },
    });
  givenHistory(toLive)
    .when(
      modify({
        termChangeMonths: 5,
        valueChangePence: 62_500_000,
        permittedGround: 'pa2023-sch8-unforeseeable-circumstances',
      }),
    )
    .thenRecords('ContractModified', {
      newEndsOn: '2028-11-30',
      classification: { substantial: true, changeNoticeRequired: true },
    });
});

describe('modifications, classified under PA 2023 s.74-75', () => {
  it('classifies a value change within 10% and under the threshold as a below-threshold modification with no change notice', () => {
    givenHistory(toLive)
      .when(modify({ kind: 'value', valueChangePence: 10_000_000 }))
      .thenRecords('ContractModified', {
        classification: {
          provision: 'PA 2023 s.74(1)(c), (4)',
          category: 'below-threshold-modification',
          valueChangeBps: 167,
          changeNoticeRequired: false,
        },
      });
  });

  it('aggregates below-threshold modifications: a second £150,000 rise takes the total over the £214,904 threshold and moves the economic balance (s.74(3)(c))', () => {
    const first = modify({ kind: 'value', valueChangePence: 15_000_000 });
    const second = {
      ...first,
      data: { ...first.data, modificationId: 'm-2', valueChangePence: 15_000_000 },
    };
    givenHistory(toLive)
      .when(first)
      .thenMatches([{ type: 'ContractModified' }]);
    const refusal = givenHistory([...toLive, first])
      .when(second)
      .thenFails('SubstantialModification');
    expect(refusal.message).toContain('s.74(3)(c)');
    expect(refusal.message).toContain('£300,000.00');
  });

  // s.74(4)(a): a below-threshold modification moves the value by at most "(i) in the case of a
  // contract for goods or services, 10 per cent" or "(ii) in the case of a contract for works, 15 per
  // cent", and the aggregate stays below the threshold for the contract's kind (Schedule 1: works
  // £5,193,000 from 1 January 2026). https://www.legislation.gov.uk/ukpga/2023/54/section/74/enacted
  it('reads a works contract by the works line and threshold its launch recorded: +12% (£720,000) on £6m stands as a below-threshold modification, where a services contract is refused', () => {
    const works = toLive.map((c) =>
      c.type === 'LaunchProcurement' ? { ...c, data: { ...c.data, contractKind: 'works' as const } } : c,
    );
    givenHistory(works)
      .when(modify({ kind: 'value', valueChangePence: 72_000_000 }))
      .thenRecords('ContractModified', {
        classification: {
          category: 'below-threshold-modification',
          valueChangeBps: 1200,
          measures: { lineBps: 1500, thresholdPence: 519_300_000 },
        },
      });
    const refusal = givenHistory(toLive)
      .when(modify({ kind: 'value', valueChangePence: 72_000_000 }))
      .thenFails('SubstantialModification');
    expect(refusal.message).toContain('within 10.00% of the original value');
    expect(refusal.message).toContain('£207,720.00');
  });

  it('refuses a free-text ground and a ground of another regime', () => {
    const free = modify({ termChangeMonths: 24 });
    givenHistory(toLive)
      .when({ ...free, data: { ...free.data, permittedGround: 'pcr2015-reg72-1-c-unforeseeable' } })
      .thenFails('SubstantialModification', { path: ['data', 'permittedGround'] });
  });

  it('lets a light-touch contract be modified freely', () => {
    const lightTouch = toLive.map((c) =>
      c.type === 'LaunchProcurement' ? { ...c, data: { ...c.data, lightTouch: true } } : c,
    );
    givenHistory(lightTouch)
      .when(modify({ termChangeMonths: 24 }))
      .thenRecords('ContractModified', {
        classification: { category: 'light-touch', substantial: false, changeNoticeRequired: false },
      });
  });

  it('refuses a change that changes nothing, or comes after the end', () => {
    givenHistory(toLive).when(modify()).thenFails('ModificationInvalid');
    givenHistory(toLive)
      .when(modify({ kind: 'value', valueChangePence: 1, agreedOn: '2028-07-01' }))
      .thenFails('ModificationInvalid');
    givenHistory(toLive)
      .when(modify({ kind: 'value', valueChangePence: -600_000_001 }))
      .thenFails('ModificationInvalid');
  });
});
