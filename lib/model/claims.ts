import { z } from "zod";
import { Slug } from "./claimants";
import { IsoDate } from "./dates";
import { CellFacts } from "./cells";
import { Doubt } from "./doubts";
import { Translation } from "./languages";
import type { Locale, TranslatedLocale } from "../i18n/locales";

/**
 * What a figure counts, named the way claimants state their categories: Russia's "tanks and armoured
 * vehicles" is one category, Ukraine's "tanks" and "other military vehicles" are two.
 */
export const METRICS = [
  "military-objects",
  "tanks",
  "tanks-and-armoured-vehicles",
  "other-military-vehicles",
  "planes",
  "helicopters",
  "soldiers-killed",
  "civilians-killed",
  "people-killed",
  "killed-or-injured",
  "emergency-responders-killed",
  "structures-destroyed",
  "fires-extinguished",
  "people-rescued",
  "people-fled",
  "population",
  "distance",
  "duration",
  // Added for the extractor on real reports (issue 12); names follow CONTRACT.md where it gives one.
  "personnel-losses",
  "soldiers-wounded",
  "soldiers-captured",
  "prisoners-of-war",
  "children-killed",
  "people-injured",
  "people-hospitalized",
  "people-missing",
  "people-displaced",
  "people-returned",
  // The General Staff's tally fields (CONTRACT.md names them).
  "armoured-combat-vehicles",
  "artillery-systems",
  "multiple-rocket-launchers",
  "air-defence-systems",
  "aircraft",
  "drones",
  "missiles",
  "ships-and-boats",
  "special-equipment",
  "weapons-and-equipment",
  "cases-documented",
  "combat-engagements",
  "settlements",
  "military-vehicles",
  "fuel-tanks",
  "strikes",
  "share",
  "territory",
  // The General Staff's tally fields (CONTRACT.md names them).
  "vehicles-and-fuel-tanks",
  "cruise-missiles",
  "submarines",
  "mobile-srbm-systems",
  "ground-robotic-systems",
  // Oryx's types, one metric a type; renamed types map to one of these in data/sources/oryx-by-type.json.
  "oryx-aircraft",
  "oryx-all-types",
  "oryx-anti-aircraft-guns",
  "oryx-anti-tank-guided-missiles",
  "oryx-armoured-fighting-vehicles",
  "oryx-armoured-personnel-carriers",
  "oryx-artillery-support-vehicles-and-equipment",
  "oryx-command-posts-and-communications-stations",
  "oryx-communications-stations",
  "oryx-engineering-vehicles",
  "oryx-engineering-vehicles-and-equipment",
  "oryx-heavy-mortars",
  "oryx-helicopters",
  "oryx-infantry-fighting-vehicles",
  "oryx-infantry-mobility-vehicles",
  "oryx-jammers-and-deception-systems",
  "oryx-logistics-trains",
  "oryx-man-portable-air-defence-systems",
  "oryx-mine-resistant-ambush-protected",
  "oryx-multiple-rocket-launchers",
  "oryx-naval-ships",
  "oryx-naval-ships-and-submarines",
  "oryx-radars",
  "oryx-radars-and-communications-equipment",
  "oryx-reconnaissance-unmanned-aerial-vehicles",
  "oryx-rocket-and-missile-artillery",
  "oryx-self-propelled-anti-aircraft-guns",
  "oryx-self-propelled-anti-tank-missile-systems",
  "oryx-self-propelled-artillery",
  "oryx-surface-to-air-missile-systems",
  "oryx-tanks",
  "oryx-towed-artillery",
  "oryx-trucks-vehicles-and-jeeps",
  "oryx-trucks-vehicles-jeeps-and-trains",
  "oryx-unmanned-aerial-vehicles",
  "oryx-unmanned-combat-aerial-vehicles",
  "oryx-unmanned-ground-vehicles",
  // The Russian Defence Ministry's categories, as its briefings word them (see CONTRACT.md).
  "tanks-and-other-armoured-combat-vehicles",
  "planes-on-the-ground",
  "field-artillery-and-mortars",
  "artillery-and-multiple-rocket-launchers",
  "special-military-vehicles",
  // The Economist's compilation (issue 19): its "casualties" are killed and wounded together, never mixed with deaths.
  "soldiers-killed-and-wounded",
] as const;
export const Metric = z.enum(METRICS);
export type Metric = z.infer<typeof Metric>;

