import type { DoubtView } from "@/lib/claims-table/rows";

/**
 * The doubts recorded on a claim, as plain text in the page (they need no script): each says what
 * was found and whether charts leave the claim off their line. Renders nothing for a claim without doubts.
 */
export function DoubtList({ doubts }: { doubts: readonly DoubtView[] }) {
  if (doubts.length === 0) return null;
  return (
    <ul className="cc-doubts" aria-label="Doubts about this claim">
      {doubts.map((d) => (
        <li key={`${d.kind}-${d.note}`} className="cc-doubt" data-doubt={d.kind}>
          <strong className="cc-doubt-label">
            <span aria-hidden="true">⚑ </span>Flagged: {d.label}.
          </strong>{" "}
          {d.note}
          {d.offTheLine ? <span className="cc-muted"> Charts leave this claim off their line and list it beside the chart.</span> : null}
        </li>
      ))}
    </ul>
  );
}
