import Link from "next/link";
import { type FigureChart, longLabel } from "@/lib/chart/figures";
import { qualifierLabel } from "@/lib/model/claims";
import { chartWords } from "@/lib/chart/words";
import { localePath } from "@/lib/i18n/locales";

/** The chart's figures as a table: its accessible alternative, with each figure's quote and source. */
export function FigureTable({ chart }: { chart: FigureChart }) {
  const names = new Map(chart.series.map((s) => [s.claimantId, s.name]));
  const { locale } = chart;
  const { t } = chartWords(locale);
  return (
    <div className="cc-table-wrap" role="region" aria-label={t("chart.figures.dataTable", { title: chart.title })} tabIndex={0}>
      <table className="cc-table" role="table">
        <caption>{t("chart.figures.caption", { title: chart.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("chart.figures.category")}</th>
            <th scope="col">{t("chart.figures.claimant")}</th>
            <th scope="col">{t("chart.page.figure")}</th>
            <th scope="col">{t("chart.figures.qualifier")}</th>
            <th scope="col">{t("chart.figures.quote")}</th>
            <th scope="col">{t("chart.figures.stated")}</th>
          </tr>
        </thead>
        <tbody>
          {chart.rows.flatMap((row) =>
            row.cells.map((cell) => (
              <tr key={`${row.categoryId}-${cell.claimantId}`} className={cell.kind === "not-reported" ? "cc-row-missing" : undefined}>
                <th scope="row">
                  {row.label}
                  {row.notComparable ? <span className="cc-muted"> {t("chart.figures.notComparableShort")}</span> : null}
                </th>
                <td data-label="Claimant">{names.get(cell.claimantId)}</td>
                {cell.kind === "not-reported" ? (
                  <td colSpan={4} className="cc-muted" data-label="Figure">
                    <em>{cell.label}</em>
                  </td>
                ) : (
                  <>
                    <td className="cc-num" data-label="Figure">{longLabel(cell.claim, locale)}</td>
                    <td data-label="Qualifier">{qualifierLabel(cell.claim.qualifier, locale)}</td>
                    <td data-label="Quote">
                      <q>{cell.claim.quote}</q>
                    </td>
                    <td data-label="Stated">
                      {[cell.attribution.relay, cell.attribution.stated].filter(Boolean).join(", ")};{" "}
                      <Link href={localePath(locale, `/sources/${cell.claim.sourceId}`)}>{cell.attribution.publication}</Link>
                    </td>
                  </>
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
