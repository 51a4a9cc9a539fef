import fc from 'fast-check';
import { actors, command } from '@council-partnerships/testing';
import { Actor } from '../../eventstore/envelope';
import { PartnershipCommand } from '../commands';
import { addDays } from '../dates';
import {
  AGREEMENT,
  approveReturn,
  CONTRACT,
  exerciseOption,
  goLive,
  kpi,
  P,
  signAgreement,
  signContract,
  toAward,
  toLive,
  toSigning,
} from './fixtures';

/** A module the partner delivers, proposed under the agreement: the part the generators vary is given. */
export const proposeModule = (
  expansionId: string,
  annualValuePence: number,
  proposedOn: string,
  actor?: Actor,
) =>
  command(
    'ProposeModuleExpansion',
    {
      partnershipId: P,
      expansionId,
      agreementId: AGREEMENT,
      title: 'Module',
      services: ['Module'],
      deliveryModel: 'partner',
      annualValuePence,
      proposedOn,
    },
    actor,
  );

/** The partner's claim for the thirty days to `claimedOn`, made that day. */
export const claimMonthTo = (contractId: string, claimId: string, claimedOn: string, claimedPence: number) =>
  command(
    'ClaimExpenditure',
    {
      partnershipId: P,
      contractId,
      claimId,
      periodStart: addDays(claimedOn, -30),
      periodEnd: claimedOn,
      claimedOn,
      claimedPence,
    },
    actors.partner,
  );

/**
 * Command sequences for properties that must hold over any history: a start (awarded, live, or an
 * agreement with a live contract) and then commands on the running partnership, some of them refused,
 * some sent twice (a retry carries the same command id).
 */
const starts: PartnershipCommand[][] = [
  toAward,
  toLive,
  [...toSigning, signAgreement(), signContract({ agreementId: AGREEMENT }), goLive()],
];

const contractId = fc.constantFrom(CONTRACT, CONTRACT, 'c-2', AGREEMENT);
const someDay = fc.integer({ min: 0, max: 3 * 366 }).map((days) => addDays('2025-07-01', days));
const pence = fc.integer({ min: 0, max: 50_000_000 });
const someId = (prefix: string) => fc.constantFrom('1', '2', '3', '__proto__').map((n) => `${prefix}-${n}`);

const step: fc.Arbitrary<PartnershipCommand> = fc.oneof(
  fc.tuple(fc.constantFrom('k4', 'k5'), contractId).map(([k, c]) => kpi(k, c)),
  fc.tuple(someId('return'), fc.integer({ min: 0, max: 10_000 })).map(([r, actual]) =>
    command(
      'SubmitPerformanceReturn',
      {
        partnershipId: P,
        contractId: CONTRACT,
        returnId: r,
        periodStart: '2025-07-01',
        periodEnd: '2025-09-30',
        submittedOn: '2025-10-10',
        measures: ['k1', 'k2', 'k3'].map((kpiId) => ({ kpiId, actual })),
      },
      actors.partner,
    ),
  ),
  someId('return').map((r) => approveReturn(r)),
  fc
    .tuple(someId('claim'), someDay, pence)
    .map(([claimId, claimedOn, claimedPence]) => claimMonthTo(CONTRACT, claimId, claimedOn, claimedPence)),
  fc
    .tuple(someId('claim'), someDay, pence)
    .map(([claimId, verifiedOn, verifiedPence]) =>
      command(
        'VerifyExpenditure',
        { partnershipId: P, contractId: CONTRACT, claimId, verifiedOn, verifiedPence },
        actors.finance,
      ),
    ),
  fc
    .tuple(
      someId('review'),
      someDay,
      fc.constantFrom('good', 'requires-improvement', 'inadequate'),
      fc.boolean(),
    )
    .map(([reviewId, reviewedOn, rating, embedded]) =>
      command(
        'RecordPerformanceReview',
        {
          partnershipId: P,
          contractId: CONTRACT,
          reviewId,
          reviewedOn,
          periodStart: addDays(reviewedOn, -90),
          periodEnd: reviewedOn,
          rating,
          rag: 'green',
          decision: 'continue',
          confirmsEmbedded: embedded,
          kpiAssessments: ['k1', 'k2', 'k3'].map((kpiId) => ({
            kpiId,
            rating: 'good' as const,
            rag: 'green' as const,
          })),
        },
        actors.contractManager,
      ),
    ),
  fc
    .tuple(
      contractId,
      someId('m'),
      fc.integer({ min: -12, max: 12 }),
      fc.integer({ min: -5_000_000, max: 5_000_000 }),
      someDay,
    )
    .map(([c, modificationId, termChangeMonths, valueChangePence, agreedOn]) =>
      command('ModifyContract', {
        partnershipId: P,
        contractId: c,
        modificationId,
        kind: 'term-and-value',
        description: 'Change',
        agreedOn,
        termChangeMonths,
        valueChangePence,
      }),
    ),
  fc.tuple(contractId, someDay).map(([c, exercisedOn]) => exerciseOption(exercisedOn, { contractId: c })),
  fc
    .tuple(someId('e'), pence, someDay)
    .map(([expansionId, annualValuePence, proposedOn]) =>
      proposeModule(expansionId, annualValuePence, proposedOn, actors.partner),
    ),
  fc
    .tuple(someId('e'), someDay)
    .map(([expansionId, approvedOn]) =>
      command('ApproveModuleExpansion', { partnershipId: P, expansionId, approvedOn }, actors.executive),
    ),
  fc
    .tuple(contractId, someDay)
    .map(([c, terminatedOn]) =>
      command('RecordTermination', { partnershipId: P, contractId: c, terminatedOn }),
    ),
);

/** A start and up to `maxSteps` commands after it; now and then a command sent again as a retry. */
export const commandSequences = (maxSteps = 25): fc.Arbitrary<PartnershipCommand[]> =>
  fc
    .tuple(
      fc.nat({ max: starts.length - 1 }),
      fc.array(
        fc.tuple(
          step,
          fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
        ),
        { maxLength: maxSteps, size: 'max' },
      ),
    )
    .map(([start, steps]) => {
      const sent: PartnershipCommand[] = [...starts[start]!];
      for (const [next, resend] of steps) sent.push(resend === null ? next : sent[resend % sent.length]!);
      return sent;
    });
