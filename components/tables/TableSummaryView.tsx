import Link from "next/link";
import { formatDate } from "@/lib/model/dates";
import type { TableView } from "@/lib/site/views";

const n = (x: number) => x.toLocaleString("en-GB");
const CORRECTIONS_SHOWN = 40;

/**
 * A published table summed up: what it counts (each field or type, its days, its latest figure),
 * its corrections and revisions, and what the importer left out. Never every cell: those are in the
 * claims table and the CSV. Stateless.
 */
export function TableSummaryView({ view, claimHref, headingLevel = 2 }: { view: TableView; claimHref: (id: string) => string; headingLevel?: 2 | 3 }) {
  const { source, summary } = view;
  const H = headingLevel === 2 ? "h2" : "h3";
  const subjects = [...new Set(summary.series.map((s) => s.subject))];
  const breakdown = source.layout.kind === "long";
  return (
    <section className="cc-table-summary" aria-labelledby={`${source.id}-summary`}>
      <H id={`${source.id}-summary`}>{headingLevel === 2 ? "What the table counts" : view.title}</H>
      {source.caveat ? <p className="cc-caveat">{source.caveat}</p> : null}
      <p>
        {n(summary.claims)} figures, each a claim, from {n(summary.records)} records stated {formatDate(summary.from)} to {formatDate(summary.to)}.
        A field a record does not have was not reported that day: it has no claim, never a zero.{" "}
        <a href={view.csvHref}>Every figure as CSV</a> · <Link href={claimHrefOfDate(summary.to)}>the latest in the claims table</Link>
      </p>
      {subjects.map((subject) => (
        <div key={subject} className="cc-table-wrap" role="region" aria-label={`${subject}: latest figures`} tabIndex={0}>
          <table className="cc-table" role="table">
            <caption>
              {subject}: latest figure of each {source.layout.kind === "long" ? "type" : "field"}
            </caption>
            <thead>
              <tr>
                <th scope="col">{source.layout.kind === "long" ? "Type, as published" : "Field, as published"}</th>
                <th scope="col">Metric</th>
                <th scope="col">Stated</th>
                <th scope="col" className="cc-table-num">
                  Latest
                </th>
                {breakdown ? <th scope="col">Of which</th> : null}
              </tr>
            </thead>
            <tbody>
              {summary.series
                .filter((s) => s.subject === subject)
                .map((s) => (
                  <tr key={s.metric}>
                    <th scope="row">{s.names.map((name) => `“${name}”`).join(", then ")}</th>
                    <td data-label="Metric">{s.label}</td>
                    <td data-label="Stated">
                      {formatDate(s.first)} to {formatDate(s.last)} ({n(s.claims)} days)
                    </td>
                    <td className="cc-table-num" data-label="Latest">
                      <Link href={claimHref(s.latest.claimId)}>{s.latest.stated}</Link>
                      <span className="cc-muted cc-small"> on {formatDate(s.latest.date)}</span>
                    </td>
                    {breakdown ? (
                      <td data-label="Of which" className="cc-small">
                        {s.latest.breakdown
                          ? (["destroyed", "damaged", "abandoned", "captured"] as const)
                              .filter((k) => s.latest.breakdown?.[k] !== undefined)
                              .map((k) => `${k} ${n(s.latest.breakdown?.[k] ?? 0)}`)
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
      <H>Corrections ({n(summary.corrections.length)})</H>
      <p className="cc-small">
        A count lower than the day before is a correction, shown as published, never smoothed.
        {source.corrections ? " Amounts the claimant's own corrections file lists are shown beside the day they are dated." : ""}
      </p>
      {summary.corrections.length > 0 ? (
        <ul className="cc-corrections">
          {summary.corrections.slice(-CORRECTIONS_SHOWN).map((c) => (
            <li key={`${c.claimId}`}>
              <Link href={claimHref(c.claimId)}>{formatDate(c.date)}</Link>, {c.label}
              {subjects.length > 1 ? ` (${c.subject})` : ""}: {n(c.value)}
              {c.fellFrom ? `, down from ${n(c.fellFrom.value)} on ${formatDate(c.fellFrom.date)}` : ""}
              {c.listed !== undefined ? `; the corrections file lists ${c.listed > 0 ? "+" : ""}${c.listed}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {summary.corrections.length > CORRECTIONS_SHOWN ? (
        <p className="cc-small cc-muted">
          The latest {CORRECTIONS_SHOWN} shown; all {n(summary.corrections.length)} are marked in the claims table and in the CSV.
        </p>
      ) : null}
      <H>Revisions on import ({n(summary.revisions.length)})</H>
      {summary.revisions.length > 0 ? (
        <ul>
          {summary.revisions.map((r) => (
            <li key={`${r.record}|${r.field}|${r.importedOn}`}>
              Record {r.record}, field {r.field}: revised from {String(r.from)} to {r.to === null ? "no figure" : String(r.to)} on import of {formatDate(r.importedOn)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="cc-small">No past figure has changed between imports (last import {formatDate(summary.importedOn)}).</p>
      )}
      {summary.leftOut.length > 0 ? (
        <>
          <H>Rows left out ({n(summary.leftOut.length)})</H>
          <p className="cc-small">The importer leaves out rows it cannot read as published, and never guesses at them:</p>
          <details>
            <summary>Every row left out, by line of the published file</summary>
            <ul className="cc-small">
              {summary.leftOut.map((l) => (
                <li key={`${l.line}-${l.reason}`}>
                  line {l.line}: {l.reason}
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
    return last ? claimHref(last.latest.claimId) : "/claims";
  }
}

/** Where the table comes from and what its licence asks: shown on its source page. */
export function TableProvenance({ view }: { view: TableView }) {
  const { source } = view;
  return (
    <dl className="cc-meta">
      <dt>Publisher</dt>
      <dd>{source.publisher}</dd>
      <dt>Claimant</dt>
      <dd>
        <Link href={`/claimants/${source.claimantId}`}>{view.claimant}</Link>
      </dd>
      <dt>Upstream</dt>
      <dd>
        <a href={source.upstream.repository}>{source.upstream.repository.replace(/^https:\/\/github\.com\//, "")}</a>, <code>{source.upstream.path}</code> at commit{" "}
        <code className="cc-hash">{source.upstream.commit}</code>
      </dd>
      <dt>Licence</dt>
      <dd>{source.upstream.licence}</dd>
      <dt>Credit</dt>
      <dd>{source.upstream.attribution}</dd>
      <dt>Snapshot</dt>
      <dd>
        <code>{source.file}</code>, SHA-256 <code className="cc-hash">{source.sha256}</code>
      </dd>
      {source.corrections ? (
        <>
          <dt>Corrections file</dt>
          <dd>
            <code>{source.corrections.file}</code>, SHA-256 <code className="cc-hash">{source.corrections.sha256}</code>
          </dd>
        </>
      ) : null}
      {source.note ? (
        <>
          <dt>Note</dt>
          <dd>{source.note}</dd>
        </>
      ) : null}
    </dl>
  );
}
