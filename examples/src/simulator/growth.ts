import { plusDays, plusMonths } from '@council-partnerships/seeds';
import { LiveModule, Run } from './beliefs';
import { Month, monthsBetween } from './month';
import { signModule } from './modules';
import { Agreement } from './procure';

/** What is left to grow by: expansions and extensions the shape asks for, and whether a probe was sent. */
export interface Growth {
  expansionsLeft: number;
  extensionsLeft: number;
  probedExtension: boolean;
}

/** Expansion: every initial module embedded, every live module's latest review acceptable. */
export const expandIfAllowed = async (
  run: Run,
  agreement: Agreement,
  live: LiveModule[],
  growth: Growth,
  p: Month,
): Promise<void> => {
  const { shape, pid, cast, send, report } = run;
  const { agreementId, expansionValues } = agreement;
  const agreementEndsOn = agreement.belief.endsOn;
  const active = live.filter((m) => m.belief.ended === null);
  const initialEmbedded = live
    .filter((m) => !m.expansion && m.belief.ended === null)
    .every((m) => m.embedded);
  // A module signed and live but not yet reviewed holds expansion back too (it has no rating yet).
  const acceptable = active.every(
    (m) => (m.lastRating === 'good' || m.lastRating === 'approaching-target') && m.noticeEffectiveOn === null,
  );
  const nextStart = plusDays(p.end, 1);
  const monthsLeft = monthsBetween(nextStart, plusDays(agreementEndsOn, 1));
  if (growth.expansionsLeft > 0 && initialEmbedded && acceptable && monthsLeft >= 6) {
    const index = shape.expansions - growth.expansionsLeft;
    const expansionId = `${pid}-expansion-${index + 1}`;
    const value = expansionValues[index]!;
    const proposedOn = plusDays(p.end, 16);
    await send('ProposeModuleExpansion', cast.partner, proposedOn, {
      expansionId,
      agreementId,
      title: `Expansion module ${index + 1}`,
      services: [`Additional family support ${index + 1}`],
      deliveryModel: 'partner',
      annualValuePence: value,
      proposedOn,
    });
    await send('ApproveModuleExpansion', cast.commissioning, plusDays(proposedOn, 1), {
      expansionId,
      approvedOn: plusDays(proposedOn, 1),
    });
    report.expansionsApproved += 1;
    growth.expansionsLeft -= 1;
    const moduleStarts = plusMonths(nextStart, 1);
    await signModule(run, agreement, live, {
      contractId: `${pid}-expansion-module-${index + 1}`,
      annualPence: value,
      moduleStarts,
      months: monthsLeft - 1,
      signed: plusDays(proposedOn, 2),
      expansionId,
    });
  }
};

/** Extensions: taken up at the start of the agreement's last month, for it and its running modules. */
export const extendIfDue = async (
  { shape, cast, send }: Run,
  { agreementId, belief: agreement }: Agreement,
  live: readonly LiveModule[],
  growth: Growth,
  p: Month,
): Promise<void> => {
  const options = shape.extensionOptions;
  const lastFull = plusDays(plusMonths(plusDays(agreement.endsOn, 1), -1), -1);
  if (p.end === lastFull) {
    const exercisedOn = plusDays(p.end, 1);
    const extendable = [
      agreement,
      ...live.filter((m) => m.belief.ended === null && m.noticeEffectiveOn === null).map((m) => m.belief),
    ].filter((c) => c.endsOn === agreement.endsOn);
    if (growth.extensionsLeft > 0) {
      for (const c of extendable) {
        await send('ExerciseExtensionOption', cast.commissioning, exercisedOn, {
          contractId: c.contractId,
          exercisedOn,
        });
        c.extensionsExercised += 1;
        c.endsOn = plusDays(plusMonths(plusDays(c.endsOn, 1), options.lengthMonths), -1);
      }
      growth.extensionsLeft -= 1;
    } else if (shape.probes && !growth.probedExtension && agreement.extensionsExercised >= options.count) {
      growth.probedExtension = true;
      await send(
        'ExerciseExtensionOption',
        cast.commissioning,
        exercisedOn,
        { contractId: agreementId, exercisedOn },
        'ExtensionsExhausted',
      );
    }
  }
};
