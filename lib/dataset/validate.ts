import { createHash } from "node:crypto";
import { parse as parseCsv } from "csv-parse/sync";
import { z } from "zod";
import { type Claimant, ClaimantsFile } from "../model/claimants";
import { type Claim, ClaimInput, CONTROL_EXTENT_METRICS } from "../model/claims";
import { type Comparison, ComparisonFile, lineText, type SeriesComparison } from "../model/comparisons";
import type { TranslatedLocale } from "../i18n/locales";
import { Topic } from "../model/topics";
import { needsTranslation } from "../model/languages";
import { Source, sourceLanguage } from "../model/sources";
import { type DataError, describeValue, zodIssuesToErrors } from "./errors";
import { DatasetMeta } from "./meta";
import { TableFile, type TableSource } from "../model/tables";
import { correctionsByCell, tableClaims } from "../tables/expand";
import { type CellCheck, verifyTable } from "../tables/verify";
import { linkRepeats } from "../tables/link";
import { TableSourceFile } from "../tables/read";
import { WhoIsWhoFile } from "../model/who-is-who";
import { checkWhoIsWho } from "./who-is-who";
import { NO_TERMS, Terms } from "../model/terms";

/** A data file as read from disk: its path (as shown in errors) and its parsed JSON. */
export interface RawFile {
  path: string;
  json: unknown;
}

export interface RawDataset {
  meta: RawFile;
  claimants: RawFile;
  sources: RawFile[];
  comparisons: RawFile[];
  /** data/topics/*.json: what any chart may draw, topic by topic. */
  topics?: RawFile[];
  /** data/table-sources/*.json: one table source record a file. */
  tableSources?: RawFile[];
  /** data/tables/*.json: the kept figures of the table sources. */
  tables?: RawFile[];
  /** data/who-is-who.json: who speaks for which claimant (read by the extractor; checked here). */
  whoIsWho?: RawFile;
  /** data/terms.json: the subjects and places claims carry, in Ukrainian and Russian. */
  terms?: RawFile;
}

/** Looks up the full text of a source by its file name; undefined when the text is not at hand. */
export type SourceTexts = (file: string) => string | undefined;

export interface Dataset {
  meta: DatasetMeta;
  sources: Source[];
  claimants: Claimant[];
  claims: Claim[];
  comparisons: Comparison[];
  /** Every topic a chart may be drawn of; the series presets are named choices of their lines. */
  topics: Topic[];
  /** The kept tables behind the table sources' claims (for summaries: fields, spans, corrections, revisions). */
  tables?: TableFile[];
  /** Subjects and places in Ukrainian and Russian (data/terms.json; none when the folder has no such file). */
  terms?: Terms;
}

export interface QuoteCheck {
  verified: number;
  unverified: number;
  /** Source files whose text was not at hand, so their quotes could not be checked. */
  missingTexts: string[];
}

export interface ValidationReport {
  /** Null when there is any error: nothing downstream may use half-valid data. */
  dataset: Dataset | null;
  errors: DataError[];
  quotes: QuoteCheck;
  /** Cells of the kept tables re-read against their published files. */
  cells: CellCheck;
}

/** A file in data/sources: one source and the claims quoted from it. */
export const SourceFile = z.strictObject({ source: Source, claims: z.array(ClaimInput) });
// A source is in data/ for the claims quoted from it: a file with none is a mistake, not an empty report,
// unless another file's claim cites it as a relay (`alsoIn`); that is checked across files.
const SourceFileShape = z.strictObject({ source: z.unknown(), claims: z.array(z.unknown()) });


function fileStem(path: string): string {
  return path.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
}

function parseFile<T>(file: RawFile, schema: z.ZodType<T>, errors: DataError[]): T | undefined {
  const result = schema.safeParse(file.json);
  if (result.success) return result.data;
  errors.push(...zodIssuesToErrors(file.path, file.json, result.error.issues));
  return undefined;
}

/** Reports ids used more than once; returns them. */
function checkUnique(items: readonly { id: string; file: string }[], what: string, errors: DataError[]): Set<string> {
  const seen = new Map<string, string>();
  const duplicates = new Set<string>();
  for (const { id, file } of items) {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, file);
    else {
      duplicates.add(id);
      errors.push({ file, record: id, field: "id", expected: `a ${what} id used only once`, found: `"${id}" already used in ${first}` });
    }
  }
  return duplicates;
}

