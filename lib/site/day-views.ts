import { buildDayIndex, type DayIndex, type DayView, shapeDay } from "../claims-day/day";
import { loadDataset } from "../dataset/load";
import type { Dataset } from "../dataset/validate";
import type { Qualifier } from "../model/claims";
import type { IsoDate } from "../model/dates";
import { claimHref, claimsTableView } from "./views";
import { topicIn } from "../model/topics";
import { DEFAULT_LOCALE, type Locale, localePath } from "../i18n/locales";

const indexes = new WeakMap<Dataset, Map<Locale, DayIndex>>();

/** Every claim by day, and each topic line's days, in an edition's words: built on first use in this server process. */
export function dayIndex(dataset: Dataset = loadDataset(), locale: Locale = DEFAULT_LOCALE): DayIndex {
  let byLocale = indexes.get(dataset);
  if (!byLocale) indexes.set(dataset, (byLocale = new Map()));
  const hit = byLocale.get(locale);
  if (hit) return hit;
  const qualifiers = new Map<string, Qualifier>(dataset.claims.flatMap((c) => (c.kind === "figure" ? [[c.id, c.qualifier] as const] : [])));
  const made = buildDayIndex(claimsTableView(locale).rows, dataset.topics.map((t) => topicIn(t, locale)), qualifiers, locale);
  byLocale.set(locale, made);
  return made;
}

/** One day's page: what each side claimed, the references beside it, the days around it, and where each claim stands in the table (in the edition). */
export function dayPageView(day: IsoDate, locale: Locale = DEFAULT_LOCALE): DayView & { first?: IsoDate; last?: IsoDate; claimHref: (id: string) => string } {
  const index = dayIndex(loadDataset(), locale);
  return { ...shapeDay(index, day), first: index.days[0], last: index.days.at(-1), claimHref: (id) => localePath(locale, claimHref(id)) };
}

/** The first and last days with claims, for the date picker. */
export function dayBounds(): { first?: IsoDate; last?: IsoDate } {
  const { days } = dayIndex();
  return { first: days[0], last: days.at(-1) };
}
