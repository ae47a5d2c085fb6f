import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { builtExportSha256 } from "./support/claims-export";

// What the exports hold (the whole of claims.json through the published schema, claims.csv row by
// row, the cells as claims, a source's CSV) is checked once on the prebuild's files, in
// lib/export/built-exports.test.ts. Here: the site serves those same bytes, with their types.
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

test.describe("a fact-checker downloads the data", () => {
  for (const [path, type] of [
    ["/data/claims.json", "application/json"],
    ["/data/claims.csv", "text/csv"],
    ["/data/sources/general-staff-personnel.csv", "text/csv"],
  ] as const) {
    test(`${path} is served as ${type}, the very bytes the build wrote`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
      expect(sha256(await response.body())).toBe(builtExportSha256(path.slice("/data/".length)));
    });
  }

  test("schema.json is a JSON Schema of the export", async ({ request }) => {
    const schema = await (await request.get("/data/schema.json")).json();
    expect(schema.$schema).toContain("json-schema.org");
    expect(Object.keys(schema.properties)).toEqual(["dataset", "sources", "claimants", "claims"]);
  });
});
