import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type DataError, formatError } from "./errors";
import { checkDataDir } from "./load";
import { brokenFixture, FIXTURE_TEXTS, FIXTURES, fixtureWithFile, fixtureWithout } from "./testing";
import { sha256 } from "./validate";

const SOURCE = "sources/test-report.json";

function errorsOf(dataDir: string): DataError[] {
  return checkDataDir({ dataDir, sourcesDir: FIXTURE_TEXTS }).errors;
}

/** Exactly one error, and the caller checks what it says. */
function onlyError(dataDir: string): DataError {
  const errors = errorsOf(dataDir);
  expect(errors.map(formatError)).toHaveLength(1);
  return errors[0] as DataError;
}

describe("validateDataset on the valid fixture", () => {
  it("accepts it and verifies every quote", () => {
    const report = checkDataDir({ dataDir: join(FIXTURES, "valid"), sourcesDir: FIXTURE_TEXTS });
    expect(report.errors).toEqual([]);
    expect(report.dataset?.claims.map((c) => c.sourceId)).toEqual(["test-report", "test-report", "test-report"]);
    expect(report.quotes).toEqual({ verified: 3, unverified: 0, missingTexts: [] });
  });

  it("counts quotes it could not verify when the text is absent, without failing", () => {
    const report = checkDataDir({ dataDir: join(FIXTURES, "valid"), sourcesDir: undefined });
    expect(report.errors).toEqual([]);
    expect(report.quotes).toEqual({ verified: 0, unverified: 3, missingTexts: ["test-report.txt"] });
  });
});

describe("schema errors name the file, the record and the field", () => {
  it("a value of the wrong type", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.value": "12" }));
    expect(error).toMatchObject({ record: "north-drones", field: "value", expected: "a number", found: '"12"' });
    expect(error.file).toMatch(/sources[\\/]test-report\.json$/);
  });

  it("an unknown qualifier", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.1.qualifier": "roughly" }));
    expect(error).toMatchObject({ record: "south-drones", field: "qualifier", found: '"roughly"' });
    expect(error.expected).toContain('"more-than"');
  });

  it("an unknown metric", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.metric": "tractors" }));
    expect(error).toMatchObject({ record: "north-drones", field: "metric", found: '"tractors"' });
  });

  it("a missing field", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.quote": undefined }));
    expect(error).toMatchObject({ record: "north-drones", field: "quote", expected: "a string", found: "nothing (the field is missing)" });
  });

  it("a field the format does not define", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.2.colour": "red" }));
    expect(error).toMatchObject({ record: "north-testville", field: "colour", found: 'unknown field "colour"' });
  });

  it("a date that is not a calendar date", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.statedOn.date": "2024-02-30" }));
    expect(error).toMatchObject({ record: "north-drones", field: "statedOn.date", expected: "a date written YYYY-MM-DD" });
  });

  it("a source field", () => {
    const error = onlyError(brokenFixture(SOURCE, { "source.sha256": "abc" }));
    expect(error).toMatchObject({ record: "test-report", field: "sha256", found: '"abc"' });
  });

  it("a comparison of a kind the site does not draw", () => {
    const error = onlyError(brokenFixture("comparisons/test-comparison.json", { kind: "pie" }));
    expect(error).toMatchObject({ record: "test-comparison", field: "kind", expected: 'one of "figures", "control", "series", "preset"', found: '"pie"' });
  });

  it("a source with an empty claims list", () => {
    const source = JSON.parse(readFileSync(join(FIXTURES, "valid", SOURCE), "utf8")) as { source: Record<string, unknown> };
    const empty = { source: { ...source.source, id: "empty-report" }, claims: [] };
    const error = onlyError(fixtureWithFile("sources/empty-report.json", JSON.stringify(empty)));
    expect(error).toMatchObject({ field: "claims", expected: "at least one item (or a claim elsewhere that cites this source in alsoIn)", found: "a list of 0" });
    expect(error.file).toMatch(/sources[\\/]empty-report\.json$/);
  });

  it("a comparison with no categories", () => {
    const error = onlyError(brokenFixture("comparisons/test-comparison.json", { categories: [] }));
    expect(error).toMatchObject({ record: "test-comparison", field: "categories", expected: "at least one item", found: "a list of 0" });
  });

  it.each(["dataset.json", "claimants.json"])("a missing %s", (file) => {
    const error = onlyError(fixtureWithout(file));
    expect(error).toMatchObject({ expected: "this file to exist", found: "no such file" });
    expect(error.file.endsWith(file)).toBe(true);
  });

  it("a file that is not JSON", () => {
    const error = onlyError(fixtureWithFile("claimants.json", '[{"id": "north",'));
    expect(error.file).toMatch(/claimants\.json$/);
    expect(error.expected).toBe("valid JSON");
  });
});

