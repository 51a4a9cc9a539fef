import * as t from 'io-ts';
import { defineEvent } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { BasisPointsCodec, NonNegativePenceCodec } from '../../money';
import { IdCodec, nullable, RecordedByCodec, TextCodec } from '../codecs';
import { RoundingCodec } from '../events/contractTerms';
import { partnershipData } from '../events/shape';

export const ExpenditureLineCodec = t.type({ category: TextCodec, amountPence: NonNegativePenceCodec });

/** A claim as the partner makes it: the contract, the period and what was spent in it. */
export const expenditureClaimProps = {
  contractId: IdCodec,
  claimId: IdCodec,
  periodStart: BusinessDateCodec,
  periodEnd: BusinessDateCodec,
  claimedOn: BusinessDateCodec,
  claimedPence: NonNegativePenceCodec,
};

/** The partner claims what it spent in a period, line by line, on an open-book contract. */
export const ExpenditureClaimed = defineEvent(
  'ExpenditureClaimed',
  partnershipData({
    ...expenditureClaimProps,
    lines: t.array(ExpenditureLineCodec),
    claimedBy: RecordedByCodec,
  }),
);

/**
 * The council verified a claim. The margin applies to verified expenditure only:
 * `marginPence = round(verifiedPence x marginBasisPoints / 10000)` with the stated rounding, and
 * `payablePence = verifiedPence + marginPence`.
 */
export const ExpenditureVerified = defineEvent(
  'ExpenditureVerified',
  partnershipData({
    contractId: IdCodec,
    claimId: IdCodec,
    verifiedOn: BusinessDateCodec,
    claimedPence: NonNegativePenceCodec,
    verifiedPence: NonNegativePenceCodec,
    disallowedPence: NonNegativePenceCodec,
    marginBasisPoints: BasisPointsCodec,
    rounding: RoundingCodec,
    marginPence: NonNegativePenceCodec,
    payablePence: NonNegativePenceCodec,
    notes: nullable(TextCodec),
    verifiedBy: RecordedByCodec,
  }),
);

/** Money the partner brought in from outside (a grant, a bid won), adding to the partnership. */
export const ExternalFundingSecured = defineEvent(
  'ExternalFundingSecured',
  partnershipData({
    fundingId: IdCodec,
    funder: TextCodec,
    programme: TextCodec,
    amountPence: NonNegativePenceCodec,
    securedOn: BusinessDateCodec,
    contractId: nullable(IdCodec),
    purpose: TextCodec,
    securedBy: RecordedByCodec,
  }),
);

export const openBookEvents = [ExpenditureClaimed, ExpenditureVerified, ExternalFundingSecured] as const;
