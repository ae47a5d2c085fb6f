import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/lib/site/metadata";
import { sourcesView } from "@/lib/site/views";

export const metadata: Metadata = pageMetadata({
  title: "Sources",
  description: "The reports the claims are quoted from and the published tables whose cells are claims: publisher, date and the claims each holds.",
  path: "/sources",
});

export default function SourcesPage() {
  const sources = sourcesView();
  return (
    <>
      <h1>Sources</h1>
      <p className="cc-dek">
        The reports every claim is quoted from, and the published tables whose cells are claims. Each report&rsquo;s page lists its claims in the
        order its text states them; each table&rsquo;s page sums up what it counts.
      </p>
      <h2>Reports</h2>
      <ul className="cc-link-list">
        {sources
          .filter((s) => s.kind !== "table")
          .map((s) => (
            <li key={s.id}>
              <Link href={`/sources/${s.id}`}>{s.title}</Link> <span className="cc-muted">— {s.publication}; {s.claims.toLocaleString("en-GB")} claims</span>
            </li>
          ))}
      </ul>
      <h2>Published tables</h2>
      <ul className="cc-link-list">
        {sources
          .filter((s) => s.kind === "table")
          .map((s) => (
            <li key={s.id}>
              <Link href={`/sources/${s.id}`}>{s.title}</Link> <span className="cc-muted">— {s.publication}; {s.claims.toLocaleString("en-GB")} claims</span>
            </li>
          ))}
      </ul>
    </>
  );
}
