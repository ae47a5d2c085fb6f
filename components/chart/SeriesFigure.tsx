import Link from "next/link";
import { CHART_SIZES, type ChartSize } from "./layout";
import { SeriesExplorer } from "./SeriesExplorer";
import { closed, drawnLines } from "@/lib/chart/series-chart";
import { roleLabel } from "@/lib/chart/series";
import { chartWords, readoutWords } from "@/lib/chart/words";
import { localePath } from "@/lib/i18n/locales";
import { chartName, nameSvg } from "@/lib/render/html";
import { sitePaths } from "@/lib/site/site";
import { seriesLayout } from "@/lib/chart/series-layout";
import type { SeriesView } from "@/lib/site/series-views";

const SIZES = Object.keys(CHART_SIZES) as ChartSize[];

/**
 * A series comparison as a newsroom graphic: title, the range links, the legend (with what each
 * mark means), the static chart, what is not comparable, the claims left off the line, and always
 * the source line. With `interactive`, a focus marker steps through the points.
 */
export function SeriesFigure({
  view,
  titleAs: Title = "h2",
  titleHref,
  interactive = false,
  showRanges = true,
  reduced = false,
  wordsId,
  pointsFile,
}: {
  view: SeriesView;
  titleAs?: "h1" | "h2" | "h3";
  titleHref?: string;
  interactive?: boolean;
  showRanges?: boolean;
  /** Draw the reduced lines (as the embed does): for the home page, which shows every chart. */
  reduced?: boolean;
  /** The id of the chart in words on the page (`ChartInWords`), which describes the drawing. */
  wordsId?: string;
  /** Where the prebuild wrote the focus marker's points (a preset's page); without it they are sent in the page (a custom chart). */
  pointsFile?: string;
}) {
  const { chart } = view;
  const { locale } = chart;
  const { t, date } = chartWords(locale);
  const titleId = `${chart.slug}-title`;
  const name = chartName(chart.title, locale);
  const sizes = reduced ? (
    // The home page shows every chart: each as an image file of its own (lazy, so only the size shown loads), not markup the page carries twice.
    <div className="cc-chart-sizes">
      {SIZES.map((size) => {
        const { width, height } = seriesLayout(chart, size);
        return (
          <div key={size} className={`cc-size cc-size-${size}`}>
            <img src={localePath(locale, sitePaths.chartImage(chart.slug, size))} alt={t("chart.page.imageAlt", { title: chart.title })} width={width} height={height} loading="lazy" decoding="async" />
          </div>
        );
      })}
    </div>
  ) : (
    <div className="cc-chart-sizes">
      {SIZES.map((size) => (
        // Static SVG drawn at build time from our own data (scripts/render-series.tsx); React escaped its text.
        <div key={size} className={`cc-size cc-size-${size}`} dangerouslySetInnerHTML={{ __html: nameSvg(view.svgs[size], name, wordsId) }} />
      ))}
    </div>
  );
  return (
    <figure className="cc-figure cc-series-figure" aria-labelledby={titleId}>
      <Title id={titleId} className="cc-figure-title">
        {titleHref ? (
          <Link href={titleHref} prefetch={false}>
            {chart.title}
          </Link>
        ) : (
          chart.title
        )}
      </Title>
      <p className="cc-dek">{chart.summary}</p>
      {showRanges && chart.ranges.length > 1 ? (
        <nav className="cc-ranges" aria-label={t("chart.page.dateRange")}>
          <ul>
            {chart.ranges.map((r) => (
              <li key={r.range}>
                {/* Never prefetched: the current range is this page, and the others are a click away. */}
                <Link href={localePath(locale, sitePaths.comparison(r.slug))} aria-current={r.current ? "page" : undefined} prefetch={false}>
                  {r.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {/* Compact, so the chart comes first: what each line counts, and how a sum is made, are in the notes under it. */}
      <ul className="cc-legend" aria-label={t("chart.page.legend")}>
        {drawnLines(chart.lines).map((l) => (
          <li key={l.id}>
            <span className="cc-swatch" style={{ background: l.colour }} aria-hidden="true" />
            <strong>{l.label}</strong>
            {l.role === "claim" ? null : <> <em className="cc-role">({roleLabel(l.role, locale)})</em></>}
            {l.caveat ? <span className="cc-derived cc-line-caveat"> {l.caveat[0]?.toUpperCase()}{l.caveat.slice(1)}.</span> : null}
          </li>
        ))}
      </ul>
      {interactive ? (
        <SeriesExplorer
          {...(pointsFile ? { src: pointsFile } : { lines: view.explorer })}
          words={readoutWords(locale)}
          labels={{ help: t("chart.readout.help"), controls: t("chart.readout.controls"), claimLink: t("chart.readout.claimLink"), cellsLink: t("chart.readout.cellsLink") }}
        >
          {sizes}
        </SeriesExplorer>
      ) : (
        sizes
      )}
      {reduced && view.reducedNote ? <p className="cc-chart-notes cc-marks">{view.reducedNote}</p> : null}
      {/* The home page's cards link to the page, which says what each line counts; the cards keep the marks and caveats. */}
      {reduced ? null : (
        <ul className="cc-chart-notes cc-lines-counted" aria-label={t("chart.page.linesCounted")}>
        {drawnLines(chart.lines).map((l) => (
          <li key={l.id}>
            <span className="cc-swatch" style={{ background: l.colour }} aria-hidden="true" /> <strong>{l.label}</strong>: {l.about}
            {l.derived ? ` ${l.derived.sentence}` : null}
          </li>
        ))}
      </ul>
      )}
      {reduced ? (
        // A home card says the marks in one line, as the embed does; the page lists them.
        <p className="cc-chart-notes cc-marks">{view.marksShort}</p>
      ) : (
        <ul className="cc-chart-notes cc-marks" aria-label={t("chart.page.howToRead")}>
          {view.marks.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {chart.endings.length > 0 ? (
        <ul className="cc-chart-notes">
          {chart.endings.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {chart.comparability.length > 0 ? (
        <ul className="cc-chart-notes">
          {chart.comparability.map((c) => (
            <li key={c}>
              <strong>≠</strong> {c}
            </li>
          ))}
        </ul>
      ) : null}
      {chart.offLine.length > 0 ? (
        <details className="cc-off-line-list">
          <summary>
            {t("chart.page.offLineSummary", { count: chart.offLine.length })}
          </summary>
          <ul>
            {chart.offLine.map((o) => (
              <li key={o.claim.id}>
                {o.line}, {date(o.date)}: {o.words}. {closed(o.reason)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <figcaption className="cc-source">{chart.sourceLine}</figcaption>
    </figure>
  );
}
