import type { ChartSize } from "./layout";
import { chartWords } from "@/lib/chart/words";
import type { ChartLine, SeriesChart } from "@/lib/chart/series-chart";
import { MARK_EVERY_POINT_UP_TO, axisNumber, bandPaths, endLabels, linePaths, markedPoints, markerPaths, type SeriesLayout, seriesLayout } from "@/lib/chart/series-layout";

/**
 * Claims over time as lines, drawn directly as SVG: no charting library, because a daily series of
 * ~1,600 points a line is slow in recharts (recharts #1465, #6207) and drawing it under jsdom at
 * build time for every range and size would cost seconds; this is a few path strings. Stateless: it
 * draws what `chart` holds (full or reduced lines), rendered to static markup at build time.
 */
export function SeriesLines({ chart, size, idPrefix }: { chart: SeriesChart; size: ChartSize; idPrefix: string }) {
  const layout = seriesLayout(chart, size);
  const { plot, fontSize } = layout;
  const labels = endLabels(chart.lines, layout);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="cc-chart cc-series"
      fontSize={fontSize}
      data-plot={`${plot.x0} ${plot.y0} ${plot.x1} ${plot.y1}`}
      data-days={`${layout.days.d0} ${layout.days.d1}`}
      data-max={chart.axisMax}
      id={`${idPrefix}-svg`}
    >
      <g aria-hidden="true">
        {layout.yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={plot.x0} x2={plot.x1} y1={layout.y(t)} y2={layout.y(t)} stroke="currentColor" strokeOpacity={t === 0 ? 0.5 : 0.13} />
            <text x={plot.x0 - 4} y={layout.y(t) + fontSize * 0.35} textAnchor="end" fill="currentColor">
              {axisNumber(t, layout.locale)}
            </text>
          </g>
        ))}
        {layout.xTicks.map((t) => (
          <g key={`x${t.day}`}>
            <line x1={layout.x(t.day)} x2={layout.x(t.day)} y1={plot.y0} y2={plot.y1 + 4} stroke="currentColor" strokeOpacity={0.13} />
            <text x={layout.x(t.day)} y={plot.y1 + fontSize + 5} textAnchor="middle" fill="currentColor">
              {t.label}
            </text>
          </g>
        ))}
        {(chart.controlMarks ?? []).map((m, i) => (
          <g key={`${m.date}-${m.place}`} className="cc-control-mark">
            <line x1={layout.x(m.day)} x2={layout.x(m.day)} y1={plot.y0} y2={plot.y1} stroke="currentColor" strokeOpacity={0.55} strokeDasharray="3 3" />
            <text x={layout.x(m.day) + 3} y={plot.y0 + fontSize * (1 + i)} fill="currentColor" fontSize={fontSize - 1}>
              {m.place}
            </text>
          </g>
        ))}
        {/* A model's band first, so everything else is drawn over it. */}
        {chart.lines.map((line) => (line.draw === "band" ? <Band key={`band-${line.id}`} line={line} layout={layout} /> : null))}
        {chart.lines.map((line) => (
          <Line key={line.id} line={line} layout={layout} />
        ))}
        {chart.lines.map((line) =>
          line.offLine.map((o) => (o.claim.qualifier === "vague" ? null : <OffLineMark key={o.claim.id} x={layout.x(dayOf(o.date))} y={layout.y(o.claim.value)} />)),
        )}
        {labels.map((l) => (
          <g key={l.lineId} className={l.inline ? "cc-end-label cc-end-inline" : "cc-end-label"}>
            {l.inline ? null : (
              <>
                <line x1={l.pointX} y1={l.pointY} x2={plot.x1 + 6} y2={l.labelY - fontSize * 0.35} stroke={l.colour} strokeWidth={1} />
                <rect x={plot.x1 + 6} y={l.labelY - fontSize * 0.8} width={3} height={fontSize * 2 + 2} fill={l.colour} />
              </>
            )}
            <text x={l.inline ? l.labelX : plot.x1 + 12} y={l.labelY} fontWeight={700} fill="currentColor">
              {l.figure}
            </text>
            <text x={l.inline ? l.labelX : plot.x1 + 12} y={l.labelY + fontSize + 1} fontSize={fontSize - 1} fill="currentColor" className="cc-muted-text">
              {l.inline ? chartWords(layout.locale).t("chart.endLabelLast", { date: l.date }) : l.date}
            </text>
          </g>
        ))}
        {layout.ratioPanel && chart.ratio ? <RatioPanel chart={chart} layout={layout} /> : null}
      </g>
    </svg>
  );
}

const dayOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** A model's interval: the lightest fill, and its central estimate as a thin line. */
function Band({ line, layout }: { line: ChartLine; layout: SeriesLayout }) {
  const { band, central } = bandPaths(line.points, layout);
  return (
    <g className="cc-band" data-line={line.id}>
      <path d={band} fill={line.colour} fillOpacity={0.16} stroke="none" />
      {central ? <path d={central} fill="none" stroke={line.colour} strokeOpacity={0.8} strokeWidth={1} /> : null}
    </g>
  );
}

function Line({ line, layout }: { line: ChartLine; layout: SeriesLayout }) {
  const width = line.cadence === "daily" ? 2 : 1.25;
  const dotted = line.cadence === "sparse" || line.draw === "points";
  const sparseDots = dotted && line.points.length <= MARK_EVERY_POINT_UP_TO;
  const marks = markerPaths(markedPoints(line), layout, dotted ? 3 : 2.5, { ringAlone: !sparseDots });
  // Only one body's own series is joined: separate estimates stay dots, and a band is drawn by Band.
  const paths = line.draw === "line" ? linePaths(line.points, layout) : [];
  return (
    <g className="cc-line" data-line={line.id} data-draw={line.draw}>
      {paths.map((p) => (
        <path key={p.d.slice(0, 24)} d={p.d} fill="none" stroke={line.colour} strokeWidth={width} strokeDasharray={p.stroke === "dashed" ? "5 3" : undefined} strokeLinejoin="round" />
      ))}
      {/* A point's mark says its qualifier: a filled dot as stated, a hollow dot "about", a triangle up "more than"/"at least", down "up to", a bar a range; an open diamond a revision. */}
      {marks.dot ? <path d={marks.dot} fill={line.colour} /> : null}
      {marks.up ? <path d={marks.up} fill={line.colour} /> : null}
      {marks.hollow ? <path d={marks.hollow} fill="#fff" className="cc-hollow" stroke={line.colour} strokeWidth={1.5} /> : null}
      {marks.down ? <path d={marks.down} fill="#fff" className="cc-hollow" stroke={line.colour} strokeWidth={1.2} /> : null}
      {marks.range ? <path d={marks.range} fill="none" stroke={line.colour} strokeWidth={1.5} /> : null}
      {/* In the line's own colour, thin: legible in light and dark, and a line with many revisions stays a line. */}
      {marks.ring ? <path d={marks.ring} fill="none" className="cc-ring" stroke={line.colour} strokeWidth={1.2} /> : null}
    </g>
  );
}

/** A doubted claim, left off the line but shown where it stands: a grey cross. */
export function OffLineMark({ x, y }: { x: number; y: number }) {
  return <path d={`M${x - 3.5} ${y - 3.5}l7 7m0 -7l-7 7`} stroke="currentColor" strokeOpacity={0.6} strokeWidth={1.5} className="cc-off-line" />;
}

/** The ratio of two lines that count the same thing, as a small second chart under the first. */
function RatioPanel({ chart, layout }: { chart: SeriesChart; layout: SeriesLayout }) {
  const panel = layout.ratioPanel;
  const ratio = chart.ratio;
  if (!panel || !ratio) return null;
  const { plot, fontSize } = layout;
  const d = ratio.points.map((p, i) => `${i === 0 || p.numerator.breakBefore ? "M" : "L"}${layout.x(p.day)} ${layout.ry(p.ratio)}`).join("");
  const ticks = [0, Math.round(panel.max / 2), panel.max].filter((t, i, all) => all.indexOf(t) === i);
  const last = ratio.points.at(-1);
  return (
    <g className="cc-ratio">
      <text x={plot.x0} y={panel.top - 8} fontWeight={600} fill="currentColor">
        {ratio.label}
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={plot.x0} x2={plot.x1} y1={layout.ry(t)} y2={layout.ry(t)} stroke="currentColor" strokeOpacity={t === 0 ? 0.5 : 0.13} />
          <text x={plot.x0 - 4} y={layout.ry(t) + fontSize * 0.35} textAnchor="end" fill="currentColor">{`${t}×`}</text>
        </g>
      ))}
      <path d={d} fill="none" stroke="currentColor" strokeWidth={1.5} />
      {last ? (
        <text x={plot.x1 + 6} y={layout.ry(last.ratio) + fontSize * 0.35} fontWeight={700} fill="currentColor">{`${last.ratio.toFixed(1)}×`}</text>
      ) : null}
    </g>
  );
}
