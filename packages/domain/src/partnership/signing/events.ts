import * as t from 'io-ts';
import { defineEvent, olderVersion } from '../../events/defineEvent';
import { BusinessDateCodec } from '../dates';
import { NonNegativePenceCodec } from '../../money';
import { AgreementKindCodec, CountCodec, DeliveryModelCodec, IdCodec, nullable, TextCodec } from '../codecs';
import { contractTermsProps, contractTermsV3Props, countedContractTermsProps } from '../events/contractTerms';
import { listCountedOptions } from '../rules/contractTerms';
import { partnershipData } from '../events/shape';
import { SupplierDetailsCodec } from '../events/supplier';
import { shareApprovalsRecordedCodec } from '../policy/shareApprovalCodec';

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

const partnershipAgreementProps = {
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
};

const serviceContractProps = {
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
};

// Every version 3 savings line is a version 4 line as it stands.
const unchanged = <D>(data: D): D => data;

const listedOptions = <D extends { extensionOptions: { count: number; lengthMonths: number } }>(
  data: D & { annualValuePence: number },
) => ({ ...data, extensionOptions: listCountedOptions(data.extensionOptions, data.annualValuePence) });

/**
 * A signing event's data as stored at each schema version, from the fields of its tier (agreement or
 * service contract) that every version holds: version 2 added the signing facts; versions 1 and 2
 * counted equal extension options, version 3 lists them, each with its own terms; version 3 stored
 * savings from contract years only, version 4 also states them by financial year. Version 4 may
 * also record the share approvals checked at signing (optional, so earlier version 4 rows read and
 * write exactly as stored).
 */
const signingVersions = <P extends t.Props>(tierProps: P) => ({
  v1: partnershipData({ ...tierProps, ...countedContractTermsProps }),
  v2: partnershipData({ ...tierProps, ...countedContractTermsProps, ...signingFactsProps }),
  v3: partnershipData({ ...tierProps, ...contractTermsV3Props, ...signingFactsProps }),
  v4: t.intersection([
    partnershipData({ ...tierProps, ...contractTermsProps, ...signingFactsProps }),
    shareApprovalsRecordedCodec,
  ]),
});

/** A signing event at schema version 4, reading every older version of it. */
const signingEvent = <Type extends string, P extends t.Props>(type: Type, tierProps: P) => {
  const { v1, v2, v3, v4 } = signingVersions(tierProps);
  return defineEvent(type, v4, {
    schemaVersion: 4,
    olderVersions: {
      1: olderVersion(v1, (data) => ({ ...data, ...notRecorded })),
      2: olderVersion(v2, listedOptions),
      3: olderVersion(v3, unchanged),
    },
  });
};

/** `PartnershipAgreementSigned` as stored before schema versions 2, 3 and 4. */
export const {
  v1: PartnershipAgreementSignedV1,
  v2: PartnershipAgreementSignedV2,
  v3: PartnershipAgreementSignedV3,
} = signingVersions(partnershipAgreementProps);

/** `ServiceContractSigned` as stored before schema versions 2, 3 and 4. */
export const {
  v1: ServiceContractSignedV1,
  v2: ServiceContractSignedV2,
  v3: ServiceContractSignedV3,
} = signingVersions(serviceContractProps);

/**
 * Tier 1: the overarching partnership (or collaboration) agreement is signed. Its annual value may be
 * nil (a collaboration agreement costs nothing); `potentialAnnualValuePence` is the scope advertised
 * for later modules (e.g. up to £2.8m a year), the headroom an expansion may use.
 */
export const PartnershipAgreementSigned = signingEvent(
  'PartnershipAgreementSigned',
  partnershipAgreementProps,
);

/**
 * Tier 2: a service contract (a module) is signed, under the partnership agreement or on its own
 * from a lot's award, or from an approved module expansion.
 */
export const ServiceContractSigned = signingEvent('ServiceContractSigned', serviceContractProps);

export const signingEvents = [PartnershipAgreementSigned, ServiceContractSigned] as const;
