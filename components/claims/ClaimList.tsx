import Link from "next/link";
import type { ClaimRow } from "@/lib/claims-table/rows";
import { ClaimAside } from "./ClaimsTable";

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
                {row.what}: {row.claimed}
              </strong>
            </p>
            <blockquote className="cc-quote">
              <q>{row.quote}</q>
            </blockquote>
            <ClaimAside row={row} />
            <p className="cc-muted cc-small">
              {[row.speaker, row.relay, `stated ${row.stated}`].filter(Boolean).join(", ")}; subject: {row.subject}
              {hide === "source" ? null : (
                <>
                  ; reported in <Link href={`/sources/${row.sourceId}`}>{row.publication}</Link>
                </>
              )}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
