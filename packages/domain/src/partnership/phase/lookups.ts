import { chain, Either, filterOrElse, fromNullable, left } from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { PartnershipError, refuse } from '../errors';
import { ContractState, ExpansionState, isActive, PartnershipState, ProcurementState } from '../state';
import { IdRecord, own } from '../../shared/idRecord';
import { Decision, field, notBefore } from './decision';

/** The entry recorded under this id, or the refusal saying none was. */
const foundIn = <T>(
  record: IdRecord<T>,
  id: string,
  refusal: PartnershipError,
): Either<PartnershipError, T> => pipe(own(record, id), fromNullable(refusal));

/** What most commands act on, found by the id the command names, or the refusal that names it. */
type Lookup<T> = (state: PartnershipState, id: string) => Either<PartnershipError, T>;

export const findProcurement: Lookup<ProcurementState> = (state, procurementId) => {
  const known = Object.keys(state.procurements);
  return foundIn(
    state.procurements,
    procurementId,
    refuse(
      'UnknownProcurement',
      `no procurement ${procurementId} has been launched in this partnership` +
        (known.length > 0 ? ` (known: ${known.join(', ')})` : ''),
      field('procurementId'),
    ),
  );
};

/** A procurement still running: launched, not cancelled. */
export const openProcurement: Lookup<ProcurementState> = (state, procurementId) =>
  pipe(
    findProcurement(state, procurementId),
    filterOrElse(
      (procurement) => procurement.cancelledOn === null,
      (procurement) =>
        refuse(
          'ProcurementClosed',
          `procurement ${procurementId} was cancelled on ${procurement.cancelledOn}; launch a new procurement`,
          field('procurementId'),
        ),
    ),
  );

export const findContract: Lookup<ContractState> = (state, contractId) =>
  foundIn(
    state.contracts,
    contractId,
    refuse(
      'UnknownContract',
      `no contract ${contractId} has been signed in this partnership`,
      field('contractId'),
    ),
  );

/** A contract still in force. */
export const activeContract: Lookup<ContractState> = (state, contractId) =>
  pipe(
    findContract(state, contractId),
    filterOrElse(isActive, (contract) =>
      refuse(
        'ContractNotActive',
        `contract ${contractId} ${contract.status} on ${contract.endedOn ?? 'an earlier date'}; nothing more can be done under it`,
        field('contractId'),
        { status: contract.status },
      ),
    ),
  );

/** Decides on the entry recorded under this id; otherwise the refusal saying none was. */
export const withRecorded = <T>(
  record: IdRecord<T>,
  id: string,
  refusal: PartnershipError,
  decide: (found: T) => Decision,
): Decision => pipe(foundIn(record, id, refusal), chain(decide));

/** Decides on what is found under an id; otherwise the refusal naming why nothing fit was found. */
type DecidingOn<T> = (state: PartnershipState, id: string, decide: (found: T) => Decision) => Decision;

/** Decides on a procurement still running; otherwise the refusal naming why it is not. */
export const withOpenProcurement: DecidingOn<ProcurementState> = (state, procurementId, decide) =>
  pipe(openProcurement(state, procurementId), chain(decide));

/** Decides on a contract signed in this partnership, whether or not it is still in force. */
export const withSignedContract: DecidingOn<ContractState> = (state, contractId, decide) =>
  pipe(findContract(state, contractId), chain(decide));

/** Decides on a contract still in force; otherwise the refusal naming why it is not. */
export const withActiveContract: DecidingOn<ContractState> = (state, contractId, decide) =>
  pipe(activeContract(state, contractId), chain(decide));

/** A lot the procurement does not have. */
export const unknownLot = (
  procurement: ProcurementState,
  lotId: string,
  path: readonly string[],
): PartnershipError | undefined =>
  own(procurement.lots, lotId) === undefined
    ? refuse('UnknownLot', `procurement ${procurement.procurementId} has no lot ${lotId}`, path)
    : undefined;

/** The first of the lots named that the procurement does not have, refused at its place in the list. */
export const firstUnknownLot = (
  procurement: ProcurementState,
  lotIds: readonly string[],
  path: readonly string[],
): PartnershipError | undefined => {
  const at = lotIds.findIndex((id) => own(procurement.lots, id) === undefined);
  return at < 0 ? undefined : unknownLot(procurement, lotIds[at]!, [...path, String(at)]);
};

/** A module expansion proposed in this partnership. */
export const findExpansion: Lookup<ExpansionState> = (state, expansionId) =>
  foundIn(
    state.expansions,
    expansionId,
    refuse('UnknownExpansion', `no module expansion ${expansionId} has been proposed`, field('expansionId')),
  );

/**
 * Decides on the partnership agreement (tier 1) of that id while it is in force; otherwise refuses,
 * saying what is done only under such an agreement ("design briefs are issued").
 */
export const withAgreementInForce = (
  state: PartnershipState,
  agreementId: string,
  doneUnderIt: string,
  decide: (agreement: ContractState) => Decision,
): Decision => {
  const agreement = own(state.contracts, agreementId);
  return agreement !== undefined && agreement.tier === 1 && isActive(agreement)
    ? decide(agreement)
    : left(
        refuse(
          'NoAgreement',
          `${doneUnderIt} under a partnership agreement in force; ${agreementId} is not one`,
          field('agreementId'),
        ),
      );
};

/** A step under an agreement cannot come before the agreement was signed. */
export const notBeforeSigning = (
  agreement: ContractState,
  date: string,
  at: string,
  what: string,
): PartnershipError | undefined =>
  notBefore(date, agreement.signedOn, field(at), what, 'the agreement was signed');
