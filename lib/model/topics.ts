import { z } from "zod";
import { Slug } from "./claimants";
import { lineIn, lineText, SeriesLine, SeriesLineText } from "./comparisons";
import { checkTranslations, perLocale, Text, WHEN_PARSED } from "./translations";
import type { Locale, TranslatedLocale } from "../i18n/locales";

/** Whose army's losses a chart shows: the claims are about one army or the other, never both at once. */
export const Army = z.enum(["russian", "ukrainian"]);
export type Army = z.infer<typeof Army>;

/** The subject a claim about each army's losses carries. */
export const ARMY_SUBJECT: Record<Army, string> = { russian: "Russian losses", ukrainian: "Ukrainian losses" };
export const ARMY_LABEL: Record<Army, string> = { russian: "Russia's losses", ukrainian: "Ukraine's losses" };
export const ARMY_LABEL_TRANSLATED: Record<TranslatedLocale, Record<Army, string>> = {
  uk: { russian: "Втрати Росії", ukrainian: "Втрати України" },
  ru: { russian: "Потери России", ukrainian: "Потери Украины" },
};
/** "Russia's losses" in one language. */
export function armyLabel(army: Army, locale: Locale): string {
  return locale === "en" ? ARMY_LABEL[army] : ARMY_LABEL_TRANSLATED[locale][army];
}

/** A topic's reader-visible text in one language: the fields of the English it translates, its lines' by line id. */
export const TopicText = z.strictObject({
  name: Text,
  title: Text,
  summary: Text,
  lines: z.record(Slug, SeriesLineText),
  comparability: z.array(Text),
  notes: z.array(Text).default([]),
  methodology: Text,
});
export type TopicText = z.infer<typeof TopicText>;

/**
 * data/topics/<id>.json: one thing that is counted (tanks, artillery, soldiers), with every line a
 * claimant or a reference contributes to it, for either army, and why the lines do or do not count
 * the same thing. Any chart of the topic is a choice of its lines over a span of days.
 */
export const Topic = z.strictObject({
  id: Slug,
  /** For the picker: "Artillery". */
  name: z.string().min(1),
  /** The start of a chart's title: "Artillery destroyed, as each side claims it and as Oryx documented it". */
  title: z.string().min(1),
  summary: z.string().min(1),
  lines: z.array(SeriesLine).min(1),
  comparability: z.array(z.string().min(1)).min(1),
  notes: z.array(z.string().min(1)).default([]),
  methodology: z.string().min(1),
  /** Mark the dataset's claims of control on the chart's time axis (see SeriesComparison). */
  controlMarks: z.boolean().optional(),
  /** The reader-visible text in Ukrainian and Russian (required: a missing translation fails the parse). */
  translations: perLocale(TopicText),
}).superRefine((topic, ctx) => checkTranslations(topicText(topic), topic.translations, ctx), WHEN_PARSED);
export type Topic = z.infer<typeof Topic>;

/** A topic's English reader-visible text, in the shape its translations take. */
export function topicText(topic: Omit<Topic, "translations">): TopicText {
  return {
    name: topic.name,
    title: topic.title,
    summary: topic.summary,
    lines: Object.fromEntries(topic.lines.map((l) => [l.id, lineText(l)])),
    comparability: topic.comparability,
    notes: topic.notes,
    methodology: topic.methodology,
  };
}

/** A topic as a page in `locale` shows it: the same object, every reader-visible text in that language; for "en", the topic itself. */
export function topicIn(topic: Topic, locale: Locale): Topic {
  if (locale === "en") return topic;
  const t = topic.translations[locale];
  return {
    ...topic,
    name: t.name,
    title: t.title,
    summary: t.summary,
    comparability: t.comparability,
    notes: t.notes,
    methodology: t.methodology,
    lines: topic.lines.map((line) => lineIn(line, t.lines[line.id])),
  };
}

/** The army a line is about, from its subject; undefined for a subject that is neither. */
export function lineArmy(line: Pick<SeriesLine, "subject">): Army | undefined {
  return Army.options.find((army) => ARMY_SUBJECT[army] === line.subject);
}
