import Link from "next/link";
import type { ClaimRow } from "@/lib/claims-table/rows";
import { ClaimAside } from "./ClaimsTable";
import { DoubtList } from "./DoubtList";
import { QuoteText } from "./QuoteText";
import { RelayList } from "./RelayList";

/**
 * Claims as a list, each with what it claims, its verbatim quote, and who said it when. On a
 * report's page the report is implied, on a claimant's page the claimant: `hide` drops the one
 * the page already names.
 */
export function ClaimList({ rows, hide }: { rows: readonly ClaimRow[]; hide: "claimant" | "source" }) {
  return (
    <ol className="cc-claims">
      {rows.map((row) => (
        <li key={row.id} className="cc-claim" id={row.id}>
          <span className="cc-swatch" style={{ background: row.colour }} aria-hidden="true" />
          <div>
            <p className="cc-claim-head">
              {hide === "claimant" ? null : (
                <>
                  <Link href={`/claimants/${row.claimantId}`}>{row.claimant}</Link>:{" "}
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
              {row.relay ? `${row.relay}, ` : null}stated <a href={`/on/${row.statedDate}`}>{row.stated}</a>; subject: {row.subject}
              {hide === "source" ? null : (
                <>
                  ; reported in <Link href={`/sources/${row.sourceId}`}>{row.publication}</Link>
                </>
              )}
            </p>
            <RelayList relays={row.alsoIn} />
            <DoubtList doubts={row.doubts} />
          </div>
        </li>
      ))}
    </ol>
  );
}
