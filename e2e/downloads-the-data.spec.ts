import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { ClaimsExport } from "../lib/export/claims";

test.describe("a fact-checker downloads the data", () => {
  test("claims.json parses through the published schema, every claim with its quote", async ({ request }) => {
    const response = await request.get("/data/claims.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const data = ClaimsExport.parse(await response.json());
    expect(data.dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.claims.length).toBeGreaterThan(30);
    const tanks = data.claims.find((c) => c.id === "russia-tanks-and-armoured-vehicles-2022-03-02");
    expect(tanks).toMatchObject({ qualifier: "more-than", value: 470, claimantId: "russia" });
    expect(tanks?.quote).toContain("more than 470 tanks and armoured vehicles");
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const claimantIds = new Set(data.claimants.map((c) => c.id));
    for (const claim of data.claims) {
      expect(sourceIds.has(claim.sourceId), claim.id).toBe(true);
      expect(claimantIds.has(claim.claimantId), claim.id).toBe(true);
    }
  });

  test("claims.csv has one row a claim with claimant and source columns", async ({ request }) => {
    const [csv, json] = await Promise.all([request.get("/data/claims.csv"), request.get("/data/claims.json")]);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const rows: Record<string, string>[] = parse(await csv.text(), { columns: true });
    const data = ClaimsExport.parse(await json.json());
    expect(rows.map((r) => r.id)).toEqual(data.claims.map((c) => c.id));
    const un = rows.find((r) => r.id === "un-civilian-deaths-before-2022-03-02");
    expect(un).toMatchObject({ claimant: "United Nations", value: "142", statedOnPrecision: "before", statedOnWording: "previously" });
    expect(un?.sourcePublisher).toBe("not identified");
  });

  test("claims.json holds every cell of the published tables as a claim, with its cell locator", async ({ request }) => {
    const data = ClaimsExport.parse(await (await request.get("/data/claims.json")).json());
    const cells = data.claims.filter((c) => c.locator.kind === "cell");
    expect(new Set(cells.map((c) => c.sourceId))).toEqual(new Set(["general-staff-equipment", "general-staff-personnel", "oryx-by-type"]));
    expect(cells.length).toBeGreaterThan(50_000);
    const personnel = data.claims.find((c) => c.id === "general-staff-personnel-2022-03-02-personnel-losses");
    expect(personnel).toMatchObject({ quote: "5840", qualifier: "about", value: 5840, locator: { kind: "cell", record: "2022-03-02", field: "personnel" }, table: { qualifierCell: { field: "personnel*", quote: "about" } } });
    const tanks = data.claims.find((c) => c.id === "oryx-by-type-2022-03-28-russia-oryx-tanks");
    expect(tanks).toMatchObject({ value: 318, qualifier: "exact", locator: { record: "2022-03-28/Russia/Tanks", field: "type_total" }, table: { breakdown: { destroyed: 136, damaged: 6, abandoned: 42, captured: 134 } } });
  });

  test("each source has its own CSV, one row a claim", async ({ request }) => {
    const response = await request.get("/data/sources/general-staff-personnel.csv");
    expect(response.headers()["content-type"]).toContain("text/csv");
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    expect(new Set(rows.map((r) => r.sourceId))).toEqual(new Set(["general-staff-personnel"]));
    expect(rows.find((r) => r.cellRecord === "2022-03-02" && r.cellField === "personnel")).toMatchObject({ value: "5840", qualifier: "about", cellQualifier: "about", claimant: "General Staff of the Armed Forces of Ukraine" });
  });

  test("schema.json is a JSON Schema of the export", async ({ request }) => {
    const schema = await (await request.get("/data/schema.json")).json();
    expect(schema.$schema).toContain("json-schema.org");
    expect(Object.keys(schema.properties)).toEqual(["dataset", "sources", "claimants", "claims"]);
  });
});
