import { buildDayIndex, type DayIndex, type DayView, shapeDay } from "../claims-day/day";
import { loadDataset } from "../dataset/load";
import type { Dataset } from "../dataset/validate";
import type { Qualifier } from "../model/claims";
import type { IsoDate } from "../model/dates";
import { claimHref, claimsTableView } from "./views";

const indexes = new WeakMap<Dataset, DayIndex>();

/** Every claim by day, and each topic line's days: built on first use in this server process. */
export function dayIndex(dataset: Dataset = loadDataset()): DayIndex {
  const hit = indexes.get(dataset);
  if (hit) return hit;
  const qualifiers = new Map<string, Qualifier>(dataset.claims.flatMap((c) => (c.kind === "figure" ? [[c.id, c.qualifier] as const] : [])));
  const made = buildDayIndex(claimsTableView().rows, dataset.topics, qualifiers);
  indexes.set(dataset, made);
  return made;
}

/** One day's page: what each side claimed, the references beside it, the days around it, and where each claim stands in the table. */
export function dayPageView(day: IsoDate): DayView & { first?: IsoDate; last?: IsoDate; claimHref: (id: string) => string } {
  const index = dayIndex();
  return { ...shapeDay(index, day), first: index.days[0], last: index.days.at(-1), claimHref };
}

/** The first and last days with claims, for the date picker. */
export function dayBounds(): { first?: IsoDate; last?: IsoDate } {
  const { days } = dayIndex();
  return { first: days[0], last: days.at(-1) };
}
