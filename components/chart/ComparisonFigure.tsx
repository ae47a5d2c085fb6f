import Link from "next/link";
import { CHART_SIZES, type ChartSize } from "./layout";
import type { FigureChart } from "@/lib/chart/figures";
import { chartWords } from "@/lib/chart/words";
import { QuoteTooltip, type TooltipClaim } from "./QuoteTooltip";
import { longLabel } from "@/lib/chart/figures";
import { chartName, nameSvg } from "@/lib/render/html";

const SIZES = Object.keys(CHART_SIZES) as ChartSize[];

/**
 * A figures comparison as a newsroom graphic: title, legend, the static chart (one SVG per size, the
 * one that fits is shown), the not-comparable marks explained, and always the source line.
 */
export function ComparisonFigure({
  chart,
  svgs,
  titleAs: Title = "h2",
  titleHref,
  interactive = true,
  showSummary = true,
  wordsId,
}: {
  chart: FigureChart;
  /** The one-sentence summary under the title. */
  showSummary?: boolean;
  svgs: Record<ChartSize, string>;
  titleAs?: "h1" | "h2" | "h3";
  /** Makes the title a link: on the home page, to the comparison's own page. */
  titleHref?: string;
  interactive?: boolean;
  /**
   * The id of the chart in words on the page (`ChartInWords`), which describes the drawing. A home card
   * has none: its bars are each named with their figure, and its title links to the page that says the rest.
   */
  wordsId?: string;
}) {
  const titleId = `${chart.slug}-title`;
  const tooltips: Record<string, TooltipClaim> = {};
  for (const row of chart.rows) {
    for (const cell of row.cells) {
      if (cell.kind === "not-reported") continue;
      tooltips[cell.claim.id] = {
        who: cell.attribution.claimant,
        figure: `${row.label}: ${longLabel(cell.claim, chart.locale)}`,
        quote: cell.claim.quote,
        where: [cell.attribution.relay, cell.attribution.stated, `reported in ${cell.attribution.publication}`].filter(Boolean).join(", "),
      };
    }
  }
  const sizes = (
    <div className="cc-chart-sizes">
      {SIZES.map((size) => (
        <div
          key={size}
          className={`cc-size cc-size-${size}`}
          // Static SVG drawn by recharts at build time from our own data (scripts/render-charts.tsx).
          dangerouslySetInnerHTML={{ __html: nameSvg(svgs[size], chartName(chart.title, chart.locale), wordsId) }}
        />
      ))}
    </div>
  );
  const notComparable = chart.rows.filter((r) => r.notComparable);
  return (
    <figure className="cc-figure" aria-labelledby={titleId}>
      <Title id={titleId} className="cc-figure-title">
        {titleHref ? <Link href={titleHref} prefetch={false}>{chart.title}</Link> : chart.title}
      </Title>
      {showSummary ? <p className="cc-dek">{chart.summary}</p> : null}
      <ul className="cc-legend" aria-label={chartWords(chart.locale).t("chart.page.legend")}>
        {chart.series.map((s) => (
          <li key={s.claimantId}>
            <span className="cc-swatch" style={{ background: s.colour }} aria-hidden="true" />
            <strong>{s.shortName}</strong> <span className="cc-muted">— {s.about}</span>
          </li>
        ))}
      </ul>
      {interactive ? <QuoteTooltip claims={tooltips}>{sizes}</QuoteTooltip> : sizes}
      {notComparable.length > 0 ? (
        <ul className="cc-chart-notes">
          {notComparable.map((row) => (
            <li key={row.categoryId}>
              <strong>{chartWords(chart.locale).t("chart.figures.notComparableTitle", { label: row.label })}</strong> {row.notComparable}
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption className="cc-source">{chart.sourceLine}</figcaption>
    </figure>
  );
}
