import { actors, command } from '@council-partnerships/testing';
import {
  CONTRACT,
  exerciseOption,
  P,
  submitReturn,
  toLive,
  toSigning,
  signContract,
} from '../testing/fixtures';
import { givenHistory } from '../testing/spec';
import { defaultCouncilPolicy } from '../policy/councilPolicy';

type Actor = { id: string; role: string; organisation?: string };

/** k1 was defined with a target of 8000 (80%), green within 0 and amber within 1000 bps. */
const correctKpi = (
  terms: {
    target?: number;
    direction?: 'higher-is-better' | 'lower-is-better';
    name?: string;
    unit?: string;
    frequency?: 'monthly' | 'quarterly' | 'six-monthly' | 'annual';
  },
  actor: Actor = actors.contractManager,
  correctionId = 'fix-k1',
) =>
  command(
    'CorrectKpiDefinition',
    {
      partnershipId: P,
      contractId: CONTRACT,
      kpiId: 'k1',
      correctionId,
      correctedOn: '2025-10-01',
      reason: 'the target in the specification is 85%, not 80%',
      ...terms,
    },
    actor,
  );

/** The contract was signed to run from 1 July 2025 to 30 June 2028, with a one-year option. */
const correctDates = (dates: { startsOn?: string; endsOn?: string }, actor: Actor = actors.legal) =>
  command(
    'CorrectContractDates',
    {
      partnershipId: P,
      contractId: CONTRACT,
      correctionId: 'fix-dates',
      correctedOn: '2025-07-20',
      reason: 'the start was keyed as July; the contract says 1 August 2025',
      ...dates,
    },
    actor,
  );

describe('correcting a KPI defined wrongly', () => {
  it('records the definition as it was and as it now is, with who corrected it and why', () => {
    givenHistory(toLive)
      .when(correctKpi({ target: 8500 }))
      .thenMatches([
        {
          type: 'KpiDefinitionCorrected',
          data: {
            kpiId: 'k1',
            correctionId: 'fix-k1',
            correctedBy: { id: actors.contractManager.id },
            previous: { target: 8000, direction: 'higher-is-better' },
            corrected: { target: 8500, direction: 'higher-is-better' },
          },
        },
      ]);
  });

  it('corrects what the KPI measures (name, unit, reporting frequency), keeping what was not named', () => {
    givenHistory(toLive)
      .when(correctKpi({ name: 'Families seen within 10 working days', frequency: 'monthly' }))
      .thenMatches([
        {
          type: 'KpiDefinitionCorrected',
          data: {
            previous: { name: 'KPI k1', unit: 'percent (bps)', frequency: 'quarterly', target: 8000 },
            corrected: {
              name: 'Families seen within 10 working days',
              unit: 'percent (bps)',
              frequency: 'monthly',
              target: 8000,
            },
          },
        },
      ]);
  });

  it('reads the corrected name as the one a later correction starts from', () => {
    givenHistory([...toLive, correctKpi({ unit: 'percent' })])
      .when(correctKpi({ unit: 'percent' }, actors.contractManager, 'fix-k1-again'))
      .thenFails('CorrectionChangesNothing');
    givenHistory([...toLive, correctKpi({ unit: 'percent' })])
      .when(correctKpi({ target: 8500 }, actors.contractManager, 'fix-k1-again'))
      .thenMatches([
        {
          type: 'KpiDefinitionCorrected',
          data: { previous: { unit: 'percent' }, corrected: { unit: 'percent', target: 8500 } },
        },
      ]);
  });

  it('rates returns filed after the correction against the corrected target', () => {
    // 80% meets a target of 80% (green); against 90% it falls short by more than the amber band.
    givenHistory([...toLive, correctKpi({ target: 9000 })])
      .when(submitReturn('q1', [{ kpiId: 'k1', actual: 8000 }]))
      .thenMatches([
        {
          type: 'PerformanceReturnSubmitted',
          data: { measures: [{ kpiId: 'k1', actual: 8000, rag: 'red' }] },
        },
      ]);
    givenHistory(toLive)
      .when(submitReturn('q1', [{ kpiId: 'k1', actual: 8000 }]))
      .thenMatches([
        {
          type: 'PerformanceReturnSubmitted',
          data: { measures: [{ kpiId: 'k1', actual: 8000, rag: 'green' }] },
        },
      ]);
  });

  it('is not made by the partner the KPI measures, even where the policy lets the partner correct', () => {
    givenHistory(toLive)
      .when(correctKpi({ target: 7000 }, actors.partner))
      .thenFails('NotPermitted');
    const lenient = {
      ...defaultCouncilPolicy,
      permissions: { ...defaultCouncilPolicy.permissions, CorrectKpiDefinition: ['partner'] },
    };
    const refusal = givenHistory(toLive, lenient)
      .when(correctKpi({ target: 7000 }, actors.partner))
      .thenFails('SegregationOfDuties', { path: ['data', 'kpiId'] });
    expect(refusal.message).toContain('a council officer corrects its definition');
  });

  it('refuses an unknown KPI, a repeated correction id, and a correction that changes nothing', () => {
    givenHistory(toLive)
      .when({ ...correctKpi({ target: 8500 }), data: { ...correctKpi({}).data, kpiId: 'k9', target: 1 } })
      .thenFails('UnknownKpi', { path: ['data', 'kpiId'] });
    givenHistory([...toLive, correctKpi({ target: 8500 })])
      .when(correctKpi({ target: 8600 }))
      .thenFails('AlreadyRecorded');
    givenHistory(toLive)
      .when(correctKpi({ target: 8000 }))
      .thenFails('CorrectionChangesNothing');
    givenHistory(toLive)
      .when(correctKpi({ name: 'KPI k1', unit: 'percent (bps)', frequency: 'quarterly' }))
      .thenFails('CorrectionChangesNothing', { path: ['data', 'target'] });
  });
});