describe("reference rules", () => {
  it("an unknown claimant", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.claimantId": "nobody" }));
    expect(error).toMatchObject({ record: "north-drones", field: "claimantId", found: '"nobody"' });
  });

  it("a duplicate claim id (and the id it replaced is now missing)", () => {
    const errors = errorsOf(brokenFixture(SOURCE, { "claims.1.id": "north-drones" }));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ record: "north-drones", field: "id", expected: "a claim id used only once" });
    expect(errors[1]).toMatchObject({ record: "test-comparison", field: "categories.0.claims.south", found: '"south-drones"' });
  });

  it("a comparison that cites a claim that does not exist", () => {
    const error = onlyError(brokenFixture("comparisons/test-comparison.json", { "categories.0.claims.south": "south-nothing" }));
    expect(error).toMatchObject({ record: "test-comparison", field: "categories.0.claims.south", found: '"south-nothing"' });
  });

  it("a comparison that files a claim under the wrong claimant", () => {
    const error = onlyError(brokenFixture("comparisons/test-comparison.json", { "categories.0.claims.south": "north-drones" }));
    expect(error.expected).toBe('a claim made by "south"');
  });

  it("a source whose id is not its file name", () => {
    const error = onlyError(brokenFixture(SOURCE, { "source.id": "other-report" }));
    expect(error).toMatchObject({ field: "id", found: '"other-report"' });
  });

  it("a claim invalid in itself is reported once, not again by the comparison that cites it", () => {
    const errors = errorsOf(brokenFixture(SOURCE, { "claims.0.value": -1 }));
    expect(errors.map((e) => e.record)).toEqual(["north-drones"]);
  });
});

describe("dates", () => {
  it("a claim stated after its source was published", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.statedOn.date": "2024-05-07" }));
    expect(error).toMatchObject({ record: "north-drones", field: "statedOn.date", found: "2024-05-07" });
    expect(error.expected).toContain("2024-05-06");
  });

  it("a period that ends before it starts", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.period": { wording: "since", from: "2024-05-06", asOf: "2024-05-01" } }));
    expect(error).toMatchObject({ field: "period.from" });
  });
});

describe("quotes", () => {
  it("a quote that does not stand at its offsets says where it does stand", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.locator.start": 95 }));
    expect(error).toMatchObject({ record: "north-drones", field: "quote" });
    expect(error.expected).toMatch(/it stands at \d+–\d+/);
  });

  it("a quote that is not in the text at all", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.quote": "it had shot down more than 12 planes" }));
    expect(error.expected).toContain("it stands nowhere in the text");
  });

  it("stated words that are not in the quote", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.stated": "more than 13" }));
    expect(error).toMatchObject({ field: "stated", expected: "words that stand in the quote" });
  });

  it("a report whose text does not match its sha256", () => {
    const error = onlyError(brokenFixture(SOURCE, { "source.sha256": "0".repeat(64) }));
    expect(error).toMatchObject({ record: "test-report", field: "sha256", found: "0".repeat(64) });
  });

  it("offsets beyond the end of the text", () => {
    const error = onlyError(brokenFixture(SOURCE, { "claims.0.locator.end": 100000 }));
    expect(error).toMatchObject({ field: "locator" });
  });
});

describe("claims from a published table: a cell is the quote", () => {
  const tally = (drones: string, record = "2024-05-06") =>
    JSON.stringify({
      source: {
        id: "test-tally",
        kind: "dataset",
        title: "Northern Ministry daily tally",
        publisher: "Northern Ministry",
        file: "test-tally.csv",
        recordKey: "date",
        sha256: sha256(readFileSync(join(FIXTURE_TEXTS, "test-tally.csv"), "utf8")),
        datePublished: "2024-05-06",
      },
      claims: [
        {
          id: "north-tally-drones-2024-05-06",
          kind: "figure",
          claimantId: "north",
          statedOn: { date: "2024-05-06", precision: "day" },
          subject: "drones",
          metric: "planes",
          stated: drones,
          qualifier: "exact",
          value: Number(drones),
          quote: drones,
          locator: { kind: "cell", record, field: "drones" },
        },
      ],
    });

  it("verifies a claim against its record and field", () => {
    const report = checkDataDir({ dataDir: fixtureWithFile("sources/test-tally.json", tally("14")), sourcesDir: FIXTURE_TEXTS });
    expect(report.errors).toEqual([]);
    expect(report.quotes.verified).toBe(4);
  });

  it("reports a claim whose cell says something else", () => {
    const error = onlyError(fixtureWithFile("sources/test-tally.json", tally("15")));
    expect(error).toMatchObject({ record: "north-tally-drones-2024-05-06", field: "quote", found: '"14"' });
    expect(error.expected).toContain("cell 2024-05-06/drones of test-tally.csv");
  });

  it("reports a record the table does not have", () => {
    const error = onlyError(fixtureWithFile("sources/test-tally.json", tally("14", "2024-05-07")));
    expect(error).toMatchObject({ field: "quote", found: "nothing (the field is missing)" });
  });
});
