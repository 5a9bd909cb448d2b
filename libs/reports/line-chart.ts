/**
 * A small line chart as one self-contained SVG string: no scripts, fonts or
 * stylesheets to fetch, so a report can inline it, mail it or save it as a file.
 */

export interface ChartSeries {
  name: string;
  /** null = no figure (e.g. suppressed for privacy): a gap, no point and no line through it. */
  values: Array<number | null>;
}

export interface LineChart {
  title: string;
  /** One per point, e.g. ['start', '3 months', '6 months']. */
  xLabels: string[];
  /** Each series has one value per x label. */
  series: ChartSeries[];
  /** A fixed scale (e.g. 0..100 for WHO-5), so charts of different groups compare at a glance. */
  yMin: number;
  yMax: number;
  yLabel?: string;
  /** Horizontal reference lines, e.g. { label: 'likely depression (≤ 28)', value: 28 } */
  bands?: Array<{ label: string; value: number }>;
}

const WIDTH = 640;
const HEIGHT = 360;
/** Room for the title above, tick labels and the y label left, x labels below and the legend right. */
const PLOT = { left: 72, right: WIDTH - 160, top: 48, bottom: HEIGHT - 48 };
/** Okabe–Ito without its yellow, which is too faint on white: told apart under the common colour-vision deficiencies. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'];
const TEXT_COLOUR = '#222222';
const AXIS_COLOUR = '#444444';
const GRID_COLOUR = '#dddddd';
const BAND_COLOUR = '#666666';

interface Scale {
  x: (index: number) => number;
  y: (value: number) => number;
}

interface Point {
  x: number;
  y: number;
  value: number;
  xLabel: string;
}

/** The chart as an SVG document; pure. Throws when the data cannot be drawn truthfully. */
export function lineChartSvg(chart: LineChart): string {
  assertDrawable(chart);
  const scale = scaleFor(chart);
  const title = escapeXml(chart.title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" ` +
      `role="img" aria-label="${title}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${title}</title>`,
    `<text x="${PLOT.left}" y="24" font-size="16" font-weight="bold" fill="${TEXT_COLOUR}">${title}</text>`,
    ...yAxis(chart, scale),
    ...xAxis(chart.xLabels, scale),
    ...(chart.bands ?? []).map((band) => referenceLine(band, scale)),
    ...chart.series.map((series, index) => seriesGroup(series, colourOf(index), chart.xLabels, scale)),
    ...legend(chart.series),
    '</svg>',
  ].join('\n');
}

function assertDrawable(chart: LineChart): void {
  // Written so that NaN fails too.
  if (!(chart.yMax > chart.yMin)) throw new Error(`Line chart "${chart.title}": yMax (${chart.yMax}) must be above yMin (${chart.yMin})`);
  for (const series of chart.series) {
    if (series.values.length !== chart.xLabels.length) {
      throw new Error(
        `Line chart "${chart.title}": series "${series.name}" has ${series.values.length} values for ${chart.xLabels.length} x labels`,
      );
    }
  }
}

/** Points sit in the middle of equal slots, so the first and last keep clear of the axis and the legend. */
function scaleFor(chart: LineChart): Scale {
  const slot = (PLOT.right - PLOT.left) / Math.max(chart.xLabels.length, 1);
  const perUnit = (PLOT.bottom - PLOT.top) / (chart.yMax - chart.yMin);
  return {
    x: (index) => PLOT.left + slot * (index + 0.5),
    // A value beyond the fixed scale is drawn at its edge, not outside the picture; its labels still give the true figure.
    y: (value) => PLOT.bottom - (clamp(value, chart.yMin, chart.yMax) - chart.yMin) * perUnit,
  };
}

/** Six ticks, or five when that makes the step whole: 1..5 reads 1, 2, 3, 4, 5 rather than 1, 1.8, 2.6, … */
function yTicks(yMin: number, yMax: number): number[] {
  const range = yMax - yMin;
  const intervals = Number.isInteger(range / 4) && !Number.isInteger(range / 5) ? 4 : 5;
  return Array.from({ length: intervals + 1 }, (_, i) => yMin + (range * i) / intervals);
}

