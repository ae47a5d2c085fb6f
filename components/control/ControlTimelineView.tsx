import Link from "next/link";
import type { ControlTimeline } from "@/lib/chart/figures";
import { formatDate } from "@/lib/model/dates";

/** Claims of control over one place, in the order stated: who claims what, in their words. */
export function ControlTimelineView({
  timeline,
  titleAs: Title = "h2",
  titleHref,
  compact = false,
}: {
  timeline: ControlTimeline;
  titleAs?: "h1" | "h2" | "h3";
  /** Makes the title a link: on the home page, to the comparison's own page. */
  titleHref?: string;
  /** For a card: each claim's speaker, relay and report are left to the source line. */
  compact?: boolean;
}) {
  const titleId = `${timeline.slug}-title`;
  return (
    <figure className="cc-figure" aria-labelledby={titleId}>
      <Title id={titleId} className="cc-figure-title">
        {titleHref ? <Link href={titleHref} prefetch={false}>{timeline.title}</Link> : timeline.title}
      </Title>
      <p className="cc-dek">{timeline.summary}</p>
      <p className="cc-status-strip" aria-label="Statements by status (one statement reported twice counts once)">
        {timeline.tally.map(({ status, claims }) => (
          <span key={status}>
            {status}: <strong>{claims}</strong>
          </span>
        ))}
      </p>
      <ol className="cc-timeline">
        {timeline.entries.map((entry) => (
          <li key={entry.claim.id} className="cc-timeline-entry">
            <span className="cc-swatch" style={{ background: entry.colour }} aria-hidden="true" />
            <div>
              <p className="cc-timeline-head">
                <time dateTime={entry.claim.statedOn.date}>
                  {entry.claim.statedOn.precision === "day" ? "" : entry.claim.statedOn.precision === "by" ? "by " : "before "}
                  {formatDate(entry.claim.statedOn.date)}
                </time>{" "}
                · <strong>{entry.claimant}</strong>: <span className={`cc-status cc-status-${entry.claim.status}`}>{entry.status}</span>
              </p>
              <blockquote className="cc-quote">
                <q>{entry.claim.quote}</q>
              </blockquote>
              {entry.sameAs ? <p className="cc-small cc-same-statement">Counted once with an earlier claim in this list: {entry.sameAs.why}</p> : null}
              {compact ? null : (
                <p className="cc-muted cc-small">
                  {[entry.claim.speaker, entry.attribution.relay, entry.attribution.stated].filter(Boolean).join(", ")}; reported in{" "}
                  <Link href={`/sources/${entry.claim.sourceId}`} prefetch={false}>{entry.attribution.publication}</Link>
                  {entry.claim.note ? ` — ${entry.claim.note}` : ""}
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
      <figcaption className="cc-source">{timeline.sourceLine}</figcaption>
    </figure>
  );
}
