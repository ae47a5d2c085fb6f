import type { CategorySeries } from "@/lib/claims-table/series";
import { formatDateIn } from "@/lib/i18n/format";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { DoubtList } from "./DoubtList";
import { QuoteText } from "./QuoteText";
import { RelayList } from "./RelayList";

/**
 * A claimant's categories over time, one compact table each, oldest point first: the stated date,
 * the figure as worded, the verbatim quote (with Counterclaim's translation), its doubts, and the
 * report it was read in, linked. Static HTML: it reads the same with or without JavaScript. Stateless.
 * On narrow screens CSS stacks each row; the explicit roles keep it a table for screen readers.
 * Links are plain anchors: next/link would prefetch each of the hundreds of reports in view.
 */
/** The series by subject, in the order given. */
function subjects(series: readonly CategorySeries[]): [string, CategorySeries[]][] {
  const bySubject = new Map<string, CategorySeries[]>();
  for (const s of series) bySubject.set(s.subject, [...(bySubject.get(s.subject) ?? []), s]);
  return [...bySubject];
}

export function SeriesTables({ series, locale }: { series: readonly CategorySeries[]; locale: Locale }) {
  const t = translator(locale);
  const at = (path: string) => localePath(locale, path);
  const date = (iso: string) => formatDateIn(locale, iso);
  return (
    <>
      <nav aria-label={t("claims.series.nav")} className="cc-series-index">
        {subjects(series).map(([subject, list]) => (
          <p key={subject}>
            <strong>{subject}:</strong>{" "}
            {list.map((s, i) => (
              <span key={s.key}>
                {i > 0 ? " · " : null}
                <a href={`#${s.anchor}`}>{s.label}</a> <span className="cc-muted">({s.points.length})</span>
              </span>
            ))}
          </p>
        ))}
      </nav>
      {series.map((s) => {
        const caption = t("claims.series.caption", { label: s.label, subject: s.subject, count: s.points.length, from: date(s.from), to: date(s.to) });
        return (
          <section key={s.key} className="cc-series" aria-labelledby={s.anchor}>
            <h3 id={s.anchor}>
              {s.label} <span className="cc-muted cc-series-subject">· {s.subject}</span>
            </h3>
            <p className="cc-small cc-muted">
              {t("claims.series.summary", { count: s.points.length, from: date(s.from), to: date(s.to) })}
              {s.flagged > 0 ? t("claims.series.flagged", { count: s.flagged }) : ""}.
            </p>
            <div className="cc-table-wrap" role="region" aria-label={caption} tabIndex={0}>
              <table className="cc-table cc-series-table" role="table">
                <caption className="cc-visually-hidden">{caption}</caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader">{t("claims.table.stated")}</th>
                    <th scope="col" role="columnheader">{t("claims.table.figure")}</th>
                    <th scope="col" role="columnheader">{t("claims.table.quote")}</th>
                    <th scope="col" role="columnheader">{t("claims.table.reportedIn")}</th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  {s.points.map((p) => (
                    <tr key={p.id} role="row" data-claim-id={p.id} className={p.doubts.length > 0 ? "cc-flagged" : undefined}>
                      <td role="cell" className="cc-stated" data-label={t("claims.table.stated")}>
                        <a href={at(`/on/${p.statedDate}`)} title={t("claims.table.thatDay")}>
                          <time dateTime={p.statedDate}>{p.stated}</time>
                        </a>
                      </td>
                      <th scope="row" role="rowheader" className="cc-num" data-label={t("claims.table.figure")}>
                        <bdi>{p.claimed}</bdi>
                        {p.doubts.length > 0 ? <span className="cc-flag"> ⚑ {t("claims.doubts.flag")}</span> : null}
                      </th>
                      <td role="cell" className="cc-quote-cell">
                        <QuoteText quoted={p.quoted} as="inline" />
                        <DoubtList doubts={p.doubts} locale={locale} />
                      </td>
                      <td role="cell" className="cc-reported" data-label={t("claims.table.reportedIn")}>
                        <a href={at(`/sources/${p.sourceId}#${p.id}`)}>{p.publication}</a>
                        <RelayList relays={p.alsoIn} locale={locale} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
