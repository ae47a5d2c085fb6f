"use client";

import { type ReactNode, useRef, useState } from "react";

export interface TooltipClaim {
  who: string;
  figure: string;
  quote: string;
  where: string;
}

interface Shown {
  claim: TooltipClaim;
  left: number;
  top: number;
}

/**
 * Shows the verbatim quote of the bar under the pointer or keyboard focus. It overlays the static
 * chart (position: absolute), so the chart never moves when the script arrives.
 */
export function QuoteTooltip({ claims, children }: { claims: Record<string, TooltipClaim>; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  function show(target: EventTarget | null) {
    const bar = target instanceof Element ? target.closest("[data-claim-id]") : null;
    const claim = bar ? claims[bar.getAttribute("data-claim-id") ?? ""] : undefined;
    const frame = box.current?.getBoundingClientRect();
    if (!bar || !claim || !frame) return setShown(null);
    const rect = bar.getBoundingClientRect();
    const left = Math.min(Math.max(rect.left - frame.left, 0), Math.max(frame.width - 300, 0));
    setShown({ claim, left, top: rect.bottom - frame.top + 6 });
  }

  return (
    <div
      ref={box}
      className="cc-tooltip-frame"
      onPointerOver={(e) => show(e.target)}
      onPointerLeave={() => setShown(null)}
      onFocus={(e) => show(e.target)}
      onBlur={() => setShown(null)}
      onKeyDown={(e) => e.key === "Escape" && setShown(null)}
    >
      {children}
      {shown ? (
        <div role="tooltip" className="cc-tooltip" style={{ left: shown.left, top: shown.top }}>
          <strong>{shown.claim.who}</strong>
          <span>{shown.claim.figure}</span>
          <q>{shown.claim.quote}</q>
          <small>{shown.claim.where}</small>
        </div>
      ) : null}
    </div>
  );
}
