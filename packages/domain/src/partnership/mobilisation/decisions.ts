import { formatPounds } from '../../money';
import { refuse } from '../errors';
import { minimumKpis, nextAssessmentDue } from '../rules/kpiRequirements';
import { afterChecks, event, field, Handlers, notBefore } from '../phase/decision';
import { withActiveContract } from '../phase/lookups';

/** Between signing and delivery: mobilisation, then go-live with the KPIs the law requires. */
export const mobilisationHandlers: Handlers<'StartMobilisation' | 'GoLive'> = {
  StartMobilisation: ({ data }, state) =>
    withActiveContract(state, data.contractId, (c) =>
      afterChecks(
        () =>
          c.status !== 'signed' &&
          refuse(
            'AlreadyLive',
            `contract ${c.contractId} is already ${c.status}; mobilisation comes between signing and go-live`,
            field('contractId'),
          ),
        () =>
          notBefore(
            data.startedOn,
            c.signedOn,
            field('startedOn'),
            'mobilisation',
            'the contract was signed',
          ),
      ).record(() => event('MobilisationStarted', data)),
    ),

  GoLive: ({ data }, state, policy) =>
    withActiveContract(state, data.contractId, (c) => {
      const kpiCount = Object.keys(c.kpis).length;
      const minimum = minimumKpis(policy);
      return afterChecks(
        () =>
          c.status === 'live' &&
          refuse('AlreadyLive', `contract ${c.contractId} went live on ${c.liveOn}`, field('contractId')),
        () => notBefore(data.liveOn, c.signedOn, field('liveOn'), 'go-live', 'the contract was signed'),
        () =>
          c.mobilisedOn !== null &&
          notBefore(data.liveOn, c.mobilisedOn, field('liveOn'), 'go-live', 'mobilisation'),
        () =>
          c.kpisRequired &&
          kpiCount < minimum &&
          refuse(
            'KpisRequired',
            `PA 2023 s.52(1): contract ${c.contractId} has an estimated value of ${formatPounds(c.maximumValuePence)}, more than £5,000,000.00, and is not light touch: it needs at least ${minimum} KPIs, which should have been set before it was signed on ${c.signedOn}, and it cannot go live on ${data.liveOn} with ${kpiCount}`,
            field('contractId'),
            { kpiCount, minimumKpis: minimum },
          ),
      ).record(() =>
        event('ServiceWentLive', {
          ...data,
          kpiCount,
          nextKpiAssessmentDueBy: c.kpisRequired ? nextAssessmentDue(data.liveOn, policy) : null,
        }),
      );
    }),
};
