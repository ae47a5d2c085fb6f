/**
 * The hostile-input site: the same code built from lib/dataset/fixtures/hostile, whose every text
 * field holds markup, script and spreadsheet formulas, into its own dist and generated folders so
 * the normal build is left as it was. `npm run build:hostile` builds it; Playwright serves it.
 */
export const HOSTILE_SITE_ENV = {
  COUNTERCLAIM_DATA: "lib/dataset/fixtures/hostile",
  COUNTERCLAIM_SOURCES: "lib/dataset/fixtures/texts",
  COUNTERCLAIM_NEXT_DIR: ".next-hostile",
  COUNTERCLAIM_GENERATED: "generated-hostile",
} as const;
