import { emptyIdRecord, withId } from '../../shared/idRecord';
import { pick } from '../../shared/pick';
import { Evolution, patched } from '../phase/evolution';
import { ContractState } from '../state';
import { Term } from '../events/contractTerms';
import { termMonths } from '../rules/contractTerms';

/** A contract as signed: its terms, nothing yet mobilised, reported, claimed or ended. */
const newContract = (
  base: Pick<
    ContractState,
    | 'contractId'
    | 'tier'
    | 'title'
    | 'supplierId'
    | 'agreementId'
    | 'procurementId'
    | 'lotId'
    | 'expansionId'
    | 'deliveryModel'
    | 'potentialAnnualValuePence'
    | 'kpisRequired'
  >,
  terms: Omit<
    ContractState,
    | keyof typeof base
    | 'initialTermMonths'
    | 'extensionsExercised'
    | 'currentValuePence'
    | 'status'
    | 'mobilisedOn'
    | 'liveOn'
    | 'embeddedOn'
    | 'nextKpiAssessmentDueBy'
    | 'kpis'
    | 'returns'
    | 'reviews'
    | 'latestReviewId'
    | 'claims'
    | 'terminationNotice'
    | 'endedOn'
  > & { readonly initialTerm: Term },
): ContractState => ({
  ...base,
  initialTermMonths: termMonths(terms.initialTerm),
  // The signed event carries more than the terms (who signed, the award): only the terms are kept.
  ...pick(terms, [
    'regime',
    'lightTouch',
    'signedOn',
    'startsOn',
    'endsOn',
    'extensionOptions',
    'maximumTermMonths',
    'annualValuePence',
    'initialTermValuePence',
    'maximumValuePence',
    'annualTerminationClause',
    'openBook',
    'savingsSchedule',
    'fundingShares',
  ]),
  extensionsExercised: 0,
  currentValuePence: terms.initialTermValuePence,
  status: 'signed',
  mobilisedOn: null,
  liveOn: null,
  embeddedOn: null,
  nextKpiAssessmentDueBy: null,
  kpis: emptyIdRecord(),
  returns: emptyIdRecord(),
  reviews: emptyIdRecord(),
  latestReviewId: null,
  claims: emptyIdRecord(),
  terminationNotice: null,
  endedOn: null,
});

export const signingEvolution: Evolution<'PartnershipAgreementSigned' | 'ServiceContractSigned'> = {
  PartnershipAgreementSigned: (state, { data }) => {
    const contract = newContract(
      {
        contractId: data.agreementId,
        tier: 1,
        title: data.title,
        supplierId: data.partnerId,
        agreementId: null,
        procurementId: data.procurementId,
        lotId: data.lotId,
        expansionId: null,
        deliveryModel: null,
        potentialAnnualValuePence: data.potentialAnnualValuePence,
        kpisRequired: false,
      },
      data,
    );
    return {
      ...state,
      agreementId: data.agreementId,
      contracts: withId(state.contracts, data.agreementId, contract),
    };
  },
  ServiceContractSigned: (state, { data }) => {
    const contract = newContract(
      {
        // A service contract's fields carry over under their own names; only an agreement has headroom.
        ...pick(data, [
          'contractId',
          'tier',
          'title',
          'supplierId',
          'agreementId',
          'procurementId',
          'lotId',
          'expansionId',
          'deliveryModel',
          'kpisRequired',
        ]),
        potentialAnnualValuePence: null,
      },
      data,
    );
    return {
      ...state,
      contracts: withId(state.contracts, data.contractId, contract),
      expansions:
        data.expansionId === null
          ? state.expansions
          : patched(state.expansions, data.expansionId, { contractId: data.contractId }),
    };
  },
};
