/**
 * The message catalogue: one JSON file a namespace a language (lib/i18n/messages/<locale>/<namespace>.json).
 * English is the reference: every other edition holds the same keys with the same placeholders, which
 * lib/i18n/messages.test.ts checks. To add a namespace, add its file in every language and list it here.
 */
import enChart from "./en/chart.json";
import enClaims from "./en/claims.json";
import enPages from "./en/pages.json";
import enSite from "./en/site.json";
import ruChart from "./ru/chart.json";
import ruClaims from "./ru/claims.json";
import ruPages from "./ru/pages.json";
import ukChart from "./uk/chart.json";
import ruSite from "./ru/site.json";
import ukClaims from "./uk/claims.json";
import ukPages from "./uk/pages.json";
import ukSite from "./uk/site.json";
import type { Locale } from "../locales";

const en = { site: enSite, chart: enChart, claims: enClaims, pages: enPages };
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = {
  en,
  uk: { site: ukSite, chart: ukChart, claims: ukClaims, pages: ukPages },
  ru: { site: ruSite, chart: ruChart, claims: ruClaims, pages: ruPages },
};