export const METRIC_INFO: Record<Metric, { label: string; unit: string }> = {
  "military-objects": { label: "Military objects", unit: "objects" },
  tanks: { label: "Tanks", unit: "tanks" },
  "tanks-and-armoured-vehicles": { label: "Tanks and armoured vehicles", unit: "vehicles" },
  "other-military-vehicles": { label: "Other military vehicles", unit: "vehicles" },
  planes: { label: "Planes", unit: "planes" },
  helicopters: { label: "Helicopters", unit: "helicopters" },
  "soldiers-killed": { label: "Soldiers killed", unit: "soldiers" },
  "civilians-killed": { label: "Civilians killed", unit: "civilians" },
  "people-killed": { label: "People killed", unit: "people" },
  "killed-or-injured": { label: "Killed or injured", unit: "people" },
  "emergency-responders-killed": { label: "Emergency responders killed", unit: "people" },
  "structures-destroyed": { label: "Structures destroyed", unit: "structures" },
  "fires-extinguished": { label: "Fires extinguished", unit: "fires" },
  "people-rescued": { label: "People brought to safety", unit: "people" },
  "people-fled": { label: "People who fled the country", unit: "people" },
  population: { label: "Population", unit: "people" },
  distance: { label: "Distance", unit: "km" },
  duration: { label: "Duration", unit: "days" },
  "personnel-losses": { label: "Personnel losses", unit: "soldiers" },
  "soldiers-wounded": { label: "Soldiers wounded", unit: "soldiers" },
  "soldiers-captured": { label: "Soldiers captured", unit: "soldiers" },
  "prisoners-of-war": { label: "Prisoners of war", unit: "prisoners" },
  "children-killed": { label: "Children killed", unit: "children" },
  "people-injured": { label: "People injured", unit: "people" },
  "people-hospitalized": { label: "People in hospital", unit: "people" },
  "people-missing": { label: "People missing", unit: "people" },
  "people-displaced": { label: "People displaced within the country", unit: "people" },
  "people-returned": { label: "People who returned home", unit: "people" },
  "armoured-combat-vehicles": { label: "Armoured combat vehicles", unit: "armoured combat vehicles" },
  "artillery-systems": { label: "Artillery systems", unit: "systems" },
  "multiple-rocket-launchers": { label: "Multiple rocket launchers", unit: "launchers" },
  "air-defence-systems": { label: "Air defence systems", unit: "systems" },
  aircraft: { label: "Aircraft", unit: "aircraft" },
  drones: { label: "Drones (unmanned aerial vehicles)", unit: "drones" },
  missiles: { label: "Missiles and rockets", unit: "missiles" },
  "ships-and-boats": { label: "Ships and boats", unit: "ships" },
  "special-equipment": { label: "Special equipment", unit: "units" },
  "weapons-and-equipment": { label: "Weapons and military equipment, all kinds", unit: "units" },
  "cases-documented": { label: "Documented cases (of what the quote names)", unit: "cases" },
  "combat-engagements": { label: "Combat engagements (clashes)", unit: "clashes" },
  settlements: { label: "Settlements (taken or retaken, as the quote says)", unit: "settlements" },
  "military-vehicles": { label: "Military vehicles", unit: "vehicles" },
  "fuel-tanks": { label: "Fuel tanks", unit: "tanks" },
  strikes: { label: "Strikes and attacks", unit: "strikes" },
  share: { label: "Share", unit: "%" },
  territory: { label: "Territory", unit: "km²" },
  "vehicles-and-fuel-tanks": { label: "Vehicles and fuel tanks", unit: "vehicles" },
  "cruise-missiles": { label: "Cruise missiles", unit: "missiles" },
  "submarines": { label: "Submarines", unit: "submarines" },
  "mobile-srbm-systems": { label: "Mobile short-range ballistic missile systems", unit: "systems" },
  "ground-robotic-systems": { label: "Ground robotic systems", unit: "systems" },
  "oryx-aircraft": { label: "Oryx: Aircraft", unit: "aircraft" },
  "oryx-all-types": { label: "Oryx: All Types", unit: "items of all types" },
  "oryx-anti-aircraft-guns": { label: "Oryx: Anti-Aircraft Guns", unit: "anti-aircraft guns" },
  "oryx-anti-tank-guided-missiles": { label: "Oryx: Anti-Tank Guided Missiles", unit: "anti-tank guided missiles" },
  "oryx-armoured-fighting-vehicles": { label: "Oryx: Armoured Fighting Vehicles", unit: "armoured fighting vehicles" },
  "oryx-armoured-personnel-carriers": { label: "Oryx: Armoured Personnel Carriers", unit: "armoured personnel carriers" },
  "oryx-artillery-support-vehicles-and-equipment": { label: "Oryx: Artillery Support Vehicles And Equipment", unit: "artillery support vehicles and equipment" },
  "oryx-command-posts-and-communications-stations": { label: "Oryx: Command Posts And Communications Stations", unit: "command posts and communications stations" },
  "oryx-communications-stations": { label: "Oryx: Communications Stations", unit: "communications stations" },
  "oryx-engineering-vehicles": { label: "Oryx: Engineering Vehicles", unit: "engineering vehicles" },
  "oryx-engineering-vehicles-and-equipment": { label: "Oryx: Engineering Vehicles And Equipment", unit: "engineering vehicles and equipment" },
  "oryx-heavy-mortars": { label: "Oryx: Heavy Mortars", unit: "heavy mortars" },
  "oryx-helicopters": { label: "Oryx: Helicopters", unit: "helicopters" },
  "oryx-infantry-fighting-vehicles": { label: "Oryx: Infantry Fighting Vehicles", unit: "infantry fighting vehicles" },
  "oryx-infantry-mobility-vehicles": { label: "Oryx: Infantry Mobility Vehicles", unit: "infantry mobility vehicles" },
  "oryx-jammers-and-deception-systems": { label: "Oryx: Jammers And Deception Systems", unit: "jammers and deception systems" },
  "oryx-logistics-trains": { label: "Oryx: Logistics Trains", unit: "logistics trains" },
  "oryx-man-portable-air-defence-systems": { label: "Oryx: Man-Portable Air Defence Systems", unit: "man-portable air defence systems" },
  "oryx-mine-resistant-ambush-protected": { label: "Oryx: Mine-Resistant Ambush Protected", unit: "mine-resistant ambush protected vehicles" },
  "oryx-multiple-rocket-launchers": { label: "Oryx: Multiple Rocket Launchers", unit: "multiple rocket launchers" },
  "oryx-naval-ships": { label: "Oryx: Naval Ships", unit: "naval ships" },
  "oryx-naval-ships-and-submarines": { label: "Oryx: Naval Ships and Submarines", unit: "naval ships and submarines" },
  "oryx-radars": { label: "Oryx: Radars", unit: "radars" },
  "oryx-radars-and-communications-equipment": { label: "Oryx: Radars And Communications Equipment", unit: "radars and communications equipment" },
  "oryx-reconnaissance-unmanned-aerial-vehicles": { label: "Oryx: Reconnaissance Unmanned Aerial Vehicles", unit: "reconnaissance unmanned aerial vehicles" },
  "oryx-rocket-and-missile-artillery": { label: "Oryx: Rocket and Missile Artillery", unit: "rocket and missile artillery systems" },
  "oryx-self-propelled-anti-aircraft-guns": { label: "Oryx: Self-Propelled Anti-Aircraft Guns", unit: "self-propelled anti-aircraft guns" },
  "oryx-self-propelled-anti-tank-missile-systems": { label: "Oryx: Self-Propelled Anti-Tank Missile Systems", unit: "self-propelled anti-tank missile systems" },
  "oryx-self-propelled-artillery": { label: "Oryx: Self-Propelled Artillery", unit: "self-propelled artillery pieces" },
  "oryx-surface-to-air-missile-systems": { label: "Oryx: Surface-To-Air Missile Systems", unit: "surface-to-air missile systems" },
  "oryx-tanks": { label: "Oryx: Tanks", unit: "tanks" },
  "oryx-towed-artillery": { label: "Oryx: Towed Artillery", unit: "towed artillery pieces" },
  "oryx-trucks-vehicles-and-jeeps": { label: "Oryx: Trucks, Vehicles and Jeeps", unit: "trucks, vehicles and jeeps" },
  "oryx-trucks-vehicles-jeeps-and-trains": { label: "Oryx: Trucks, Vehicles, Jeeps, and Trains", unit: "trucks, vehicles, jeeps, and trains" },
  "oryx-unmanned-aerial-vehicles": { label: "Oryx: Unmanned Aerial Vehicles", unit: "unmanned aerial vehicles" },
  "oryx-unmanned-combat-aerial-vehicles": { label: "Oryx: Unmanned Combat Aerial Vehicles", unit: "unmanned combat aerial vehicles" },
  "oryx-unmanned-ground-vehicles": { label: "Oryx: Unmanned Ground Vehicles", unit: "unmanned ground vehicles" },
  "tanks-and-other-armoured-combat-vehicles": { label: "Tanks and other armoured combat vehicles", unit: "vehicles" },
  "planes-on-the-ground": { label: "Planes on the ground", unit: "planes" },
  "field-artillery-and-mortars": { label: "Field artillery and mortars", unit: "guns and mortars" },
  "artillery-and-multiple-rocket-launchers": { label: "Artillery and multiple rocket launchers together", unit: "systems" },
  "special-military-vehicles": { label: "Special military vehicles", unit: "vehicles" },
  "soldiers-killed-and-wounded": { label: "Soldiers killed and wounded (casualties)", unit: "soldiers" },
};