function yAxis(chart: LineChart, scale: Scale): string[] {
  const ticks = yTicks(chart.yMin, chart.yMax).flatMap((tick) => {
    const y = num(scale.y(tick));
    return [
      `<line x1="${PLOT.left}" y1="${y}" x2="${PLOT.right}" y2="${y}" stroke="${GRID_COLOUR}"/>`,
      `<text x="${PLOT.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="${TEXT_COLOUR}">${num(tick)}</text>`,
    ];
  });
  const axis = `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${PLOT.bottom}" stroke="${AXIS_COLOUR}"/>`;
  if (!chart.yLabel) return [...ticks, axis];
  // Rotated about the origin, so x runs up the page and y is the distance from the left edge.
  const label =
    `<text transform="rotate(-90)" x="${num(-(PLOT.top + PLOT.bottom) / 2)}" y="16" text-anchor="middle" fill="${TEXT_COLOUR}">` +
    `${escapeXml(chart.yLabel)}</text>`;
  return [...ticks, axis, label];
}

function xAxis(xLabels: string[], scale: Scale): string[] {
  const labels = xLabels.map(
    (label, index) =>
      `<text x="${num(scale.x(index))}" y="${PLOT.bottom + 20}" text-anchor="middle" fill="${TEXT_COLOUR}">${escapeXml(label)}</text>`,
  );
  return [`<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="${AXIS_COLOUR}"/>`, ...labels];
}

function referenceLine(band: { label: string; value: number }, scale: Scale): string {
  const y = num(scale.y(band.value));
  return [
    `<g class="band">`,
    `<line x1="${PLOT.left}" y1="${y}" x2="${PLOT.right}" y2="${y}" stroke="${BAND_COLOUR}" stroke-dasharray="6 4"/>`,
    `<text x="${PLOT.right - 4}" y="${num(scale.y(band.value) - 4)}" text-anchor="end" fill="${BAND_COLOUR}">` +
      `${escapeXml(band.label)}</text>`,
    `</g>`,
  ].join('');
}

function seriesGroup(series: ChartSeries, colour: string, xLabels: string[], scale: Scale): string {
  const points = series.values.map((value, index) =>
    value === null ? null : { x: scale.x(index), y: scale.y(value), value, xLabel: xLabels[index] },
  );
  const lines = segments(points).map(
    (segment) =>
      `<polyline points="${segment.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`,
  );
  const marks = points.filter((p): p is Point => p !== null).map((p) => pointMark(p, series.name, colour));
  return [`<g class="series">`, ...lines, ...marks, `</g>`].join('');
}

/** Runs of consecutive figures; a lone figure between gaps gets no line, only its point. */
function segments(points: Array<Point | null>): Point[][] {
  const runs: Point[][] = [[]];
  for (const point of points) {
    if (point) runs[runs.length - 1].push(point);
    else runs.push([]);
  }
  return runs.filter((run) => run.length > 1);
}

/** The circle carries a tooltip naming what it is; the label beside it shows the figure without hovering. */
function pointMark(point: Point, seriesName: string, colour: string): string {
  const x = num(point.x);
  const tooltip = escapeXml(`${seriesName}, ${point.xLabel}: ${num(point.value)}`);
  return [
    `<circle cx="${x}" cy="${num(point.y)}" r="4" fill="${colour}" stroke="#ffffff" stroke-width="1"><title>${tooltip}</title></circle>`,
    `<text x="${x}" y="${num(point.y - 9)}" text-anchor="middle" fill="${TEXT_COLOUR}">${num(point.value)}</text>`,
  ].join('');
}

function legend(series: ChartSeries[]): string[] {
  const left = PLOT.right + 16;
  return series.map((entry, index) => {
    const y = PLOT.top + index * 20;
    const colour = colourOf(index);
    return [
      `<g class="legend-entry">`,
      `<line x1="${left}" y1="${y}" x2="${left + 20}" y2="${y}" stroke="${colour}" stroke-width="2"/>`,
      `<circle cx="${left + 10}" cy="${y}" r="4" fill="${colour}"/>`,
      `<text x="${left + 28}" y="${y}" dominant-baseline="middle" fill="${TEXT_COLOUR}">${escapeXml(entry.name)}</text>`,
      `</g>`,
    ].join('');
  });
}

/** Beyond the palette colours repeat; the legend order and the tooltips still tell the series apart. */
function colourOf(index: number): string {
  return PALETTE[index % PALETTE.length];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** At most one decimal: figures to read, and coordinates without float noise. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
