import { formatPounds, VerificationReport } from '@council-partnerships/domain';
import { contractSummaryCells } from '../render/contractCells';
import { PartnershipReportData } from './data';

/** Everything written into the page passes through here: titles and notes are hostile input. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const e = escapeHtml;

const table = (
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string =>
  rows.length === 0
    ? ''
    : `<table><thead><tr>${headers.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${e(c)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table>`;

const none = (text: string): string => `<p class="none">${e(text)}</p>`;

export interface PartnershipCharts {
  readonly lifecycle: string | null;
  readonly value: string | null;
  readonly rag: string | null;
}

const figure = (svg: string | null, caption: string, kind: string): string =>
  svg === null
    ? ''
    : `<figure class="chart" data-chart="${e(kind)}">${svg}<figcaption>${e(caption)}</figcaption></figure>`;

export const verificationHtml = (
  report: VerificationReport,
  storeName: string,
  streamId: string | null,
): string => {
  const scope = `${report.streamsChecked} stream(s), ${report.eventsChecked} event(s) in the ${storeName} store`;
  if (report.intact) {
    return `<section class="verification intact"><h2>Verification: intact</h2><p>Every hash chain recomputes for ${e(scope)}: no recorded event was altered, deleted, inserted or reordered since it was recorded.</p></section>`;
  }
  const own = streamId === null ? report.problems : report.problems.filter((p) => p.streamId === streamId);
  return `<section class="verification tampered"><h2>Verification: TAMPERED</h2><p>${report.problems.length} problem(s) found in ${e(scope)}${streamId === null ? '' : `; ${own.length} in this partnership's stream`}. The figures below are read from the history as it now stands and cannot be relied on.</p>${table(
    ['finding', 'stream', 'version', 'message'],
    report.problems.map((p) => [
      p.kind,
      p.streamId,
      p.streamVersion === null ? '-' : String(p.streamVersion),
      p.message,
    ]),
  )}</section>`;
};

/** One partnership's part of the report: lifecycle, value, performance, money, changes, deadlines. */
export const partnershipHtml = (data: PartnershipReportData, charts: PartnershipCharts): string => {
  const r = data.replay;
  const title = r.register?.title ?? r.state.title ?? r.partnershipId;
  const v = r.value;
  const contracts = r.register?.contracts ?? [];
  const deadlines = r.register?.deadlines ?? [];
  const overdue = deadlines.filter((d) => d.overdue);
  const upcoming = deadlines.filter((d) => !d.overdue);
  const deadlineRows = (ds: typeof deadlines) => ds.map((d) => [d.dueOn, d.kind, d.description]);
  return `<article class="partnership" id="${e(r.partnershipId)}">
<h2>${e(title)}</h2>
<p class="meta">Partnership <code>${e(r.partnershipId)}</code>; phase on ${e(r.readOn)}: <strong>${e(r.register?.phase ?? 'not yet in the register')}</strong>; ${r.eventsReplayed} events recorded.</p>
${v === null ? '' : `<dl class="figures"><div><dt>A year, running</dt><dd>${e(formatPounds(v.annualValuePence))}</dd></div><div><dt>Committed</dt><dd>${e(formatPounds(v.committedValuePence))}</dd></div><div><dt>Maximum with extensions, after savings</dt><dd>${e(formatPounds(v.maximumValuePence))}</dd></div><div><dt>Verified spend (open book)</dt><dd>${e(formatPounds(v.openBook.verifiedPence))}</dd></div></dl>`}
${table(
  ['contract', 'supplier', 'phase', 'starts', 'ends', 'a year', 'total'],
  contracts.map(contractSummaryCells),
  [5, 6],
)}
<section><h3>Lifecycle</h3>${figure(charts.lifecycle, 'Each mark is a step of the lifecycle, on the day it happened.', 'lifecycle')}
${
  data.milestones.length === 0
    ? none('No lifecycle step recorded yet.')
    : table(
        ['date', 'stage', 'what'],
        data.milestones.map((m) => [m.on, m.stage, m.what]),
      )
}</section>
<section><h3>Contract value over time</h3>${figure(charts.value, 'Committed value, maximum value with every extension, and verified open-book spend, by financial year (April to March).', 'value')}
${
  data.valueByYear.length === 0
    ? none('No contract signed yet.')
    : table(
        ['financial year', 'committed', 'maximum', 'verified spend'],
        data.valueByYear.map((y) => [
          y.financialYear,
          formatPounds(y.committedPence),
          formatPounds(y.maximumPence),
          formatPounds(y.verifiedPence),
        ]),
        [1, 2, 3],
      )
}</section>
<section><h3>Performance: KPI RAG by quarter</h3>${data.rag.length === 0 ? none('No performance return recorded yet.') : figure(charts.rag, 'Each cell is the worst RAG a KPI was reported at in the quarter.', 'rag')}</section>
<section><h3>Open-book claims</h3>${
    data.paidAboveMaximum.length === 0
      ? ''
      : `<div class="warning"><p><strong>Paid above the contract's maximum value:</strong> verified claims on these contracts come to more than the maximum with every extension and change. Paying it needs a modification the council has not recorded.</p>${table(
          ['contract', 'maximum value', 'payable on verified claims', 'above the maximum'],
          data.paidAboveMaximum.map((p) => [
            `${p.title} (${p.contractId})`,
            formatPounds(p.maximumValuePence),
            formatPounds(p.payablePence),
            formatPounds(p.excessPence),
          ]),
          [1, 2, 3],
        )}</div>`
  }${
    data.claimsByYear.length === 0
      ? none('No open-book claim verified yet.')
      : table(
          ['financial year', 'claimed', 'verified', 'disallowed', 'margin', 'payable'],
          data.claimsByYear.map((c) => [
            c.financialYear,
            formatPounds(c.claimedPence),
            formatPounds(c.verifiedPence),
            formatPounds(c.disallowedPence),
            formatPounds(c.marginPence),
            formatPounds(c.payablePence),
          ]),
          [1, 2, 3, 4, 5],
        )
  }
${data.awaitingVerificationPence > 0 ? `<p>Claims awaiting verification: ${e(formatPounds(data.awaitingVerificationPence))} (nothing is payable on them yet).</p>` : ''}</section>
<section><h3>Modifications</h3>${
    data.modifications.length === 0
      ? none('No contract modified and no module expansion approved.')
      : table(
          [
            'agreed',
            'contract',
            'change',
            'classification',
            'substantial',
            'change notice',
            'provision',
            'why',
          ],
          data.modifications.map((m) => [
            m.on,
            m.subject,
            m.change,
            m.category,
            m.substantial ? 'yes' : 'no',
            m.changeNoticeRequired ? 'required' : 'not required',
            m.provision,
            m.explanation,
          ]),
        )
  }</section>
<section><h3>Corrections</h3>${
    data.corrections.length === 0
      ? none('No correction recorded.')
      : table(
          ['recorded at', 'event', 'corrects', 'what'],
          data.corrections.map((c) => [c.recordedAt, c.type, c.corrects ?? '-', c.what]),
        )
  }
<p>${data.recordedLate} event(s) were recorded on a later day than they happened (late returns, backdated entries).</p></section>
<section><h3>Deadlines</h3>${overdue.length === 0 ? '' : `<h4 class="overdue">Overdue</h4>${table(['was due', 'deadline', 'what'], deadlineRows(overdue))}`}
${upcoming.length === 0 ? none('Nothing due from this date on.') : `<h4>Upcoming</h4>${table(['due on', 'deadline', 'what'], deadlineRows(upcoming))}`}</section>
</article>`;
};

