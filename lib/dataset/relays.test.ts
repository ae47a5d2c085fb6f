import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type DataError, formatError } from "./errors";
import { checkDataDir } from "./load";
import { FIXTURE_TEXTS, fixtureWithFile } from "./testing";

const REPORT = "sources/test-report.json";
const RELAY = "sources/test-relay-ru.json";
const RELAY_QUOTE = "более 12 беспилотников";

/** A report in Russian (our own test text) that relays the Northern Ministry's drones claim of test-report. */
const relaySource = (claims: unknown[] = []) =>
  JSON.stringify({
    source: {
      id: "test-relay-ru",
      kind: "report",
      publisher: "Test Relay",
      file: "test-relay-ru.txt",
      sha256: "fc5111f4783cf8c58d516b57191a64efb12c84de9c7e0545a190c17bbf7ea0bb",
      language: "ru",
      datePublished: "2024-05-07",
      relay: { via: "Northern Ministry statement", wording: "заявило" },
    },
    claims,
  });

type Json = Record<string, unknown>;

/** The valid fixture plus the Russian relay, with `edit` applied to test-report.json's first claim. */
function withRelay(edit: (claim: Json) => void, relayClaims: unknown[] = []): string {
  const dir = fixtureWithFile(RELAY, relaySource(relayClaims));
  const path = join(dir, REPORT);
  const file = JSON.parse(readFileSync(path, "utf8")) as { claims: Json[] };
  const claim = file.claims[0];
  if (!claim) throw new Error("the fixture has a first claim");
  edit(claim);
  writeFileSync(path, JSON.stringify(file, null, 2));
  return dir;
}

const relay = (overrides: Json = {}): Json => ({
  sourceId: "test-relay-ru",
  quote: RELAY_QUOTE,
  locator: { kind: "text", start: 58, end: 80 },
  translation: { language: "en", text: "more than 12 drones", by: "counterclaim" },
  ...overrides,
});

function errors(dir: string): DataError[] {
  return checkDataDir({ dataDir: dir, sourcesDir: FIXTURE_TEXTS }).errors;
}

describe("one claim relayed by two reports", () => {
  it("is one claim with two sources, both quotes verified at their offsets, and counted once", () => {
    const report = checkDataDir({ dataDir: withRelay((c) => (c.alsoIn = [relay()])), sourcesDir: FIXTURE_TEXTS });
    expect(report.errors.map(formatError)).toEqual([]);
    expect(report.dataset?.claims.map((c) => c.id)).toEqual(["north-drones", "south-drones", "north-testville"]);
    expect(report.dataset?.claims[0]?.alsoIn?.[0]?.sourceId).toBe("test-relay-ru");
    expect(report.dataset?.sources.map((s) => s.id)).toEqual(["test-relay-ru", "test-report"]);
    expect(report.quotes).toEqual({ verified: 3, unverified: 0, missingTexts: [] });
  });

  it("reports a relay's quote that does not stand at its offsets, naming the relay", () => {
    const [error, ...rest] = errors(withRelay((c) => (c.alsoIn = [relay({ locator: { kind: "text", start: 57, end: 79 } })])));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ record: "north-drones", field: "alsoIn.0.quote" });
    expect(error?.expected).toContain("(it stands at 58–80)");
  });

  it("reports a relay from a report not in English that has no translation", () => {
    const [error, ...rest] = errors(withRelay((c) => (c.alsoIn = [relay({ translation: undefined })])));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ record: "north-drones", field: "alsoIn.0.translation", found: "nothing (the field is missing)" });
  });

  it("reports a relay citing a source that does not exist, or the claim's own source", () => {
    expect(errors(withRelay((c) => (c.alsoIn = [relay({ sourceId: "no-such-report" })])))).toEqual([
      expect.objectContaining({ record: "north-drones", field: "alsoIn.0.sourceId", found: '"no-such-report"' }),
      // The relay source now cites no claim at all.
      expect.objectContaining({ field: "claims", found: "a list of 0" }),
    ]);
    const own = errors(withRelay((c) => (c.alsoIn = [relay(), { ...relay(), sourceId: "test-report", translation: undefined }])));
    expect(own).toContainEqual(expect.objectContaining({ record: "north-drones", field: "alsoIn.1.sourceId", expected: "a source not already cited by this claim" }));
  });
});

describe("translations", () => {
  const ownClaim = (translation?: Json) => ({
    id: "north-drones-ru",
    kind: "figure",
    claimantId: "north",
    statedOn: { date: "2024-05-07", precision: "by" },
    subject: "drones",
    metric: "drones",
    stated: "более 12",
    qualifier: "more-than",
    value: 12,
    quote: RELAY_QUOTE,
    locator: { kind: "text", start: 58, end: 80 },
    ...(translation ? { translation } : {}),
  });

  it("accepts a claim in Russian with Counterclaim's English translation", () => {
    const report = checkDataDir({ dataDir: withRelay(() => {}, [ownClaim({ language: "en", text: "more than 12 drones", by: "counterclaim" })]), sourcesDir: FIXTURE_TEXTS });
    expect(report.errors).toEqual([]);
    expect(report.dataset?.claims.find((c) => c.id === "north-drones-ru")?.translation?.text).toBe("more than 12 drones");
  });

  it("requires one where the report is not in English", () => {
    expect(errors(withRelay(() => {}, [ownClaim()]))).toEqual([
      expect.objectContaining({ record: "north-drones-ru", field: "translation", expected: `Counterclaim's English translation of the quote (test-relay-ru is in "ru")` }),
    ]);
  });

  it("refuses one where the report is in English, and one not marked as Counterclaim's", () => {
    expect(errors(withRelay((c) => ((c.translation = { language: "en", text: "x", by: "counterclaim" }), (c.alsoIn = [relay()]))))).toEqual([
      expect.objectContaining({ record: "north-drones", field: "translation", found: "a translation" }),
    ]);
    expect(errors(withRelay(() => {}, [ownClaim({ language: "en", text: "more than 12 drones", by: "the outlet" })]))).toEqual([
      expect.objectContaining({ record: "north-drones-ru", field: "translation.by" }),
    ]);
  });

  it("refuses a language that is not a BCP 47 tag", () => {
    const dir = fixtureWithFile(RELAY, relaySource().replace('"language":"ru"', '"language":"russian language"'));
    expect(errors(dir)).toEqual(expect.arrayContaining([expect.objectContaining({ record: "test-relay-ru", field: "language", found: '"russian language"' })]));
  });
});
