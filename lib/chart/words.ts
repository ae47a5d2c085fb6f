import { INTL_TAGS, type Locale, localePath } from "../i18n/locales";
import { ENGLISH_READOUT, QUALIFIER_CODES, type ReadoutWords } from "./readout";
import { genitiveQualifiers } from "../model/metric-names";
import { formatDateIn, formatNumberIn } from "../i18n/format";
import { translator, type Translate } from "../i18n/translate";

/**
 * What a chart's words need in one edition: its messages (lib/i18n/messages/<locale>/chart.json),
 * and its numbers and dates by Intl. English gives the words the site has always written.
 */
export interface ChartWords {
  locale: Locale;
  t: Translate;
  /** "29,698" / "29 698". */
  n: (value: number) => string;
  /** "31 Dec 2024" / "31 груд. 2024 р.". */
  date: (iso: string) => string;
  /** A ratio to one decimal place ("8.1" / "8,1"), or whole from 10. */
  times: (ratio: number) => string;
}

const made = new Map<Locale, ChartWords>();

export function chartWords(locale: Locale = "en"): ChartWords {
  let w = made.get(locale);
  if (w) return w;
  const one = new Intl.NumberFormat(INTL_TAGS[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  w = {
    locale,
    t: translator(locale),
    n: (value) => formatNumberIn(locale, value),
    date: (iso) => formatDateIn(locale, iso),
    times: (ratio) => (ratio >= 10 ? String(Math.round(ratio)) : one.format(ratio)),
  };
  made.set(locale, w);
  return w;
}

/** The focus marker's words in an edition, for the page's script (lib/chart/readout.ts fills them in). */
export function readoutWords(locale: Locale = "en"): ReadoutWords {
  if (locale === "en") return ENGLISH_READOUT;
  const { t } = chartWords(locale);
  const raw = (key: "figure" | "range" | "rangeCentral" | "cells" | "reportedBy" | "reportedByMore" | "moreThan" | "atLeast" | "about" | "upTo") => String(t.raw(`chart.readout.${key}`));
  return {
    tag: INTL_TAGS[locale],
    figure: raw("figure"),
    range: raw("range"),
    rangeCentral: raw("rangeCentral"),
    cells: raw("cells"),
    reportedBy: raw("reportedBy"),
    reportedByMore: raw("reportedByMore"),
    q: { e: "", m: raw("moreThan"), l: raw("atLeast"), a: raw("about"), u: raw("upTo"), r: "" },
    gen: genitiveQualifiers(locale).map((q) => QUALIFIER_CODES[q as keyof typeof QUALIFIER_CODES] ?? "").join(""),
    claims: localePath(locale, "/claims"),
  };
}
