import type { ReactElement } from "react";
import { Bar, BarChart, type BarShapeProps, CartesianGrid, XAxis, YAxis, type YAxisTickContentProps } from "recharts";
import type { ChartCell, FigureChart } from "@/lib/chart/figures";
import { chartWords } from "@/lib/chart/words";
import type { Locale } from "@/lib/i18n/locales";
import { axisTicks, longLabel } from "@/lib/chart/figures";
import { wrapText } from "@/lib/render/text-width";
import { barLayout, type ChartSize } from "./layout";

/**
 * The bars of a figures comparison, drawn by recharts. Stateless: it draws what `chart` says and
 * nothing else. Rendered once at build time to static SVG (scripts/render-charts.tsx), so readers
 * see it without JavaScript; the page adds the source line and legend around it.
 */
export function FigureBars({ chart, size }: { chart: FigureChart; size: ChartSize }) {
  const layout = barLayout(chart, size);
  const data = chart.rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(row.cells.map((cell) => [cell.claimantId, cell.kind === "figure" ? [cell.start, cell.end] : [0, 0]])),
  }));
  return (
    <BarChart
      layout="vertical"
      width={layout.width}
      height={layout.height}
      data={data}
      margin={layout.margin}
      barSize={layout.barSize}
      barGap={layout.barGap}
      barCategoryGap={layout.categoryGap}
      accessibilityLayer={false}
      className="cc-chart"
    >
      <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
      <XAxis
        type="number"
        domain={[0, chart.axisMax]}
        tickFormatter={(v: number) => chartWords(chart.locale).n(v)}
        ticks={axisTicks(chart.axisMax, size === "narrow" ? 2 : 4)}
        stroke="currentColor"
        tick={{ fill: "currentColor", fontSize: layout.fontSize - 1 }}
        allowDecimals={false}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={Math.max(layout.labelWidth, 1)}
        interval={0}
        axisLine={false}
        tickLine={false}
        tick={(props: YAxisTickContentProps) => <CategoryLabel x={Number(props.x)} y={Number(props.y)} index={props.index} chart={chart} layout={layout} />}
      />
      {chart.series.map((series, seriesIndex) => (
        <Bar
          key={series.claimantId}
          dataKey={series.claimantId}
          name={series.shortName}
          fill={series.colour}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => {
            const cell = chart.rows[props.index]?.cells[seriesIndex];
            if (!cell) return <g />;
            const box = { x: props.x, y: props.y, width: props.width, height: props.height, axisStart: props.background?.x ?? props.x };
            return <CellMark box={box} cell={cell} colour={series.colour} who={series.shortName} fontSize={layout.fontSize} locale={chart.locale} />;
          }}
        />
      ))}
    </BarChart>
  );
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value axis starts: "not reported" is written from there. */
  axisStart: number | null;
}

