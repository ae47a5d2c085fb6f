import Link from "next/link";
import type React from "react";
import type { ClaimRow } from "@/lib/claims-table/rows";
import { type Locale, localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { ClaimAside } from "./ClaimsTable";
import { DoubtList } from "./DoubtList";
import { QuoteText } from "./QuoteText";
import { RelayList } from "./RelayList";

/**
 * Claims as a list, each with what it claims, its verbatim quote, and who said it when. On a
 * report's page the report is implied, on a claimant's page the claimant: `hide` drops the one
 * the page already names.
 */
export function ClaimList({ rows, hide, locale }: { rows: readonly ClaimRow[]; hide: "claimant" | "source"; locale: Locale }) {
  const t = translator(locale);
  const at = (path: string) => localePath(locale, path);
  return (
    <ol className="cc-claims">
      {rows.map((row) => (
        <li key={row.id} className="cc-claim" id={row.id}>
          <span className="cc-swatch" style={{ background: row.colour }} aria-hidden="true" />
          <div>
            <p className="cc-claim-head">
              {hide === "claimant" ? null : (
                <>
                  <Link href={at(`/claimants/${row.claimantId}`)}>{row.claimant}</Link>:{" "}
                </>
              )}
              <strong>
                {row.what}: <bdi>{row.claimed}</bdi>
              </strong>
            </p>
            <QuoteText quoted={row.quoted} />
            <ClaimAside row={row} />
            <p className="cc-muted cc-small">
              {row.speaker ? (
                <>
                  <bdi>{row.speaker}</bdi>,{" "}
                </>
              ) : null}
              {row.relay ? `${row.relay}, ` : null}
              {t.rich("claims.list.stated", { date: row.stated, subject: row.subject, link: (chunks: React.ReactNode) => <a href={at(`/on/${row.statedDate}`)}>{chunks}</a> })}
              {hide === "source"
                ? null
                : t.rich("claims.list.reportedIn", { publication: row.publication, link: (chunks: React.ReactNode) => <Link href={at(`/sources/${row.sourceId}`)}>{chunks}</Link> })}
            </p>
            <RelayList relays={row.alsoIn} locale={locale} />
            <DoubtList doubts={row.doubts} locale={locale} />
          </div>
        </li>
      ))}
    </ol>
  );
}
