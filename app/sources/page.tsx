import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/lib/site/metadata";
import { sourcesView } from "@/lib/site/views";

export const metadata: Metadata = pageMetadata({
  title: "Sources",
  description: "The reports the claims are quoted from: publisher, date and the claims each one holds.",
  path: "/sources",
});

export default function SourcesPage() {
  const sources = sourcesView();
  return (
    <>
      <h1>Sources</h1>
      <p className="cc-dek">The reports every claim is quoted from. Each report&rsquo;s page lists its claims in the order its text states them.</p>
      <ul className="cc-link-list">
        {sources.map((s) => (
          <li key={s.id}>
            <Link href={`/sources/${s.id}`}>{s.title}</Link> <span className="cc-muted">— {s.publication}; {s.claims} claims</span>
          </li>
        ))}
      </ul>
    </>
  );
}
