import { unitForms } from "../model/metric-names";
import type { Locale } from "../i18n/locales";
import type { PointQualifier } from "./series";
import type { ChartLine } from "./series-chart";
import { asShown, type CompactLine, deltas, QUALIFIER_CODES } from "./readout";

export type { CompactLine };

/** How the explorer's words name a table's records: "Oryx, listing" (of a day), "Ukraine's General Staff, daily tally". */
export interface CellNames {
  /** Table source id → "Oryx, listing". */
  tables: ReadonlyMap<string, string>;
  /** Source id → publisher. */
  publishers: ReadonlyMap<string, string>;
  /** Claim id → its page in the claims table (/claims/page/<n>). */
  pageOf: (claimId: string) => number | undefined;
}

const CODES: Record<PointQualifier, string> = QUALIFIER_CODES;

/** The line's points from one table's cells only (one publisher, every point a cell, same parts). */
function cellSource(line: ChartLine): string | undefined {
  const first = line.points[0]?.claims[0];
  if (!first || first.locator.kind !== "cell") return undefined;
  const parts = line.points[0]?.claims.length ?? 0;
  return line.points.every((p) => p.claims.length === parts && p.claims.every((c) => c.locator.kind === "cell" && c.sourceId === first.sourceId)) ? first.sourceId : undefined;
}

function figureOf(claim: ChartLine["points"][number]["claims"][number] | undefined): number {
  return claim && claim.qualifier !== "vague" ? claim.value : 0;
}

/** Deltas of figures as shown, each delta rounded to the same places (no float noise in the payload). */
const shownDeltas = (values: readonly number[]) => deltas(values.map(asShown)).map(asShown);

export function compactLines(lines: readonly ChartLine[], names: CellNames, locale: Locale = "en"): CompactLine[] {
  return lines
    .filter((l) => l.points.length > 0)
    .map((line): CompactLine => {
      const points = line.points;
      const firstClaims = points.map((p) => p.claims[0]);
      const ids = firstClaims.map((c) => c?.id ?? "");
      const template = ids[0]?.replace(points[0]?.date ?? "\u0000", "{date}") ?? "";
      const fits = template.includes("{date}") && points.every((p, i) => template.replace("{date}", p.date) === ids[i]);
      const qualifiers = points.map((p) => CODES[p.qualifier]).join("");
      const table = cellSource(line);
      const base: CompactLine = {
        id: line.id,
        label: line.label,
        colour: line.colour,
        d: deltas(points.map((p) => p.day)),
        v: shownDeltas(points.map((p) => p.value)),
        ...(points.some((p) => p.valueHigh !== undefined) ? { hi: shownDeltas(points.map((p) => p.valueHigh ?? p.value)) } : {}),
        ...(points.some((p) => p.central !== undefined) ? { c: shownDeltas(points.map((p) => p.central ?? p.value)) } : {}),
        ...(/[^e]/.test(qualifiers) ? { q: qualifiers } : {}),
        page: deltas(ids.map((id) => names.pageOf(id) ?? 1)),
        claim: fits ? template : ids,
      };
      if (table) {
        const parts = points[0]?.claims.map((c, k) => shownDeltas(points.map((p) => figureOf(p.claims[k])))) ?? [];
        // Each part's unit in every form, for the readout to agree with its figure ("4 074 танки"); one string where it does not inflect.
        const units = points[0]?.claims.map((c) => {
          const forms = unitForms(c.metric, locale);
          return Object.keys(forms).length === 1 && forms.other !== undefined ? forms.other : forms;
        }) ?? [];
        const name = names.tables.get(table) ?? names.publishers.get(table) ?? table;
        const once = parts.length === 1 && parts[0]?.length === base.v.length && parts[0].every((x, i) => x === base.v[i]);
        return { ...base, cells: once ? { name, units, parts: [], partsAreValues: true } : { name, units, parts } };
      }
      const publishers: string[] = [];
      const by = points.map((p) =>
        [...new Set(p.claims.flatMap((c) => [c.sourceId, ...(c.alsoIn ?? []).map((a) => a.sourceId)]))].map((id) => {
          const name = names.publishers.get(id) ?? id;
          if (!publishers.includes(name)) publishers.push(name);
          return publishers.indexOf(name);
        }),
      );
      return { ...base, quoted: { publishers, by } };
    });
}

