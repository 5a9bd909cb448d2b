import { LineChart, lineChartSvg } from './line-chart';

const who5 = (overrides: Partial<LineChart> = {}): LineChart => ({
  title: 'Mean WHO-5 well-being',
  xLabels: ['start', '3 months', '6 months'],
  series: [{ name: 'All young people', values: [52.34, 58, 61.25] }],
  yMin: 0,
  yMax: 100,
  yLabel: 'WHO-5 score',
  ...overrides,
});

/** The data points: only they are circles with a tooltip (the legend's circles have none). */
function points(svg: string): Array<{ cx: number; cy: number; title: string }> {
  return [...svg.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)"[^>]*><title>([^<]*)<\/title><\/circle>/g)].map((m) => ({
    cx: Number(m[1]),
    cy: Number(m[2]),
    title: m[3],
  }));
}

function polylines(svg: string): string[] {
  return [...svg.matchAll(/<polyline points="([^"]*)"/g)].map((m) => m[1]);
}

function polylineColours(svg: string): string[] {
  return [...svg.matchAll(/<polyline [^>]*stroke="([^"]*)"/g)].map((m) => m[1]);
}

/** The y axis: the vertical line at the plot's left edge, from the top margin to the bottom one. */
function yAxisEnds(svg: string): { top: number; bottom: number } {
  const m = svg.match(/<line x1="(\d+)" y1="([\d.]+)" x2="\1" y2="([\d.]+)"/);
  if (!m) throw new Error('no y axis');
  return { top: Number(m[2]), bottom: Number(m[3]) };
}