function CategoryLabel({ y, index, chart, layout }: { x: number; y: number; index: number; chart: FigureChart; layout: ReturnType<typeof barLayout> }) {
  const row = chart.rows[index];
  if (!row) return <g />;
  if (layout.labelsLeft) {
    // Beside the bars: the label wrapped to the room left of them, the "not comparable" mark under it.
    const lines = wrapText(row.label, layout.labelWidth - 12, layout.fontSize, 600);
    const all = row.notComparable ? [...lines, chartWords(chart.locale).t("chart.figures.notComparableMark")] : lines;
    const lineHeight = layout.fontSize + 3;
    const first = y - ((all.length - 1) * lineHeight) / 2 + layout.fontSize * 0.35;
    return (
      <text x={layout.margin.left + 1} y={first} fontSize={layout.fontSize} fill="currentColor" textAnchor="start" className="cc-category">
        {all.map((line, i) => (
          <tspan
            key={line}
            x={layout.margin.left + 1}
            dy={i === 0 ? 0 : lineHeight}
            fontWeight={i < lines.length ? 600 : 400}
            fontStyle={i < lines.length ? undefined : "italic"}
            className={i < lines.length ? undefined : "cc-not-comparable"}
          >
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  const top = y - layout.bandHeight / 2 + layout.labelOffset;
  return (
    <text x={layout.margin.left + 1} y={top} fontSize={layout.fontSize} fontWeight={600} fill="currentColor" textAnchor="start" className="cc-category">
      {row.label}
      {row.notComparable ? (
        <tspan className="cc-not-comparable" fontWeight={400} fontStyle="italic">
          {" "}
          {chartWords(chart.locale).t("chart.figures.notComparableMark")}
        </tspan>
      ) : null}
    </text>
  );
}

const TAIL = 14;

/** One bar and its label, or the words that stand where a bar is absent. */
function CellMark({ box, cell, colour, who, fontSize, locale }: { box: Box; cell: ChartCell; colour: string; who: string; fontSize: number; locale: Locale }) {
  const { t } = chartWords(locale);
  const { x, y, width, height } = box;
  const midY = y + height / 2;
  const textY = midY + fontSize * 0.35;
  if (cell.kind !== "figure") {
    const words = cell.kind === "not-reported" ? cell.label : t("chart.figures.noNumber", { term: cell.label });
    const axisStart = box.axisStart ?? x;
    return (
      <g className={`cc-cell cc-${cell.kind}`} role="img" aria-label={`${who}: ${cell.kind === "not-reported" ? cell.label : longLabel(cell.claim, locale)}`} {...claimAttributes(cell)}>
        {cell.kind === "vague" ? <title>{`${who}: “${cell.claim.quote}”`}</title> : null}
        <rect x={axisStart} y={y} width={3} height={height} fill={colour} opacity={0.5} />
        <text x={axisStart + 8} y={textY} fontSize={fontSize - 1} fontStyle="italic" fill="currentColor" className="cc-missing">
          {words}
        </text>
      </g>
    );
  }
  const end = x + width;
  const labelX = end + (cell.openEnd ? TAIL + 4 : 5);
  const marks: ReactElement[] = [];
  if (cell.openEnd) {
    // An open end: the claim is a lower bound, the true figure may lie further right.
    marks.push(
      <path key="tail" d={`M${end} ${y} L${end + TAIL} ${midY} L${end} ${y + height} Z`} fill={colour} fillOpacity={0.4} stroke={colour} strokeWidth={1.5} strokeLinejoin="round" />,
    );
  }
  if (cell.approximate) {
    marks.push(<path key="approx" d={`M${end - 6} ${y - 3} q3 -4 6 0 t6 0`} stroke="currentColor" fill="none" strokeWidth={1.5} />);
  }
  const fill = cell.upperBound ? "none" : colour;
  return (
    <g className="cc-cell cc-figure" role="img" aria-label={`${who}: ${longLabel(cell.claim, locale)}`} tabIndex={0} {...claimAttributes(cell)}>
      <title>{`${who}: ${longLabel(cell.claim, locale)} — “${cell.claim.quote}”`}</title>
      <rect x={x} y={y} width={Math.max(width, 1)} height={height} fill={fill} stroke={colour} strokeWidth={cell.upperBound ? 1.5 : 0} strokeDasharray={cell.upperBound ? "4 3" : undefined} />
      {cell.start > 0 ? <path d={`M${x} ${y - 2} v${height + 4} M${end} ${y - 2} v${height + 4}`} stroke="currentColor" strokeWidth={1.5} /> : null}
      {marks}
      <text x={labelX} y={textY} fontSize={fontSize} fontWeight={700} fill="currentColor" className="cc-value">
        {cell.label}
      </text>
    </g>
  );
}

function claimAttributes(cell: ChartCell): Record<string, string> {
  return cell.kind === "not-reported" ? { "data-claimant": cell.claimantId } : { "data-claim-id": cell.claim.id, "data-claimant": cell.claimantId };
}
