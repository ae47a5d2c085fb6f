import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import Link from "next/link";
import { ControlTimelineView } from "@/components/control/ControlTimelineView";
import { pageMetadata } from "@/lib/site/metadata";
import { controlView } from "@/lib/site/views";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeOf(params);
  return pageMetadata({
    locale,
  title: "Claims of control",
  description: "For each place, who claims to control it, in the order the claims were made, each with its quote and source.",
  path: "/control",
  });
}

export default function ControlPage() {
  const { places } = controlView();
  return (
    <>
      <h1>Claims of control</h1>
      <p className="cc-dek">
        For each place the reports mention, who claims what about who holds it, in the order the claims were made. A claim of control is shown
        as stated; none is independently verified.
      </p>
      <nav aria-label="Places" className="cc-place-index">
        <ul>
          {places.map((p) => (
            <li key={p.place}>
              <a href={`#${p.timeline.slug}`}>{p.place}</a> <span className="cc-muted">({p.timeline.entries.length})</span>
            </li>
          ))}
        </ul>
      </nav>
      {places.map((p) => (
        <section key={p.place} id={p.timeline.slug} className="cc-place">
          <ControlTimelineView timeline={p.timeline} titleAs="h2" />
          {p.comparisonSlug ? (
            <p className="cc-small">
              <Link href={`/compare/${p.comparisonSlug}`}>{p.place} compared, with notes and methodology</Link>
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}