describe('correcting contract dates entered wrongly', () => {
  it('moves the end with the start by the same whole months', () => {
    givenHistory([...toSigning, signContract()])
      .when(correctDates({ startsOn: '2025-08-01' }))
      .thenMatches([
        {
          type: 'ContractDatesCorrected',
          data: {
            previousStartsOn: '2025-07-01',
            previousEndsOn: '2028-06-30',
            startsOn: '2025-08-01',
            endsOn: '2028-07-31',
            correctedBy: { id: actors.legal.id },
          },
        },
      ]);
  });

  it('takes the end date given where the end was wrong too', () => {
    givenHistory([...toSigning, signContract()])
      .when(correctDates({ endsOn: '2028-03-31' }))
      .thenMatches([
        { type: 'ContractDatesCorrected', data: { startsOn: '2025-07-01', endsOn: '2028-03-31' } },
      ]);
  });

  it('keeps what the rules derive from the dates: an option is exercised against the corrected end', () => {
    const exercise = exerciseOption('2028-07-15');
    givenHistory([...toSigning, signContract()])
      .when(exercise)
      .thenFails('ExtensionTooLate');
    givenHistory([...toSigning, signContract(), correctDates({ startsOn: '2025-08-01' })])
      .when(exercise)
      .thenMatches([
        { type: 'ExtensionOptionExercised', data: { previousEndsOn: '2028-07-31', newEndsOn: '2029-07-31' } },
      ]);
  });

  // PA 2023 s.74: a change is measured against the maximum term (s.74(3)(a): over 10% is substantial)
  // and the original value, those of the contract as it should have been recorded.
  // https://www.legislation.gov.uk/ukpga/2023/54/section/74/enacted
  it('prices the corrected term again, so a later change is measured against the contract as it should have been recorded', () => {
    const extend = command('ModifyContract', {
      partnershipId: P,
      contractId: CONTRACT,
      modificationId: 'm1',
      kind: 'term',
      description: 'Five more months',
      agreedOn: '2026-01-15',
      termChangeMonths: 5,
      valueChangePence: 0,
    });
    // Keyed as 36 months at £2m a year (£6m) with a 12-month option: five months is 10.42% of 48.
    givenHistory(toLive)
      .when(extend)
      .thenMatches([
        {
          type: 'ContractModified',
          data: { classification: { termChangeBps: 1042, measures: { originalValuePence: 600_000_000 } } },
        },
      ]);
    // Corrected to 42 months (£7m): five months is 9.26% of 54.
    givenHistory([...toLive, correctDates({ endsOn: '2028-12-31' })])
      .when(extend)
      .thenMatches([
        {
          type: 'ContractModified',
          data: {
            previousEndsOn: '2028-12-31',
            classification: { termChangeBps: 926, measures: { originalValuePence: 700_000_000 } },
          },
        },
      ]);
  });

  it('refuses an end before the start, and a correction that changes nothing', () => {
    givenHistory([...toSigning, signContract()])
      .when(correctDates({ startsOn: '2025-08-01', endsOn: '2025-07-31' }))
      .thenFails('DatesOutOfOrder', { path: ['data', 'endsOn'] });
    givenHistory([...toSigning, signContract()])
      .when(correctDates({ startsOn: '2025-07-01' }))
      .thenFails('CorrectionChangesNothing');
  });

  it('is made by those who sign contracts, not the partner', () => {
    givenHistory([...toSigning, signContract()])
      .when(correctDates({ startsOn: '2025-08-01' }, actors.partner))
      .thenFails('NotPermitted');
  });
});
