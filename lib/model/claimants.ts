import { z } from "zod";
import type { Locale, TranslatedLocale } from "../i18n/locales";
import { checkTranslations, perLocale, Text, WHEN_PARSED } from "./translations";

export const SIDES = ["russia", "ukraine", "united-kingdom", "united-states", "france", "norway", "international", "independent", "unattributed"] as const;
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;
export const SIDE_LABELS: Record<Side, string> = {
  russia: "Russia",
  ukraine: "Ukraine",
  "united-kingdom": "United Kingdom",
  "united-states": "United States",
  france: "France",
  norway: "Norway",
  international: "International",
  independent: "Independent",
  unattributed: "Unattributed",
};
export const SIDE_LABELS_TRANSLATED: Record<TranslatedLocale, Record<Side, string>> = {
  uk: {
    russia: "Росія",
    ukraine: "Україна",
    "united-kingdom": "Велика Британія",
    "united-states": "США",
    france: "Франція",
    norway: "Норвегія",
    international: "Міжнародні структури",
    independent: "Незалежні джерела",
    unattributed: "Без зазначення джерела",
  },
  ru: {
    russia: "Россия",
    ukraine: "Украина",
    "united-kingdom": "Великобритания",
    "united-states": "США",
    france: "Франция",
    norway: "Норвегия",
    international: "Международные структуры",
    independent: "Независимые источники",
    unattributed: "Без указания источника",
  },
};
/** A side's name in one language: "Russia", "Росія". */
export function sideLabel(side: Side, locale: Locale): string {
  return locale === "en" ? SIDE_LABELS[side] : SIDE_LABELS_TRANSLATED[locale][side];
}

export const CLAIMANT_KINDS = [
  "ministry",
  "government",
  "emergency-service",
  "un-body",
  "intelligence-service",
  "parliament",
  "official",
  "news-agency",
  "armed-forces",
  "open-source-researchers",
  "research-institute",
  "journalist",
  "unattributed",
] as const;
export const ClaimantKind = z.enum(CLAIMANT_KINDS);
export type ClaimantKind = z.infer<typeof ClaimantKind>;
export const CLAIMANT_KIND_LABELS: Record<ClaimantKind, string> = {
  ministry: "Ministry",
  government: "Government (body not named)",
  "emergency-service": "Emergency service",
  "un-body": "UN body",
  "intelligence-service": "Intelligence service",
  parliament: "Parliament",
  official: "Official",
  "news-agency": "News agency",
  "armed-forces": "Armed forces",
  "open-source-researchers": "Open-source researchers",
  "research-institute": "Research institute",
  journalist: "Journalist",
  unattributed: "Unattributed",
};
export const CLAIMANT_KIND_LABELS_TRANSLATED: Record<TranslatedLocale, Record<ClaimantKind, string>> = {
  uk: {
    ministry: "Міністерство",
    government: "Уряд (орган не названо)",
    "emergency-service": "Служба порятунку",
    "un-body": "Орган ООН",
    "intelligence-service": "Розвідувальна служба",
    parliament: "Парламент",
    official: "Посадова особа",
    "news-agency": "Інформаційне агентство",
    "armed-forces": "Збройні сили",
    "open-source-researchers": "Дослідники відкритих джерел",
    "research-institute": "Дослідницький інститут",
    journalist: "Журналіст",
    unattributed: "Без зазначення джерела",
  },
  ru: {
    ministry: "Министерство",
    government: "Правительство (орган не назван)",
    "emergency-service": "Служба спасения",
    "un-body": "Орган ООН",
    "intelligence-service": "Разведывательная служба",
    parliament: "Парламент",
    official: "Должностное лицо",
    "news-agency": "Информационное агентство",
    "armed-forces": "Вооруженные силы",
    "open-source-researchers": "Исследователи открытых источников",
    "research-institute": "Исследовательский институт",
    journalist: "Журналист",
    unattributed: "Без указания источника",
  },
};
/** A kind of claimant in one language: "Ministry", "Міністерство". */
export function claimantKindLabel(kind: ClaimantKind, locale: Locale): string {
  return locale === "en" ? CLAIMANT_KIND_LABELS[kind] : CLAIMANT_KIND_LABELS_TRANSLATED[locale][kind];
}

export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a lowercase slug such as 'ua-defence-ministry'");

/**
 * A claimant's names (and note) in one language: a body as it names itself where that is its
 * language, in the usual form of the language otherwise; a person in that language's standard spelling.
 */
export const ClaimantText = z.strictObject({ name: Text, shortName: Text.optional(), note: Text.optional() });
export type ClaimantText = z.infer<typeof ClaimantText>;

/** Who makes claims: a body or person as the reports name them. */
export const Claimant = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  /** Shorter name for chart legends; falls back to `name`. */
  shortName: z.string().min(1).optional(),
  kind: ClaimantKind,
  side: Side,
  note: z.string().min(1).optional(),
  /**
   * Its names in Ukrainian and Russian, with the fields the English has. Optional so that a claimant
   * added by the review tool (which asks for English only) can be saved; the data tests fail until
   * both are written (lib/model/translations.test.ts).
   */
  names: perLocale(ClaimantText).optional(),
});
export type Claimant = z.infer<typeof Claimant>;

export const ClaimantsFile = z.array(Claimant).superRefine((claimants, ctx) => {
  claimants.forEach((claimant, i) => {
    if (claimant.names) checkTranslations(claimantText(claimant), claimant.names, ctx, "names", [i]);
  });
}, WHEN_PARSED);

/** A claimant's English names, in the shape its translations take. */
export function claimantText(claimant: Claimant): ClaimantText {
  return { name: claimant.name, ...(claimant.shortName ? { shortName: claimant.shortName } : {}), ...(claimant.note ? { note: claimant.note } : {}) };
}

/** A claimant as a page in `locale` names it: the same object with name, shortName and note in that language; for "en" (or one not yet translated), the claimant itself. */
export function claimantIn(claimant: Claimant, locale: Locale): Claimant {
  if (locale === "en") return claimant;
  const t = claimant.names?.[locale];
  if (!t) return claimant;
  const { shortName: _s, note: _n, ...rest } = claimant;
  return { ...rest, name: t.name, ...(t.shortName ? { shortName: t.shortName } : {}), ...(t.note ? { note: t.note } : {}) };
}
