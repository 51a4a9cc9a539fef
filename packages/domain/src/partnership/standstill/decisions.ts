import { left } from 'fp-ts/Either';
import { BUILT_IN_HOLIDAYS, standstillPeriod } from '../../calendar';
import { refuse } from '../errors';
import { isRegulated } from '../rules/regimes';
import { afterChecks, event, field, Handlers, notBefore, orNull } from '../phase/decision';
import { withOpenProcurement } from '../phase/lookups';
import { own } from '../../shared/idRecord';

/** After the award: the standstill notice with its period worked out, and the end of the standstill. */
export const standstillHandlers: Handlers<'IssueStandstillNotice' | 'EndStandstill'> = {
  IssueStandstillNotice: ({ data }, state, policy) =>
    withOpenProcurement(state, data.procurementId, (p) => {
      const regime = p.regime;
      if (!isRegulated(regime)) {
        return left(
          refuse(
            'StandstillNotApplicable',
            `procurement ${p.procurementId} is below the thresholds: there is no statutory standstill; the contract may be signed after the award decision`,
            field('procurementId'),
          ),
        );
      }
      const period = standstillPeriod(
        {
          regime,
          noticeDate: data.noticeDate,
          lightTouch: p.lightTouch,
          procurementBegunOn: p.launchedOn,
          ...(data.voluntary !== undefined ? { voluntary: data.voluntary } : {}),
          ...(data.noticeMethod !== undefined ? { noticeMethod: data.noticeMethod } : {}),
          ...(data.lastReceivedOn !== undefined ? { lastReceivedOn: data.lastReceivedOn } : {}),
          ...(data.exemption !== undefined ? { exemption: data.exemption } : {}),
        },
        policy.holidays ?? BUILT_IN_HOLIDAYS,
      );
      return afterChecks(
        () =>
          data.lotIds.length === 0 &&
          refuse('NotAwarded', 'a standstill notice covers at least one awarded lot', field('lotIds')),
        ...data.lotIds.map((lotId, i) => () => {
          const award = own(p.awards, lotId);
          const existing = own(p.standstills, lotId);
          if (award === undefined)
            return refuse(
              'NotAwarded',
              `lot ${lotId} has no award decision; the standstill follows the award decision`,
              field('lotIds', String(i)),
            );
          if (existing !== undefined)
            return refuse(
              'StandstillAlreadyIssued',
              `a standstill notice for lot ${lotId} was issued on ${existing.noticeDate}`,
              field('lotIds', String(i)),
            );
          return notBefore(
            data.noticeDate,
            award.decidedOn,
            field('noticeDate'),
            'the standstill notice',
            `the award decision for lot ${lotId}`,
          );
        }),
        () =>
          period._tag === 'Left' &&
          refuse(
            'StandstillInvalid',
            `the standstill cannot be worked out: ${period.left.message}`,
            period.left.path[0] === 'procurementBegunOn'
              ? field('procurementId')
              : period.left.path.length > 0
                ? ['data', ...period.left.path]
                : field('noticeDate'),
          ),
      ).record(() => {
        if (period._tag === 'Left') return [];
        const { mandatory, lastDay, earliestSigningDate, rule, calendar } = period.right;
        return event('StandstillNoticeIssued', {
          ...data,
          regime,
          mandatory,
          voluntary: !mandatory && data.voluntary === true,
          lastDay,
          earliestSigningDate,
          rule,
          noticeMethod: orNull(data.noticeMethod),
          lastReceivedOn: orNull(data.lastReceivedOn),
          exemption: orNull(data.exemption),
          calendar,
        });
      });
    }),

  EndStandstill: ({ data }, state) =>
    withOpenProcurement(state, data.procurementId, (p) => {
      const running = Object.entries(p.standstills).filter(([, s]) => s.endedOn === null);
      return afterChecks(
        () =>
          running.length === 0 &&
          refuse(
            'NoStandstillRunning',
            `no standstill is running on procurement ${data.procurementId}; issue the notice first`,
            field('procurementId'),
          ),
        ...running.map(
          ([lotId, s]) =>
            () =>
              data.endedOn < s.lastDay &&
              refuse(
                'StandstillNotEnded',
                `the standstill for lot ${lotId} ends ${s.lastDay}; it cannot be recorded as ended on ${data.endedOn}, and the contract can be signed from ${s.earliestSigningDate}`,
                field('endedOn'),
                { lastDay: s.lastDay, earliestSigningDate: s.earliestSigningDate },
              ),
        ),
      ).record(() => event('StandstillEnded', data));
    }),
};
