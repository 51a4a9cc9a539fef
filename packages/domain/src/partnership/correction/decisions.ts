import { formatPounds } from '../../money';
import { PartnershipError, refuse } from '../errors';
import { recordedBy } from '../policy/segregation';
import { ragFor } from '../rules/ratings';
import { PartnershipState } from '../state';
import { afterChecks, alreadyRecorded, event, field, Handlers, notBefore } from '../phase/decision';
import { withSignedContract } from '../phase/lookups';
import { own } from '../../shared/idRecord';
import { definitionAndDateCorrectionHandlers } from './definitionsAndDates';

const newCorrection = (state: PartnershipState, correctionId: string): PartnershipError | undefined =>
  own(state.corrections, correctionId) === undefined
    ? undefined
    : alreadyRecorded('correction', correctionId, field('correctionId'));

/** A correction dated no earlier than the filing it corrects (nothing to compare when none was found). */
const notBeforeFiling = (correctedOn: string, filedOn: string | undefined, filing: string) =>
  notBefore(correctedOn, filedOn ?? correctedOn, field('correctedOn'), 'the correction', filing);

/**
 * Corrections: a recorded fact entered wrongly is corrected by a new fact that names it, says why
 * and who corrected it. The original stays in the history as recorded (what was known then); the
 * rules and the current views read the corrected figures from the correction on.
 */
export const correctionHandlers: Handlers<
  'CorrectPerformanceReturn' | 'CorrectExpenditureClaim' | 'CorrectKpiDefinition' | 'CorrectContractDates'
> = {
  ...definitionAndDateCorrectionHandlers,
  CorrectPerformanceReturn: ({ data, metadata }, state) =>
    withSignedContract(state, data.contractId, (c) => {
      const filed = own(c.returns, data.returnId);
      const reported = new Set(filed?.measures.map((m) => m.kpiId));
      const unknown = data.measures.findIndex(
        (m) => own(c.kpis, m.kpiId) === undefined || !reported.has(m.kpiId),
      );
      // Once every KPI named is known: each figure given replaces the one the return reported, rated
      // against its KPI as it stands.
      const measures = () => {
        const corrected = new Map(
          data.measures.map((m) => [m.kpiId, { ...m, rag: ragFor(own(c.kpis, m.kpiId)!, m.actual) }]),
        );
        return (filed?.measures ?? []).map((m) => corrected.get(m.kpiId) ?? m);
      };
      return afterChecks(
        () =>
          filed === undefined &&
          refuse(
            'UnknownReturn',
            `no return ${data.returnId} has been submitted for ${data.contractId}; only a recorded return can be corrected`,
            field('returnId'),
          ),
        () => newCorrection(state, data.correctionId),
        () => notBeforeFiling(data.correctedOn, filed?.submittedOn, `return ${data.returnId} was submitted`),
        () =>
          unknown >= 0 &&
          refuse(
            'UnknownKpi',
            `return ${data.returnId} reports no KPI ${data.measures[unknown]?.kpiId}; a correction changes the figures the return gave`,
            field('measures', String(unknown), 'kpiId'),
          ),
        () =>
          measures().every((m, i) => m.actual === filed?.measures[i]?.actual) &&
          refuse(
            'CorrectionChangesNothing',
            `the correction gives return ${data.returnId} the figures it already has; say which figure was wrong`,
            field('measures'),
          ),
      ).record(() =>
        event('PerformanceReturnCorrected', {
          ...data,
          correctedBy: recordedBy(metadata.actor),
          previousMeasures: filed!.measures.map((m) => ({ ...m })),
          measures: measures(),
          approvalWithdrawn: filed!.approvedOn !== null,
        }),
      );
    }),

  CorrectExpenditureClaim: ({ data, metadata }, state) =>
    withSignedContract(state, data.contractId, (c) => {
      const claim = own(c.claims, data.claimId);
      const lines = data.lines ?? [];
      const total = lines.reduce((sum, line) => sum + line.amountPence, 0);
      return afterChecks(
        () =>
          claim === undefined &&
          refuse(
            'UnknownClaim',
            `no claim ${data.claimId} has been made on ${data.contractId}; only a recorded claim can be corrected`,
            field('claimId'),
          ),
        () =>
          claim?.verifiedPence != null &&
          refuse(
            'ClaimAlreadyVerified',
            `claim ${data.claimId} was verified at ${formatPounds(claim.verifiedPence)}; only a claim awaiting verification is corrected, a verified one is put right by the next claim`,
            field('claimId'),
          ),
        () => newCorrection(state, data.correctionId),
        () => notBeforeFiling(data.correctedOn, claim?.claimedOn, `claim ${data.claimId} was made`),
        () =>
          lines.length > 0 &&
          total !== data.claimedPence &&
          refuse(
            'ClaimLinesMismatch',
            `the corrected lines add up to ${formatPounds(total)}, not the ${formatPounds(data.claimedPence)} claimed`,
            field('claimedPence'),
          ),
        () =>
          data.claimedPence === claim?.claimedPence &&
          lines.length === 0 &&
          refuse(
            'CorrectionChangesNothing',
            `claim ${data.claimId} is already for ${formatPounds(claim.claimedPence)}; say what was wrong`,
            field('claimedPence'),
          ),
      ).record(() =>
        event('ExpenditureClaimCorrected', {
          ...data,
          correctedBy: recordedBy(metadata.actor),
          previousClaimedPence: claim!.claimedPence,
          lines,
        }),
      );
    }),
};