const STYLE = `
body{font-family:Helvetica,Arial,sans-serif;color:#1b1b1b;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.3rem;border-bottom:2px solid #1f5c99;padding-bottom:.2rem}
h3{font-size:1.05rem;margin-top:1.5rem}code{font-size:.9em}.meta{color:#444}
.verification{padding:.5rem 1rem;border-radius:4px;margin:1rem 0}.intact{background:#e6f4ea;border:2px solid #2e8540}
.tampered{background:#fdecea;border:2px solid #c0392b}.overdue{color:#c0392b}
.warning{background:#fdecea;border:2px solid #c0392b;padding:.3rem .8rem;border-radius:4px;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}th,td{border-bottom:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}
th{background:#f0f3f7}td:first-child{white-space:nowrap}.num{text-align:right;white-space:nowrap}.none{color:#666;font-style:italic}
.figures{display:flex;flex-wrap:wrap;gap:1rem}.figures div{border:1px solid #ccc;padding:.4rem .8rem;border-radius:4px}dt{font-size:.8rem;color:#555}dd{margin:0;font-weight:bold}
figure.chart{margin:.5rem 0;overflow-x:auto}figure.chart svg{max-width:100%;height:auto}figcaption{font-size:.8rem;color:#555}
@media print{body{margin:0;max-width:none;font-size:10pt}article.partnership{break-before:page}article.partnership:first-of-type{break-before:auto}
section>h3,figure{break-inside:avoid}tr{break-inside:avoid}
.verification,.figures div,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}}
@page{size:A4;margin:15mm}`;

/** The whole page: self-contained (styles inline, charts as inline SVG, no script, no link, no font to fetch). */
export const reportPage = (parts: {
  title: string;
  generatedAt: string;
  readOn: string;
  verification: string;
  body: string;
}): string =>
  `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(parts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${e(parts.title)}</h1><p class="meta">Read on ${e(parts.readOn)}; generated ${e(parts.generatedAt)} from the event store's recorded history.</p></header>
${parts.verification}
${parts.body}
</body>
</html>
`;
