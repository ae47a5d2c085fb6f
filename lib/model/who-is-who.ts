import { z } from "zod";
import { Claimant, Slug } from "./claimants";

/**
 * A day or a month of public record ("2024-05-14", "2024-05"). A bound that is not known for sure is
 * left out, never guessed: an office with no `from` is taken to have been held before any report.
 */
export const OfficeDate = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, "a date YYYY-MM-DD, or YYYY-MM when only the month is known");
export type OfficeDate = z.infer<typeof OfficeDate>;

/** An office that speaks for a claimant: "Defence Minister of Russia" speaks for ru-defence-ministry. */
export const Office = z.strictObject({
  id: Slug,
  claimantId: Slug,
  title: z.string().min(1),
  /** How reports name the office without its holder: "Russia's defence minister", "the head of the Russian defence ministry". */
  titles: z.array(z.string().min(1)).default([]),
});
export type Office = z.infer<typeof Office>;

export const Tenure = z.strictObject({
  office: Slug,
  from: OfficeDate.optional(),
  /** The last day (or month) in office; absent while in office or when not known for sure. */
  until: OfficeDate.optional(),
});
export type Tenure = z.infer<typeof Tenure>;

/** A person who spoke for a claimant, with the offices held and when. */
export const Person = z.strictObject({
  name: z.string().min(1),
  /** Every spelling the reports use: "Zaluzhnyi", "Zaluzhny". */
  surnames: z.array(z.string().min(2)).min(1),
  held: z.array(Tenure).min(1),
});
export type Person = z.infer<typeof Person>;

/** Other names of a claimant: collectives ("the Ukrainian military") and bodies' other names ("HRMMU"). */
export const Alias = z.strictObject({
  claimantId: Slug,
  names: z.array(z.string().min(1)).min(1),
});
export type Alias = z.infer<typeof Alias>;

/**
 * data/who-is-who.json: who speaks for which claimant. `bodies` are claimants data/claimants.json
 * does not hold yet, proposed under these ids when a report cites them (add-source appends them);
 * `relays` are outlets that only pass claims on ("TASS reported": TASS is the relay, never the claimant).
 */
export const WhoIsWhoFile = z.strictObject({
  bodies: z.array(Claimant),
  offices: z.array(Office),
  people: z.array(Person),
  aliases: z.array(Alias),
  relays: z.array(z.string().min(1)),
});
export type WhoIsWhoFile = z.infer<typeof WhoIsWhoFile>;
