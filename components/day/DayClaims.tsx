import Link from "next/link";
import type { DayLine, DayView } from "@/lib/claims-day/day";
import { formatDateIn } from "@/lib/i18n/format";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { CellQuote, ClaimsTable } from "@/components/claims/ClaimsTable";
import { QuoteText } from "@/components/claims/QuoteText";
import { DayPicker } from "./DayPicker";

function DayNav({ view, label, locale }: { view: DayView; label: string; locale: Locale }) {
  const t = translator(locale);
  return (
    <nav className="cc-pager cc-day-nav" aria-label={label}>
      <ul>
        <li>
          {view.previous ? (
            <Link href={localePath(locale, `/on/${view.previous}`)} rel="prev">
              ← {formatDateIn(locale, view.previous)}
            </Link>
          ) : (
            <span className="cc-muted">{t("pages.day.noEarlier")}</span>
          )}
        </li>
        <li>
          {view.next ? (
            <Link href={localePath(locale, `/on/${view.next}`)} rel="next">
              {formatDateIn(locale, view.next)} →
            </Link>
          ) : (
            <span className="cc-muted">{t("pages.day.noLater")}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}

function LineRows({ line, claimHref, locale }: { line: DayLine; claimHref: (id: string) => string; locale: Locale }) {
  const t = translator(locale);
  return (
    <>
      {line.figures.map((f, i) => (
        <tr key={f.row.id} className={line.role === "reference" ? "cc-day-reference" : undefined} data-claim-id={f.row.id}>
          <th scope="row">
            {i === 0 ? (
              <>
                <span className="cc-swatch" style={{ background: f.row.colour }} aria-hidden="true" /> {line.label}
                {line.role === "reference" ? (
                  <span className="cc-day-listing"> {t(line.otherDay ? "pages.day.listingOther" : "pages.day.listing", { date: formatDateIn(locale, line.date) })}</span>
                ) : null}
              </>
            ) : (
              <span className="cc-visually-hidden">{line.label}</span>
            )}
          </th>
          <td data-label={t("pages.day.what")}>{f.metric}</td>
          <td data-label={t("pages.day.figure")} className="cc-day-figure">
            <bdi>{f.row.claimed}</bdi>
          </td>
          <td data-label={t("pages.day.qualifier")}>{f.qualifier}</td>
          <td data-label={t("pages.day.quoteOrCell")} className="cc-quote-cell">
            {f.row.cell ? <CellQuote row={f.row} locale={locale} /> : <QuoteText quoted={f.row.quoted} as="inline" />}
          </td>
          <td data-label={t("pages.day.source")}>
            <Link href={localePath(locale, `/sources/${f.row.sourceId}`)}>{f.row.publication}</Link> · <Link href={claimHref(f.row.id)}>{t("pages.day.inTable")}</Link>
          </td>
        </tr>
      ))}
    </>
  );
}

/** One day: topic by topic, each claimant's figures and the reference's listing beside them; then the day's other claims. Stateless. */
export function DayClaims({ view, claimHref, locale }: { view: DayView & { first?: string; last?: string }; claimHref: (id: string) => string; locale: Locale }) {
  const t = translator(locale);
  const day = formatDateIn(locale, view.day);
  return (
    <>
      <h1>{t("pages.day.title", { date: day })}</h1>
      <p className="cc-dek">
        {view.count === 0 ? t("pages.day.none") : t("pages.day.dek", { count: view.count })}
        {locale === "en" || view.count === 0 ? null : <> {t("claims.page.quotes")}</>}
      </p>
      <DayNav view={view} label={t("pages.day.nav")} locale={locale} />
      <DayPicker day={view.day} first={view.first} last={view.last} locale={locale} />
      {view.topics.map((topic) => (
        <section key={topic.id} aria-labelledby={`topic-${topic.id}`} className="cc-day-topic">
          <h2 id={`topic-${topic.id}`}>{topic.name}</h2>
          <div className="cc-table-wrap" role="region" aria-labelledby={`topic-${topic.id}`} tabIndex={0}>
            <table className="cc-table cc-day-table">
              <caption>{t("pages.day.caption", { topic: topic.name, date: day })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("pages.day.who")}</th>
                  <th scope="col">{t("pages.day.what")}</th>
                  <th scope="col">{t("pages.day.figure")}</th>
                  <th scope="col">{t("pages.day.qualifier")}</th>
                  <th scope="col">{t("pages.day.quoteOrCell")}</th>
                  <th scope="col">{t("pages.day.source")}</th>
                </tr>
              </thead>
              <tbody>
                {topic.lines.map((line) => (
                  <LineRows key={line.id} line={line} claimHref={claimHref} locale={locale} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="cc-small">
            <Link href={localePath(locale, `/chart?topic=${topic.id}`)}>{t("pages.day.chartTopic")}</Link>
          </p>
        </section>
      ))}
      {view.others.length > 0 ? (
        <section aria-labelledby="others-title">
          <h2 id="others-title">{t("pages.day.others")}</h2>
          <ClaimsTable rows={view.others} caption={t("pages.day.othersCaption", { date: day })} locale={locale} />
        </section>
      ) : null}
      <DayNav view={view} label={t("pages.day.navAgain")} locale={locale} />
    </>
  );
}