function textsWithAnchorEnd(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*text-anchor="end" dominant-baseline="middle"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

describe('lineChartSvg', () => {
  it('is a standalone SVG with a fixed viewBox, a title and a label for screen readers', () => {
    const svg = lineChartSvg(who5());
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('viewBox="0 0 640 360"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Mean WHO-5 well-being"');
    expect(svg.split('\n')[1]).toBe('<title>Mean WHO-5 well-being</title>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws one point per figure, its tooltip naming series, x label and value to one decimal', () => {
    const svg = lineChartSvg(
      who5({
        series: [
          { name: 'All young people', values: [52.34, 58, 61.25] },
          { name: 'Girls', values: [null, 47.96, 55] },
        ],
      }),
    );
    expect(points(svg).map((p) => p.title)).toEqual([
      'All young people, start: 52.3',
      'All young people, 3 months: 58',
      'All young people, 6 months: 61.3',
      'Girls, 3 months: 48',
      'Girls, 6 months: 55',
    ]);
  });

  it('labels each point with its figure and spaces the x labels evenly', () => {
    const svg = lineChartSvg(who5());
    for (const figure of ['52.3', '58', '61.3']) expect(svg).toContain(`>${figure}</text>`);
    const xs = points(svg).map((p) => p.cx);
    expect(xs).toEqual([140, 276, 412]);
    for (const [index, label] of ['start', '3 months', '6 months'].entries()) {
      expect(svg).toContain(`<text x="${xs[index]}" y="332" text-anchor="middle" fill="#222222">${label}</text>`);
    }
  });

  it('breaks a series at a missing figure: two segments and no point for the gap', () => {
    const svg = lineChartSvg(who5({ xLabels: ['a', 'b', 'c', 'd', 'e'], series: [{ name: 'S', values: [40, 50, null, 60, 70] }] }));
    expect(polylines(svg)).toEqual(['112.8,206.4 194.4,180', '357.6,153.6 439.2,127.2']);
    expect(points(svg).map((p) => p.title)).toEqual(['S, a: 40', 'S, b: 50', 'S, d: 60', 'S, e: 70']);
    expect(points(svg).map((p) => p.cx)).not.toContain(276);
  });

  it('draws no line for a lone figure between gaps, only its point', () => {
    const svg = lineChartSvg(who5({ series: [{ name: 'S', values: [null, 50, null] }] }));
    expect(polylines(svg)).toEqual([]);
    expect(points(svg).map((p) => p.title)).toEqual(['S, 3 months: 50']);
  });

  it('draws yMax at the top margin and yMin at the bottom one', () => {
    const svg = lineChartSvg(who5({ series: [{ name: 'S', values: [100, 50, 0] }] }));
    const axis = yAxisEnds(svg);
    expect(axis).toEqual({ top: 48, bottom: 312 });
    expect(points(svg).map((p) => p.cy)).toEqual([axis.top, (axis.top + axis.bottom) / 2, axis.bottom]);
  });

  it('keeps a figure beyond the scale at its edge, still labelled with the true value', () => {
    const svg = lineChartSvg(who5({ series: [{ name: 'S', values: [120, -5, 50] }] }));
    expect(points(svg).map((p) => p.cy)).toEqual([48, 312, 180]);
    expect(points(svg).map((p) => p.title)).toEqual(['S, start: 120', 'S, 3 months: -5', 'S, 6 months: 50']);
  });

  it('ticks the y axis in five or six round steps', () => {
    expect(textsWithAnchorEnd(lineChartSvg(who5()))).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(textsWithAnchorEnd(lineChartSvg(who5({ yMin: 1, yMax: 5 })))).toEqual(['1', '2', '3', '4', '5']);
    expect(textsWithAnchorEnd(lineChartSvg(who5({ yMin: 1, yMax: 4 })))).toEqual(['1', '1.6', '2.2', '2.8', '3.4', '4']);
  });

  it('gives each series its own colour from the palette and a legend entry', () => {
    const svg = lineChartSvg(
      who5({
        series: [
          { name: 'Boys', values: [50, 55, 60] },
          { name: 'Girls', values: [45, 50, 58] },
        ],
      }),
    );
    expect(polylineColours(svg)).toEqual(['#0072B2', '#E69F00']);
    const legendNames = [...svg.matchAll(/<g class="legend-entry">.*?stroke="([^"]*)".*?<text [^>]*>([^<]*)<\/text><\/g>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(legendNames).toEqual([
      ['#0072B2', 'Boys'],
      ['#E69F00', 'Girls'],
    ]);
  });

  it('escapes every text it writes', () => {
    const nasty = `A <b>&"c'`;
    const escaped = 'A &#60;b&#62;&#38;&#34;c&#39;';
    const svg = lineChartSvg(
      who5({
        title: nasty,
        yLabel: nasty,
        xLabels: [nasty, 'b', 'c'],
        series: [{ name: nasty, values: [1, 2, 3] }],
        bands: [{ label: nasty, value: 10 }],
      }),
    );
    expect(svg).toContain(`aria-label="${escaped}"`);
    expect(svg).toContain(`<title>${escaped}</title>`);
    expect(svg).toContain(`<title>${escaped}, ${escaped}: 1</title>`);
    // Title (visible), y label, x label, legend and band label.
    expect(svg.split(`>${escaped}</text>`)).toHaveLength(6);
    expect(svg).not.toContain('<b>');
    expect(svg).not.toMatch(/&(?!#\d+;)/);
  });

  it('draws each reference band as a dashed line with its label', () => {
    const svg = lineChartSvg(
      who5({
        bands: [
          { label: 'likely depression (≤ 28)', value: 28 },
          { label: 'poor (≤ 50)', value: 50 },
        ],
      }),
    );
    const bands = [
      ...svg.matchAll(
        /<g class="band"><line x1="72" y1="([\d.]+)" x2="480" y2="\1" [^>]*stroke-dasharray="6 4"\/><text [^>]*>([^<]*)<\/text><\/g>/g,
      ),
    ].map((m) => [m[1], m[2]]);
    expect(bands).toEqual([
      ['238.1', 'likely depression (≤ 28)'],
      ['180', 'poor (≤ 50)'],
    ]);
  });

  it('refuses a series whose length differs from the x labels', () => {
    expect(() => lineChartSvg(who5({ series: [{ name: 'Girls', values: [50, 60] }] }))).toThrow(
      'Line chart "Mean WHO-5 well-being": series "Girls" has 2 values for 3 x labels',
    );
  });

  it.each([
    [100, 100],
    [100, 0],
    [0, Number.NaN],
  ])('refuses a scale from %p to %p', (yMin, yMax) => {
    expect(() => lineChartSvg(who5({ yMin, yMax }))).toThrow(
      `Line chart "Mean WHO-5 well-being": yMax (${yMax}) must be above yMin (${yMin})`,
    );
  });
});