/** How a figure was qualified. "exact" means only that no qualifier was stated. */
export const QUALIFIERS = ["exact", "more-than", "at-least", "about", "up-to", "range", "vague"] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "as stated (no qualifier)",
  "more-than": "more than",
  "at-least": "at least",
  about: "about",
  "up-to": "up to",
  range: "range",
  vague: "vague amount",
};
export const QUALIFIER_LABELS_TRANSLATED: Record<TranslatedLocale, Record<Qualifier, string>> = {
  uk: { exact: "як сказано (без уточнення)", "more-than": "понад", "at-least": "щонайменше", about: "близько", "up-to": "до", range: "діапазон", vague: "нечітка кількість" },
  ru: { exact: "как сказано (без уточнения)", "more-than": "более", "at-least": "не менее", about: "около", "up-to": "до", range: "диапазон", vague: "нечеткое количество" },
};
/** How a figure was qualified, in one language: "more than", "понад", "более". */
export function qualifierLabel(qualifier: Qualifier, locale: Locale): string {
  return locale === "en" ? QUALIFIER_LABELS[qualifier] : QUALIFIER_LABELS_TRANSLATED[locale][qualifier];
}

export const CONTROL_STATUSES = ["russian-control", "ukrainian-control", "fighting", "encircled", "russian-troops-inside"] as const;
export const ControlStatus = z.enum(CONTROL_STATUSES);
export type ControlStatus = z.infer<typeof ControlStatus>;
export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  "russian-control": "Under Russian control",
  "ukrainian-control": "In Ukrainian hands",
  fighting: "Fighting ongoing",
  encircled: "Surrounded",
  "russian-troops-inside": "Russian troops inside",
};
export const CONTROL_STATUS_LABELS_TRANSLATED: Record<TranslatedLocale, Record<ControlStatus, string>> = {
  uk: {
    "russian-control": "Під контролем Росії",
    "ukrainian-control": "В українських руках",
    fighting: "Тривають бої",
    encircled: "В оточенні",
    "russian-troops-inside": "Російські війська всередині",
  },
  ru: {
    "russian-control": "Под контролем России",
    "ukrainian-control": "В украинских руках",
    fighting: "Идут бои",
    encircled: "В окружении",
    "russian-troops-inside": "Российские войска внутри",
  },
};
/** A status of control in one language: "Under Russian control", "Під контролем Росії". */
export function controlStatusLabel(status: ControlStatus, locale: Locale): string {
  return locale === "en" ? CONTROL_STATUS_LABELS[status] : CONTROL_STATUS_LABELS_TRANSLATED[locale][status];
}

