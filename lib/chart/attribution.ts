import type { Claimant } from "../model/claimants";
import type { Claim, StatedOn } from "../model/claims";
import { claimantIn } from "../model/claimants";
import type { Locale } from "../i18n/locales";
import { chartWords } from "./words";
import { PUBLISHER_NOT_IDENTIFIED, type Source } from "../model/sources";

/** Who said a claim, when, through whom, and where we read it: the words under every chart. */
export interface Attribution {
  claimId: string;
  claimantId: string;
  claimant: string;
  sourceId: string;
  /** "stated 2 Mar 2022", "stated by 2 Mar 2022", "stated before 2 Mar 2022 (\"previously\")". */
  stated: string;
  /** "via Facebook post", or undefined. */
  relay?: string;
  /** "Reuters, 3 Mar 2022" or "report of 2 Mar 2022, publisher not identified". */
  publication: string;
}

export function statedPhrase(stated: StatedOn, locale: Locale = "en"): string {
  const { t, date: formatIn } = chartWords(locale);
  const date = formatIn(stated.date);
  if (stated.precision === "day") return t("chart.figures.statedOn", { date });
  if (stated.precision === "by") return t("chart.figures.statedBy", { date });
  return stated.wording ? t("chart.figures.statedBeforeWording", { date, wording: stated.wording }) : t("chart.figures.statedBefore", { date });
}

export function publicationPhrase(source: Source, locale: Locale = "en"): string {
  const { t, date: formatIn } = chartWords(locale);
  const date = formatIn(source.datePublished);
  if (source.kind === "table") return t("chart.figures.publicationTable", { title: source.shortTitle ?? source.title, date });
  if (source.publisher === PUBLISHER_NOT_IDENTIFIED) return t("chart.figures.publicationUnknown", { date });
  return `${source.publisher}, ${date}`;
}

export function attribute(claim: Claim, claimant: Claimant | undefined, source: Source | undefined, locale: Locale = "en"): Attribution {
  return {
    claimId: claim.id,
    claimantId: claim.claimantId,
    claimant: claimant ? claimantIn(claimant, locale).name : claim.claimantId,
    sourceId: claim.sourceId,
    stated: statedPhrase(claim.statedOn, locale),
    relay: claim.relay ? chartWords(locale).t("chart.figures.via", { via: claim.relay.via }) : undefined,
    publication: source ? publicationPhrase(source, locale) : claim.sourceId,
  };
}

/**
 * The source line: every claimant, relay and publication behind a chart, once each, e.g.
 * "Sources: Russia (body not named in the report), stated by 2 Mar 2022; … Reported in: report of
 * 2 Mar 2022, publisher not identified."
 */
export function sourceLine(attributions: readonly Attribution[], locale: Locale = "en"): string {
  const claimants = new Map<string, string>();
  for (const a of attributions) {
    const key = `${a.claimant}|${a.relay ?? ""}|${a.stated}`;
    if (!claimants.has(key)) claimants.set(key, [a.claimant, a.relay, a.stated].filter(Boolean).join(", "));
  }
  const publications = [...new Set(attributions.map((a) => a.publication))];
  return chartWords(locale).t("chart.figures.sourceLine", { claimants: [...claimants.values()].join("; "), publications: publications.join("; ") });
}
