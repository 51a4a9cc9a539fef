import { left } from 'fp-ts/Either';
import { formatPounds } from '../../money';
import { minimumKpis, nextAssessmentDue } from '../rules/kpiRequirements';
import { event, field, Handlers, no, notBefore, ok } from '../phase/decision';
import { activeContract } from '../phase/lookups';

export const mobilisationHandlers: Handlers<'StartMobilisation' | 'GoLive'> = {
  StartMobilisation: ({ data }, state) => {
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    if (c.status !== 'signed') {
      return no(
        'AlreadyLive',
        `contract ${c.contractId} is already ${c.status}; mobilisation comes between signing and go-live`,
        field('contractId'),
      );
    }
    const early = notBefore(
      data.startedOn,
      c.signedOn,
      field('startedOn'),
      'mobilisation',
      'the contract was signed',
    );
    if (early !== undefined) return left(early);
    return ok(
      event('MobilisationStarted', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        startedOn: data.startedOn,
      }),
    );
  },

  GoLive: ({ data }, state, policy) => {
    const found = activeContract(state, data.contractId);
    if (found._tag === 'Left') return found;
    const c = found.right;
    if (c.status === 'live')
      return no('AlreadyLive', `contract ${c.contractId} went live on ${c.liveOn}`, field('contractId'));
    const early =
      notBefore(data.liveOn, c.signedOn, field('liveOn'), 'go-live', 'the contract was signed') ??
      (c.mobilisedOn === null
        ? undefined
        : notBefore(data.liveOn, c.mobilisedOn, field('liveOn'), 'go-live', 'mobilisation'));
    if (early !== undefined) return left(early);
    const kpiCount = Object.keys(c.kpis).length;
    const minimum = minimumKpis(policy);
    if (c.kpisRequired && kpiCount < minimum) {
      return no(
        'KpisRequired',
        `PA 2023 s.52(1): contract ${c.contractId} has an estimated value of ${formatPounds(c.maximumValuePence)}, more than £5,000,000.00, and is not light touch: it needs at least ${minimum} KPIs, which should have been set before it was signed on ${c.signedOn}, and it cannot go live on ${data.liveOn} with ${kpiCount}`,
        field('contractId'),
        { kpiCount, minimumKpis: minimum },
      );
    }
    return ok(
      event('ServiceWentLive', {
        partnershipId: data.partnershipId,
        contractId: data.contractId,
        liveOn: data.liveOn,
        kpiCount,
        nextKpiAssessmentDueBy: c.kpisRequired ? nextAssessmentDue(data.liveOn, policy) : null,
      }),
    );
  },
};
