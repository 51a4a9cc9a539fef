import * as t from 'io-ts';
import {
  Actor,
  contractTermsProps,
  EventStore,
  NewEvent,
  PartnershipEvent,
  partnershipEventRegistry,
  partnershipStreamId,
  RecordedEvent,
} from '@council-partnerships/domain';
import { testEventId } from '@council-partnerships/testing';

/**
 * Appends catalogue events straight to a store, encoded by the partnership registry. For unit
 * specifications of the read models, which are about folding recorded facts; the acceptance
 * figures are driven through the partnership command handler instead.
 */
export const appendFacts = async (
  store: EventStore,
  events: readonly PartnershipEvent[],
  meta: { occurredAt?: string; actor?: Actor; commandId?: string } = {},
): Promise<RecordedEvent[]> => {
  const recorded: RecordedEvent[] = [];
  for (const event of events) {
    const encoded = partnershipEventRegistry.encode(event);
    if (encoded._tag === 'Left') throw new Error(encoded.left.message);
    const commandId = meta.commandId ?? `cmd-${testEventId()}`;
    const newEvent: NewEvent = {
      ...encoded.right,
      eventId: testEventId(),
      occurredAt: meta.occurredAt ?? '2024-04-01T09:00:00.000+01:00',
      actor: meta.actor ?? { id: 'officer-1', role: 'commissioning-officer' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
    };
    const appended = await store.appendToStream(partnershipStreamId(event.data.partnershipId), [newEvent], {
      expectedVersion: 'any',
    });
    if (appended._tag === 'Left') throw new Error(appended.left.message);
    recorded.push(...appended.right.events);
  }
  return recorded;
};

/** A partnership conceived by Central Bedfordshire, with defaults a specification overrides. */
export const partnershipConceived = (
  partnershipId: string,
  overrides: Partial<Extract<PartnershipEvent, { type: 'PartnershipConceived' }>['data']> = {},
): PartnershipEvent => ({
  type: 'PartnershipConceived',
  data: {
    partnershipId,
    title: 'Family services',
    serviceArea: 'Early Help',
    description: null,
    leadCommissioner: { commissionerId: 'cbc', name: 'Central Bedfordshire Council' },
    conceivedOn: '2018-06-01',
    estimatedAnnualValuePence: null,
    intendedMinimumTermMonths: null,
    ...overrides,
  },
});

/** The terms every signed contract carries, with sensible defaults a specification overrides. */
type ContractTerms = { [K in keyof typeof contractTermsProps]: t.TypeOf<(typeof contractTermsProps)[K]> };

export const contractTerms = (overrides: Partial<ContractTerms> = {}): ContractTerms => ({
  regime: 'PCR2015' as const,
  lightTouch: false,
  signedOn: '2019-08-01',
  startsOn: '2019-09-01',
  initialTerm: { years: 5, months: 0 },
  endsOn: '2024-08-31',
  extensionOptions: [],
  maximumTermMonths: 60,
  annualTerminationClause: null,
  annualValuePence: 0,
  initialTermValuePence: 0,
  maximumValuePence: 0,
  openBook: null,
  savingsSchedule: [],
  fundingShares: [],
  ...overrides,
});

export const serviceContract = (
  partnershipId: string,
  contractId: string,
  overrides: Partial<Extract<PartnershipEvent, { type: 'ServiceContractSigned' }>['data']> = {},
): PartnershipEvent => ({
  type: 'ServiceContractSigned',
  data: {
    partnershipId,
    contractId,
    tier: 2,
    title: contractId,
    agreementId: null,
    procurementId: null,
    lotId: null,
    expansionId: null,
    services: ['family support'],
    localities: [],
    supplierId: 'supplier-1',
    supplierName: 'Family Partner Ltd',
    deliveryModel: 'partner',
    thirdPartyProviderName: null,
    kpisRequired: false,
    supplierDetails: null,
    irrecoverableVatPence: null,
    reviewOn: null,
    ...contractTerms(),
    ...overrides,
  },
});

type EventData<T extends PartnershipEvent['type']> = Extract<PartnershipEvent, { type: T }>['data'];

/** A partnership agreement (tier 1) with Partner CIC, with defaults a specification overrides. */
export const partnershipAgreement = (
  partnershipId: string,
  agreementId: string,
  overrides: Partial<EventData<'PartnershipAgreementSigned'>> = {},
): PartnershipEvent => ({
  type: 'PartnershipAgreementSigned',
  data: {
    partnershipId,
    agreementId,
    tier: 1,
    kind: 'partnership-agreement',
    title: 'Partnership agreement',
    partnerId: 'partner',
    partnerName: 'Partner CIC',
    procurementId: null,
    lotId: null,
    minimumTermMonths: 60,
    potentialAnnualValuePence: null,
    supplierDetails: null,
    irrecoverableVatPence: null,
    reviewOn: null,
    ...contractTerms(),
    ...overrides,
  },
});

/** A quarterly KPI measured in basis points, higher is better, defined on a contract's first day. */
export const kpiDefined = (
  partnershipId: string,
  contractId: string,
  kpiId: string,
  overrides: Partial<EventData<'KpiDefined'>> = {},
): PartnershipEvent => ({
  type: 'KpiDefined',
  data: {
    partnershipId,
    contractId,
    kpiId,
    name: kpiId,
    unit: 'bps',
    target: 8000,
    direction: 'higher-is-better',
    tolerance: { greenWithinBps: 500, amberWithinBps: 1500 },
    frequency: 'quarterly',
    outcomeId: null,
    definedOn: '2022-04-01',
    ...overrides,
  },
});

/** A KPI's definition corrected by a contract manager: the terms as they were and as they should be. */
export const kpiDefinitionCorrected = (
  partnershipId: string,
  contractId: string,
  kpiId: string,
  correction: Pick<
    EventData<'KpiDefinitionCorrected'>,
    'correctionId' | 'correctedOn' | 'reason' | 'previous' | 'corrected'
  >,
): PartnershipEvent => ({
  type: 'KpiDefinitionCorrected',
  data: {
    partnershipId,
    contractId,
    kpiId,
    correctedBy: { id: 'cm-1', role: 'contract-manager' },
    ...correction,
  },
});
