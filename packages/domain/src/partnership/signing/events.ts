import * as t from 'io-ts';
import { defineEvent, olderVersion } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import { AgreementKindCodec, CountCodec, DeliveryModelCodec, IdCodec, nullable, TextCodec } from '../codecs';
import { contractTermsProps, contractTermsV3Props, countedContractTermsProps } from '../events/contractTerms';
import { listCountedOptions } from '../rules/contractTerms';
import { partnershipData } from '../events/shape';
import { SupplierDetailsCodec } from '../events/supplier';

/**
 * Facts recorded on signing since schema version 2 (all optional, so version 1 reads as "not
 * recorded"): the supplier's registrations and status, the VAT the council cannot recover
 * (Transparency Code 2015, contracts over £5,000), and the date the contract is next to be reviewed.
 */
const signingFactsProps = {
  supplierDetails: nullable(SupplierDetailsCodec),
  irrecoverableVatPence: nullable(NonNegativePenceCodec),
  reviewOn: nullable(BusinessDateCodec),
};
const notRecorded = { supplierDetails: null, irrecoverableVatPence: null, reviewOn: null } as const;

const partnershipAgreementV1Props = {
  agreementId: IdCodec,
  tier: t.literal(1),
  kind: AgreementKindCodec,
  title: TextCodec,
  partnerId: IdCodec,
  partnerName: TextCodec,
  procurementId: nullable(IdCodec),
  lotId: nullable(IdCodec),
  minimumTermMonths: nullable(CountCodec),
  potentialAnnualValuePence: nullable(NonNegativePenceCodec),
  ...countedContractTermsProps,
};
/** `PartnershipAgreementSigned` as stored before schema version 2. */
export const PartnershipAgreementSignedV1 = partnershipData(partnershipAgreementV1Props);

const serviceContractV1Props = {
  contractId: IdCodec,
  tier: t.literal(2),
  title: TextCodec,
  agreementId: nullable(IdCodec),
  procurementId: nullable(IdCodec),
  lotId: nullable(IdCodec),
  expansionId: nullable(IdCodec),
  services: t.array(TextCodec),
  localities: t.array(TextCodec),
  supplierId: IdCodec,
  supplierName: TextCodec,
  deliveryModel: DeliveryModelCodec,
  thirdPartyProviderName: nullable(TextCodec),
  kpisRequired: t.boolean,
  ...countedContractTermsProps,
};
/** `ServiceContractSigned` as stored before schema version 2. */
export const ServiceContractSignedV1 = partnershipData(serviceContractV1Props);

/** Versions 1 and 2 counted equal extension options; version 3 lists them, each with its own terms. */
export const PartnershipAgreementSignedV2 = partnershipData({
  ...partnershipAgreementV1Props,
  ...signingFactsProps,
});
export const ServiceContractSignedV2 = partnershipData({ ...serviceContractV1Props, ...signingFactsProps });

/** Version 3 stored savings from contract years only; version 4 also states them by financial year. */
export const PartnershipAgreementSignedV3 = partnershipData({
  ...partnershipAgreementV1Props,
  ...contractTermsV3Props,
  ...signingFactsProps,
});
export const ServiceContractSignedV3 = partnershipData({
  ...serviceContractV1Props,
  ...contractTermsV3Props,
  ...signingFactsProps,
});
// Every version 3 savings line is a version 4 line as it stands.
const unchanged = <D>(data: D): D => data;

const listedOptions = <D extends { extensionOptions: { count: number; lengthMonths: number } }>(
  data: D & { annualValuePence: number },
) => ({ ...data, extensionOptions: listCountedOptions(data.extensionOptions, data.annualValuePence) });

/**
 * Tier 1: the overarching partnership (or collaboration) agreement is signed. Its annual value may be
 * nil (a collaboration agreement costs nothing); `potentialAnnualValuePence` is the scope advertised
 * for later modules (e.g. up to £2.8m a year), the headroom an expansion may use.
 */
export const PartnershipAgreementSigned = defineEvent(
  'PartnershipAgreementSigned',
  partnershipData({ ...partnershipAgreementV1Props, ...contractTermsProps, ...signingFactsProps }),
  {
    schemaVersion: 4,
    olderVersions: {
      1: olderVersion(PartnershipAgreementSignedV1, (v1) => ({ ...v1, ...notRecorded })),
      2: olderVersion(PartnershipAgreementSignedV2, listedOptions),
      3: olderVersion(PartnershipAgreementSignedV3, unchanged),
    },
  },
);

/**
 * Tier 2: a service contract (a module) is signed, under the partnership agreement or on its own
 * from a lot's award, or from an approved module expansion.
 */
export const ServiceContractSigned = defineEvent(
  'ServiceContractSigned',
  partnershipData({ ...serviceContractV1Props, ...contractTermsProps, ...signingFactsProps }),
  {
    schemaVersion: 4,
    olderVersions: {
      1: olderVersion(ServiceContractSignedV1, (v1) => ({ ...v1, ...notRecorded })),
      2: olderVersion(ServiceContractSignedV2, listedOptions),
      3: olderVersion(ServiceContractSignedV3, unchanged),
    },
  },
);

export const signingEvents = [PartnershipAgreementSigned, ServiceContractSigned] as const;
