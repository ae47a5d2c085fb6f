import type { Claim, ControlClaim, FigureClaim, StatedOn } from "../model/claims";
import { controlStatusLabel, type Qualifier, qualifierLabel } from "../model/claims";
import { PUBLISHER_NOT_IDENTIFIED, type Source } from "../model/sources";
import { tableSourceIn } from "../model/tables";
import { NO_TERMS, placeDetailIn, type Terms } from "../model/terms";
import type { RelayCheck } from "../tables/relay";
import { INTL_TAGS, type Locale } from "../i18n/locales";
import { formatDateIn, formatNumberIn } from "../i18n/format";
import { type Messages, translator } from "../i18n/translate";

/**
 * A claim's fields in an edition's words: the date as precise as the report allows, the figure with
 * its qualifier ("more than 470", "понад 470", "более 470"), the publication, a table's notes. Nothing
 * is added or dropped between editions: each says what the English says.
 */

type WordKey = `claims.words.${keyof Messages["claims"]["words"]}`;
const templates = new Map<string, string>();

/**
 * A claims.words message with its arguments, for tens of thousands of rows: each message takes only
 * plain arguments (no plural or select), so it is formatted once with markers in their place and the
 * values are put in after (a use-intl call a row took seconds over the whole table).
 */
function say(locale: Locale, key: WordKey, values: Record<string, string> = {}): string {
  const names = Object.keys(values);
  const id = `${locale}|${key}|${names.join(",")}`;
  let template = templates.get(id);
  if (template === undefined) {
    template = translator(locale)(key, Object.fromEntries(names.map((name) => [name, `\u0001${name}\u0002`])) as never);
    templates.set(id, template);
  }
  return template.replace(/\u0001(\w+)\u0002/g, (_, name: string) => values[name] ?? "");
}

/** "2 Mar 2022", "by 2 Mar 2022" or "before 2 Mar 2022"; "не пізніше 2 бер. 2022 р.". */
export function statedWords(statedOn: StatedOn, locale: Locale): string {
  const date = formatDateIn(locale, statedOn.date);
  if (statedOn.precision === "by") return say(locale, "claims.words.statedBy", { date });
  if (statedOn.precision === "before") return say(locale, "claims.words.statedBefore", { date });
  return date;
}

/** The figure written one way in every table, from its qualifier and value: "more than 470", "понад 470". */
export function claimedWords(claim: FigureClaim, locale: Locale): string {
  if (claim.qualifier === "range") return say(locale, "claims.words.between", { low: formatNumberIn(locale, claim.value), high: formatNumberIn(locale, claim.valueHigh) });
  if (claim.qualifier === "vague") return say(locale, "claims.words.vague", { term: claim.vagueTerm });
  return qualifiedWords(claim.qualifier, claim.value, locale);
}

/** One number with a one-sided qualifier: "about 5,840", "близько 5 840". */
export function qualifiedWords(qualifier: Exclude<Qualifier, "range" | "vague">, value: number, locale: Locale): string {
  const n = formatNumberIn(locale, value);
  switch (qualifier) {
    case "exact":
      return n;
    case "more-than":
      return say(locale, "claims.words.moreThan", { n });
    case "at-least":
      return say(locale, "claims.words.atLeast", { n });
    case "about":
      return say(locale, "claims.words.about", { n });
    case "up-to":
      return say(locale, "claims.words.upTo", { n });
  }
}

/** A claim of control with its scope: "Under Russian control (the city centre)". */
export function statusWords(claim: ControlClaim, locale: Locale, terms: Terms = NO_TERMS): string {
  const status = controlStatusLabel(claim.status, locale);
  return claim.placeDetail ? `${status} (${placeDetailIn(terms, claim.placeDetail, locale)})` : status;
}

/** A source as an edition shows it: a published table with its title, caveat and note in the edition's words; a report as it is. */
export function sourceIn(source: Source, locale: Locale): Source {
  return source.kind === "table" ? tableSourceIn(source, locale) : source;
}

