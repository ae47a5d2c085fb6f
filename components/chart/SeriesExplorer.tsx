"use client";

import { type KeyboardEvent, type PointerEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { type CompactLine, ENGLISH_READOUT, expandLine, readout, type ReadoutWords } from "@/lib/chart/readout";

/** The controls' words in the page's edition. */
export interface ExplorerLabels {
  help: string;
  controls: string;
  claimLink: string;
  cellsLink: string;
}

const ENGLISH_LABELS: ExplorerLabels = {
  help: "Point at or tap the chart, or focus a line below and use the arrow keys (Page Up/Down: 30 points; Home/End).",
  controls: "Step through the points",
  claimLink: "The claim, with its quote",
  cellsLink: "The claim, with its cells",
};

interface Geometry {
  /** The shown SVG's box on screen, and its plot's corners and scales in its own units. */
  box: DOMRect;
  scale: number;
  plot: [number, number, number, number];
  days: [number, number];
  max: number;
}

/** The SVG size that is shown (the others are display:none), with the scales it was drawn with. */
function geometry(frame: HTMLElement | null): Geometry | undefined {
  const svgs = frame ? Array.from(frame.querySelectorAll<SVGSVGElement>("svg[data-plot]")) : [];
  const svg = svgs.find((s) => s.getBoundingClientRect().width > 0);
  if (!svg) return undefined;
  const plot = (svg.getAttribute("data-plot") ?? "").split(" ").map(Number);
  const days = (svg.getAttribute("data-days") ?? "").split(" ").map(Number);
  const viewWidth = svg.viewBox.baseVal.width || 1;
  const box = svg.getBoundingClientRect();
  return { box, scale: box.width / viewWidth, plot: plot as Geometry["plot"], days: days as Geometry["days"], max: Number(svg.getAttribute("data-max")) || 1 };
}

function position(g: Geometry, day: number, value: number): { x: number; y: number } {
  const [x0, y0, x1, y1] = g.plot;
  const [d0, d1] = g.days;
  return { x: (x0 + ((day - d0) / (d1 - d0 || 1)) * (x1 - x0)) * g.scale, y: (y1 - (value / g.max) * (y1 - y0)) * g.scale };
}

/**
 * A focus marker over the static chart, with the focused point's figure, date and source beside it
 * and a link to its claim. The pointer, a touch (tap or drag) and the keyboard move it: each line
 * has a slider (arrows a point, Page keys 30, Home/End). It gets the points in one compact form
 * (lib/chart/readout.ts): from `src`, a file the prebuild wrote, fetched once the script runs (a
 * preset's page), or as `lines` (a custom chart, drawn on request). Drawn only once the script runs and
 * the points are here, since without it the static chart and the table of points say the same.
 */
export function SeriesExplorer({
  lines: given,
  src,
  words = ENGLISH_READOUT,
  labels = ENGLISH_LABELS,
  children,
}: {
  lines?: CompactLine[];
  /** Where the points are, when not given as `lines`: a page carrying them sent them before its chart could paint. */
  src?: string;
  words?: ReadoutWords;
  labels?: ExplorerLabels;
  children: ReactNode;
}) {
  const [fetched, setFetched] = useState<CompactLine[] | undefined>(undefined);
  const compact = given ?? fetched;
  const lines = useMemo(() => (compact ?? []).map(expandLine), [compact]);
  const frame = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [active, setActive] = useState(0);
  // The readout appears once the reader points, taps or steps: before, it would cover the chart it explains.
  const [engaged, setEngaged] = useState(false);
  const [indexes, setIndexes] = useState<number[]>(() => lines.map((l) => l.days.length - 1));
  const [, redraw] = useState(0);
  useEffect(() => {
    if (given || !src) return;
    let live = true;
    fetch(src)
      .then((response) => (response.ok ? (response.json() as Promise<CompactLine[]>) : Promise.reject(new Error(`${src}: ${response.status}`))))
      .then((points) => {
        if (!live) return;
        setIndexes(points.map((l) => Math.max(0, l.d.length - 1)));
        setFetched(points);
      })
      // Without its points the marker is not drawn: the static chart and the table of points still say everything.
      .catch((error: unknown) => console.error(error));
    return () => {
      live = false;
    };
  }, [given, src]);
  useEffect(() => {
    setReady(true);
    const onResize = () => redraw((n) => n + 1);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);

  const line = lines[active];
  const index = indexes[active] ?? 0;
  const g = ready ? geometry(frame.current) : undefined;
  const frameBox = frame.current?.getBoundingClientRect();
  const day = line?.days[index];
  const value = line?.values[index];
  const at = g && frameBox && day !== undefined && value !== undefined ? position(g, day, value) : undefined;
  const said = line ? readout(line, index, words) : undefined;

  function step(lineIndex: number, to: number) {
    const count = lines[lineIndex]?.days.length ?? 0;
    if (count === 0) return;
    setEngaged(true);
    setActive(lineIndex);
    setIndexes((all) => all.map((v, i) => (i === lineIndex ? Math.max(0, Math.min(count - 1, to)) : v)));
  }

  function onKey(lineIndex: number, event: KeyboardEvent) {
    const now = indexes[lineIndex] ?? 0;
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -30, PageUp: 30 };
    if (event.key in moves) step(lineIndex, now + (moves[event.key] ?? 0));
    else if (event.key === "Home") step(lineIndex, 0);
    else if (event.key === "End") step(lineIndex, Number.MAX_SAFE_INTEGER);
    else return;
    event.preventDefault();
  }

  /** The nearest point to where the pointer or finger is, over every line. */
  function onPointer(event: PointerEvent) {
    const geo = geometry(frame.current);
    if (!geo) return;
    // The readout's own link must stay tappable.
    if ((event.target as Element).closest?.(".cc-readout")) return;
    const left = event.clientX - geo.box.left;
    const top = event.clientY - geo.box.top;
    let best: { line: number; index: number; distance: number } | undefined;
    lines.forEach((l, li) => {
      l.days.forEach((d, pi) => {
        const pos = position(geo, d, l.values[pi] ?? 0);
        const distance = Math.abs(pos.x - left) * 4 + Math.abs(pos.y - top);
        if (!best || distance < best.distance) best = { line: li, index: pi, distance };
      });
    });
    if (best) step(best.line, best.index);
  }

  const left = at && g && frameBox ? g.box.left - frameBox.left + at.x : 0;
  const top = at && g && frameBox ? g.box.top - frameBox.top + at.y : 0;
  // The readout stands beside the point, on the side with room; in a column too narrow for that (a phone), under the chart.
  const flip = frameBox ? left > frameBox.width / 2 : false;
  const below = frameBox ? frameBox.width < 480 : false;
  const box = said && line && engaged ? (
    <div className={`cc-readout${below ? " cc-readout-below" : flip ? " cc-readout-left" : ""}`} style={below ? { borderColor: line.colour } : { left, top, borderColor: line.colour }} data-testid="readout">
      <strong>{line.label}</strong>
      <span className="cc-readout-figure">{said.figure}</span>
      <span className="cc-readout-source">{said.source}</span>
      <a href={said.href}>{line.source.cells ? labels.cellsLink : labels.claimLink}</a>
    </div>
  ) : null;
  return (
    <div className="cc-explorer">
      <div ref={frame} className="cc-explorer-frame" onPointerMove={ready && lines.length > 0 ? onPointer : undefined} onPointerDown={ready && lines.length > 0 ? onPointer : undefined}>
        {children}
        {at && line ? (
          <>
            <span className="cc-focus-marker" aria-hidden="true" style={{ left, top, borderColor: line.colour }} />
            {below ? null : box}
          </>
        ) : null}
      </div>
      {below ? box : null}
      {ready && lines.length > 0 ? (
        <div className="cc-explorer-controls" role="group" aria-label={labels.controls}>
          <p className="cc-small cc-muted">{labels.help}</p>
          <ul>
            {lines.map((l, li) => {
              const text = readout(l, indexes[li] ?? 0, words)?.text;
              return (
                <li key={l.id}>
                  <span className="cc-swatch" style={{ background: l.colour }} aria-hidden="true" />
                  <span
                    role="slider"
                    tabIndex={0}
                    className="cc-explorer-slider"
                    aria-label={l.label}
                    aria-valuemin={1}
                    aria-valuemax={l.days.length}
                    aria-valuenow={(indexes[li] ?? 0) + 1}
                    aria-valuetext={text}
                    onKeyDown={(e) => onKey(li, e)}
                    onFocus={() => {
                      setEngaged(true);
                      setActive(li);
                    }}
                  >
                    {text ?? l.label}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
