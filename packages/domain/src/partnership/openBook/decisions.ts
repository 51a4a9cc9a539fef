import { checkedByAnotherThanAll } from '../correction/decisions';
import { left } from 'fp-ts/Either';
import { applyBasisPoints, formatPounds } from '../../money';
import { recordedBy } from '../policy/segregation';
import { alreadyRecorded, event, field, Handlers, no, notBefore, ok, orNull } from '../phase/decision';
import { activeContract, findContract } from '../phase/lookups';
import { own } from '../../shared/idRecord';
import { duplicateClaim, overlappingClaim } from '../rules/openBookPeriods';

export const openBookHandlers: Handlers<'ClaimExpenditure' | 'VerifyExpenditure' | 'RecordExternalFunding'> =
  {
    ClaimExpenditure: (command, state) => {
      const { data } = command;
      const found = activeContract(state, data.contractId);
      if (found._tag === 'Left') return found;
      const c = found.right;
      if (c.openBook === null) {
        return no(
          'NotOpenBook',
          `contract ${c.contractId} is not on open-book terms; it is paid at its contract price`,
          field('contractId'),
        );
      }
      if (own(c.claims, data.claimId) !== undefined)
        return left(alreadyRecorded('claim', data.claimId, field('claimId')));
      const lines = data.lines ?? [];
      const total = lines.reduce((sum, line) => sum + line.amountPence, 0);
      if (lines.length > 0 && total !== data.claimedPence) {
        return no(
          'ClaimLinesMismatch',
          `the claim's lines add up to ${formatPounds(total)}, not the ${formatPounds(data.claimedPence)} claimed`,
          field('claimedPence'),
        );
      }
      const early =
        notBefore(
          data.periodEnd,
          data.periodStart,
          field('periodEnd'),
          'the end of the period',
          'its start',
        ) ??
        notBefore(
          data.claimedOn,
          data.periodEnd,
          field('claimedOn'),
          'the claim',
          'the end of the period it covers',
        ) ??
        notBefore(
          data.periodStart,
          c.startsOn,
          field('periodStart'),
          'the period claimed',
          'the contract start',
        );
      if (early !== undefined) return left(early);
      const earlier = overlappingClaim(c, data, null);
      if (earlier !== undefined) return left(duplicateClaim(c, data.claimId, earlier, field('periodStart')));
      return ok(
        event('ExpenditureClaimed', {
          partnershipId: data.partnershipId,
          contractId: data.contractId,
          claimId: data.claimId,
          periodStart: data.periodStart,
          periodEnd: data.periodEnd,
          claimedOn: data.claimedOn,
          claimedPence: data.claimedPence,
          lines: lines.map((line) => ({ category: line.category, amountPence: line.amountPence })),
          claimedBy: recordedBy(command.metadata.actor),
        }),
      );
    },

    VerifyExpenditure: (command, state) => {
      const { data } = command;
      const found = findContract(state, data.contractId);
      if (found._tag === 'Left') return found;
      const c = found.right;
      const claim = own(c.claims, data.claimId);
      if (claim === undefined || c.openBook === null) {
        return no(
          'UnknownClaim',
          `no claim ${data.claimId} has been made on ${data.contractId}`,
          field('claimId'),
        );
      }
      if (claim.verifiedPence !== null) {
        return no(
          'ClaimAlreadyVerified',
          `claim ${data.claimId} was verified at ${formatPounds(claim.verifiedPence)}; a claim is verified once`,
          field('claimId'),
        );
      }
      if (data.verifiedPence > claim.claimedPence) {
        return no(
          'VerifiedExceedsClaimed',
          `verified expenditure (${formatPounds(data.verifiedPence)}) cannot exceed what was claimed (${formatPounds(claim.claimedPence)}); the partner must claim any more`,
          field('verifiedPence'),
        );
      }
      const early = notBefore(
        data.verifiedOn,
        claim.claimedOn,
        field('verifiedOn'),
        'verification',
        'the claim',
      );
      if (early !== undefined) return left(early);
      const independent = checkedByAnotherThanAll(
        `expenditure claim ${data.claimId}`,
        claim.claimedBy,
        claim.correctedBy,
        command.metadata.actor,
        ['metadata', 'actor'],
      );
      if (independent._tag === 'Left') return independent;
      // Histories recorded before duplicates were refused at claiming may hold two claims for one period.
      const verifiedEarlier = overlappingClaim(
        c,
        claim,
        data.claimId,
        (other) => other.verifiedPence !== null,
      );
      if (verifiedEarlier !== undefined)
        return left(duplicateClaim(c, data.claimId, verifiedEarlier, field('claimId')));
      const { marginBasisPoints, rounding } = c.openBook;
      const marginPence = applyBasisPoints(data.verifiedPence, marginBasisPoints, rounding);
      return ok(
        event('ExpenditureVerified', {
          partnershipId: data.partnershipId,
          contractId: data.contractId,
          claimId: data.claimId,
          verifiedOn: data.verifiedOn,
          claimedPence: claim.claimedPence,
          verifiedPence: data.verifiedPence,
          disallowedPence: claim.claimedPence - data.verifiedPence,
          marginBasisPoints,
          rounding,
          marginPence,
          payablePence: data.verifiedPence + marginPence,
          notes: orNull(data.notes),
          verifiedBy: recordedBy(command.metadata.actor),
        }),
      );
    },

    RecordExternalFunding: (command, state) => {
      const { data } = command;
      if (own(state.externalFunding, data.fundingId) !== undefined)
        return left(alreadyRecorded('external funding', data.fundingId, field('fundingId')));
      if (data.contractId !== undefined && own(state.contracts, data.contractId) === undefined) {
        return no('UnknownContract', `no contract ${data.contractId} has been signed`, field('contractId'));
      }
      if (state.agreementId === null && Object.keys(state.contracts).length === 0) {
        return no(
          'NoAgreement',
          'external funding is secured by a partner under a signed agreement or contract; none is signed yet',
          field('fundingId'),
        );
      }
      return ok(
        event('ExternalFundingSecured', {
          partnershipId: data.partnershipId,
          fundingId: data.fundingId,
          funder: data.funder,
          programme: data.programme,
          amountPence: data.amountPence,
          securedOn: data.securedOn,
          contractId: orNull(data.contractId),
          purpose: data.purpose,
          securedBy: recordedBy(command.metadata.actor),
        }),
      );
    },
  };
