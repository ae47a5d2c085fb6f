import type { SeriesView } from "@/lib/site/series-views";
import { chartWords } from "@/lib/chart/words";
import { localePath } from "@/lib/i18n/locales";

/** Every point of a series chart (a long line by its last point of each month, and its revisions), with its source. */
export function SeriesPointsTable({ view }: { view: SeriesView }) {
  const { table } = view;
  const { locale } = view.chart;
  const { t } = chartWords(locale);
  return (
    <section aria-labelledby="table-title">
        <h2 id="table-title">{t("chart.page.points")}</h2>
        {table.monthly.length > 0 ? <p className="cc-small">{t("chart.page.monthly", { lines: table.monthly.join("; ") })}</p> : null}
        <div className="cc-table-scroll" tabIndex={0} role="region" aria-labelledby="table-title">
          <table className="cc-points-table">
            <thead>
              <tr>
                <th scope="col">{t("chart.page.line")}</th>
                <th scope="col">{t("chart.page.date")}</th>
                <th scope="col">{t("chart.page.figure")}</th>
                <th scope="col">{t("chart.page.source")}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={`${r.line}-${r.date}-${r.figure}`}>
                  <td>{r.line}</td>
                  <td>
                    <a href={localePath(locale, `/on/${r.day}`)}>{r.date}</a>
                  </td>
                  <td>
                    {r.figure}
                    {r.revision ? <span className="cc-muted"> {t("chart.page.revision", { revision: r.revision })}</span> : null}
                  </td>
                  <td className="cc-points-source">{r.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
  );
}