/** A quote and where it stands: a claim's own, or one of its relays (`alsoIn`). */
interface QuotedAt {
  claim: Claim;
  /** Where the quote is in the claim's record, for errors: "" for the claim's own, "alsoIn.0." for a relay. */
  field: string;
  quote: string;
  locator: Claim["locator"];
}

/** The quotes that stand in each source: each claim's own, and its relays' in the sources they cite. */
function quotesBySource(sources: readonly { source: Source; path: string; claims: readonly Claim[] }[]): Map<string, QuotedAt[]> {
  const bySource = new Map<string, QuotedAt[]>(sources.map((s) => [s.source.id, []]));
  for (const { claims } of sources) {
    for (const claim of claims) {
      bySource.get(claim.sourceId)?.push({ claim, field: "", quote: claim.quote, locator: claim.locator });
      claim.alsoIn?.forEach((relay, i) => bySource.get(relay.sourceId)?.push({ claim, field: `alsoIn.${i}.`, quote: relay.quote, locator: relay.locator }));
    }
  }
  return bySource;
}

/** Every claim's quote must stand, verbatim, where its locator says, in the source whose sha256 matches; so must every relay's. */
function checkQuotes(sources: readonly { source: Source; path: string; claims: readonly Claim[] }[], texts: SourceTexts, errors: DataError[]): QuoteCheck {
  const check: QuoteCheck = { verified: 0, unverified: 0, missingTexts: [] };
  const paths = new Map(sources.map((s) => [s.source.id, s.path]));
  const bySource = quotesBySource(sources);
  const failed = new Set<string>();
  const counted = new Set<string>();
  for (const { source } of sources) {
    const quoted = bySource.get(source.id) ?? [];
    const text = texts(source.file);
    if (text === undefined) {
      for (const q of quoted) failed.add(q.claim.id);
      for (const q of quoted) counted.add(q.claim.id);
      check.missingTexts.push(source.file);
      continue;
    }
    const digest = sha256(text);
    if (digest !== source.sha256) {
      errors.push({ file: paths.get(source.id) ?? source.id, record: source.id, field: "sha256", expected: `the sha256 of ${source.file} (${digest})`, found: source.sha256 });
      for (const q of quoted) failed.add(q.claim.id);
      for (const q of quoted) counted.add(q.claim.id);
      continue;
    }
    const cells = source.kind === "dataset" ? tableCells(text, source.recordKey) : undefined;
    for (const { claim, field, quote, locator: loc } of quoted) {
      counted.add(claim.id);
      const path = paths.get(claim.sourceId) ?? claim.sourceId;
      const before = errors.length;
      if (loc.kind === "text") {
        if (source.kind !== "report") {
          errors.push({ file: path, record: claim.id, field: `${field}locator.kind`, expected: `"cell" (the source is a dataset)`, found: `"text"` });
        } else if (loc.end <= loc.start || loc.end > text.length) {
          errors.push({ file: path, record: claim.id, field: `${field}locator`, expected: `0 ≤ start < end ≤ ${text.length} (the length of ${source.file})`, found: `start ${loc.start}, end ${loc.end}` });
        } else if (text.slice(loc.start, loc.end) !== quote) {
          const at = text.indexOf(quote);
          errors.push({
            file: path,
            record: claim.id,
            field: `${field}quote`,
            expected: `the quote to stand verbatim at ${loc.start}–${loc.end} of ${source.file}` + (at >= 0 ? ` (it stands at ${at}–${at + quote.length})` : " (it stands nowhere in the text)"),
            found: describeValue(text.slice(loc.start, loc.end)),
          });
        }
      } else if (cells === undefined) {
        errors.push({ file: path, record: claim.id, field: `${field}locator.kind`, expected: `"text" (the source is a report)`, found: `"cell"` });
      } else {
        const found = cells.get(loc.record)?.[loc.field];
        if (found !== quote) {
          errors.push({ file: path, record: claim.id, field: `${field}quote`, expected: `the quote to equal cell ${loc.record}/${loc.field} of ${source.file}`, found: describeValue(found) });
        }
      }
      if (errors.length !== before) failed.add(claim.id);
    }
  }
  // A claim counts as verified only when its own quote and every relay's were checked and stand.
  for (const id of counted) {
    if (failed.has(id)) check.unverified += 1;
    else check.verified += 1;
  }
  return check;
}

