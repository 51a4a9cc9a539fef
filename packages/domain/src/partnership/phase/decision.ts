import { Either, left, right } from 'fp-ts/Either';
import { PartnershipCommandOfType, PartnershipCommandType } from '../commands';
import { PartnershipError, PartnershipErrorCode, refuse } from '../errors';
import { PartnershipEvent, PartnershipEventOfType, PartnershipEventType } from '../events';
import { CouncilPolicy } from '../policy/councilPolicy';
import { ContractState, isActive, PartnershipState, ProcurementState } from '../state';
import { own } from '../../shared/idRecord';

export type Decision = Either<PartnershipError, readonly PartnershipEvent[]>;

export type Handler<T extends PartnershipCommandType> = (
  command: PartnershipCommandOfType<T>,
  state: PartnershipState,
  policy: CouncilPolicy,
) => Decision;

export type Handlers<T extends PartnershipCommandType> = { readonly [K in T]: Handler<K> };

/** Builds one event, typed by its name. */
export const event = <T extends PartnershipEventType>(
  type: T,
  data: PartnershipEventOfType<T>['data'],
): PartnershipEvent => ({ type, data }) as PartnershipEvent;

export const ok = (...events: PartnershipEvent[]): Decision => right(events);

export const no = (
  code: PartnershipErrorCode,
  message: string,
  path: readonly string[] = [],
  details?: Readonly<Record<string, unknown>>,
): Decision => left(refuse(code, message, path, details));

/** Checks in order; the first failure is the refusal. */
export const firstFailure = (
  ...checks: (() => PartnershipError | undefined)[]
): PartnershipError | undefined => {
  for (const check of checks) {
    const failure = check();
    if (failure !== undefined) return failure;
  }
  return undefined;
};

export const orNull = <A>(value: A | undefined): A | null => (value === undefined ? null : value);

export const field = (name: string, ...rest: string[]): string[] => ['data', name, ...rest];

/** A date that must not come before another (a tender before the launch, a signature before the award). */
export const notBefore = (
  date: string,
  earliest: string,
  path: readonly string[],
  what: string,
  because: string,
): PartnershipError | undefined =>
  date < earliest
    ? refuse('DatesOutOfOrder', `${what} (${date}) cannot come before ${because} (${earliest})`, path, {
        date,
        earliest,
      })
    : undefined;

export const alreadyRecorded = (kind: string, id: string, path: readonly string[]): PartnershipError =>
  refuse('AlreadyRecorded', `${kind} ${id} is already recorded; use a new id for a new ${kind}`, path, {
    id,
  });

export const findProcurement = (
  state: PartnershipState,
  procurementId: string,
): Either<PartnershipError, ProcurementState> => {
  const procurement = own(state.procurements, procurementId);
  if (procurement === undefined) {
    const known = Object.keys(state.procurements);
    return left(
      refuse(
        'UnknownProcurement',
        `no procurement ${procurementId} has been launched in this partnership` +
          (known.length > 0 ? ` (known: ${known.join(', ')})` : ''),
        field('procurementId'),
      ),
    );
  }
  return right(procurement);
};

/** A procurement still running: launched, not cancelled. */
export const openProcurement = (
  state: PartnershipState,
  procurementId: string,
): Either<PartnershipError, ProcurementState> => {
  const found = findProcurement(state, procurementId);
  if (found._tag === 'Left') return found;
  if (found.right.cancelledOn !== null) {
    return left(
      refuse(
        'ProcurementClosed',
        `procurement ${procurementId} was cancelled on ${found.right.cancelledOn}; launch a new procurement`,
        field('procurementId'),
      ),
    );
  }
  return found;
};

export const findContract = (
  state: PartnershipState,
  contractId: string,
): Either<PartnershipError, ContractState> => {
  const contract = own(state.contracts, contractId);
  return contract === undefined
    ? left(
        refuse(
          'UnknownContract',
          `no contract ${contractId} has been signed in this partnership`,
          field('contractId'),
        ),
      )
    : right(contract);
};

/** A contract still in force. */
export const activeContract = (
  state: PartnershipState,
  contractId: string,
): Either<PartnershipError, ContractState> => {
  const found = findContract(state, contractId);
  if (found._tag === 'Left') return found;
  if (!isActive(found.right)) {
    return left(
      refuse(
        'ContractNotActive',
        `contract ${contractId} ${found.right.status} on ${found.right.endedOn ?? 'an earlier date'}; nothing more can be done under it`,
        field('contractId'),
        { status: found.right.status },
      ),
    );
  }
  return found;
};
