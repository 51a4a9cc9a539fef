import { PartnershipEvent } from '@council-partnerships/domain';

/** Either signing: the partnership agreement (tier 1) or a service contract under it (tier 2). */
export type Signing = Extract<
  PartnershipEvent,
  { type: 'PartnershipAgreementSigned' | 'ServiceContractSigned' }
>;

/** Who a signing binds and where the contract sits, the same for both tiers. */
export interface SignedContract {
  readonly contractId: string;
  readonly tier: 1 | 2;
  readonly title: string;
  /** The agreement a service contract sits under; null for the agreement itself. */
  readonly agreementId: string | null;
  /** The expansion a service contract came from, if any; null for the agreement. */
  readonly expansionId: string | null;
  readonly supplierId: string;
  readonly supplierName: string;
}

/**
 * The contract a signing makes. The agreement names its supplier the partner and is its own contract;
 * every read model reads the two signings through this one mapping.
 */
export const signedContract = (event: Signing): SignedContract =>
  event.type === 'PartnershipAgreementSigned'
    ? {
        contractId: event.data.agreementId,
        tier: 1,
        title: event.data.title,
        agreementId: null,
        expansionId: null,
        supplierId: event.data.partnerId,
        supplierName: event.data.partnerName,
      }
    : {
        contractId: event.data.contractId,
        tier: 2,
        title: event.data.title,
        agreementId: event.data.agreementId,
        expansionId: event.data.expansionId,
        supplierId: event.data.supplierId,
        supplierName: event.data.supplierName,
      };
