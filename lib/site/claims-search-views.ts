import { buildClaimsIndex, type ClaimsIndex, resultsPage, searchClaims } from "../claims-search/search";
import { type ClaimsQuery, hasFilters } from "../claims-search/query";
import { PAGE_SIZE } from "../claims-table/paging";
import { claimsExport } from "../export/claims";
import { loadDataset } from "../dataset/load";
import type { Dataset } from "../dataset/validate";
import { claimsTableView } from "./views";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

// On the process, like the dataset (lib/dataset/load.ts): the search page and the API are separate bundles.
const INDEXES = Symbol.for("counterclaim.claimsIndex");
const processCache = globalThis as { [INDEXES]?: WeakMap<Dataset, ClaimsIndex> };
const indexes = (processCache[INDEXES] ??= new WeakMap<Dataset, ClaimsIndex>());

/** The search index over every claim, built on first use in this server process (once per dataset). */
export function claimsIndex(dataset: Dataset = loadDataset()): ClaimsIndex {
  const hit = indexes.get(dataset);
  if (hit) return hit;
  const figures = new Map(dataset.claims.flatMap((c) => (c.kind === "figure" && c.qualifier !== "vague" ? [[c.id, { value: c.value, valueHigh: c.qualifier === "range" ? c.valueHigh : undefined }] as const] : [])));
  const made = buildClaimsIndex(claimsTableView().rows, (id) => figures.get(id));
  indexes.set(dataset, made);
  return made;
}

export interface ClaimsSearchView {
  query: ClaimsQuery;
  rows: ClaimsIndex["rows"];
  /** How many claims match, on every page. */
  total: number;
  page: number;
  pages: number;
  claimants: ReturnType<typeof claimsTableView>["claimants"];
  topics: ReturnType<typeof claimsTableView>["topics"];
  dateMin?: string;
  dateMax?: string;
}

/**
 * One page of a search over every claim, its rows in the edition's words; undefined past its last page.
 * The search itself is the same in every edition (one index, over the English rows with their quotes and
 * translations), so an address finds the same claims in each; the rows found are shown in the edition's words.
 */
export function claimsSearchView(query: ClaimsQuery, size = PAGE_SIZE, locale: Locale = DEFAULT_LOCALE): ClaimsSearchView | undefined {
  const index = claimsIndex();
  const table = claimsTableView(locale);
  const positions = hasFilters(query) ? searchClaims(index, query) : index.rows.map((_, i) => i);
  const page = resultsPage(index, positions, query.page, size);
  if (!page) return undefined;
  const rows = locale === DEFAULT_LOCALE ? page.rows : page.rows.map((r) => table.rows[table.position.get(r.id) ?? -1] ?? r);
  return { query, rows, total: page.total, page: query.page, pages: page.pages, claimants: table.claimants, topics: table.topics, dateMin: table.dateMin, dateMax: table.dateMax };
}

const claimMaps = new WeakMap<Dataset, Map<string, Dataset["claims"][number]>>();

/**
 * One page of a search as the published export's shape (/data/schema.json): the page's claims, and
 * the sources and claimants they name. Undefined past the last page.
 */
export function claimsApiPage(query: ClaimsQuery, generated: Date, size = PAGE_SIZE) {
  const dataset = loadDataset();
  const view = claimsSearchView(query, size);
  if (!view) return undefined;
  const byId = claimMaps.get(dataset) ?? new Map(dataset.claims.map((c) => [c.id, c]));
  claimMaps.set(dataset, byId);
  const claims = view.rows.flatMap((r) => {
    const claim = byId.get(r.id);
    return claim ? [claim] : [];
  });
  const sourceIds = new Set(claims.flatMap((c) => [c.sourceId, ...(c.alsoIn ?? []).map((a) => a.sourceId)]));
  const claimantIds = new Set(claims.map((c) => c.claimantId));
  const page = claimsExport({ ...dataset, sources: dataset.sources.filter((s) => sourceIds.has(s.id)), claimants: dataset.claimants.filter((c) => claimantIds.has(c.id)), claims }, generated);
  return { page, total: view.total, pages: view.pages, dataset };
}
