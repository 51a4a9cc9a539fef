import { Either, left, right } from 'fp-ts/Either';
import { formatPounds } from '../../money';
import { PartnershipError, refuse } from '../errors';
import { KpiAtSigning } from '../delivery/events';
import { PartnershipEvent } from '../events';
import { CouncilPolicy } from '../policy/councilPolicy';
import { KPI_DUTY_EXCEPTIONS, KpiDutyExceptionGround } from '../rules/kpiDutyExceptions';
import { kpiDutyInLaw, kpisRequired, minimumKpis, S52_VALUE_THRESHOLD_PENCE } from '../rules/kpiRequirements';
import { PartnershipState } from '../state';
import { event, field } from '../phase/decision';

export interface SigningForKpis {
  readonly partnershipId: string;
  readonly contractId: string;
  readonly signedOn: string;
  readonly kpis?: readonly KpiAtSigning[] | undefined;
  readonly kpiDutyException?:
    { readonly ground: KpiDutyExceptionGround; readonly reason: string } | undefined;
}

/**
 * PA 2023 s.52(1): before entering into a contract over £5m the authority sets at least three KPIs,
 * or records why the duty does not apply. Checked at signing, so the events that follow the
 * contract's signing are its KPIs (or the recorded exception).
 */
export const kpiDutyAtSigning = (
  data: SigningForKpis,
  contract: {
    regime: Parameters<typeof kpisRequired>[0]['regime'];
    lightTouch: boolean;
    maximumValuePence: number;
  },
  state: PartnershipState,
  policy: CouncilPolicy,
): Either<PartnershipError, PartnershipEvent[]> => {
  const kpis = data.kpis ?? [];
  const seen = new Set<string>();
  for (const [i, kpi] of kpis.entries()) {
    if (seen.has(kpi.kpiId))
      return left(
        refuse('AlreadyRecorded', `KPI ${kpi.kpiId} is given twice`, field('kpis', String(i), 'kpiId')),
      );
    seen.add(kpi.kpiId);
    if (kpi.tolerance.amberWithinBps < kpi.tolerance.greenWithinBps) {
      return left(
        refuse(
          'ToleranceInvalid',
          `KPI ${kpi.kpiId}: the amber band (${kpi.tolerance.amberWithinBps} bps) must reach at least as far as the green band (${kpi.tolerance.greenWithinBps} bps)`,
          field('kpis', String(i), 'tolerance', 'amberWithinBps'),
        ),
      );
    }
    if (kpi.outcomeId !== undefined && state.outcomes[kpi.outcomeId] === undefined) {
      return left(
        refuse('UnknownOutcome', `no outcome ${kpi.outcomeId} is in an adopted outcomes framework`, [
          ...field('kpis', String(i), 'outcomeId'),
        ]),
      );
    }
  }
  const required = kpisRequired(contract, policy);
  const exception = data.kpiDutyException;
  if (exception !== undefined && !required) {
    return left(
      refuse(
        'KpiDutyExceptionInvalid',
        `the PA 2023 s.52 KPI duty does not reach contract ${data.contractId} (${contract.regime}${
          contract.lightTouch ? ', light touch' : ''
        }, estimated value ${formatPounds(contract.maximumValuePence)}); there is no exception to record`,
        field('kpiDutyException'),
      ),
    );
  }
  const minimum = minimumKpis(policy);
  if (required && exception === undefined && kpis.length < minimum) {
    const byLaw = kpiDutyInLaw(contract);
    return left(
      refuse(
        'KpisRequired',
        `PA 2023 s.52(1): contract ${data.contractId} has an estimated value of ${formatPounds(contract.maximumValuePence)} ` +
          `(including VAT), more than ${formatPounds(S52_VALUE_THRESHOLD_PENCE)}${
            byLaw ? '' : ` under ${policy.councilName}'s policy, stricter than the Act`
          }, and is not light touch: at least ${minimum} KPIs must be set before it is entered into on ${data.signedOn} ` +
          `(kpis); it has ${kpis.length}. If the duty does not apply, record why (kpiDutyException: ${Object.keys(
            KPI_DUTY_EXCEPTIONS,
          ).join(' or ')})`,
        field('kpis'),
        { minimumKpis: minimum, kpiCount: kpis.length, thresholdPence: S52_VALUE_THRESHOLD_PENCE },
      ),
    );
  }
  const events: PartnershipEvent[] = kpis.map((kpi) =>
    event('KpiDefined', {
      partnershipId: data.partnershipId,
      contractId: data.contractId,
      kpiId: kpi.kpiId,
      name: kpi.name,
      unit: kpi.unit,
      target: kpi.target,
      direction: kpi.direction,
      tolerance: {
        greenWithinBps: kpi.tolerance.greenWithinBps,
        amberWithinBps: kpi.tolerance.amberWithinBps,
      },
      frequency: kpi.frequency,
      outcomeId: kpi.outcomeId ?? null,
      definedOn: data.signedOn,
    }),
  );
  if (exception !== undefined) {
    events.push(
      event('KpiDutyExceptionRecorded', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        ground: exception.ground,
        provision: KPI_DUTY_EXCEPTIONS[exception.ground].provision,
        reason: exception.reason,
        recordedOn: data.signedOn,
      }),
    );
  }
  return right(events);
};
