import { periods, plusDays, plusMonths } from '@council-partnerships/seeds';
import { LiveModule, Run } from './beliefs';
import { expandIfAllowed, extendIfDue, Growth } from './growth';
import { signModule } from './modules';
import { deliverMonth, reviewMonth, terminationsTakeEffect } from './month';
import { procureAndSign } from './procure';

/**
 * One partnership's whole lifecycle: procured and signed, its first modules live, then month by month
 * returns, claims, reviews, terminations, expansion and extensions until the agreement ends, when
 * every contract still running expires.
 */
export const runLifecycle = async (run: Run): Promise<void> => {
  const { shape, pid, cast, send } = run;
  const agreement = await procureAndSign(run);
  const { startsOn, termMonths, signedOn } = agreement;
  const live: LiveModule[] = [];
  for (const [i, value] of agreement.moduleValues.entries()) {
    await signModule(run, agreement, live, {
      contractId: `${pid}-module-${i + 1}`,
      annualPence: value,
      moduleStarts: startsOn,
      months: termMonths,
      signed: signedOn,
      expansionId: null,
    });
  }
  const growth: Growth = {
    expansionsLeft: shape.expansions,
    extensionsLeft: shape.extensionsTaken,
    probedExtension: false,
  };
  for (let month = 0; ; month++) {
    const [p] = periods(plusMonths(startsOn, month), 1, 1);
    if (p === undefined || p.start > agreement.belief.endsOn) break;
    const running = live.filter(
      (m) => m.belief.ended === null && m.startsOn <= p.start && p.end <= m.belief.endsOn,
    );
    await deliverMonth(run, running, p);
    await reviewMonth(run, running, p);
    await terminationsTakeEffect(run, live, p);
    await expandIfAllowed(run, agreement, live, growth, p);
    await extendIfDue(run, agreement, live, growth, p);
  }
  // The end: every contract still running expires the day after its last day.
  for (const c of [...live.map((m) => m.belief), agreement.belief]) {
    if (c.ended !== null) continue;
    await send('RecordContractExpiry', cast.contractManager, plusDays(c.endsOn, 1), {
      contractId: c.contractId,
      expiredOn: c.endsOn,
    });
    c.ended = 'expired';
  }
};
