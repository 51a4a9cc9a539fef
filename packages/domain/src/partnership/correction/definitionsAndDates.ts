import { addDays, termEndDate } from '../dates';
import { refuse } from '../errors';
import { ROLES } from '../policy/councilPolicy';
import { recordedBy } from '../policy/segregation';
import { afterChecks, alreadyRecorded, event, field, Handlers, notBefore } from '../phase/decision';
import { withSignedContract } from '../phase/lookups';
import { KpiState, PartnershipState } from '../state';
import { own } from '../../shared/idRecord';

const newCorrection = (state: PartnershipState, correctionId: string) =>
  own(state.corrections, correctionId) === undefined
    ? undefined
    : alreadyRecorded('correction', correctionId, field('correctionId'));

/** True when a KPI's definition as corrected is the one it already has, field for field. */
const sameDefinition = (kpi: KpiState, corrected: KpiState): boolean =>
  kpi.name === corrected.name &&
  kpi.unit === corrected.unit &&
  kpi.frequency === corrected.frequency &&
  kpi.target === corrected.target &&
  kpi.direction === corrected.direction &&
  kpi.tolerance.greenWithinBps === corrected.tolerance.greenWithinBps &&
  kpi.tolerance.amberWithinBps === corrected.tolerance.amberWithinBps;

/** The whole months from `startsOn` to `endsOn` inclusive, if the term is whole months. */
const wholeMonths = (startsOn: string, endsOn: string): number | undefined => {
  const next = addDays(endsOn, 1);
  const months =
    (Number(next.slice(0, 4)) - Number(startsOn.slice(0, 4))) * 12 +
    Number(next.slice(5, 7)) -
    Number(startsOn.slice(5, 7));
  // A start late in a month can end a month early or late once shorter months hold the day back.
  return [months, months - 1, months + 1].find((m) => m > 0 && termEndDate(startsOn, m) === endsOn);
};

/**
 * Corrections of a contract's terms entered wrongly: a KPI's definition, and the contract's dates.
 * Like every correction, each is a fact of its own naming what it corrects, why and who corrected it.
 */
export const definitionAndDateCorrectionHandlers: Handlers<'CorrectKpiDefinition' | 'CorrectContractDates'> =
  {
    CorrectKpiDefinition: ({ data, metadata }, state) =>
      withSignedContract(state, data.contractId, (c) => {
        const kpi = own(c.kpis, data.kpiId);
        const corrected = kpi && {
          name: data.name ?? kpi.name,
          unit: data.unit ?? kpi.unit,
          frequency: data.frequency ?? kpi.frequency,
          target: data.target ?? kpi.target,
          direction: data.direction ?? kpi.direction,
          tolerance: data.tolerance ?? kpi.tolerance,
        };
        return afterChecks(
          () =>
            kpi === undefined &&
            refuse(
              'UnknownKpi',
              `contract ${data.contractId} has no KPI ${data.kpiId}; only a defined KPI can be corrected`,
              field('kpiId'),
            ),
          () => newCorrection(state, data.correctionId),
          // The partner is measured by the KPI: whatever the policy, it does not move its own target.
          () =>
            metadata.actor.role === ROLES.PARTNER &&
            refuse(
              'SegregationOfDuties',
              `${metadata.actor.id} acts as the partner whose performance KPI ${data.kpiId} measures; a council officer corrects its definition`,
              field('kpiId'),
              { makerId: metadata.actor.id },
            ),
          () =>
            notBefore(data.correctedOn, c.signedOn, field('correctedOn'), 'the correction', 'the signing'),
          () =>
            corrected !== undefined &&
            corrected.tolerance.amberWithinBps < corrected.tolerance.greenWithinBps &&
            refuse(
              'ToleranceInvalid',
              `the amber band (${corrected.tolerance.amberWithinBps} bps) must reach at least as far as the green band (${corrected.tolerance.greenWithinBps} bps)`,
              field('tolerance', 'amberWithinBps'),
            ),
          () =>
            kpi !== undefined &&
            corrected !== undefined &&
            sameDefinition(kpi, corrected) &&
            refuse(
              'CorrectionChangesNothing',
              `KPI ${data.kpiId} already has that name, unit, reporting frequency, target, direction and tolerance; say which was wrong`,
              field('target'),
            ),
        ).record(() =>
          event('KpiDefinitionCorrected', {
            partnershipId: data.partnershipId,
            contractId: data.contractId,
            kpiId: data.kpiId,
            correctionId: data.correctionId,
            correctedOn: data.correctedOn,
            reason: data.reason,
            correctedBy: recordedBy(metadata.actor),
            previous: { ...kpi!, tolerance: { ...kpi!.tolerance } },
            corrected: { ...corrected!, tolerance: { ...corrected!.tolerance } },
          }),
        );
      }),

    CorrectContractDates: ({ data, metadata }, state) =>
      withSignedContract(state, data.contractId, (c) => {
        const startsOn = data.startsOn ?? c.startsOn;
        const months = wholeMonths(c.startsOn, c.endsOn);
        const endsOn = data.endsOn ?? (months === undefined ? undefined : termEndDate(startsOn, months));
        return afterChecks(
          () => newCorrection(state, data.correctionId),
          () =>
            c.endedOn !== null &&
            refuse(
              'ContractNotActive',
              `contract ${data.contractId} ${c.status === 'terminated' ? 'was terminated' : 'expired'} on ${c.endedOn}; the dates of a contract whose end is recorded are not corrected`,
              field('contractId'),
            ),
          () =>
            endsOn === undefined &&
            refuse(
              'TermInvalid',
              `contract ${data.contractId} runs from ${c.startsOn} to ${c.endsOn}, not whole months, so its end cannot follow the start; give endsOn as well`,
              field('endsOn'),
            ),
          () => endsOn !== undefined && notBefore(endsOn, startsOn, field('endsOn'), 'the end', 'the start'),
          () =>
            notBefore(data.correctedOn, c.signedOn, field('correctedOn'), 'the correction', 'the signing'),
          () =>
            startsOn === c.startsOn &&
            endsOn === c.endsOn &&
            refuse(
              'CorrectionChangesNothing',
              `contract ${data.contractId} already runs from ${c.startsOn} to ${c.endsOn}; say which date was wrong`,
              field('startsOn'),
            ),
        ).record(() =>
          event('ContractDatesCorrected', {
            partnershipId: data.partnershipId,
            contractId: data.contractId,
            correctionId: data.correctionId,
            correctedOn: data.correctedOn,
            reason: data.reason,
            correctedBy: recordedBy(metadata.actor),
            previousStartsOn: c.startsOn,
            previousEndsOn: c.endsOn,
            startsOn,
            endsOn: endsOn!,
          }),
        );
      }),
  };
