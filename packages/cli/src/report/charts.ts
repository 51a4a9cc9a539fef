import * as vega from 'vega';
import * as vl from 'vega-lite';
import { ValueYear } from './data';
import { Milestone, RagCell, STAGE_ORDER } from './streamFacts';

/**
 * Charts are drawn by Vega-Lite and rendered to SVG on the server (no browser, no canvas, no script in
 * the page): the report opens anywhere, prints as it looks, and makes no network request.
 */
export const renderChart = async (spec: vl.TopLevelSpec): Promise<string> => {
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
};

const WIDTH = 680;
const font = { font: 'Helvetica, Arial, sans-serif' };
const config = {
  ...font,
  view: { stroke: null },
  axis: { labelFont: font.font, titleFont: font.font },
  legend: { labelFont: font.font, titleFont: font.font },
};

/** Committed, maximum and verified spend by financial year, in pounds. */
export const valueChartSpec = (years: readonly ValueYear[]): vl.TopLevelSpec => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
  description: 'contract value by financial year',
  width: WIDTH,
  height: 240,
  config,
  data: {
    values: years.flatMap((y) => [
      { year: y.financialYear, measure: 'committed', pounds: y.committedPence / 100 },
      { year: y.financialYear, measure: 'maximum (all extensions)', pounds: y.maximumPence / 100 },
      { year: y.financialYear, measure: 'verified spend (open book)', pounds: y.verifiedPence / 100 },
    ]),
  },
  mark: { type: 'bar' },
  encoding: {
    x: { field: 'year', type: 'ordinal', title: 'financial year', axis: { labelAngle: -45 } },
    xOffset: {
      field: 'measure',
      sort: ['committed', 'maximum (all extensions)', 'verified spend (open book)'],
    },
    y: { field: 'pounds', type: 'quantitative', title: 'pounds', axis: { format: '~s' } },
    color: {
      field: 'measure',
      type: 'nominal',
      title: null,
      sort: ['committed', 'maximum (all extensions)', 'verified spend (open book)'],
      scale: { range: ['#1f5c99', '#9ab8d8', '#2e8540'] },
      legend: { orient: 'top' },
    },
  },
});

const RAG_COLOURS = { domain: ['green', 'amber', 'red'], range: ['#2e8540', '#f0a30a', '#c0392b'] };

/** One row per contract KPI, one column per quarter, coloured by the worst RAG reported in it. */
export const ragChartSpec = (cells: readonly RagCell[]): vl.TopLevelSpec => {
  const rows = new Set(cells.map((c) => c.row)).size;
  const quarters = [...new Set(cells.map((c) => c.quarter))].sort();
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: 'KPI RAG by quarter',
    width: Math.max(120, Math.min(WIDTH, quarters.length * 18)),
    height: Math.max(40, rows * 16),
    config,
    data: { values: cells.map((c) => ({ ...c })) },
    mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
    encoding: {
      x: {
        field: 'quarter',
        type: 'ordinal',
        title: 'quarter (financial year)',
        sort: quarters,
        axis: { labelAngle: -60 },
      },
      y: { field: 'row', type: 'nominal', title: null, axis: { labelLimit: 320 } },
      color: { field: 'rag', type: 'nominal', title: 'RAG', scale: RAG_COLOURS, legend: { orient: 'top' } },
    },
  };
};

/** Each milestone on a line of its stage, by the date it happened. */
export const lifecycleChartSpec = (milestones: readonly Milestone[]): vl.TopLevelSpec => {
  const stages = STAGE_ORDER.filter((s) => milestones.some((m) => m.stage === s));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: 'lifecycle timeline',
    width: WIDTH,
    height: Math.max(60, stages.length * 22),
    config,
    data: { values: milestones.map((m) => ({ on: m.on, stage: m.stage, type: m.type })) },
    mark: { type: 'tick', thickness: 2, size: 14 },
    encoding: {
      x: {
        field: 'on',
        type: 'temporal',
        title: 'date it happened',
        axis: { format: '%Y', tickCount: 'year' },
      },
      y: { field: 'stage', type: 'ordinal', title: null, sort: stages },
      color: { field: 'stage', type: 'nominal', legend: null, sort: stages, scale: { scheme: 'tableau10' } },
    },
  };
};
