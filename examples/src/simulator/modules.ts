import { S52_MINIMUM_KPIS, S52_VALUE_THRESHOLD_PENCE } from '@council-partnerships/domain';
import { plusDays, plusMonths } from '@council-partnerships/seeds';
import { ContractBelief, LiveModule, Run } from './beliefs';
import { proRataPence } from './money';
import { Agreement } from './procure';

/** A module to sign under the agreement: one of the first, or one an expansion added. */
export interface ModuleTerms {
  readonly contractId: string;
  readonly annualPence: number;
  readonly moduleStarts: string;
  readonly months: number;
  readonly signed: string;
  readonly expansionId: string | null;
}

/**
 * Signs a module, sets its KPIs (before signing when PA 2023 s.52 requires them), mobilises it and
 * takes it live; the simulator follows it from then on.
 */
export const signModule = async (
  { shape, cast, send, report, streams }: Run,
  { regime, agreementId, procurementId, lot, openBook }: Agreement,
  live: LiveModule[],
  { contractId, annualPence, moduleStarts, months, signed, expansionId }: ModuleTerms,
): Promise<void> => {
  const { performance } = streams;
  const options = shape.extensionOptions;
  // PA 2023 s.52: the maximum value (initial term plus every option) over £5m, not light touch.
  const kpisDue = (annualPence: number, months: number) =>
    regime === 'PA2023' &&
    !shape.lightTouch &&
    proRataPence(annualPence, months) + proRataPence(annualPence, options.count * options.lengthMonths) >
      S52_VALUE_THRESHOLD_PENCE;

  const required = kpisDue(annualPence, months);
  const kpiCount = required ? Math.max(S52_MINIMUM_KPIS, shape.kpisPerModule) : shape.kpisPerModule;
  const kpiIds = Array.from({ length: kpiCount }, (_, k) => `${contractId}-kpi-${k + 1}`);
  const targets: Record<string, number> = {};
  for (const kpiId of kpiIds) targets[kpiId] = performance.int(50, 200);
  const kpiOf = (kpiId: string) => ({
    kpiId,
    name: `Measure ${kpiId}`,
    unit: 'families supported',
    target: targets[kpiId]!,
    direction: 'higher-is-better' as const,
    tolerance: { greenWithinBps: 500, amberWithinBps: 1500 },
    frequency: 'monthly' as const,
  });
  await send('SignServiceContract', cast.legal, signed, {
    contractId,
    title: `Module ${contractId}`,
    services: [`Family support module ${contractId}`],
    supplierId: 'partner',
    supplierName: `Simulated Partner ${report.seed}`,
    deliveryModel: 'partner',
    agreementId,
    ...(expansionId === null ? { procurementId, lotId: lot } : { expansionId }),
    signedOn: signed,
    startsOn: moduleStarts,
    initialTerm: { years: Math.floor(months / 12), months: months % 12 },
    annualValuePence: annualPence,
    ...(options.count > 0 ? { extensionOptions: options } : {}),
    openBook,
    // PA 2023 s.52: over £5m, the KPIs are set before the contract is entered into.
    ...(required ? { kpis: kpiIds.map(kpiOf) } : {}),
  });
  const belief: ContractBelief = {
    contractId,
    tier: 2,
    annualValuePence: annualPence,
    initialTermMonths: months,
    initialTermValuePence: proRataPence(annualPence, months),
    extensionsGranted: options.count,
    extensionsExercised: 0,
    endsOn: plusDays(plusMonths(moduleStarts, months), -1),
    ended: null,
    kpisRequired: required,
    kpiIds,
    returns: 0,
    reviews: 0,
  };
  report.contracts[contractId] = belief;
  const mobilisedOn = plusDays(moduleStarts, -21) < signed ? signed : plusDays(moduleStarts, -21);
  await send('StartMobilisation', cast.contractManager, mobilisedOn, {
    contractId,
    startedOn: mobilisedOn,
  });
  if (!required) {
    for (const kpiId of kpiIds) {
      await send('DefineKpi', cast.contractManager, mobilisedOn, {
        ...kpiOf(kpiId),
        contractId,
        definedOn: mobilisedOn,
      });
    }
  }
  await send('GoLive', cast.contractManager, moduleStarts, { contractId, liveOn: moduleStarts });
  live.push({
    belief,
    startsOn: moduleStarts,
    targets,
    since: [],
    lastRating: null,
    embedded: false,
    noticeEffectiveOn: null,
    expansion: expansionId !== null,
  });
};
