import { formatPounds } from '@council-partnerships/domain';
import { PartnershipPerformance, PartnershipValue } from '@council-partnerships/projections';
import { ScenarioResult } from './scenario';
import { renderRecords, renderTable } from '@council-partnerships/cli';
import { section } from './section';
import { Refusal } from './run';

const money = (pence: number | null | undefined): string =>
  pence === null || pence === undefined ? '-' : formatPounds(pence);

const refusalTable = (refusals: readonly Refusal[]) =>
  renderRecords(refusals, [
    { header: 'step', align: 'right', cell: (r) => String(r.step) },
    { header: 'command', cell: (r) => r.commandType },
    { header: 'refusal', cell: (r) => r.code },
    { header: 'why', cell: (r) => r.note ?? r.message },
  ]);

export const contractTable = (value: PartnershipValue): string =>
  renderRecords(value.contracts, [
    { header: 'contract', cell: (c) => c.contractId },
    { header: 'tier', align: 'right', cell: (c) => String(c.tier) },
    { header: 'supplier', cell: (c) => c.supplierName },
    { header: 'starts', cell: (c) => c.startsOn },
    { header: 'ends', cell: (c) => (c.ended === null ? c.endsOn : `${c.ended.on} (${c.ended.how})`) },
    { header: 'a year', align: 'right', cell: (c) => money(c.annualValuePence) },
    { header: 'initial term', align: 'right', cell: (c) => money(c.initialTermValuePence) },
    { header: 'maximum', align: 'right', cell: (c) => money(c.maximumValuePence) },
  ]);

export const valueTable = (value: PartnershipValue): string => {
  const rows: [string, string][] = [
    ['annual value (contracts running)', money(value.annualValuePence)],
    ['initial term value (after savings)', money(value.initialTermValuePence)],
    ['committed value (options taken up)', money(value.committedValuePence)],
    ['maximum value (every option, after savings)', money(value.maximumValuePence)],
    ['maximum value before savings', money(value.maximumValueBeforeSavingsPence)],
  ];
  if (value.advertisedMaximumValuePence !== null) {
    rows.push(['advertised maximum value', money(value.advertisedMaximumValuePence)]);
  }
  if (value.expansion.potentialAnnualValuePence !== null) {
    rows.push(['potential annual value (scope)', money(value.expansion.potentialAnnualValuePence)]);
    rows.push(['headroom for expansion', money(value.expansion.headroomPence)]);
  }
  if (value.openBook.claimedPence > 0) {
    rows.push(['open book: claimed', money(value.openBook.claimedPence)]);
    rows.push(['open book: verified', money(value.openBook.verifiedPence)]);
    rows.push(['open book: margin on verified', money(value.openBook.marginPence)]);
    rows.push(['open book: payable', money(value.openBook.payablePence)]);
  }
  if (value.externalFundingPence > 0)
    rows.push(['external funding secured', money(value.externalFundingPence)]);
  return renderTable([{ header: 'figure' }, { header: 'value', align: 'right' }], rows);
};

export const sharesTable = (value: PartnershipValue): string =>
  renderRecords(value.commissionerShares, [
    { header: 'commissioner', cell: (s) => s.name },
    { header: 'a year', align: 'right', cell: (s) => money(s.annualPence) },
    { header: 'initial term', align: 'right', cell: (s) => money(s.initialTermPence) },
    { header: 'maximum', align: 'right', cell: (s) => money(s.maximumPence) },
  ]);

export const performanceTable = (performance: PartnershipPerformance): string =>
  renderRecords(performance.contracts, [
    { header: 'contract', cell: (c) => c.contractId },
    { header: 'status', cell: (c) => c.status },
    { header: 'live on', cell: (c) => c.liveOn ?? '-' },
    { header: 'KPIs', align: 'right', cell: (c) => String(c.kpiCount) },
    { header: 'returns', align: 'right', cell: (c) => String(c.scorecards.length) },
    { header: 'latest RAG', cell: (c) => c.scorecards[c.scorecards.length - 1]?.overallRag ?? '-' },
    { header: 'rating', cell: (c) => c.rating ?? '-' },
    { header: 'review', cell: (c) => c.latestReview?.decision ?? '-' },
    { header: 'embedded', cell: (c) => c.embeddedOn ?? '-' },
  ]);

const isPenceKey = (key: string) => /Pence$/.test(key);

