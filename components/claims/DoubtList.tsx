import type { DoubtView } from "@/lib/claims-table/rows";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/**
 * The doubts recorded on a claim, as plain text in the page (they need no script): each says what
 * was found and whether charts leave the claim off their line. Renders nothing for a claim without doubts.
 */
export function DoubtList({ doubts, locale }: { doubts: readonly DoubtView[]; locale: Locale }) {
  if (doubts.length === 0) return null;
  const t = translator(locale);
  return (
    <ul className="cc-doubts" aria-label={t("claims.doubts.label")}>
      {doubts.map((d) => (
        <li key={`${d.kind}-${d.note}`} className="cc-doubt" data-doubt={d.kind}>
          <strong className="cc-doubt-label">
            <span aria-hidden="true">⚑ </span>
            {t("claims.doubts.flagged", { label: d.label })}
          </strong>{" "}
          {d.note}
          {d.offTheLine ? <span className="cc-muted"> {t("claims.doubts.offTheLine")}</span> : null}
        </li>
      ))}
    </ul>
  );
}
