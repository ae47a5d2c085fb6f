import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import Link from "next/link";
import { pageMetadata } from "@/lib/site/metadata";
import { sourcesView } from "@/lib/site/views";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeOf(params);
  return pageMetadata({
    locale,
  title: "Sources",
  description: "The reports the claims are quoted from, by claimant and year, and the published tables whose cells are claims: publisher, date, language and the claims each holds.",
  path: "/sources",
  });
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export default function SourcesPage() {
  const { groups, tables } = sourcesView();
  const total = groups.reduce((n, g) => n + g.count, 0);
  return (
    <>
      <h1>Sources</h1>
      <p className="cc-dek">
        The {total} reports every claim is quoted from, by the claimant they quote and the year they were published. Each report&rsquo;s page lists its
        claims in the order its text states them. Below them, the {tables.length} published tables whose cells are claims; each table&rsquo;s page sums up
        what it counts.
      </p>
      <nav aria-label="Sources by claimant" className="cc-series-index">
        <ul>
          {groups.map((g) => (
            <li key={g.name}>
              <a href={`#sources-${slug(g.name)}`}>{g.name}</a> <span className="cc-muted">({g.count})</span>
            </li>
          ))}
          {tables.length > 0 ? (
            <li>
              <a href="#sources-published-tables">Published tables</a> <span className="cc-muted">({tables.length})</span>
            </li>
          ) : null}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.name} className="cc-source-group" aria-labelledby={`sources-${slug(g.name)}`}>
          <h2 id={`sources-${slug(g.name)}`}>
            {g.claimantId ? <Link href={`/claimants/${g.claimantId}`}>{g.name}</Link> : g.name} <span className="cc-muted cc-series-subject">· {g.count} reports</span>
          </h2>
          {g.years.map((y) => (
            <section key={y.year} aria-labelledby={`sources-${slug(g.name)}-${y.year}`}>
              <h3 id={`sources-${slug(g.name)}-${y.year}`}>
                {y.year} <span className="cc-muted cc-series-subject">({y.sources.length})</span>
              </h3>
              <ul className="cc-link-list">
                {y.sources.map((s) => (
                  <li key={s.id}>
                    <Link href={`/sources/${s.id}`}>{s.title}</Link>{" "}
                    <span className="cc-muted">
                      —{" "}
                      {[
                        s.headline ? s.publication : undefined,
                        s.language ? `in ${s.language}` : undefined,
                        s.claims > 0 || s.relays === 0 ? `${s.claims} claims` : "no claim of its own",
                        s.relays > 0 ? `relays ${s.relays} claims recorded on another report` : undefined,
                      ]
                        .filter(Boolean)
                        .join("; ")}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      {tables.length > 0 ? (
        <section className="cc-source-group" aria-labelledby="sources-published-tables">
          <h2 id="sources-published-tables">Published tables</h2>
          <ul className="cc-link-list">
            {tables.map((s) => (
              <li key={s.id}>
                <Link href={`/sources/${s.id}`}>{s.title}</Link>{" "}
                <span className="cc-muted">
                  — {s.publication}; {s.claims.toLocaleString("en-GB")} claims
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
