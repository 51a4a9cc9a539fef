import { left } from 'fp-ts/Either';
import { applyBasisPoints, formatPounds } from '../../money';
import { refuse } from '../errors';
import { checkedByAnotherThanAll, recordedBy } from '../policy/segregation';
import {
  afterChecks,
  event,
  field,
  Handlers,
  notBefore,
  orNull,
  periodInOrder,
  unusedId,
} from '../phase/decision';
import { withActiveContract, withSignedContract } from '../phase/lookups';
import { own } from '../../shared/idRecord';
import { duplicateClaim, overlappingClaim } from '../rules/openBookPeriods';

/** Open book: expenditure claimed by the partner, verified by someone else with the margin, and external funding. */
export const openBookHandlers: Handlers<'ClaimExpenditure' | 'VerifyExpenditure' | 'RecordExternalFunding'> =
  {
    ClaimExpenditure: ({ data, metadata }, state) =>
      withActiveContract(state, data.contractId, (c) => {
        const lines = data.lines ?? [];
        const total = lines.reduce((sum, line) => sum + line.amountPence, 0);
        return afterChecks(
          () =>
            c.openBook === null &&
            refuse(
              'NotOpenBook',
              `contract ${c.contractId} is not on open-book terms; it is paid at its contract price`,
              field('contractId'),
            ),
          () => unusedId(c.claims, 'claim', data, 'claimId'),
          () =>
            lines.length > 0 &&
            total !== data.claimedPence &&
            refuse(
              'ClaimLinesMismatch',
              `the claim's lines add up to ${formatPounds(total)}, not the ${formatPounds(data.claimedPence)} claimed`,
              field('claimedPence'),
            ),
          () => periodInOrder(data),
          () =>
            notBefore(
              data.claimedOn,
              data.periodEnd,
              field('claimedOn'),
              'the claim',
              'the end of the period it covers',
            ),
          () =>
            notBefore(
              data.periodStart,
              c.startsOn,
              field('periodStart'),
              'the period claimed',
              'the contract start',
            ),
          () => {
            const earlier = overlappingClaim(c, data, null);
            return earlier !== undefined && duplicateClaim(c, data.claimId, earlier, field('periodStart'));
          },
        ).record(() =>
          event('ExpenditureClaimed', { ...data, lines, claimedBy: recordedBy(metadata.actor) }),
        );
      }),

    VerifyExpenditure: ({ data, metadata }, state) =>
      withSignedContract(state, data.contractId, (c) => {
        const claim = own(c.claims, data.claimId);
        if (claim === undefined || c.openBook === null) {
          return left(
            refuse(
              'UnknownClaim',
              `no claim ${data.claimId} has been made on ${data.contractId}`,
              field('claimId'),
            ),
          );
        }
        const { marginBasisPoints, rounding } = c.openBook;
        const marginPence = applyBasisPoints(data.verifiedPence, marginBasisPoints, rounding);
        return afterChecks(
          () =>
            claim.verifiedPence !== null &&
            refuse(
              'ClaimAlreadyVerified',
              `claim ${data.claimId} was verified at ${formatPounds(claim.verifiedPence)}; a claim is verified once`,
              field('claimId'),
            ),
          () =>
            data.verifiedPence > claim.claimedPence &&
            refuse(
              'VerifiedExceedsClaimed',
              `verified expenditure (${formatPounds(data.verifiedPence)}) cannot exceed what was claimed (${formatPounds(claim.claimedPence)}); the partner must claim any more`,
              field('verifiedPence'),
            ),
          () => notBefore(data.verifiedOn, claim.claimedOn, field('verifiedOn'), 'verification', 'the claim'),
          () =>
            checkedByAnotherThanAll(
              `expenditure claim ${data.claimId}`,
              claim.claimedBy,
              claim.correctedBy,
              metadata.actor,
              ['metadata', 'actor'],
            ),
          () => {
            // Histories recorded before duplicates were refused at claiming may hold two claims for one period.
            const verifiedEarlier = overlappingClaim(
              c,
              claim,
              data.claimId,
              (other) => other.verifiedPence !== null,
            );
            return (
              verifiedEarlier !== undefined &&
              duplicateClaim(c, data.claimId, verifiedEarlier, field('claimId'))
            );
          },
        ).record(() =>
          event('ExpenditureVerified', {
            ...data,
            claimedPence: claim.claimedPence,
            disallowedPence: claim.claimedPence - data.verifiedPence,
            marginBasisPoints,
            rounding,
            marginPence,
            payablePence: data.verifiedPence + marginPence,
            notes: orNull(data.notes),
            verifiedBy: recordedBy(metadata.actor),
          }),
        );
      }),

    RecordExternalFunding: ({ data, metadata }, state) =>
      afterChecks(
        () => unusedId(state.externalFunding, 'external funding', data, 'fundingId'),
        () =>
          data.contractId !== undefined &&
          own(state.contracts, data.contractId) === undefined &&
          refuse('UnknownContract', `no contract ${data.contractId} has been signed`, field('contractId')),
        () =>
          state.agreementId === null &&
          Object.keys(state.contracts).length === 0 &&
          refuse(
            'NoAgreement',
            'external funding is secured by a partner under a signed agreement or contract; none is signed yet',
            field('fundingId'),
          ),
      ).record(() =>
        event('ExternalFundingSecured', {
          ...data,
          contractId: orNull(data.contractId),
          securedBy: recordedBy(metadata.actor),
        }),
      ),
  };
