import { createLTTB } from "downsample";
import type { SeriesPoint } from "./series";

/**
 * The points that a reduced line must keep whatever the downsampling picks: the first and the last,
 * every revision, every turning point (where a total that was rising falls, or falls then rises),
 * both ends of every gap, and every point where the qualifier changes (so "about" stays "about").
 */
export function mustKeep(points: readonly SeriesPoint[]): Set<number> {
  const keep = new Set<number>();
  if (points.length === 0) return keep;
  keep.add(0);
  keep.add(points.length - 1);
  let direction = 0;
  points.forEach((point, i) => {
    const before = points[i - 1];
    const after = points[i + 1];
    if (point.revision) keep.add(i);
    if (point.breakBefore) {
      keep.add(i);
      if (i > 0) keep.add(i - 1);
    }
    if ((before && before.qualifier !== point.qualifier) || (after && after.qualifier !== point.qualifier)) keep.add(i);
    if (before && point.claims.some((c) => c.doubts)) keep.add(i);
    if (!before) return;
    const step = Math.sign(point.value - before.value);
    if (step !== 0) {
      if (direction !== 0 && step !== direction) keep.add(i - 1);
      direction = step;
    }
  });
  return keep;
}

const lttb = createLTTB<SeriesPoint>({ x: (p) => p.day, y: (p) => p.value });

export interface Reduced {
  points: SeriesPoint[];
  /** Set when points were left out: how many of how many are drawn. */
  reduced?: { drawn: number; of: number };
}

/**
 * A line with at most about `target` points for a small drawing (the embed), by largest-triangle-
 * three-buckets (the `downsample` package's LTTB), which keeps a line's shape; plus every point
 * `mustKeep` names. The full series stays in the CSV and on the page; the chart says when it reduced.
 */
export function reduceLine(points: readonly SeriesPoint[], target: number): Reduced {
  if (points.length <= target) return { points: [...points] };
  const keep = mustKeep(points);
  const index = new Map(points.map((p, i) => [p, i]));
  for (const p of Array.from(lttb(points, Math.max(3, target)) as ArrayLike<SeriesPoint>)) {
    const i = index.get(p);
    if (i !== undefined) keep.add(i);
  }
  const drawn = [...keep].sort((a, b) => a - b).map((i) => points[i] as SeriesPoint);
  return drawn.length < points.length ? { points: drawn, reduced: { drawn: drawn.length, of: points.length } } : { points: drawn };
}
