import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import Link from "next/link";
import { ComparisonFigure } from "@/components/chart/ComparisonFigure";
import { SeriesFigure } from "@/components/chart/SeriesFigure";
import { ControlTimelineView } from "@/components/control/ControlTimelineView";
import { DateSpanText } from "@/components/site/DateSpanText";
import { pageMetadata, SITE_NAME } from "@/lib/site/metadata";
import { homeView } from "@/lib/site/views";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeOf(params);
  return {
  ...pageMetadata({
    locale,
    title: `${SITE_NAME}: competing war claims, side by side`,
    description: "The figures each side of the war in Ukraine claims, charted side by side, with who said each one, when, and in which words.",
    path: "/",
  }),
  title: { absolute: `${SITE_NAME}: competing war claims, side by side` },
  };
}

export default function Home() {
  const home = homeView();
  return (
    <>
      <header className="cc-hero">
        <h1>What each side claims, side by side</h1>
        <p className="cc-dek">
          Counterclaim charts the figures that the sides of the war in Ukraine claim — losses, deaths, who holds which town — next to each
          other, with who said each one, when, and how it was qualified. A figure here is a claim, not a verified fact: every one is traceable to
          the verbatim quote in the report, or the cell in the published table, it came from.
        </p>
        <p className="cc-coverage">
          {home.claimCount.toLocaleString("en-GB")} claims from {home.reportCount} {home.reportCount === 1 ? "report" : "reports"}
          {home.tableCount > 0 ? ` and ${home.tableCount} published ${home.tableCount === 1 ? "table" : "tables"}` : ""}.
          {home.coverage.stated ? (
            <>
              {" "}
              Claims stated <DateSpanText span={home.coverage.stated} />
            </>
          ) : null}
          {home.coverage.published ? (
            <>
              ; reports published <DateSpanText span={home.coverage.published} />
            </>
          ) : null}
          .
        </p>
      </header>

      {home.headlines.length > 0 ? (
        <section id="soldiers-and-ground" aria-labelledby="headlines-title" className="cc-headlines">
          <h2 id="headlines-title">Soldiers killed and ground held</h2>
          <div className="cc-columns">
            {home.headlines.map((h) => (
              <section key={h.slug} aria-labelledby={`${h.slug}-headline`}>
                <h3 id={`${h.slug}-headline`}>
                  <Link prefetch={false} href={`/compare/${h.slug}`}>{h.title}</Link>
                </h3>
                <ul className="cc-link-list">
                  {h.figures.map((f) => (
                    <li key={f.id}>
                      <span className="cc-swatch" style={{ background: f.colour }} aria-hidden="true" /> <strong>{f.label}</strong>{" "}
                      <span className="cc-muted">({f.role})</span>: {f.words}, {f.date}
                      {f.caveat ? <span className="cc-muted"> — {f.caveat}</span> : null}
                    </li>
                  ))}
                </ul>
                {h.note ? <p className="cc-small cc-muted">≠ {h.note}</p> : null}
              </section>
            ))}
          </div>
        </section>
      ) : null}

      <section id="comparisons" aria-labelledby="comparisons-title">
        <h2 id="comparisons-title">Comparisons</h2>
        <ul className="cc-cards">
          {home.cards.map(({ slug, view }) => (
            <li key={slug} className="cc-card">
              {view.kind === "series" ? (
                <SeriesFigure view={view} titleAs="h3" titleHref={`/compare/${slug}`} showRanges={false} reduced />
              ) : view.kind === "figures" ? (
                <ComparisonFigure chart={view.chart} svgs={view.svgs} titleAs="h3" titleHref={`/compare/${slug}`} />
              ) : (
                <ControlTimelineView timeline={view.timeline} titleAs="h3" titleHref={`/compare/${slug}`} compact />
              )}
            </li>
          ))}
        </ul>
      </section>

      <div className="cc-columns">
        <section aria-labelledby="explore-title">
          <h2 id="explore-title">Every claim</h2>
          <ul className="cc-link-list">
            <li>
              <Link prefetch={false} href="/claims">The claims table</Link>: all {home.claimCount.toLocaleString("en-GB")} claims, page by page in the order stated.
            </li>
            <li>
              <Link prefetch={false} href="/control">Claims of control</Link>: for each place, who claims what, in time order.
            </li>
            <li>
              <Link prefetch={false} href="/claimants">Claimants</Link>: who makes the claims, and each one&rsquo;s claims.
            </li>
          </ul>
        </section>

        <section aria-labelledby="sources-title">
          <h2 id="sources-title">Sources</h2>
          <ul className="cc-link-list">
            {home.sources.map((s) => (
              <li key={s.id}>
                <Link prefetch={false} href={`/sources/${s.id}`}>{s.title}</Link> <span className="cc-muted">— {s.publication}; {s.claims.toLocaleString("en-GB")} claims</span>
              </li>
            ))}
          </ul>
        </section>

        <section id="data" aria-labelledby="data-title">
          <h2 id="data-title">Data</h2>
          <p className="cc-small">
            Dataset version {home.meta.version}. Every claim with its quote, claimant and source; free to download.
          </p>
          <ul className="cc-link-list">
            <li>
              <a href="/data/claims.json">claims.json</a>: sources, claimants and claims
            </li>
            <li>
              <a href="/data/claims.csv">claims.csv</a>: one row a claim, for spreadsheets
            </li>
            <li>
              <a href="/data/schema.json">schema.json</a>: the JSON Schema of claims.json
            </li>
            {home.sources
              .filter((s) => s.kind === "table")
              .map((s) => (
                <li key={s.id}>
                  <a href={`/data/sources/${s.id}.csv`}>{s.id}.csv</a>: {s.title}
                </li>
              ))}
          </ul>
        </section>
      </div>
    </>
  );
}
