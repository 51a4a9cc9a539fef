import { isReadBy } from '../readers';
import { own, PartnershipEvent, pick } from '@council-partnerships/domain';
import { Projection } from '../projection';
import { PartnershipLogged, definePerPartnershipProjection } from '../partnershipEvents';
import { signedContract } from '../signedContract';
import { ContractValueProjectionState, PartnershipValueState, PartnershipValueStateCodec } from './state';
import { financialYearLabel } from './schedule';
import { correctDates, emptyPartnershipValue, noVerifiedClaims, signed } from './records';

/** Applies one event to a partnership's value record, in place (see `PerPartnership`). */
const change = (p: PartnershipValueState, event: PartnershipLogged): void => {
  if (!isReadBy('contract-value', event)) return;
  switch (event.type) {
    case 'PartnershipConceived':
      p.title = event.data.title;
      p.estimatedAnnualValuePence = event.data.estimatedAnnualValuePence;
      return;
    case 'CommissionerJoined':
      p.commissioners.push({ commissionerId: event.data.commissionerId, name: event.data.name });
      return;
    case 'FundingSourceRecorded':
      p.fundingSources.push(pick(event.data, ['fundingSourceId', 'name', 'kind', 'annualAmountPence']));
      return;
    case 'ProcurementLaunched':
      p.procurements[event.data.procurementId] = {
        ...pick(event.data, [
          'procurementId',
          'title',
          'procedure',
          'regime',
          'estimatedAnnualValuePence',
          'maximumTermMonths',
          'estimatedTotalValuePence',
        ]),
        lots: event.data.lots.map((lot) => ({
          ...pick(lot, ['lotId', 'title', 'annualBudgetPence']),
          services: lot.services.map((s) => pick(s, ['name', 'annualBudgetPence'])),
        })),
        awards: [],
        cancelled: false,
      };
      return;
    case 'AwardDecisionMade': {
      const procurement = own(p.procurements, event.data.procurementId);
      if (procurement === undefined) return;
      procurement.awards = procurement.awards.filter((a) => a.lotId !== event.data.lotId);
      procurement.awards.push(
        pick(event.data, ['lotId', 'supplierId', 'supplierName', 'annualValuePence', 'totalValuePence']),
      );
      return;
    }
    case 'ProcurementCancelled': {
      const procurement = own(p.procurements, event.data.procurementId);
      if (procurement !== undefined) procurement.cancelled = true;
      return;
    }
    case 'PartnershipAgreementSigned':
    case 'ServiceContractSigned': {
      const contract = signedContract(event);
      p.contracts[contract.contractId] = {
        ...contract,
        potentialAnnualValuePence:
          event.type === 'PartnershipAgreementSigned' ? event.data.potentialAnnualValuePence : null,
        ...signed(event.data),
      };
      return;
    }
    case 'ContractDatesCorrected': {
      // Entered wrongly: the schedule, the running value, the term's value and every date move.
      const c = own(p.contracts, event.data.contractId);
      if (c !== undefined) correctDates(c, event.data);
      return;
    }
    case 'ExtensionOptionExercised': {
      const c = own(p.contracts, event.data.contractId);
      if (c === undefined) return;
      c.endsOn = event.data.newEndsOn;
      c.extensionsExercised.push(
        pick(event.data, ['optionNumber', 'lengthMonths', 'exercisedOn', 'newEndsOn']),
      );
      for (const extended of event.data.modules) {
        const module = own(p.contracts, extended.contractId);
        if (module === undefined) continue;
        module.endsOn = extended.newEndsOn;
        module.extendedWithAgreement.push({
          agreementId: event.data.contractId,
          ...pick(event.data, ['optionNumber', 'exercisedOn']),
          ...pick(extended, ['previousEndsOn', 'newEndsOn', 'valuePence']),
        });
      }
      return;
    }
    case 'ContractModified': {
      const c = own(p.contracts, event.data.contractId);
      if (c === undefined) return;
      c.endsOn = event.data.newEndsOn;
      c.currentAnnualValuePence = event.data.newAnnualValuePence ?? c.currentAnnualValuePence;
      c.modifications.push(
        pick(event.data, [
          'modificationId',
          'agreedOn',
          'termChangeMonths',
          'previousEndsOn',
          'newEndsOn',
          'valueChangePence',
          'newAnnualValuePence',
        ]),
      );
      return;
    }
    case 'ContractExpired':
    case 'ContractTerminated': {
      const c = own(p.contracts, event.data.contractId);
      if (c === undefined) return;
      c.ended =
        event.type === 'ContractExpired'
          ? { on: event.data.expiredOn, how: 'expired' }
          : { on: event.data.terminatedOn, how: 'terminated' };
      return;
    }
    case 'ModuleExpansionProposed':
      p.expansions[event.data.expansionId] = {
        ...pick(event.data, ['expansionId', 'agreementId', 'title', 'annualValuePence']),
        status: 'proposed',
        decidedOn: null,
        scopeAnnualValueAfterPence: null,
      };
      return;
    case 'ModuleExpansionApproved':
    case 'ModuleExpansionRejected': {
      const expansion = own(p.expansions, event.data.expansionId);
      if (expansion === undefined) return;
      if (event.type === 'ModuleExpansionApproved') {
        expansion.status = 'approved';
        expansion.decidedOn = event.data.approvedOn;
        expansion.scopeAnnualValueAfterPence = event.data.scopeAnnualValueAfterPence;
      } else {
        expansion.status = 'rejected';
        expansion.decidedOn = event.data.rejectedOn;
      }
      return;
    }
    case 'ExpenditureClaimed': {
      const c = own(p.contracts, event.data.contractId);
      if (c === undefined) return;
      // Written out rather than picked: a claim a month for every contract.
      c.pendingClaims[event.data.claimId] = {
        claimId: event.data.claimId,
        periodStart: event.data.periodStart,
        periodEnd: event.data.periodEnd,
        claimedOn: event.data.claimedOn,
        claimedPence: event.data.claimedPence,
      };
      return;
    }
    case 'ExpenditureClaimCorrected': {
      const claim = own(p.contracts, event.data.contractId)?.pendingClaims;
      const pending = claim === undefined ? undefined : own(claim, event.data.claimId);
      if (pending !== undefined) pending.claimedPence = event.data.claimedPence;
      return;
    }
    case 'ExpenditureVerified': {
      const c = own(p.contracts, event.data.contractId);
      const claim = c === undefined ? undefined : own(c.pendingClaims, event.data.claimId);
      if (c === undefined || claim === undefined) return;
      delete c.pendingClaims[claim.claimId];
      const year = financialYearLabel(claim.periodStart);
      let totals = own(c.verifiedByYear, year);
      if (totals === undefined) c.verifiedByYear[year] = totals = { ...noVerifiedClaims };
      totals.claims += 1;
      totals.claimedPence += claim.claimedPence;
      totals.verifiedPence += event.data.verifiedPence;
      totals.disallowedPence += event.data.disallowedPence;
      totals.marginPence += event.data.marginPence;
      totals.payablePence += event.data.payablePence;
      return;
    }
    case 'ExternalFundingSecured':
      p.externalFunding.push(pick(event.data, ['fundingId', 'funder', 'amountPence', 'securedOn']));
      return;
  }
};

/**
 * Contract value: the facts about money of every partnership (advertised values, lots, awards,
 * contract terms, extensions, modifications, expansions, open-book claims). The figures themselves
 * (annual, initial term, maximum, per financial year, shares) are worked out by `contractValueOf`.
 */
export const contractValueProjection: Projection<ContractValueProjectionState, PartnershipEvent> =
  definePerPartnershipProjection({
    name: 'contract-value',
    // 2: verified claims are kept as totals per financial year.
    // 3: extension options listed with their values; modules extended by the agreement's options;
    // corrected claims.
    // 4: a correction of the dates that lengthens or shortens the term reprices the initial term.
    version: 4,
    empty: emptyPartnershipValue,
    change,
    partnershipCodec: PartnershipValueStateCodec,
  });
