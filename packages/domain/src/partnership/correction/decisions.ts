import { Either, left, right } from 'fp-ts/Either';
import { Actor } from '../../eventstore/envelope';
import { formatPounds } from '../../money';
import { RecordedBy } from '../codecs';
import { PartnershipError, refuse } from '../errors';
import { checkedByAnother, recordedBy } from '../policy/segregation';
import { ragFor } from '../rules/ratings';
import { PartnershipState } from '../state';
import { alreadyRecorded, event, field, Handlers, no, notBefore, ok } from '../phase/decision';
import { findContract } from '../phase/lookups';
import { own } from '../../shared/idRecord';

/**
 * Four eyes over corrected facts: whoever checks is independent of the maker (person and
 * organisation, as for any partner's figures) and is not anyone who corrected them; a council
 * officer's correction may be checked by a colleague.
 */
export const checkedByAnotherThanAll = (
  what: string,
  maker: RecordedBy,
  correctors: readonly RecordedBy[],
  checker: Actor,
  path: readonly string[],
): Either<PartnershipError, true> => {
  const independent = checkedByAnother(what, maker, checker, path);
  if (independent._tag === 'Left') return independent;
  const corrector = correctors.find((c) => c.id === checker.id);
  return corrector === undefined
    ? right(true)
    : left(
        refuse(
          'SegregationOfDuties',
          `${checker.id} corrected ${what} and cannot also check it; another authorised person must`,
          path,
          { makerId: corrector.id, checkerId: checker.id },
        ),
      );
};

const newCorrection = (state: PartnershipState, correctionId: string): PartnershipError | undefined =>
  own(state.corrections, correctionId) === undefined
    ? undefined
    : alreadyRecorded('correction', correctionId, field('correctionId'));

/**
 * Corrections: a recorded fact entered wrongly is corrected by a new fact that names it, says why
 * and who corrected it. The original stays in the history as recorded (what was known then); the
 * rules and the current views read the corrected figures from the correction on.
 */
export const correctionHandlers: Handlers<'CorrectPerformanceReturn' | 'CorrectExpenditureClaim'> = {
  CorrectPerformanceReturn: (command, state) => {
    const { data } = command;
    const found = findContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    const filed = own(c.returns, data.returnId);
    if (filed === undefined)
      return no(
        'UnknownReturn',
        `no return ${data.returnId} has been submitted for ${data.contractId}; only a recorded return can be corrected`,
        field('returnId'),
      );
    const reused = newCorrection(state, data.correctionId);
    if (reused !== undefined) return left(reused);
    const early = notBefore(
      data.correctedOn,
      filed.submittedOn,
      field('correctedOn'),
      'the correction',
      `return ${data.returnId} was submitted`,
    );
    if (early !== undefined) return left(early);
    const corrected = new Map(filed.measures.map((m) => [m.kpiId, m]));
    for (const [i, m] of data.measures.entries()) {
      const kpi = own(c.kpis, m.kpiId);
      if (kpi === undefined || !corrected.has(m.kpiId))
        return no(
          'UnknownKpi',
          `return ${data.returnId} reports no KPI ${m.kpiId}; a correction changes the figures the return gave`,
          field('measures', String(i), 'kpiId'),
        );
      corrected.set(m.kpiId, { kpiId: m.kpiId, actual: m.actual, rag: ragFor(kpi, m.actual) });
    }
    const measures = filed.measures.map((m) => corrected.get(m.kpiId) ?? m);
    if (measures.every((m, i) => m.actual === filed.measures[i]?.actual)) {
      return no(
        'CorrectionChangesNothing',
        `the correction gives return ${data.returnId} the figures it already has; say which figure was wrong`,
        field('measures'),
      );
    }
    return ok(
      event('PerformanceReturnCorrected', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        returnId: data.returnId,
        correctionId: data.correctionId,
        correctedOn: data.correctedOn,
        reason: data.reason,
        correctedBy: recordedBy(command.metadata.actor),
        previousMeasures: filed.measures.map((m) => ({ ...m })),
        measures,
        approvalWithdrawn: filed.approvedOn !== null,
      }),
    );
  },

  CorrectExpenditureClaim: (command, state) => {
    const { data } = command;
    const found = findContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    const claim = own(c.claims, data.claimId);
    if (claim === undefined)
      return no(
        'UnknownClaim',
        `no claim ${data.claimId} has been made on ${data.contractId}; only a recorded claim can be corrected`,
        field('claimId'),
      );
    if (claim.verifiedPence !== null) {
      return no(
        'ClaimAlreadyVerified',
        `claim ${data.claimId} was verified at ${formatPounds(claim.verifiedPence)}; only a claim awaiting verification is corrected, a verified one is put right by the next claim`,
        field('claimId'),
      );
    }
    const reused = newCorrection(state, data.correctionId);
    if (reused !== undefined) return left(reused);
    const early = notBefore(
      data.correctedOn,
      claim.claimedOn,
      field('correctedOn'),
      'the correction',
      `claim ${data.claimId} was made`,
    );
    if (early !== undefined) return left(early);
    const lines = data.lines ?? [];
    const total = lines.reduce((sum, line) => sum + line.amountPence, 0);
    if (lines.length > 0 && total !== data.claimedPence) {
      return no(
        'ClaimLinesMismatch',
        `the corrected lines add up to ${formatPounds(total)}, not the ${formatPounds(data.claimedPence)} claimed`,
        field('claimedPence'),
      );
    }
    if (data.claimedPence === claim.claimedPence && lines.length === 0) {
      return no(
        'CorrectionChangesNothing',
        `claim ${data.claimId} is already for ${formatPounds(claim.claimedPence)}; say what was wrong`,
        field('claimedPence'),
      );
    }
    return ok(
      event('ExpenditureClaimCorrected', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        claimId: data.claimId,
        correctionId: data.correctionId,
        correctedOn: data.correctedOn,
        reason: data.reason,
        correctedBy: recordedBy(command.metadata.actor),
        previousClaimedPence: claim.claimedPence,
        claimedPence: data.claimedPence,
        lines: lines.map((line) => ({ category: line.category, amountPence: line.amountPence })),
      }),
    );
  },
};
