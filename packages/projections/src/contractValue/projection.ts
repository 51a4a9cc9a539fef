import { partnershipEventRegistry, PartnershipEvent } from '@council-partnerships/domain';
import { defineProjection } from '../projection';
import { PartnershipProjected, perPartnership, withEntry } from '../partnershipEvents';
import { jsonStateCodec } from '../stateCodecs';
import {
  ContractValueProjectionState,
  ContractValueProjectionStateCodec,
  ContractValueState,
  PartnershipValueState,
  VerifiedYearState,
} from './state';
import { financialYearLabel } from './schedule';

const emptyPartnership = (partnershipId: string): PartnershipValueState => ({
  partnershipId,
  title: partnershipId,
  estimatedAnnualValuePence: null,
  commissioners: [],
  fundingSources: [],
  procurements: {},
  contracts: {},
  expansions: {},
  externalFunding: [],
});

const noVerifiedClaims: VerifiedYearState = {
  claims: 0,
  claimedPence: 0,
  verifiedPence: 0,
  disallowedPence: 0,
  marginPence: 0,
  payablePence: 0,
};

type Data<T extends PartnershipEvent['type']> = Extract<PartnershipEvent, { type: T }>['data'];

const signed = (
  data: Data<'PartnershipAgreementSigned'> | Data<'ServiceContractSigned'>,
): Omit<
  ContractValueState,
  | 'contractId'
  | 'tier'
  | 'title'
  | 'agreementId'
  | 'expansionId'
  | 'supplierId'
  | 'supplierName'
  | 'potentialAnnualValuePence'
> => ({
  procurementId: data.procurementId,
  lotId: data.lotId,
  signedOn: data.signedOn,
  startsOn: data.startsOn,
  initialTermMonths: data.initialTerm.years * 12 + data.initialTerm.months,
  initialEndsOn: data.endsOn,
  endsOn: data.endsOn,
  extensionOptionCount: data.extensionOptions.count,
  extensionOptionMonths: data.extensionOptions.lengthMonths,
  maximumTermMonths: data.maximumTermMonths,
  annualValuePence: data.annualValuePence,
  currentAnnualValuePence: data.annualValuePence,
  recordedInitialTermValuePence: data.initialTermValuePence,
  recordedMaximumValuePence: data.maximumValuePence,
  savings: data.savingsSchedule.map((line) => ({ ...line })),
  fundingShares: data.fundingShares.map((share) => ({ ...share })),
  openBook: data.openBook === null ? null : { ...data.openBook },
  extensionsExercised: [],
  modifications: [],
  ended: null,
  pendingClaims: {},
  verifiedByYear: {},
});