/** "Reuters, 3 Mar 2022"; "report of 2 Mar 2022, publisher not identified"; a table "…, to 31 Dec 2024". */
export function publicationWords(given: Source, locale: Locale): string {
  const source = sourceIn(given, locale);
  const date = formatDateIn(locale, source.datePublished);
  if (source.kind === "table") return say(locale, "claims.words.tablePublication", { title: source.shortTitle ?? source.title, date });
  if (source.publisher === PUBLISHER_NOT_IDENTIFIED) return say(locale, "claims.words.reportUnidentified", { date });
  return `${source.publisher}, ${date}`;
}

/** One of the table's notes beside a cell's figure; a correction (a fall below an earlier figure, a revision on import) is marked as one. */
export interface TableNote {
  text: string;
  correction: boolean;
}

/** The table's own words beside a cell's figure, for a reader: nothing here is inferred. */
export function tableNoteWords(claim: Claim, source: Source | undefined, locale: Locale): TableNote[] | undefined {
  if (claim.kind !== "figure" || claim.locator.kind !== "cell") return undefined;
  const count = (n: number) => formatNumberIn(locale, n);
  const notes: TableNote[] = [];
  const note = (text: string, correction = false) => notes.push({ text, correction });
  const table = claim.table;
  if (table?.breakdown) {
    const parts = (["destroyed", "damaged", "abandoned", "captured"] as const).flatMap((k) =>
      table.breakdown?.[k] === undefined ? [] : [say(locale, `claims.words.${k}`, { n: count(table.breakdown[k] ?? 0) })],
    );
    if (parts.length > 0) note(say(locale, "claims.words.breakdown", { parts: parts.join(", ") }));
  }
  if (table?.fellFrom) note(say(locale, "claims.words.fellFrom", { n: count(table.fellFrom.value), date: formatDateIn(locale, table.fellFrom.date) }), true);
  if (table?.correctionListed !== undefined) note(say(locale, "claims.words.correctionListed", { n: `${table.correctionListed > 0 ? "+" : ""}${table.correctionListed}` }));
  for (const r of table?.revisions ?? [])
    note(say(locale, "claims.words.revised", { from: typeof r.from === "number" ? count(r.from) : r.from, to: claim.quote, date: formatDateIn(locale, r.importedOn) }), true);
  if (source?.kind === "table" && source.caveat && source.layout.kind === "long") note(say(locale, "claims.words.lowerBound"));
  return notes.length > 0 ? notes : undefined;
}

/** 'General Staff's table for 2 Mar 2022 ("tank"): about 5,840. Rounded; no qualifier became "more than".' */
export function checkWords(check: RelayCheck, publisher: string, locale: Locale): string {
  const qualifier = (q: RelayCheck["tableQualifier"]) => (q === "exact" ? say(locale, "claims.words.noQualifier") : say(locale, "claims.words.quotedQualifier", { qualifier: qualifierLabel(q, locale) }));
  // English keeps the table's own wording of its qualifier; an edition writes the qualifier in its words.
  const q = check.tableQualifier;
  const stated = locale === "en" || q === "range" || q === "vague" ? check.tableStated : qualifiedWords(q, check.tableValue, locale);
  return say(locale, "claims.words.check", {
    publisher,
    date: formatDateIn(locale, check.date),
    field: check.field,
    stated,
    figure: say(locale, check.figure === "same" ? "claims.words.checkSame" : check.figure === "rounded" ? "claims.words.checkRounded" : "claims.words.checkDifferent"),
    qualifier: check.qualifierChanged ? say(locale, "claims.words.qualifierBecame", { from: qualifier(check.qualifierChanged.from), to: qualifier(check.qualifierChanged.to) }) : say(locale, "claims.words.sameQualifier"),
  });
}

/** A language's name in an edition's language ("Russian", "російська", "русский"), by Intl. */
export function languageNameIn(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([INTL_TAGS[locale]], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
