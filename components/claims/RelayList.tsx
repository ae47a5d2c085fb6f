import type React from "react";
import type { RelayView } from "@/lib/claims-table/rows";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { QuoteText } from "./QuoteText";

/**
 * The other reports that relay the same claim: one claim, several sources, each with its own quote.
 * Plain anchors, not next/link: a long table would prefetch every report it names.
 */
export function RelayList({ relays, locale }: { relays: readonly RelayView[]; locale: Locale }) {
  if (relays.length === 0) return null;
  const t = translator(locale);
  return (
    <ul className="cc-relays" aria-label={t("claims.relays.label")}>
      {relays.map((r) => (
        <li key={r.sourceId}>
          {t.rich("claims.relays.alsoIn", { publication: r.publication, link: (chunks: React.ReactNode) => <a href={localePath(locale, `/sources/${r.sourceId}`)}>{chunks}</a> })}{" "}
          <QuoteText quoted={r} as="inline" />
        </li>
      ))}
    </ul>
  );
}
