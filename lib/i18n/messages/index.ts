/**
 * The message catalogue: one JSON file a namespace a language (lib/i18n/messages/<locale>/<namespace>.json).
 * English is the reference: every other edition holds the same keys with the same placeholders, which
 * lib/i18n/messages.test.ts checks. To add a namespace, add its file in every language and list it here.
 */
import enChart from "./en/chart.json";
import enSite from "./en/site.json";
import ruChart from "./ru/chart.json";
import ukChart from "./uk/chart.json";
import ruSite from "./ru/site.json";
import ukSite from "./uk/site.json";
import type { Locale } from "../locales";

const en = { site: enSite, chart: enChart };
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = {
  en,
  uk: { site: ukSite, chart: ukChart },
  ru: { site: ruSite, chart: ruChart },
};
