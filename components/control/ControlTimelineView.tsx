import Link from "next/link";
import type React from "react";
import type { ControlTimeline } from "@/lib/chart/figures";
import { formatDateIn } from "@/lib/i18n/format";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/** Claims of control over one place, in the order stated: who claims what, in their words. */
export function ControlTimelineView({
  timeline,
  titleAs: Title = "h2",
  titleHref,
  compact = false,
  locale = "en",
}: {
  timeline: ControlTimeline;
  titleAs?: "h1" | "h2" | "h3";
  /** Makes the title a link: on the home page, to the comparison's own page. */
  titleHref?: string;
  /** For a card: each claim's speaker, relay and report are left to the source line. */
  compact?: boolean;
  /** The edition: its words for what this view says itself; the timeline comes shaped in its words. */
  locale?: Locale;
}) {
  const t = translator(locale);
  const titleId = `${timeline.slug}-title`;
  return (
    <figure className="cc-figure" aria-labelledby={titleId}>
      <Title id={titleId} className="cc-figure-title">
        {titleHref ? <Link href={titleHref} prefetch={false}>{timeline.title}</Link> : timeline.title}
      </Title>
      <p className="cc-dek">{timeline.summary}</p>
      <p className="cc-status-strip" aria-label={t("pages.control.tally")}>
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
                  {stated(entry.claim.statedOn, locale)}
                </time>{" "}
                · <strong>{entry.claimant}</strong>: <span className={`cc-status cc-status-${entry.claim.status}`}>{entry.status}</span>
              </p>
              <blockquote className="cc-quote">
                <q>{entry.claim.quote}</q>
              </blockquote>
              {entry.sameAs ? <p className="cc-small cc-same-statement">{t("pages.control.sameAs", { why: entry.sameAs.why })}</p> : null}
              {compact ? null : (
                <p className="cc-muted cc-small">
                  {[entry.claim.speaker, entry.attribution.relay, entry.attribution.stated].filter(Boolean).join(", ")}
                  {t.rich("pages.control.reportedIn", {
                    publication: entry.attribution.publication,
                    link: (chunks: React.ReactNode) => (
                      <Link href={localePath(locale, `/sources/${entry.claim.sourceId}`)} prefetch={false}>
                        {chunks}
                      </Link>
                    ),
                  })}
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

/** "2 Mar 2022", "by 2 Mar 2022", "before 2 Mar 2022", in the edition's words. */
function stated(statedOn: { date: string; precision: string }, locale: Locale): string {
  const date = formatDateIn(locale, statedOn.date);
  if (statedOn.precision === "by") return translator(locale)("pages.control.by", { date });
  if (statedOn.precision === "before") return translator(locale)("pages.control.before", { date });
  return date;
}