/** One row per figure; an object's fields become rows of their own, so the table stays narrow. */
const figureRows = (key: string, value: unknown): [string, string][] => {
  if (Array.isArray(value)) {
    return [
      [key, value.map((v) => (typeof v === 'number' && isPenceKey(key) ? money(v) : String(v))).join(', ')],
    ];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => figureRows(`${key}.${k}`, v));
  }
  if (typeof value === 'number' && isPenceKey(key)) return [[key, money(value)]];
  return [[key, String(value)]];
};

/** Everything a scenario shows a person, as tables. */
export const renderScenario = (result: ScenarioResult): string => {
  const parts: string[] = [];
  parts.push(
    section(
      result.title,
      renderTable(
        [{ header: 'fact' }, { header: 'value' }],
        [
          ['council', result.councilName],
          ['source document', `seeds/${result.seed}`],
          ['partnership', result.partnershipId],
          ['phase', `${result.phase.phase} (${result.phase.detail})`],
          [
            'commands',
            `${result.run.commandsSent} sent, ${result.run.commandsRecorded} recorded, ` +
              `${result.run.commandsReplayed} already recorded, ${result.run.expectedRefusals.length} refused as expected`,
          ],
          ['events recorded', String(result.run.eventsRecorded)],
        ],
      ),
    ),
  );
  if (result.run.unexpected.length > 0) {
    parts.push(section('UNEXPECTED REFUSAL (the run stopped here)', refusalTable(result.run.unexpected)));
    parts.push(
      result.run.unexpected
        .map((r) => `${r.commandId}: ${r.code} at ${r.path.join('.')}: ${r.message}`)
        .join('\n'),
    );
  }
  if (result.run.expectedRefusals.length > 0) {
    parts.push(section('Refused as the rules require', refusalTable(result.run.expectedRefusals)));
  }
  if (result.value !== null) {
    parts.push(section('Contracts', contractTable(result.value)));
    parts.push(section('Contract value', valueTable(result.value)));
    if (result.value.commissionerShares.length > 0) {
      parts.push(section('Commissioner shares', sharesTable(result.value)));
    }
  }
  if (result.performance !== null && result.performance.contracts.length > 0) {
    parts.push(section('Performance', performanceTable(result.performance)));
  }
  if (result.register !== null) {
    const r = result.register;
    parts.push(
      section(
        `Register, read on ${result.registerDate}`,
        renderTable(
          [{ header: 'item' }, { header: 'value' }],
          [
            ['phase (register)', r.phase],
            ['suppliers', r.suppliers.join(', ') || '-'],
            [
              'starts / ends / latest end',
              `${r.keyDates.startsOn ?? '-'} / ${r.keyDates.endsOn ?? '-'} / ${r.keyDates.maximumEndsOn ?? '-'}`,
            ],
            ...r.deadlines
              .slice(0, 6)
              .map((d): [string, string] => [
                `due ${d.dueOn}${d.overdue ? ' (overdue)' : ''}`,
                `${d.kind}: ${d.description}`,
              ]),
          ],
        ),
      ),
    );
  }
  if (result.timeline.length > 0) {
    const shown = [...result.timeline.slice(0, 3), ...result.timeline.slice(-3)];
    parts.push(
      section(
        `Audit timeline (${result.timeline.length} entries; first and last three)`,
        renderTable(
          [
            { header: 'position', align: 'right' },
            { header: 'business date' },
            { header: 'recorded by' },
            { header: 'what' },
          ],
          shown.map((e) => [
            String(e.globalPosition),
            e.businessDate,
            `${e.actor.id} (${e.actor.role})`,
            e.summary,
          ]),
        ),
      ),
    );
  }
  const figures = Object.entries(result.figures);
  if (figures.length > 0) {
    parts.push(
      section(
        'Seed figures, as the read models report them',
        renderTable(
          [{ header: 'figure' }, { header: 'value', align: 'right' }],
          figures.flatMap(([k, v]) => figureRows(k, v)),
        ),
      ),
    );
  }
  parts.push(
    section('Illustrative (not in the source document)', result.illustrative.map((s) => `- ${s}`).join('\n')),
  );
  if (result.notes.length > 0) parts.push(section('Notes', result.notes.map((s) => `- ${s}`).join('\n')));
  return parts.join('\n\n');
};