function tableCells(csv: string, recordKey: string): Map<string, Record<string, string>> {
  const rows: Record<string, string>[] = parseCsv(csv, { columns: true, skip_empty_lines: true });
  return new Map(rows.map((row) => [row[recordKey] ?? "", row]));
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A quote's translation must be there exactly when its source is not in English. */
function checkTranslation(source: Source, translation: Claim["translation"], field: string, at: (field: string, expected: string, found: string) => void) {
  const language = sourceLanguage(source);
  if (needsTranslation(language) && !translation) at(field, `Counterclaim's English translation of the quote (${source.id} is in "${language}")`, "nothing (the field is missing)");
  if (!needsTranslation(language) && translation) at(field, `no translation (${source.id} is in English, so the quote is already)`, "a translation");
}

/** Checks one claim against its source, its relays' sources and the claimants; returns false when it found anything wrong. */
function checkClaim(
  claim: Claim,
  source: Source,
  claimants: ReadonlyMap<string, Claimant> | undefined,
  path: string,
  errors: DataError[],
  sources: ReadonlyMap<string, Source> = new Map(),
): boolean {
  const before = errors.length;
  const at = (field: string, expected: string, found: string) => errors.push({ file: path, record: claim.id, field, expected, found });
  checkTranslation(source, claim.translation, "translation", at);
  const relayed = new Set<string>([claim.sourceId]);
  claim.alsoIn?.forEach((relay, i) => {
    const other = sources.get(relay.sourceId);
    if (relayed.has(relay.sourceId)) at(`alsoIn.${i}.sourceId`, "a source not already cited by this claim", `"${relay.sourceId}" again`);
    relayed.add(relay.sourceId);
    if (!other) {
      at(`alsoIn.${i}.sourceId`, "the id of a source in data/sources", `"${relay.sourceId}"`);
      return;
    }
    checkTranslation(other, relay.translation, `alsoIn.${i}.translation`, at);
    if (claim.statedOn.date > other.datePublished) at(`alsoIn.${i}.sourceId`, `a source published no earlier than the claim was stated (${claim.statedOn.date})`, `"${relay.sourceId}", of ${other.datePublished}`);
  });
  if (claimants && !claimants.has(claim.claimantId)) at("claimantId", "the id of a claimant in claimants.json", `"${claim.claimantId}"`);
  claim.doubts?.forEach((doubt, i) => {
    if (!doubt.translations) at(`doubts.${i}.translations`, "the note in Ukrainian and Russian ({ uk: { note }, ru: { note } })", "nothing (the field is missing)");
  });
  if (claim.kind === "figure" && claim.control && !(CONTROL_EXTENT_METRICS as readonly string[]).includes(claim.metric)) {
    at("control", `control only on a figure of ${CONTROL_EXTENT_METRICS.join(" or ")}`, `metric "${claim.metric}"`);
  }
  if (claim.statedOn.date > source.datePublished) {
    at("statedOn.date", `a date no later than the source's publication (${source.datePublished})`, claim.statedOn.date);
  }
  const period = claim.period;
  if (period?.from && period.asOf && period.from > period.asOf) at("period.from", `a date no later than period.asOf (${period.asOf})`, period.from);
  if (period?.asOf && period.asOf > source.datePublished) at("period.asOf", `a date no later than the source's publication (${source.datePublished})`, period.asOf);
  if (claim.kind === "figure") {
    if (!claim.quote.includes(claim.stated)) at("stated", "words that stand in the quote", describeValue(claim.stated));
    if (claim.qualifier === "range" && claim.valueHigh <= claim.value) at("valueHigh", `a number above value (${claim.value})`, String(claim.valueHigh));
  }
  return errors.length === before;
}

function checkComparison(
  comparison: Comparison,
  path: string,
  claimants: ReadonlyMap<string, Claimant> | undefined,
  claims: ReadonlyMap<string, Claim>,
  invalidClaimIds: ReadonlySet<string>,
  errors: DataError[],
) {
  const at = (field: string, expected: string, found: string) => errors.push({ file: path, record: comparison.slug, field, expected, found });
  if (fileStem(path) !== comparison.slug) at("slug", `the file name without .json ("${fileStem(path)}")`, `"${comparison.slug}"`);
  if (comparison.kind === "control") {
    comparison.claims.forEach((id, i) => {
      if (invalidClaimIds.has(id)) return; // already reported where the claim stands
      const claim = claims.get(id);
      if (!claim) at(`claims.${i}`, "the id of a claim in data/sources", `"${id}"`);
      else if (claim.kind !== "control") at(`claims.${i}`, "a claim of control", `"${id}", a figure`);
      else if (claim.place !== comparison.place) at(`claims.${i}`, `a claim about ${comparison.place}`, `"${id}", about ${claim.place}`);
    });
    comparison.sameStatement.forEach((group, g) => {
      group.claims.forEach((id, i) => {
        if (!comparison.claims.includes(id)) at(`sameStatement.${g}.claims.${i}`, "the id of one of this comparison's claims", `"${id}"`);
      });
    });
    return;
  }
  if (comparison.kind === "series") {
    checkSeriesComparison(comparison, at, claimants, claims);
    return;
  }
  const seriesIds = new Set<string>();
  comparison.series.forEach((series, i) => {
    if (claimants && !claimants.has(series.claimantId)) at(`series.${i}.claimantId`, "the id of a claimant in claimants.json", `"${series.claimantId}"`);
    if (seriesIds.has(series.claimantId)) at(`series.${i}.claimantId`, "each claimant once", `"${series.claimantId}" twice`);
    seriesIds.add(series.claimantId);
  });
  const categoryIds = new Set<string>();
  comparison.categories.forEach((category, i) => {
    if (categoryIds.has(category.id)) at(`categories.${i}.id`, "each category id once", `"${category.id}" twice`);
    categoryIds.add(category.id);
    for (const [claimantId, claimId] of Object.entries(category.claims)) {
      const field = `categories.${i}.claims.${claimantId}`;
      const claim = claims.get(claimId);
      if (!seriesIds.has(claimantId)) at(field, `a claimant listed in series (${[...seriesIds].join(", ")})`, `"${claimantId}"`);
      if (invalidClaimIds.has(claimId)) continue; // already reported where the claim stands
      if (!claim) at(field, "the id of a claim in data/sources", `"${claimId}"`);
      else if (claim.kind !== "figure") at(field, "a claim with a figure", `"${claimId}", a claim of control`);
      else if (claim.claimantId !== claimantId) at(field, `a claim made by "${claimantId}"`, `"${claimId}", made by "${claim.claimantId}"`);
    }
    if (Object.keys(category.claims).length === 0) at(`categories.${i}.claims`, "at least one claim", "none");
  });
  if (comparison.sameQuantity) {
    const category = comparison.categories.find((c) => c.id === comparison.sameQuantity?.categoryId);
    if (!category) at("sameQuantity.categoryId", "the id of one of this comparison's categories", `"${comparison.sameQuantity.categoryId}"`);
    else if (Object.keys(category.claims).length < 2) at("sameQuantity.categoryId", "a category with claims from two claimants", `"${category.id}", with ${Object.keys(category.claims).length}`);
  }
}

/** A series comparison: known claimants, one metric or a sum a line, each line matching claims, a ratio of its own lines. */
function checkSeriesComparison(
  comparison: SeriesComparison,
  at: (field: string, expected: string, found: string) => void,
  claimants: ReadonlyMap<string, Claimant> | undefined,
  claims: ReadonlyMap<string, Claim>,
) {
  const ids = new Set<string>();
  comparison.lines.forEach((line, i) => {
    if (claimants && !claimants.has(line.claimantId)) at(`lines.${i}.claimantId`, "the id of a claimant in claimants.json", `"${line.claimantId}"`);
    if (ids.has(line.id)) at(`lines.${i}.id`, "each line id once", `"${line.id}" twice`);
    ids.add(line.id);
    const given = [line.metric, line.sum, line.renamed].filter((x) => x !== undefined).length;
    if (given !== 1) at(`lines.${i}`, "exactly one of metric, sum or renamed", given === 0 ? "none" : `${given} of them`);
    const metrics: readonly string[] = line.sum ?? line.renamed ?? (line.metric ? [line.metric] : []);
    line.alsoClaimants?.forEach((id, j) => {
      if (claimants && !claimants.has(id)) at(`lines.${i}.alsoClaimants.${j}`, "the id of a claimant in claimants.json", `"${id}"`);
    });
    if (line.alsoClaimants && line.draw === "line") at(`lines.${i}.draw`, `"points" (several bodies' figures are never joined into one line)`, `"line"`);
    const who = new Set([line.claimantId, ...(line.alsoClaimants ?? [])]);
    const matches = [...claims.values()].some((c) => c.kind === "figure" && who.has(c.claimantId) && c.subject === line.subject && metrics.includes(c.metric) && (!line.sources || line.sources.includes(c.sourceId)));
    if (!matches) at(`lines.${i}`, `figure claims by "${[...who].join(", ")}" about "${line.subject}" in ${metrics.join(" or ")}${line.sources ? ` from ${line.sources.join(", ")}` : ""}`, "none");
  });
  if (comparison.span.to && comparison.span.to < comparison.span.from) at("span.to", `a day on or after ${comparison.span.from}`, comparison.span.to);
  if (comparison.ratio) {
    for (const field of ["numerator", "denominator"] as const) {
      if (!ids.has(comparison.ratio[field])) at(`ratio.${field}`, `the id of one of this comparison's lines (${[...ids].join(", ")})`, `"${comparison.ratio[field]}"`);
    }
  }
}

/**
 * Checks the whole dataset: each file against its schema, then ids, references, dates and quotes
 * across files. Pure but for the texts it is handed; returns every error, not just the first.
 */
export function validateDataset(raw: RawDataset, texts: SourceTexts, snapshots?: SourceTexts): ValidationReport {
  const errors: DataError[] = [];
  const meta = raw.meta.json === undefined ? undefined : parseFile(raw.meta, DatasetMeta, errors);
  const parsedClaimants = raw.claimants.json === undefined ? undefined : parseFile(raw.claimants, ClaimantsFile, errors);
  const claimantsOk = parsedClaimants !== undefined;
  const claimantList = parsedClaimants ?? [];
  // Claims are parsed one by one, so one bad claim neither hides the others nor makes every
  // comparison that cites it report a missing id.
  const invalidClaimIds = new Set<string>();
  // A table source's claims are its cells, kept in data/tables/<id>.json; its own file holds the record alone.
  const tableSources = (raw.tableSources ?? []).flatMap((file) => {
    if (file.json === undefined) return [];
    const source = parseFile(file, TableSourceFile, errors)?.source;
    if (!source) return [];
    if (fileStem(file.path) !== source.id) {
      errors.push({ file: file.path, record: source.id, field: "id", expected: `the file name without .json ("${fileStem(file.path)}")`, found: `"${source.id}"` });
    }
    return [{ source, path: file.path }];
  });
  const invalidSourceFiles = new Set<string>();
  const parsedSources = raw.sources.flatMap((file) => {
    if (file.json === undefined) return [];
    const shape = parseFile(file, SourceFileShape, errors);
    if (!shape) return [];
    const source = parseFile({ path: file.path, json: { source: shape.source } }, SourceFile.pick({ source: true }), errors)?.source;
    const claims: Claim[] = [];
    shape.claims.forEach((item, index) => {
      const result = ClaimInput.safeParse(item);
      if (result.success && source) {
        claims.push({ ...result.data, sourceId: source.id });
        return;
      }
      const id = item && typeof item === "object" ? (item as Record<string, unknown>).id : undefined;
      if (typeof id === "string") invalidClaimIds.add(id);
      if (result.success) return; // valid, but its source is not: reported there
      const nested = result.error.issues.map((issue) => ({ ...issue, path: ["claims", index, ...issue.path] }));
      errors.push(...zodIssuesToErrors(file.path, file.json, nested));
    });
    if (!source) return [];
    if (fileStem(file.path) !== source.id) {
      errors.push({ file: file.path, record: source.id, field: "id", expected: `the file name without .json ("${fileStem(file.path)}")`, found: `"${source.id}"` });
    }
    if (claims.length < shape.claims.length) invalidSourceFiles.add(file.path);
    return [{ source, path: file.path, claims }];
  });
  const topics = (raw.topics ?? []).flatMap((file) => {
    if (file.json === undefined) return [];
    const topic = parseFile(file, Topic, errors);
    if (!topic) return [];
    if (fileStem(file.path) !== topic.id) errors.push({ file: file.path, record: topic.id, field: "id", expected: `the file name without .json ("${fileStem(file.path)}")`, found: `"${topic.id}"` });
    return [{ topic, path: file.path }];
  });
  const topicsById = new Map(topics.map((t) => [t.topic.id, t.topic]));
  const comparisons = raw.comparisons.flatMap((file) => {
    if (file.json === undefined) return [];
    const parsed = parseFile(file, ComparisonFile, errors);
    if (!parsed) return [];
    if (parsed.kind !== "preset") return [{ comparison: parsed as Comparison, path: file.path }];
    // A preset: the topic's lines by id, resolved here so every page draws it as a series comparison.
    const topic = topicsById.get(parsed.topic);
    const at = (field: string, expected: string, found: string) => errors.push({ file: file.path, record: parsed.slug, field, expected, found });
    if (!topic) {
      at("topic", `the id of a topic in data/topics (${[...topicsById.keys()].join(", ")})`, `"${parsed.topic}"`);
      return [];
    }
    const lines = parsed.lines.flatMap((id, i) => {
      const line = topic.lines.find((l) => l.id === id);
      if (!line) at(`lines.${i}`, `the id of one of topic ${topic.id}'s lines (${topic.lines.map((l) => l.id).join(", ")})`, `"${id}"`);
      return line ? [line] : [];
    });
    if (lines.length < parsed.lines.length) return [];
    // Its lines' words in each edition are the topic's.
    const translated = (locale: TranslatedLocale) => ({ ...parsed.translations[locale], lines: Object.fromEntries(lines.map((l) => [l.id, topic.translations[locale].lines[l.id] ?? lineText(l)])) });
    const comparison: SeriesComparison = { ...parsed, kind: "series", lines, translations: { uk: translated("uk"), ru: translated("ru") } };
    return [{ comparison: comparison as Comparison, path: file.path }];
  });

  const tables = readTables(tableSources, raw.tables ?? [], snapshots, errors);
  // A compilation of many bodies' figures repeats some the dataset already holds: those rows become relays, not claims.
  for (const table of tables.sources) {
    const layout = table.source.layout;
    if (layout.kind !== "csv" || !layout.claimant || new Set(Object.values(layout.claimant.values)).size < 2) continue;
    const others = [...parsedSources.flatMap((s) => s.claims), ...tables.sources.filter((t) => t !== table).flatMap((t) => t.claims)];
    table.claims = linkRepeats(table.claims, others);
  }
  checkUnique(claimantList.map((c) => ({ id: c.id, file: raw.claimants.path })), "claimant", errors);
  checkUnique([...parsedSources, ...tableSources].map((s) => ({ id: s.source.id, file: s.path })), "source", errors);
  const duplicateClaims = checkUnique([...parsedSources, ...tables.sources].flatMap((s) => s.claims.map((c) => ({ id: c.id, file: s.path }))), "claim", errors);
  for (const id of duplicateClaims) invalidClaimIds.add(id);
  checkUnique(comparisons.map((c) => ({ id: c.comparison.slug, file: c.path })), "comparison", errors);
  checkUnique(topics.map((t) => ({ id: t.topic.id, file: t.path })), "topic", errors);

  // When claimants.json itself is broken, that is the error to fix; every claim would otherwise cite an unknown claimant.
  const claimants = claimantsOk ? new Map(claimantList.map((c) => [c.id, c])) : undefined;
  const sourcesById = new Map([...parsedSources, ...tables.sources].map((s) => [s.source.id, s.source] as const));
  for (const { source, path, claims } of [...parsedSources, ...tables.sources]) {
    for (const claim of claims) if (!checkClaim(claim, source, claimants, path, errors, sourcesById)) invalidClaimIds.add(claim.id);
  }
  const relayed = new Set(parsedSources.flatMap((s) => s.claims.flatMap((c) => (c.alsoIn ?? []).map((r) => r.sourceId))));
  for (const { source, path, claims } of parsedSources) {
    if (claims.length === 0 && !relayed.has(source.id) && !invalidSourceFiles.has(path)) {
      errors.push({ file: path, field: "claims", expected: "at least one item (or a claim elsewhere that cites this source in alsoIn)", found: "a list of 0" });
    }
  }
  const claimsById = new Map([...parsedSources, ...tables.sources].flatMap((s) => s.claims.map((c) => [c.id, c] as const)));
  for (const { comparison, path } of comparisons) checkComparison(comparison, path, claimants, claimsById, invalidClaimIds, errors);
  for (const { topic, path } of topics) {
    const at = (field: string, expected: string, found: string) => errors.push({ file: path, record: topic.id, field, expected, found });
    checkSeriesComparison({ ...topic, slug: topic.id, kind: "series", span: { from: "2022-02-24" } }, at, claimants, claimsById);
  }

  if (raw.whoIsWho && raw.whoIsWho.json !== undefined) {
    const whoIsWho = parseFile(raw.whoIsWho, WhoIsWhoFile, errors);
    if (whoIsWho && claimants) checkWhoIsWho(whoIsWho, raw.whoIsWho.path, new Set(claimants.keys()), errors);
  }

  // A subject or place without its words in terms.json is shown in English: not an error here, so that
  // add-source and the review page (English only) keep working; lib/dataset/translations.test.ts fails on it.
  const terms = raw.terms && raw.terms.json !== undefined ? parseFile(raw.terms, Terms, errors) : undefined;

  const quotes = checkQuotes(parsedSources, texts, errors);
  const ok = errors.length === 0 && meta !== undefined;
  return {
    dataset: ok
      ? {
          meta,
          sources: [...parsedSources.map((s) => s.source), ...tables.sources.map((s) => s.source)],
          claimants: claimantList,
          claims: [...parsedSources.flatMap((s) => s.claims), ...tables.sources.flatMap((s) => s.claims)],
          tables: tables.files,
          comparisons: comparisons.map((c) => c.comparison),
          topics: topics.map((t) => t.topic),
          terms: terms ?? NO_TERMS,
        }
      : null,
    errors,
    quotes,
    cells: tables.cells,
  };
}

/**
 * Pairs each table source with its kept table, checks the table, re-reads its cells against the
 * published file when at hand, and expands its cells into claims.
 */
function readTables(sources: readonly { source: TableSource; path: string }[], files: readonly RawFile[], snapshots: SourceTexts | undefined, errors: DataError[]) {
  const cells: CellCheck = { verified: 0, unverified: 0, missingSnapshots: [] };
  const kept = new Map<string, { table: TableFile; path: string }>();
  for (const file of files) {
    if (file.json === undefined) continue;
    const table = parseFile(file, TableFile, errors);
    if (!table) continue;
    if (fileStem(file.path) !== table.source) errors.push({ file: file.path, field: "source", expected: `the file name without .json ("${fileStem(file.path)}")`, found: `"${table.source}"` });
    else if (!sources.some((s) => s.source.id === table.source)) errors.push({ file: file.path, field: "source", expected: "the id of a table source in data/sources", found: `"${table.source}"` });
    kept.set(table.source, { table, path: file.path });
  }
  const out: { source: TableSource; path: string; claims: Claim[] }[] = [];
  for (const { source, path } of sources) {
    const entry = kept.get(source.id);
    if (!entry) {
      errors.push({ file: path, record: source.id, expected: `its figures in data/tables/${source.id}.json (made by npm run import)`, found: "no such file" });
      continue;
    }
    if (entry.table.sha256 !== source.sha256) {
      errors.push({ file: path, record: source.id, field: "sha256", expected: `the sha256 the kept table was imported from (${entry.table.sha256})`, found: source.sha256 });
    }
    const check = verifyTable(source, entry.table, entry.path, snapshots ?? (() => undefined), errors);
    cells.verified += check.verified;
    cells.unverified += check.unverified;
    cells.missingSnapshots.push(...check.missingSnapshots);
    const correctionsFile = source.correctionsFrom ? kept.get(source.correctionsFrom)?.table : entry.table;
    out.push({ source, path, claims: tableClaims(source, entry.table, correctionsByCell(correctionsFile)) });
  }
  return { sources: out, files: [...kept.values()].map((k) => k.table), cells };
}

