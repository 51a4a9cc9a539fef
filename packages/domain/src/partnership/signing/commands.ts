import * as t from 'io-ts';
import { NonNegativePenceCodec } from '../../money';
import { commandCodec } from '../../decider/command';
import { AgreementKindCodec, CountCodec, DeliveryModelCodec, IdCodec, TextCodec } from '../codecs';
import { BusinessDateCodec } from '../dates';
import {
  AnnualTerminationClauseCodec,
  ExtensionOptionsInputCodec,
  FundingShareCodec,
  OpenBookTermsCodec,
  SavingsLineCodec,
  TermCodec,
} from '../events/contractTerms';
import { SupplierDetailsCodec } from '../events/supplier';
import { KpiAtSigningCodec } from '../delivery/events';
import { KpiDutyExceptionGroundCodec } from '../rules/kpiDutyExceptions';
import { commandData } from '../commands/shape';
import { ShareApprovalCodec } from '../policy/shareApprovalCodec';

/** The terms a council writes into a contract; the decider derives end dates and values from them. */
const termsRequired = {
  signedOn: BusinessDateCodec,
  startsOn: BusinessDateCodec,
  initialTerm: TermCodec,
  annualValuePence: NonNegativePenceCodec,
};
const termsOptional = {
  /** An ordered list of options, or `{ count, lengthMonths }` for equal ones. */
  extensionOptions: ExtensionOptionsInputCodec,
  annualTerminationClause: AnnualTerminationClauseCodec,
  openBook: OpenBookTermsCodec,
  savingsSchedule: t.array(SavingsLineCodec),
  fundingShares: t.array(FundingShareCodec),
  /**
   * Each commissioner's own decision approving its share, where its own scheme of delegation needs
   * one (`CouncilPolicy.schemesOfDelegation`): e.g. a partner council's Executive for its share.
   */
  shareApprovals: t.array(ShareApprovalCodec),
  /** For a contract priced as a lump sum for its initial term rather than pro rata from the annual value. */
  initialTermValuePence: NonNegativePenceCodec,
  /** The supplier's registrations, SME / VCSE / public service mutual status and address. */
  supplierDetails: SupplierDetailsCodec,
  /** VAT on the contract the council cannot recover (Transparency Code 2015). */
  irrecoverableVatPence: NonNegativePenceCodec,
  /** When the contract is next to be reviewed (Transparency Code 2015: start, end and review dates). */
  reviewOn: BusinessDateCodec,
};

export const SignPartnershipAgreement = commandCodec(
  'SignPartnershipAgreement',
  commandData(
    {
      agreementId: IdCodec,
      kind: AgreementKindCodec,
      title: TextCodec,
      partnerId: IdCodec,
      partnerName: TextCodec,
      procurementId: IdCodec,
      lotId: IdCodec,
      ...termsRequired,
    },
    { minimumTermMonths: CountCodec, potentialAnnualValuePence: NonNegativePenceCodec, ...termsOptional },
  ),
);

/**
 * A tier-2 contract comes from a lot's award (`procurementId` + `lotId`), or, under the agreement,
 * from an approved module expansion (`expansionId`).
 */
export const SignServiceContract = commandCodec(
  'SignServiceContract',
  commandData(
    {
      contractId: IdCodec,
      title: TextCodec,
      services: t.array(TextCodec),
      supplierId: IdCodec,
      supplierName: TextCodec,
      deliveryModel: DeliveryModelCodec,
      ...termsRequired,
    },
    {
      agreementId: IdCodec,
      procurementId: IdCodec,
      lotId: IdCodec,
      expansionId: IdCodec,
      localities: t.array(TextCodec),
      thirdPartyProviderName: TextCodec,
      ...termsOptional,
      // PA 2023 s.52: the KPIs set before the contract is entered into, or why the duty does not apply.
      kpis: t.array(KpiAtSigningCodec),
      kpiDutyException: t.type({ ground: KpiDutyExceptionGroundCodec, reason: TextCodec }),
    },
  ),
);

export const signingCommands = [SignPartnershipAgreement, SignServiceContract] as const;
