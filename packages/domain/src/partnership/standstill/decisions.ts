import { left } from 'fp-ts/Either';
import { BUILT_IN_HOLIDAYS, standstillPeriod } from '../../calendar';
import { isRegulated } from '../rules/regimes';
import { event, field, Handlers, no, notBefore, ok, orNull } from '../phase/decision';
import { openProcurement } from '../phase/lookups';
import { own } from '../../shared/idRecord';

export const standstillHandlers: Handlers<'IssueStandstillNotice' | 'EndStandstill'> = {
  IssueStandstillNotice: ({ data }, state, policy) => {
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const p = found.right;
    if (!isRegulated(p.regime)) {
      return no(
        'StandstillNotApplicable',
        `procurement ${p.procurementId} is below the thresholds: there is no statutory standstill; the contract may be signed after the award decision`,
        field('procurementId'),
      );
    }
    if (data.lotIds.length === 0)
      return no('NotAwarded', 'a standstill notice covers at least one awarded lot', field('lotIds'));
    for (const [i, lotId] of data.lotIds.entries()) {
      const award = own(p.awards, lotId);
      if (award === undefined) {
        return no(
          'NotAwarded',
          `lot ${lotId} has no award decision; the standstill follows the award decision`,
          field('lotIds', String(i)),
        );
      }
      const existing = own(p.standstills, lotId);
      if (existing !== undefined) {
        return no(
          'StandstillAlreadyIssued',
          `a standstill notice for lot ${lotId} was issued on ${existing.noticeDate}`,
          field('lotIds', String(i)),
        );
      }
      const early = notBefore(
        data.noticeDate,
        award.decidedOn,
        field('noticeDate'),
        'the standstill notice',
        `the award decision for lot ${lotId}`,
      );
      if (early !== undefined) return left(early);
    }
    const period = standstillPeriod(
      {
        regime: p.regime,
        noticeDate: data.noticeDate,
        lightTouch: p.lightTouch,
        ...(data.voluntary !== undefined ? { voluntary: data.voluntary } : {}),
        ...(data.noticeMethod !== undefined ? { noticeMethod: data.noticeMethod } : {}),
        ...(data.lastReceivedOn !== undefined ? { lastReceivedOn: data.lastReceivedOn } : {}),
        ...(data.exemption !== undefined ? { exemption: data.exemption } : {}),
      },
      policy.holidays ?? BUILT_IN_HOLIDAYS,
    );
    if (period._tag === 'Left') {
      return no(
        'StandstillInvalid',
        `the standstill cannot be worked out: ${period.left.message}`,
        period.left.path.length > 0 ? ['data', ...period.left.path] : field('noticeDate'),
      );
    }
    return ok(
      event('StandstillNoticeIssued', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        lotIds: data.lotIds,
        regime: p.regime,
        noticeDate: data.noticeDate,
        mandatory: period.right.mandatory,
        voluntary: !period.right.mandatory && data.voluntary === true,
        lastDay: period.right.lastDay,
        earliestSigningDate: period.right.earliestSigningDate,
        rule: period.right.rule,
        noticeMethod: orNull(data.noticeMethod),
        lastReceivedOn: orNull(data.lastReceivedOn),
        exemption: orNull(data.exemption),
        calendar: period.right.calendar,
      }),
    );
  },

  EndStandstill: ({ data }, state) => {
    const found = openProcurement(state, data.procurementId);
    if (found._tag === 'Left') return found;
    const running = Object.entries(found.right.standstills).filter(([, s]) => s.endedOn === null);
    if (running.length === 0) {
      return no(
        'NoStandstillRunning',
        `no standstill is running on procurement ${data.procurementId}; issue the notice first`,
        field('procurementId'),
      );
    }
    for (const [lotId, s] of running) {
      if (data.endedOn < s.lastDay) {
        return no(
          'StandstillNotEnded',
          `the standstill for lot ${lotId} ends ${s.lastDay}; it cannot be recorded as ended on ${data.endedOn}, and the contract can be signed from ${s.earliestSigningDate}`,
          field('endedOn'),
          { lastDay: s.lastDay, earliestSigningDate: s.earliestSigningDate },
        );
      }
    }
    return ok(
      event('StandstillEnded', {
        partnershipId: data.partnershipId,
        procurementId: data.procurementId,
        endedOn: data.endedOn,
      }),
    );
  },
};
