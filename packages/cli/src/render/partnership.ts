import { formatPounds } from '@council-partnerships/domain';
import { PartnershipAsOf } from '../replay/partnershipAsOf';
import { contractSummaryCells } from './contractCells';
import { renderTable, TableLayout } from './table';

const question = (r: PartnershipAsOf): string => {
  const parts = [
    r.asOf.businessDate === undefined ? null : `as of business date ${r.asOf.businessDate}`,
    r.asOf.recordedBy === undefined ? null : `as recorded by ${r.asOf.recordedBy}`,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? 'as everything recorded now stands' : parts.join(', ');
};

/** A partnership replayed, for a person: what was known, the money, the contracts, what was due. */
export const renderPartnership = (r: PartnershipAsOf, layout: TableLayout = {}): string => {
  const lines: string[] = [];
  const title = r.register?.title ?? r.state.title ?? r.partnershipId;
  lines.push(`Partnership ${r.partnershipId}: ${title}`);
  lines.push(`Replayed ${question(r)}: ${r.eventsReplayed} of ${r.eventsInStream} events.`);
  if (r.lastEvent !== null) {
    lines.push(
      `Last event: version ${r.lastEvent.streamVersion} ${r.lastEvent.type}, happened ${r.lastEvent.occurredAt}, recorded ${r.lastEvent.recordedAt}.`,
    );
  }
  if (r.eventsReplayed === 0) {
    lines.push('Nothing about this partnership was known at that point.');
    return `${lines.join('\n')}\n`;
  }
  if (r.readAhead !== undefined) lines.push(`Read ahead: ${r.readAhead.note}.`);
  if (r.register !== null) lines.push(`Phase on ${r.readOn}: ${r.register.phase}.`);
  if (r.value !== null) {
    lines.push(
      `Value: ${formatPounds(r.value.annualValuePence)} a year running; committed ${formatPounds(r.value.committedValuePence)}; maximum with extensions, after savings ${formatPounds(r.value.maximumValuePence)}.`,
    );
  }
  const contracts = r.register?.contracts ?? [];
  if (contracts.length > 0) {
    const ratings = new Map((r.performance?.contracts ?? []).map((c) => [c.contractId, c]));
    lines.push('');
    lines.push(
      renderTable(
        [
          { header: 'contract' },
          { header: 'title', maxWidth: 36, flexible: true },
          { header: 'supplier', maxWidth: 28, flexible: true },
          { header: 'phase' },
          { header: 'starts' },
          { header: 'ends' },
          { header: 'annual value', align: 'right' },
          { header: 'total value', align: 'right' },
          { header: 'latest rating' },
        ],
        contracts.map((c) => [
          c.contractId,
          ...contractSummaryCells(c),
          ratings.get(c.contractId)?.rating ?? '-',
        ]),
        layout,
      ).trimEnd(),
    );
  }
  const deadlines = r.register?.deadlines ?? [];
  if (deadlines.length > 0) {
    lines.push('');
    lines.push(
      renderTable(
        [
          { header: 'due on' },
          { header: 'deadline' },
          { header: 'overdue' },
          { header: 'what', maxWidth: 70, flexible: true },
        ],
        deadlines.map((d) => [d.dueOn, d.kind, d.overdue ? 'OVERDUE' : '', d.description]),
        layout,
      ).trimEnd(),
    );
  }
  const reasons = r.performance?.expansion.reasons ?? [];
  if (r.performance !== null) {
    lines.push('');
    lines.push(
      r.performance.expansion.allowed
        ? 'Module expansion: allowed.'
        : `Module expansion: not yet allowed: ${reasons.join('; ')}.`,
    );
  }
  return `${lines.join('\n')}\n`;
};
