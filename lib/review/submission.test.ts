import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../dataset/read";
import { extractReport } from "../extract/extract";
import { defaultWhoIsWho } from "../extract/whoIsWho";
import { ClaimantsFile } from "../model/claimants";
import { reviewDraft } from "./draft";
import { buildExtraction } from "./submission";
import { suggestClaim } from "./suggest";

const claimants = ClaimantsFile.parse(JSON.parse(readFileSync(join(DATA_DIR, "claimants.json"), "utf8")));
const text =
  "date 2024-06-01\n\nRussia's defence minister said 40 Ukrainian drones were shot down. The Institute for the Study of War said 12 tanks were lost. Separately, 30 drones were launched at Kharkiv.";
const draft = extractReport({ text, file: "t.txt", claimants, sourceId: "test-2024-06-01" });
const known = new Set(claimants.map((c) => c.id));
const who = defaultWhoIsWho();

describe("buildExtraction: the review page's decisions as a reviewed extraction", () => {
  it("keeps accepted claims with ids made again from the edited claimant, drops rejected ones and their unused new claimants", () => {
    const [first, second] = draft.claims;
    if (!first || !second) throw new Error("the draft has two claims");
    const built = buildExtraction({
      draft,
      text,
      submission: { source: draft.source, claims: [{ key: first.id, claim: first }, { key: second.id, claim: { ...second, claimantId: "us-nsc" } }], rejected: draft.claims.slice(2).map((c) => c.id), newClaimants: [] },
      known,
      proposable: [...who.bodies, ...draft.newClaimants],
    });
    expect(built.errors).toEqual([]);
    expect(built.extraction?.claims.map((c) => [c.id, c.claimantId])).toEqual([
      ["ru-defence-ministry-drones-2024-06-01", "ru-defence-ministry"],
      ["us-nsc-tanks-2024-06-01", "us-nsc"],
    ]);
    expect(built.extraction?.claims[0]?.speaker).toBe("Andrei Belousov");
    expect(built.extraction?.newClaimants.map((c) => c.id)).toEqual(["us-nsc"]);
    expect(built.extraction?.review).toEqual([]);
    expect(built.keyOf.get("us-nsc-tanks-2024-06-01")).toBe(second.id);
  });

  it("refuses an undecided claim, a quote not at its offsets and an unknown claimant, each beside its claim", () => {
    const [first, second] = draft.claims;
    if (!first || !second) throw new Error("the draft has two claims");
    const moved = { ...first, locator: { kind: "text" as const, start: first.locator.kind === "text" ? first.locator.start + 1 : 0, end: first.locator.kind === "text" ? first.locator.end + 1 : 0 } };
    const built = buildExtraction({
      draft,
      text,
      submission: { source: draft.source, claims: [{ key: first.id, claim: moved }, { key: second.id, claim: { ...second, claimantId: "nobody-at-all" } }], rejected: [], newClaimants: [] },
      known,
      proposable: who.bodies,
    });
    expect(built.extraction).toBeUndefined();
    expect(built.errors.map((e) => [e.key, e.field ?? ""])).toEqual([
      ...draft.claims.slice(2).map((c) => [c.id, ""]),
      [first.id, "quote"],
      [second.id, "claimantId"],
    ]);
  });
});

describe("suggestClaim: a claim from a selected passage", () => {
  it("trims the selection, reads its figure and takes the claimant of the claim before it, with notes", () => {
    const passage = "30 drones were launched at Kharkiv";
    const start = text.indexOf(passage);
    const result = suggestClaim(text, start - 1, start + passage.length, draft.claims, "2024-06-01");
    if ("error" in result) throw new Error(result.error);
    expect(result.claim).toMatchObject({ kind: "figure", value: 30, metric: "drones", quote: passage, locator: { start, end: start + passage.length } });
    expect(result.notes.join(" ")).toContain("claimant taken from the drafted claim before it");
  });

  it("answers an error for an empty or impossible selection", () => {
    expect(suggestClaim(text, 5, 5, draft.claims, "2024-06-01")).toHaveProperty("error");
    expect(suggestClaim(text, 0, text.length + 5, draft.claims, "2024-06-01")).toHaveProperty("error");
  });
});

describe("reviewDraft", () => {
  it("offers who-is-who's bodies as new claimants, and finds a claimant by who spoke for it", () => {
    const view = reviewDraft({ file: "t.txt", text, extraction: draft, claimants, whoIsWho: who });
    const ministry = view.claimants.find((c) => c.id === "ru-defence-ministry");
    expect(ministry?.isNew).toBe(false);
    expect(ministry?.hints.join(" ")).toContain("Sergei Shoigu");
    expect(view.claimants.find((c) => c.id === "us-government")?.isNew).toBe(true);
  });
});
