import { SeriesFigure } from "./SeriesFigure";
import type { SeriesView } from "@/lib/site/series-views";
import { sitePaths } from "@/lib/site/site";

/** A series comparison's page body: the chart with its focus marker, then the chart in words and as a table. */
export function SeriesSections({ view }: { view: SeriesView }) {
  const { chart, table } = view;
  return (
    <>
      <SeriesFigure view={view} titleAs="h1" interactive />
      {chart.topic && chart.ranges.length > 0 ? (
        <p className="cc-small">
          <a href={`${sitePaths.chart.page}?topic=${chart.topic}`}>Draw this topic over other dates or lines, or as published by a day</a>
        </p>
      ) : null}
      <section aria-labelledby="in-words">
        <h2 id="in-words">In words</h2>
        <ul>
          {chart.summaryLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="table-title">
        <h2 id="table-title">The points</h2>
        <p>
          {/* A page of its own: carried here, the table made this page several times heavier (the page's HTML is sent twice, as HTML and for the router). */}
          <a href={sitePaths.points(chart.slug)}>Every point of this chart as a table</a>, with its figure, date and source; or every point with its
          claims, quotes and licences in the CSV under &ldquo;Download this chart&rdquo;.
        </p>
      </section>
    </>
  );
}