/** The change one event makes to its partnership's value record, or the record unchanged. */
const applyToPartnership = (p: PartnershipValueState, event: PartnershipProjected): PartnershipValueState => {
  const contract = (contractId: string, change: (c: ContractValueState) => ContractValueState) => {
    const current = p.contracts[contractId];
    return current === undefined
      ? p
      : { ...p, contracts: withEntry(p.contracts, contractId, change(current)) };
  };
  switch (event.type) {
    case 'PartnershipConceived':
      return {
        ...p,
        title: event.data.title,
        estimatedAnnualValuePence: event.data.estimatedAnnualValuePence,
      };
    case 'CommissionerJoined':
      return {
        ...p,
        commissioners: [
          ...p.commissioners,
          { commissionerId: event.data.commissionerId, name: event.data.name },
        ],
      };
    case 'FundingSourceRecorded':
      return {
        ...p,
        fundingSources: [
          ...p.fundingSources,
          {
            fundingSourceId: event.data.fundingSourceId,
            name: event.data.name,
            kind: event.data.kind,
            annualAmountPence: event.data.annualAmountPence,
          },
        ],
      };
    case 'ProcurementLaunched':
      return {
        ...p,
        procurements: withEntry(p.procurements, event.data.procurementId, {
          procurementId: event.data.procurementId,
          title: event.data.title,
          procedure: event.data.procedure,
          regime: event.data.regime,
          estimatedAnnualValuePence: event.data.estimatedAnnualValuePence,
          maximumTermMonths: event.data.maximumTermMonths,
          estimatedTotalValuePence: event.data.estimatedTotalValuePence,
          lots: event.data.lots.map((lot) => ({
            lotId: lot.lotId,
            title: lot.title,
            annualBudgetPence: lot.annualBudgetPence,
            services: lot.services.map((s) => ({ name: s.name, annualBudgetPence: s.annualBudgetPence })),
          })),
          awards: [],
          cancelled: false,
        }),
      };
    case 'AwardDecisionMade': {
      const procurement = p.procurements[event.data.procurementId];
      if (procurement === undefined) return p;
      const award = {
        lotId: event.data.lotId,
        supplierId: event.data.supplierId,
        supplierName: event.data.supplierName,
        annualValuePence: event.data.annualValuePence,
        totalValuePence: event.data.totalValuePence,
      };
      return {
        ...p,
        procurements: withEntry(p.procurements, procurement.procurementId, {
          ...procurement,
          awards: [...procurement.awards.filter((a) => a.lotId !== award.lotId), award],
        }),
      };
    }
    case 'ProcurementCancelled': {
      const procurement = p.procurements[event.data.procurementId];
      return procurement === undefined
        ? p
        : {
            ...p,
            procurements: withEntry(p.procurements, procurement.procurementId, {
              ...procurement,
              cancelled: true,
            }),
          };
    }
    case 'PartnershipAgreementSigned':
      return {
        ...p,
        contracts: withEntry(p.contracts, event.data.agreementId, {
          contractId: event.data.agreementId,
          tier: 1,
          title: event.data.title,
          agreementId: null,
          expansionId: null,
          supplierId: event.data.partnerId,
          supplierName: event.data.partnerName,
          potentialAnnualValuePence: event.data.potentialAnnualValuePence,
          ...signed(event.data),
        }),
      };
    case 'ServiceContractSigned':
      return {
        ...p,
        contracts: withEntry(p.contracts, event.data.contractId, {
          contractId: event.data.contractId,
          tier: 2,
          title: event.data.title,
          agreementId: event.data.agreementId,
          expansionId: event.data.expansionId,
          supplierId: event.data.supplierId,
          supplierName: event.data.supplierName,
          potentialAnnualValuePence: null,
          ...signed(event.data),
        }),
      };
    case 'ExtensionOptionExercised':
      return contract(event.data.contractId, (c) => ({
        ...c,
        endsOn: event.data.newEndsOn,
        extensionsExercised: [
          ...c.extensionsExercised,
          {
            optionNumber: event.data.optionNumber,
            lengthMonths: event.data.lengthMonths,
            exercisedOn: event.data.exercisedOn,
            newEndsOn: event.data.newEndsOn,
          },
        ],
      }));
    case 'ContractModified':
      return contract(event.data.contractId, (c) => ({
        ...c,
        endsOn: event.data.newEndsOn,
        currentAnnualValuePence: event.data.newAnnualValuePence ?? c.currentAnnualValuePence,
        modifications: [
          ...c.modifications,
          {
            modificationId: event.data.modificationId,
            agreedOn: event.data.agreedOn,
            termChangeMonths: event.data.termChangeMonths,
            previousEndsOn: event.data.previousEndsOn,
            newEndsOn: event.data.newEndsOn,
            valueChangePence: event.data.valueChangePence,
            newAnnualValuePence: event.data.newAnnualValuePence,
          },
        ],
      }));
    case 'ContractExpired':
      return contract(event.data.contractId, (c) => ({
        ...c,
        ended: { on: event.data.expiredOn, how: 'expired' },
      }));
    case 'ContractTerminated':
      return contract(event.data.contractId, (c) => ({
        ...c,
        ended: { on: event.data.terminatedOn, how: 'terminated' },
      }));
    case 'ModuleExpansionProposed':
      return {
        ...p,
        expansions: withEntry(p.expansions, event.data.expansionId, {
          expansionId: event.data.expansionId,
          agreementId: event.data.agreementId,
          title: event.data.title,
          annualValuePence: event.data.annualValuePence,
          status: 'proposed',
          decidedOn: null,
          scopeAnnualValueAfterPence: null,
        }),
      };
    case 'ModuleExpansionApproved':
    case 'ModuleExpansionRejected': {
      const expansion = p.expansions[event.data.expansionId];
      if (expansion === undefined) return p;
      const decided =
        event.type === 'ModuleExpansionApproved'
          ? {
              status: 'approved' as const,
              decidedOn: event.data.approvedOn,
              scopeAnnualValueAfterPence: event.data.scopeAnnualValueAfterPence,
            }
          : { status: 'rejected' as const, decidedOn: event.data.rejectedOn };
      return {
        ...p,
        expansions: withEntry(p.expansions, expansion.expansionId, { ...expansion, ...decided }),
      };
    }
    case 'ExpenditureClaimed':
      return contract(event.data.contractId, (c) => ({
        ...c,
        pendingClaims: withEntry(c.pendingClaims, event.data.claimId, {
          claimId: event.data.claimId,
          periodStart: event.data.periodStart,
          periodEnd: event.data.periodEnd,
          claimedOn: event.data.claimedOn,
          claimedPence: event.data.claimedPence,
        }),
      }));
    case 'ExpenditureVerified':
      return contract(event.data.contractId, (c) => {
        const claim = c.pendingClaims[event.data.claimId];
        if (claim === undefined) return c;
        const { [claim.claimId]: _verified, ...pendingClaims } = c.pendingClaims;
        const year = financialYearLabel(claim.periodStart);
        const before = c.verifiedByYear[year] ?? noVerifiedClaims;
        return {
          ...c,
          pendingClaims,
          verifiedByYear: withEntry(c.verifiedByYear, year, {
            claims: before.claims + 1,
            claimedPence: before.claimedPence + claim.claimedPence,
            verifiedPence: before.verifiedPence + event.data.verifiedPence,
            disallowedPence: before.disallowedPence + event.data.disallowedPence,
            marginPence: before.marginPence + event.data.marginPence,
            payablePence: before.payablePence + event.data.payablePence,
          }),
        };
      });
    case 'ExternalFundingSecured':
      return {
        ...p,
        externalFunding: [
          ...p.externalFunding,
          {
            fundingId: event.data.fundingId,
            funder: event.data.funder,
            amountPence: event.data.amountPence,
            securedOn: event.data.securedOn,
          },
        ],
      };
    default:
      return p;
  }
};

/**
 * Contract value: the facts about money of every partnership (advertised values, lots, awards,
 * contract terms, extensions, modifications, expansions, open-book claims). The figures themselves
 * (annual, initial term, maximum, per financial year, shares) are worked out by `contractValueOf`.
 */
export const contractValueProjection = defineProjection<ContractValueProjectionState, PartnershipEvent>({
  name: 'contract-value',
  // 2: verified claims are kept as totals per financial year.
  version: 2,
  registry: partnershipEventRegistry,
  initial: () => ({ partnerships: {} }),
  ...perPartnership(emptyPartnership, applyToPartnership),
  stateCodec: jsonStateCodec(ContractValueProjectionStateCodec),
});
