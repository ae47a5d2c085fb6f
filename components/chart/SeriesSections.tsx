import { ChartInWords, chartWordsId } from "./ChartInWords";
import { SeriesFigure } from "./SeriesFigure";
import type { SeriesView } from "@/lib/site/series-views";
import { sitePaths } from "@/lib/site/site";
import { localePath } from "@/lib/i18n/locales";
import { chartWords } from "@/lib/chart/words";

/** A series comparison's page body: the chart with its focus marker, then the chart in words and as a table. */
export function SeriesSections({ view, pointsFile }: { view: SeriesView; /** The prebuild's file of the focus marker's points, for a preset's page. */ pointsFile?: string }) {
  const { chart } = view;
  const { t } = chartWords(chart.locale);
  const at = (path: string) => localePath(chart.locale, path);
  return (
    <>
      <SeriesFigure view={view} titleAs="h1" interactive wordsId={chartWordsId(chart.slug)} pointsFile={pointsFile} />
      {chart.topic && chart.ranges.length > 0 ? (
        <p className="cc-small">
          <a href={`${at(sitePaths.chart.page)}?topic=${chart.topic}`}>{t("chart.page.drawTopic")}</a>
        </p>
      ) : null}
      <section aria-labelledby="in-words">
        <h2 id="in-words">{t("chart.page.inWords")}</h2>
        <ChartInWords slug={chart.slug} lines={chart.summaryLines} />
      </section>
      <section aria-labelledby="table-title">
        <h2 id="table-title">{t("chart.page.points")}</h2>
        <p>
          {/* A page of its own: carried here, the table made this page several times heavier (the page's HTML is sent twice, as HTML and for the router). */}
          {t.rich("chart.page.pointsIntro", { link: (chunks) => <a href={at(sitePaths.points(chart.slug))}>{chunks}</a> })}
        </p>
      </section>
    </>
  );
}