/** The metrics that measure control by extent: places counted, area. */
export const CONTROL_EXTENT_METRICS = ["settlements", "territory"] as const satisfies readonly Metric[];

export const FigureControl = z.strictObject({
  status: ControlStatus,
  /** The region the count or area lies in, in the report's words ("the Kharkiv region"); absent when it names none. */
  place: z.string().min(1).optional(),
});
export type FigureControl = z.infer<typeof FigureControl>;

/**
 * Where a claim's words stand. A quote in a report's text and a cell in a published table are two
 * kinds of the same thing: both hold `quote`, the verbatim text that states the claim.
 */
export const TextLocator = z.strictObject({
  kind: z.literal("text"),
  /** Offsets into the report's full text as JavaScript string indexes (UTF-16 code units), end exclusive. */
  start: z.int().nonnegative(),
  end: z.int().positive(),
});
export const CellLocator = z.strictObject({
  kind: z.literal("cell"),
  /** The record's key in the table, e.g. "2022-03-02". */
  record: z.string().min(1),
  field: z.string().min(1),
});
export const Locator = z.discriminatedUnion("kind", [TextLocator, CellLocator]);
export type Locator = z.infer<typeof Locator>;

/** When the claimant stated it. "before": the report says only "previously"; "by": the report gives no day. */
export const StatedOn = z.strictObject({
  date: IsoDate,
  precision: z.enum(["day", "by", "before"]),
  /** The report's words for the time, e.g. "on Wednesday", "previously", "late on Wednesday". */
  wording: z.string().min(1).optional(),
});
export type StatedOn = z.infer<typeof StatedOn>;

