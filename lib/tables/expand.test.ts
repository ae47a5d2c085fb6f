import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TableFile, TableSource } from "../model/tables";
import { DATA_DIR } from "../dataset/read";
import { tableClaims } from "./expand";
import { DEFAULT_TABLES_DIR } from "./read";
import { parseSnapshot } from "./snapshot";

const source = (id: string) => (JSON.parse(readFileSync(join(DATA_DIR, "table-sources", `${id}.json`), "utf8")) as { source: TableSource }).source;
const kept = (id: string) => JSON.parse(readFileSync(join(DATA_DIR, "tables", `${id}.json`), "utf8")) as TableFile;

describe("Oryx's scraped list, read honestly", () => {
  const oryx = source("oryx-by-type");
  const parsed = parseSnapshot(oryx, readFileSync(join(DEFAULT_TABLES_DIR, oryx.file), "utf8"), oryx.file);

  it("leaves out garbled rows and ambiguous duplicates, saying why, and guesses at none", () => {
    expect(parsed.errors).toEqual([]);
    const leftOut = parsed.table?.leftOut ?? [];
    // 413 names with a running total in them, and "tured: 569)", cut from the end of one.
    expect(leftOut.filter((l) => l.reason.startsWith("the type name holds counts"))).toHaveLength(414);
    expect(leftOut.some((l) => l.reason.includes('"tured: 569)"'))).toBe(true);
    expect(leftOut.filter((l) => l.reason.includes("both left out"))).toHaveLength(30);
    const kept = new Set(parsed.table?.rows.map((r) => `${String(r[0])}/${String(r[1])}/${String(r[2])}`));
    expect(kept.has("2022-05-29/Ukraine/Infantry Mobility Vehicles")).toBe(false);
  });

  it("maps a renamed type to one metric, and carries the breakdown on the total's claim", () => {
    const claims = tableClaims(oryx, kept("oryx-by-type"));
    const trucks = claims.filter((c) => c.kind === "figure" && c.metric === "oryx-trucks-vehicles-and-jeeps" && c.subject === "Russian losses");
    const names = new Set(trucks.map((c) => (c.locator.kind === "cell" ? c.locator.record.split("/")[2] : "")));
    expect(names).toEqual(new Set(["Trucks, Vehicles and Jeeps", "Trucks, Vehicles, and Jeeps"]));
    expect(claims.find((c) => c.id === "oryx-by-type-2022-03-28-russia-oryx-tanks")).toMatchObject({
      value: 318,
      quote: "318",
      qualifier: "exact",
      subject: "Russian losses",
      table: { breakdown: { destroyed: 136, damaged: 6, abandoned: 42, captured: 134 } },
    });
  });
});

describe("the General Staff's tally as claims", () => {
  it("makes no claim for a field a day's record does not have, and marks a falling count", () => {
    const claims = tableClaims(source("general-staff-equipment"), kept("general-staff-equipment"));
    const ids = new Set(claims.map((c) => c.id));
    expect(ids.has("general-staff-equipment-2022-04-30-military-vehicles")).toBe(true);
    expect(ids.has("general-staff-equipment-2022-05-01-military-vehicles")).toBe(false);
    expect(claims.find((c) => c.id === "general-staff-equipment-2022-10-13-armoured-combat-vehicles")).toMatchObject({
      value: 5167,
      table: { fellFrom: { date: "2022-10-12", value: 5181 } },
    });
  });
});
