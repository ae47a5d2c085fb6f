/**
 * Bodies and offices the reports often cite, with the stable ids the project uses for them (CONTRACT.md, the dev
 * answer keys). When data/claimants.json lacks one, the extractor proposes it under this id, with
 * this name, kind and side, rather than make up a claimant from the report's wording ("the UN refugee
 * chief", "frequently updated UNHCR data"). They are kept out of data/claimants.json until a reviewed
 * report uses them: add-source appends the ones its claims need.
 */
import type { Claimant } from "../model/claimants";

export const WELL_KNOWN_CLAIMANTS: readonly Claimant[] = [
  { id: "ukraine", name: "Ukraine (body not named in the report)", shortName: "Ukraine", kind: "government", side: "ukraine",
    note: "The reports write \"Ukraine said\" and \"Kyiv claimed\" without naming a ministry or official." },
  { id: "ua-general-staff", name: "General Staff of the Armed Forces of Ukraine", shortName: "Ukraine's General Staff", kind: "ministry", side: "ukraine" },
  { id: "ua-commander-in-chief", name: "Commander-in-Chief of the Armed Forces of Ukraine", shortName: "Ukraine's Commander-in-Chief", kind: "official", side: "ukraine",
    note: "Valerii Zaluzhnyi until February 2024, Oleksandr Syrskyi since; the daily tally is the General Staff's, not his." },
  { id: "un-ohchr", name: "UN human rights office (OHCHR)", shortName: "UN human rights office", kind: "un-body", side: "international" },
  { id: "unhcr", name: "UN refugee agency (UNHCR)", shortName: "UNHCR", kind: "un-body", side: "international" },
  { id: "iom", name: "International Organization for Migration (IOM)", shortName: "IOM", kind: "un-body", side: "international" },
];

/** The dataset's claimants, then the well-known ones it lacks. */
export function withWellKnown(claimants: readonly Claimant[]): Claimant[] {
  const ids = new Set(claimants.map((c) => c.id));
  return [...claimants, ...WELL_KNOWN_CLAIMANTS.filter((c) => !ids.has(c.id))];
}

/**
 * Other names of the well-known bodies: the UN Human Rights Monitoring Mission in Ukraine (HRMMU)
 * reports for the UN human rights office; the mention must name the mission, not the UN alone.
 */
export const WELL_KNOWN_ALIASES: readonly { pattern: RegExp; claimantId: string }[] = [
  { pattern: /\b(?:UN|U\.N\.|United Nations)(?:\s+[\p{L}-]+){0,4}\s+[Mm]onitoring [Mm]ission\b|\bHRMMU\b|\bOHCHR\b|\bHigh Commissioner for Human Rights\b|\b(?:UN|U\.N\.|United Nations) human rights (?:monitors|office)\b/u, claimantId: "un-ohchr" },
  { pattern: /\bUNHCR\b|\bHigh Commissioner for Refugees\b|\b(?:UN|U\.N\.|United Nations) refugee agency\b/u, claimantId: "unhcr" },
  { pattern: /\bIOM\b|\bInternational Organi[sz]ation for Migration\b/u, claimantId: "iom" },
];
