import Link from "next/link";
import { formatDateIn, formatNumberIn } from "@/lib/i18n/format";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { TableView } from "@/lib/site/views";

const CORRECTIONS_SHOWN = 40;

/**
 * A published table summed up: what it counts (each field or type, its days, its latest figure),
 * its corrections and revisions, and what the importer left out. Never every cell: those are in the
 * claims table and the CSV. Stateless.
 */
export function TableSummaryView({ view, claimHref, headingLevel = 2, locale }: { view: TableView; claimHref: (id: string) => string; headingLevel?: 2 | 3; locale: Locale }) {
  const { source, summary } = view;
  const t = translator(locale);
  const n = (x: number) => formatNumberIn(locale, x);
  const formatDate = (iso: string) => formatDateIn(locale, iso);
  const H = headingLevel === 2 ? "h2" : "h3";
  const subjects = [...new Set(summary.series.map((s) => s.subject))];
  const breakdown = source.layout.kind === "long";
  return (
    <section className="cc-table-summary" aria-labelledby={`${source.id}-summary`}>
      <H id={`${source.id}-summary`}>{headingLevel === 2 ? t("pages.table.counts") : view.title}</H>
      {source.caveat ? <p className="cc-caveat">{source.caveat}</p> : null}
      <p>
        {t("pages.table.dek", { figures: summary.claims, records: summary.records, from: formatDate(summary.from), to: formatDate(summary.to) })}{" "}
        <a href={view.csvHref}>{t("pages.table.csv")}</a> · <Link href={claimHrefOfDate(summary.to)}>{t("pages.table.latestInTable")}</Link>
      </p>
      {subjects.map((subject) => (
        <div key={subject} className="cc-table-wrap" role="region" aria-label={t("pages.table.latestLabel", { subject })} tabIndex={0}>
          <table className="cc-table" role="table">
            <caption>
              {t(source.layout.kind === "long" ? "pages.table.latestOfType" : "pages.table.latestOfField", { subject })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(source.layout.kind === "long" ? "pages.table.type" : "pages.table.field")}</th>
                <th scope="col">{t("pages.table.metric")}</th>
                <th scope="col">{t("pages.table.stated")}</th>
                <th scope="col" className="cc-table-num">
                  {t("pages.table.latest")}
                </th>
                {breakdown ? <th scope="col">{t("pages.table.ofWhich")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {summary.series
                .filter((s) => s.subject === subject)
                .map((s) => (
                  <tr key={s.metric}>
                    <th scope="row">{s.names.map((name) => `“${name}”`).join(t("pages.table.then"))}</th>
                    <td data-label={t("pages.table.metric")}>{s.label}</td>
                    <td data-label={t("pages.table.stated")}>{t("pages.table.span", { from: formatDate(s.first), to: formatDate(s.last), days: s.claims })}</td>
                    <td className="cc-table-num" data-label={t("pages.table.latest")}>
                      <Link href={claimHref(s.latest.claimId)}>{s.latest.stated}</Link>
                      <span className="cc-muted cc-small"> {t("pages.table.on", { date: formatDate(s.latest.date) })}</span>
                    </td>
                    {breakdown ? (
                      <td data-label={t("pages.table.ofWhich")} className="cc-small">
                        {s.latest.breakdown
                          ? (["destroyed", "damaged", "abandoned", "captured"] as const)
                              .filter((k) => s.latest.breakdown?.[k] !== undefined)
                              .map((k) => t(`claims.words.${k}`, { n: n(s.latest.breakdown?.[k] ?? 0) }))
                              .join(", ")
                          : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
      <H>{t("pages.table.corrections", { count: n(summary.corrections.length) })}</H>
      <p className="cc-small">
        {t("pages.table.correctionsDek")}
        {source.corrections ? ` ${t("pages.table.correctionsFile")}` : ""}
      </p>
      {summary.corrections.length > 0 ? (
        <ul className="cc-corrections">
          {summary.corrections.slice(-CORRECTIONS_SHOWN).map((c) => (
            <li key={`${c.claimId}`}>
              <Link href={claimHref(c.claimId)}>{formatDate(c.date)}</Link>, {c.label}
              {subjects.length > 1 ? ` (${c.subject})` : ""}: {n(c.value)}
              {c.fellFrom ? t("pages.table.downFrom", { n: n(c.fellFrom.value), date: formatDate(c.fellFrom.date) }) : ""}
              {c.listed !== undefined ? t("pages.table.listed", { n: `${c.listed > 0 ? "+" : ""}${c.listed}` }) : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {summary.corrections.length > CORRECTIONS_SHOWN ? (
        <p className="cc-small cc-muted">
          {t("pages.table.latestShown", { shown: CORRECTIONS_SHOWN, count: n(summary.corrections.length) })}
        </p>
      ) : null}
      <H>{t("pages.table.revisions", { count: n(summary.revisions.length) })}</H>
      {summary.revisions.length > 0 ? (
        <ul>
          {summary.revisions.map((r) => (
            <li key={`${r.record}|${r.field}|${r.importedOn}`}>
              {t("pages.table.revised", { record: r.record, field: r.field, from: String(r.from), to: r.to === null ? t("pages.table.noFigure") : String(r.to), date: formatDate(r.importedOn) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="cc-small">{t("pages.table.noRevision", { date: formatDate(summary.importedOn) })}</p>
      )}
      {summary.leftOut.length > 0 ? (
        <>
          <H>{t("pages.table.leftOut", { count: n(summary.leftOut.length) })}</H>
          <p className="cc-small">{t("pages.table.leftOutDek")}</p>
          <details>
            <summary>{t("pages.table.leftOutAll")}</summary>
            <ul className="cc-small">
              {summary.leftOut.map((l) => (
                <li key={`${l.line}-${l.reason}`}>
                  {t("pages.table.line", { line: l.line, reason: l.reason })}
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : null}
    </section>
  );

  function claimHrefOfDate(_date: string) {
    const last = summary.series.find((s) => s.last === summary.to);
    return last ? claimHref(last.latest.claimId) : localePath(locale, "/claims");
  }
}

/** Where the table comes from and what its licence asks: shown on its source page. */
export function TableProvenance({ view, locale }: { view: TableView; locale: Locale }) {
  const { source } = view;
  const t = translator(locale);
  return (
    <dl className="cc-meta">
      <dt>{t("pages.table.publisher")}</dt>
      <dd>{source.publisher}</dd>
      <dt>{t("pages.table.claimant")}</dt>
      <dd>
        <Link href={localePath(locale, `/claimants/${source.claimantId}`)}>{view.claimant}</Link>
      </dd>
      <dt>{t("pages.table.upstream")}</dt>
      <dd>
        <a href={source.upstream.repository}>{source.upstream.repository.replace(/^https:\/\/github\.com\//, "")}</a>, <code>{source.upstream.path}</code> {t("pages.table.atCommit")}{" "}
        <code className="cc-hash">{source.upstream.commit}</code>
      </dd>
      <dt>{t("pages.table.licence")}</dt>
      <dd>{source.upstream.licence}</dd>
      <dt>{t("pages.table.credit")}</dt>
      <dd>{source.upstream.attribution}</dd>
      <dt>{t("pages.table.snapshot")}</dt>
      <dd>
        <code>{source.file}</code>, SHA-256 <code className="cc-hash">{source.sha256}</code>
      </dd>
      {source.corrections ? (
        <>
          <dt>{t("pages.table.correctionsFileTitle")}</dt>
          <dd>
            <code>{source.corrections.file}</code>, SHA-256 <code className="cc-hash">{source.corrections.sha256}</code>
          </dd>
        </>
      ) : null}
      {source.note ? (
        <>
          <dt>{t("pages.table.note")}</dt>
          <dd>{source.note}</dd>
        </>
      ) : null}
    </dl>
  );
}
