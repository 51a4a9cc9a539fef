import { standstillPeriod } from '@council-partnerships/domain';
import { plusDays, plusMonths } from '@council-partnerships/seeds';
import { ContractBelief, Run } from './beliefs';
import { pounds, proRataPence } from './money';
import { SIMULATED_HOLIDAYS } from './holidays';

const PA2023_FROM = '2025-02-24';

/** The partnership agreement as signed, and what the rest of the run builds on it. */
export interface Agreement {
  readonly startsOn: string;
  readonly signedOn: string;
  readonly regime: 'PA2023' | 'PCR2015';
  readonly termMonths: number;
  readonly procurementId: string;
  readonly agreementId: string;
  readonly lot: string;
  readonly openBook: { readonly marginBasisPoints: number; readonly rounding: 'half-up' };
  readonly moduleValues: readonly number[];
  readonly expansionValues: readonly number[];
  readonly belief: ContractBelief;
}

/**
 * From concept to a signed partnership agreement: the Executive's approvals, an open procurement,
 * tenders, evaluation, award, the standstill the library works out, and signing.
 */
export const procureAndSign = async ({
  shape,
  pid,
  cast,
  send,
  report,
  streams,
}: Run): Promise<Agreement> => {
  const { money } = streams;
  const startsOn = `${shape.startYear}-04-01`;
  const launchedOn = plusDays(`${shape.startYear - 1}-09-01`, money.int(0, 20));
  const regime = launchedOn >= PA2023_FROM ? ('PA2023' as const) : ('PCR2015' as const);
  const termMonths = shape.years * 12;
  const options = shape.extensionOptions;
  const maxTermMonths = termMonths + options.count * options.lengthMonths;
  const moduleValues = Array.from({ length: shape.modules }, () => pounds(money.int(100, 900) * 1000));
  const expansionValues = Array.from({ length: shape.expansions }, () => pounds(money.int(50, 600) * 1000));
  const annual = moduleValues.reduce((a, b) => a + b, 0);
  const potential = annual + expansionValues.reduce((a, b) => a + b, 0);
  const procurementId = `${pid}-procurement`;
  const agreementId = `${pid}-agreement`;
  const lot = 'partnership';
  const openBook = { marginBasisPoints: shape.marginBasisPoints, rounding: 'half-up' as const };
  await send('ConceivePartnership', cast.commissioning, plusDays(launchedOn, -120), {
    title: `Simulated family support partnership ${pid}`,
    serviceArea: 'Family support',
    leadCommissioner: { commissionerId: 'simulated-council', name: 'Simulated Council' },
    conceivedOn: plusDays(launchedOn, -120),
    estimatedAnnualValuePence: annual,
    intendedMinimumTermMonths: termMonths,
  });
  const totalValue = proRataPence(annual, maxTermMonths);
  await send('RecordGovernanceDecision', cast.executive, plusDays(launchedOn, -14), {
    decisionId: 'launch-approval',
    decisionMaker: 'executive',
    body: 'Executive',
    subject: 'launch-procurement',
    outcome: 'approved',
    decidedOn: plusDays(launchedOn, -14),
    summary: 'Approve the procurement of a strategic partner',
    approvedValuePence: totalValue,
  });
  await send('LaunchProcurement', cast.procurement, launchedOn, {
    procurementId,
    title: 'Strategic partnership for family support',
    regime,
    procedure: 'open',
    lightTouch: shape.lightTouch,
    launchedOn,
    advertisedOn: launchedOn,
    estimatedAnnualValuePence: annual,
    maximumTermMonths: maxTermMonths,
    estimatedTotalValuePence: totalValue,
    lots: [
      {
        lotId: lot,
        title: 'Strategic partnership',
        services: moduleValues.map((v, i) => ({ name: `Module ${i + 1}`, annualBudgetPence: v })),
        localities: ['Simulated Borough'],
        annualBudgetPence: annual,
      },
    ],
    governanceDecisionId: 'launch-approval',
  });
  const bidders = Array.from({ length: money.int(2, 4) }, (_, i) => ({
    bidderId: i === 0 ? 'partner' : `bidder-${i}`,
    name: i === 0 ? `Simulated Partner ${report.seed}` : `Bidder ${i}`,
    quality: 60 - i * 3,
    price: 30 - i,
  }));
  const tendersOn = plusDays(launchedOn, 40);
  for (const b of bidders) {
    await send('RecordTender', cast.procurement, tendersOn, {
      procurementId,
      tenderId: `tender-${b.bidderId}`,
      bidderId: b.bidderId,
      bidderName: b.name,
      lotIds: [lot],
      receivedOn: tendersOn,
    });
  }
  const evaluatedOn = plusDays(launchedOn, 60);
  await send('RecordEvaluation', cast.procurement, evaluatedOn, {
    procurementId,
    lotId: lot,
    evaluatedOn,
    maximumScore: 100,
    results: bidders.map((b, i) => ({
      tenderId: `tender-${b.bidderId}`,
      bidderId: b.bidderId,
      qualityScore: b.quality,
      priceScore: b.price,
      totalScore: b.quality + b.price,
      rank: i + 1,
    })),
  });
  const awardOn = plusDays(launchedOn, 75);
  await send('RecordGovernanceDecision', cast.executive, awardOn, {
    decisionId: 'award-approval',
    decisionMaker: 'executive',
    body: 'Executive',
    subject: 'award',
    outcome: 'approved',
    decidedOn: awardOn,
    summary: 'Award the partnership',
    approvedValuePence: totalValue,
    procurementId,
  });
  await send('MakeAwardDecision', cast.procurement, awardOn, {
    procurementId,
    lotId: lot,
    supplierId: 'partner',
    supplierName: `Simulated Partner ${report.seed}`,
    decidedOn: awardOn,
    annualValuePence: annual,
    totalValuePence: totalValue,
    governanceDecisionId: 'award-approval',
  });
  // The library's own standstill arithmetic tells the simulator when it may sign.
  const period = standstillPeriod(
    { regime, noticeDate: awardOn, lightTouch: shape.lightTouch, voluntary: shape.lightTouch },
    SIMULATED_HOLIDAYS,
  );
  if (period._tag === 'Left') throw new Error(period.left.message);
  await send('IssueStandstillNotice', cast.procurement, awardOn, {
    procurementId,
    lotIds: [lot],
    noticeDate: awardOn,
    voluntary: shape.lightTouch,
  });
  await send('EndStandstill', cast.procurement, period.right.lastDay, {
    procurementId,
    endedOn: period.right.lastDay,
  });
  const signedOn = plusDays(period.right.earliestSigningDate, money.int(0, 10));
  const agreementEnds = plusDays(plusMonths(startsOn, termMonths), -1);
  await send('SignPartnershipAgreement', cast.legal, signedOn, {
    agreementId,
    kind: 'partnership-agreement',
    title: 'Partnership agreement',
    partnerId: 'partner',
    partnerName: `Simulated Partner ${report.seed}`,
    procurementId,
    lotId: lot,
    signedOn,
    startsOn,
    initialTerm: { years: shape.years, months: 0 },
    annualValuePence: 0,
    minimumTermMonths: termMonths,
    potentialAnnualValuePence: potential,
    ...(options.count > 0 ? { extensionOptions: options } : {}),
    openBook,
  });
  const belief: ContractBelief = {
    contractId: agreementId,
    tier: 1,
    annualValuePence: 0,
    initialTermMonths: termMonths,
    initialTermValuePence: 0,
    extensionsGranted: options.count,
    extensionsExercised: 0,
    endsOn: agreementEnds,
    ended: null,
    kpisRequired: false,
    kpiIds: [],
    returns: 0,
    reviews: 0,
  };
  report.contracts[agreementId] = belief;

  return {
    startsOn,
    signedOn,
    regime,
    termMonths,
    procurementId,
    agreementId,
    lot,
    openBook,
    moduleValues,
    expansionValues,
    belief,
  };
};
