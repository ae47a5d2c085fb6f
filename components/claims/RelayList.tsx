import type { RelayView } from "@/lib/claims-table/rows";
import { QuoteText } from "./QuoteText";

/**
 * The other reports that relay the same claim: one claim, several sources, each with its own quote.
 * Plain anchors, not next/link: a long table would prefetch every report it names.
 */
export function RelayList({ relays }: { relays: readonly RelayView[] }) {
  if (relays.length === 0) return null;
  return (
    <ul className="cc-relays" aria-label="The same claim in other reports">
      {relays.map((r) => (
        <li key={r.sourceId}>
          Also reported in <a href={`/sources/${r.sourceId}`}>{r.publication}</a>: <QuoteText quoted={r} as="inline" />
        </li>
      ))}
    </ul>
  );
}
