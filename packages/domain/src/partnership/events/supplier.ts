import * as t from 'io-ts';
import { nullable, TextCodec } from '../codecs';
import { literals } from '../../shared/literals';

/**
 * Registers a supplier can be identified in, as org-id.guide lists them (the schemes Find a Tender
 * and OCDS use): Companies House, the Charity Commission for England and Wales, the Scottish and
 * Northern Irish charity regulators, the Mutuals Public Register, and the Public Procurement
 * Organisation Number the central digital platform issues.
 */
export const SUPPLIER_IDENTIFIER_SCHEMES = [
  'GB-COH',
  'GB-CHC',
  'GB-SC',
  'GB-NIC',
  'GB-MPR',
  'GB-PPON',
] as const;
export const SupplierIdentifierSchemeCodec = literals(
  SUPPLIER_IDENTIFIER_SCHEMES,
  'SupplierIdentifierScheme',
);
export type SupplierIdentifierScheme = t.TypeOf<typeof SupplierIdentifierSchemeCodec>;

/** One registration: `GB-COH` 00061625 is a company number, `GB-CHC` 216250 a charity number. */
export const SupplierIdentifierCodec = t.type(
  { scheme: SupplierIdentifierSchemeCodec, id: TextCodec },
  'SupplierIdentifier',
);
export type SupplierIdentifier = t.TypeOf<typeof SupplierIdentifierCodec>;

export const PostalAddressCodec = t.type(
  {
    streetAddress: nullable(TextCodec),
    locality: nullable(TextCodec),
    region: nullable(TextCodec),
    postalCode: nullable(TextCodec),
    countryName: TextCodec,
  },
  'PostalAddress',
);
export type PostalAddress = t.TypeOf<typeof PostalAddressCodec>;

/**
 * What a council records about the supplier it contracts with, for the Transparency Code register
 * (registration number, SME, VCSE) and the Procurement Act notices (the UK extension's `vcse`,
 * `scale` and public service mutual status). The first identifier is the supplier's main one; a
 * `null` flag is a fact not known, which the publications report by name rather than leave blank.
 */
export const SupplierDetailsCodec = t.type(
  {
    identifiers: t.array(SupplierIdentifierCodec),
    sme: nullable(t.boolean),
    vcse: nullable(t.boolean),
    publicServiceMutual: nullable(t.boolean),
    address: nullable(PostalAddressCodec),
  },
  'SupplierDetails',
);
export type SupplierDetails = t.TypeOf<typeof SupplierDetailsCodec>;
