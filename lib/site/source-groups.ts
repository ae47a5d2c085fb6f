import type { Dataset } from "../dataset/validate";
import { languageName } from "../model/languages";
import { claimantIn } from "../model/claimants";
import { languageNameIn, publicationWords, sourceIn } from "../claims-table/words";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { type Source, sourceLanguage, sourceTitle } from "../model/sources";

/** A source as the sources list shows it. */
export interface SourceSummary {
  id: string;
  title: string;
  /** True when the title is the report's headline; otherwise it already names the publisher and date. */
  headline: boolean;
  publication: string;
  /** Claims recorded on this source. */
  claims: number;
  /** Claims recorded on another source that this one relays too (they are not counted twice). */
  relays: number;
  /** "Russian", only when the source is not in English. */
  language?: string;
  year: string;
}

export interface SourceYear {
  year: string;
  sources: SourceSummary[];
}

/** The sources of one claimant, or of several ("Several claimants"), by year of publication. */
export interface SourceGroup {
  /** The claimant's id, or undefined for reports that quote several claimants. */
  claimantId?: string;
  /** The claimant's name in the edition, or "Several claimants" in its words. */
  name: string;
  /** An id for the group's anchor, the same in every edition. */
  slug: string;
  count: number;
  years: SourceYear[];
}

export function sourceSummary(dataset: Dataset, source: Source, locale: Locale = DEFAULT_LOCALE): SourceSummary {
  const language = sourceLanguage(source);
  return {
    id: source.id,
    title: sourceTitle(sourceIn(source, locale)),
    headline: source.kind !== "report" || source.headline !== undefined,
    publication: publicationWords(source, locale),
    claims: dataset.claims.filter((c) => c.sourceId === source.id).length,
    relays: dataset.claims.filter((c) => c.alsoIn?.some((r) => r.sourceId === source.id)).length,
    ...(language === "en" ? {} : { language: locale === "en" ? languageName(language) : languageNameIn(language, locale) }),
    year: source.datePublished.slice(0, 4),
  };
}

/**
 * Groups the reports by the claimant they quote (a report quoting several claimants goes under
 * "Several claimants", last), then by year, oldest first, so a long list stays readable. Pure.
 */
export function sourceGroups(dataset: Dataset, locale: Locale = DEFAULT_LOCALE): SourceGroup[] {
  const names = new Map(dataset.claimants.map((c) => [c.id, claimantIn(c, locale).name]));
  const slugs = new Map(dataset.claimants.map((c) => [c.id, slug(c.name)]));
  const groups = new Map<string, { claimantId?: string; name: string; sources: SourceSummary[] }>();
  // Published tables are listed on their own (sourcesView): these groups hold the reports.
  const sorted = dataset.sources.filter((s) => s.kind === "report").sort((a, b) => a.datePublished.localeCompare(b.datePublished) || a.id.localeCompare(b.id));
  for (const source of sorted) {
    const quoted = new Set(dataset.claims.filter((c) => c.sourceId === source.id || c.alsoIn?.some((r) => r.sourceId === source.id)).map((c) => c.claimantId));
    const [only] = quoted;
    const key = quoted.size === 1 && only ? only : "";
    const group = groups.get(key) ?? { claimantId: key || undefined, name: key ? (names.get(key) ?? key) : translator(locale)("pages.sources.severalClaimants"), sources: [] };
    group.sources.push(sourceSummary(dataset, source, locale));
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => (a.claimantId === undefined ? 1 : 0) - (b.claimantId === undefined ? 1 : 0) || b.sources.length - a.sources.length || (slugs.get(a.claimantId ?? "") ?? "").localeCompare(slugs.get(b.claimantId ?? "") ?? ""))
    .map((g) => {
      const years = new Map<string, SourceSummary[]>();
      for (const s of g.sources) years.set(s.year, [...(years.get(s.year) ?? []), s]);
      return { claimantId: g.claimantId, name: g.name, slug: g.claimantId ? (slugs.get(g.claimantId) ?? g.claimantId) : "several-claimants", count: g.sources.length, years: [...years].map(([year, sources]) => ({ year, sources })) };
    });
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
