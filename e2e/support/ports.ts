/**
 * Every port the end-to-end tests listen on, one block from E2E_PORT (default 3100): the site, the
 * hostile-input site, the host pages, nginx and the servers specs start themselves. Two checkouts
 * can test at once on blocks that do not overlap.
 */
const base = Number(process.env.E2E_PORT ?? 3100);

export const PORTS = {
  site: base,
  hostileSite: base + 1,
  embedHost: base + 2,
  exportNginx: base + 3,
  exportHost: base + 4,
  exportNext: base + 5,
  load: base + 6,
  /** The host page of the series embed (reads-claims-over-time). */
  seriesHost: base + 7,
  /** A `next start` reading a data folder that a newer table snapshot was imported into. */
  imported: base + 8,
  /** The review page's server (npm run review), started by reviews-a-report. */
  review: base + 9,
  /** The host page of the frame-alone embed in columns of several widths (publishes-a-chart). */
  columnHost: base + 10,
} as const;