/** The period a figure covers, in the report's words ("since the invasion began"). */
export const Period = z.strictObject({
  wording: z.string().min(1),
  from: IsoDate.optional(),
  asOf: IsoDate.optional(),
  /**
   * True when the figure is a running total since the war began, as the report's words say ("since the
   * beginning of the special military operation"); false when it covers only part of the war (one strike,
   * one year, one region), so a series of running totals must leave it out. Absent: the report does not say.
   */
  sinceStart: z.boolean().optional(),
});

export const Relay = z.strictObject({
  /** Through what the claim reached the report: "Facebook post", "statement", "Interfax news agency". */
  via: z.string().min(1),
  wording: z.string().min(1),
});

/**
 * The same claim in another report: one briefing relayed by two outlets is one claim with several
 * sources, never two claims. The quote is checked at its offsets in that report's text, like the main one.
 */
export const AlsoIn = z.strictObject({
  sourceId: Slug,
  quote: z.string().min(1),
  locator: Locator,
  /** Counterclaim's English rendering of this quote, when that report is not in English. */
  translation: Translation.optional(),
});
export type AlsoIn = z.infer<typeof AlsoIn>;

const ClaimBase = z.strictObject({
  id: Slug,
  claimantId: Slug,
  /** The person who spoke for the claimant, as the report names them. */
  speaker: z.string().min(1).optional(),
  relay: Relay.optional(),
  statedOn: StatedOn,
  period: Period.optional(),
  /** Whose losses, which population, which place: in the report's terms. */
  subject: z.string().min(1),
  /** Verbatim, in the language of the report (the source's `language`). */
  quote: z.string().min(1),
  locator: Locator,
  /** Counterclaim's English rendering of the quote: required when the report is not in English, absent when it is. */
  translation: Translation.optional(),
  /** Other reports that relay the same statement; they add no claim to any count or chart. */
  alsoIn: z.array(AlsoIn).min(1).optional(),
  note: z.string().min(1).optional(),
  /** Where the claimant's figure was published, as a compiled table gives it (the row's URL). */
  url: z.url().optional(),
  /** Doubts about this claim, shown wherever it is (see doubts.ts); a chart may leave it off its line, and says so. */
  doubts: z.array(Doubt).min(1).optional(),
});

/**
 * Builds the claim schema. Claims in a source file get their sourceId from the file; claims in the
 * export carry it. One definition serves both, so the two can never drift apart.
 */
function claimSchema<Extra extends z.ZodRawShape>(extra: Extra) {
  const base = ClaimBase.extend(extra);
  const figure = base.extend({
    kind: z.literal("figure"),
    metric: Metric,
    /** The words that state the figure, as they stand in the quote: "more than 470". */
    stated: z.string().min(1),
    /** For a cell of a published table: its qualifier cell, breakdown, corrections and revisions. */
    table: CellFacts.optional(),
    /**
     * A count of places or an area stated as taken or held ("controls 74 settlements", "advanced 1,000
     * square kilometres"): a claim of control by its extent, whose status and, where the report names
     * one, place it gives. Only with the metrics of CONTROL_EXTENT_METRICS.
     */
    control: FigureControl.optional(),
  });
  const point = figure.extend({
    qualifier: z.enum(["exact", "more-than", "at-least", "about", "up-to"]),
    value: z.number().nonnegative(),
  });
  const range = figure.extend({
    qualifier: z.literal("range"),
    /** Lower bound. */
    value: z.number().nonnegative(),
    valueHigh: z.number().nonnegative(),
  });
  /** "hundreds", "thousands", "multiple": no number is stated, so none is stored. */
  const vague = figure.extend({
    qualifier: z.literal("vague"),
    vagueTerm: z.string().min(1),
  });
  const control = base.extend({
    kind: z.literal("control"),
    place: z.string().min(1),
    /** The part of the place the claim names, when narrower or wider: "the centre of the Kherson region". */
    placeDetail: z.string().min(1).optional(),
    status: ControlStatus,
  });
  return z.discriminatedUnion("kind", [z.discriminatedUnion("qualifier", [point, range, vague]), control]);
}

/** A claim as written in a source file: the file gives its sourceId. */
export const ClaimInput = claimSchema({});
export type ClaimInput = z.infer<typeof ClaimInput>;

/** A claim as the dataset and its export hold it. */
export const Claim = claimSchema({ sourceId: Slug });
export type Claim = z.infer<typeof Claim>;
export type FigureClaim = Extract<Claim, { kind: "figure" }>;
export type ControlClaim = Extract<Claim, { kind: "control" }>;
