import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../dataset/read";
import { checkWhoIsWho } from "../dataset/who-is-who";
import type { DataError } from "../dataset/errors";
import { ClaimantsFile } from "../model/claimants";
import { WhoIsWhoFile } from "../model/who-is-who";
import { extractReport } from "./extract";
import { defaultWhoIsWho, heldOn } from "./whoIsWho";

const claimants = ClaimantsFile.parse(JSON.parse(readFileSync(join(DATA_DIR, "claimants.json"), "utf8")));
const who = defaultWhoIsWho();

function claimsOf(text: string, date = "2023-03-01") {
  return extractReport({ text: `date ${date}\n\n${text}`, file: "t.txt", claimants }).claims;
}

describe("data/who-is-who.json", () => {
  it("is valid against claimants.json, and the check finds an office of no claimant and a tenure that ends before it starts", () => {
    const file = WhoIsWhoFile.parse(JSON.parse(readFileSync(join(DATA_DIR, "who-is-who.json"), "utf8")));
    const ids = new Set(claimants.map((c) => c.id));
    const errors: DataError[] = [];
    checkWhoIsWho(file, "who-is-who.json", ids, errors);
    expect(errors).toEqual([]);
    const broken: WhoIsWhoFile = {
      ...file,
      offices: [...file.offices, { id: "nobody", claimantId: "no-such-claimant", title: "Nobody", titles: [] }],
      people: [...file.people, { name: "A Person", surnames: ["Person"], held: [{ office: "ru-defence-minister", from: "2024-01-01", until: "2023-01" }] }],
    };
    checkWhoIsWho(broken, "who-is-who.json", ids, errors);
    expect(errors.map((e) => e.field)).toEqual([`offices.${file.offices.length}.claimantId`, `people.${file.people.length}.held.0.until`]);
  });

  it("reads month bounds as the whole month", () => {
    expect(heldOn({ until: "2024-05" }, "2024-05-31")).toBe(true);
    expect(heldOn({ until: "2024-05" }, "2024-06-01")).toBe(false);
    expect(heldOn({ from: "2024-05-14" }, "2024-05-13")).toBe(false);
    expect(heldOn({}, "1999-01-01")).toBe(true);
  });
});

describe("who speaks for whom, by the report's date", () => {
  it("takes Shoigu for the Defence Ministry until May 2024, then for the Security Council; Belousov after him", () => {
    expect(who.person("Sergei Shoigu", "2023-03-01")).toMatchObject({ claimantId: "ru-defence-ministry", speaker: "Sergei Shoigu", reasons: [] });
    expect(who.person("Shoigu", "2024-09-01")).toMatchObject({ claimantId: "ru-security-council" });
    expect(who.title("Russia's defence minister", "2023-03-01")).toMatchObject({ claimantId: "ru-defence-ministry", speaker: "Sergei Shoigu" });
    expect(who.title("Russia's defence minister", "2024-06-01")).toMatchObject({ claimantId: "ru-defence-ministry", speaker: "Andrei Belousov" });
  });

  it("takes Zaluzhnyi as Commander-in-Chief until February 2024, then Syrskyi", () => {
    expect(who.title("Ukraine's commander-in-chief", "2023-11-01")).toMatchObject({ claimantId: "ua-commander-in-chief", speaker: "Valerii Zaluzhnyi" });
    expect(who.title("Ukraine's commander-in-chief", "2024-03-01")).toMatchObject({ claimantId: "ua-commander-in-chief", speaker: "Oleksandr Syrskyi" });
    // Named outside his tenure: the nearest office, with a note to check.
    expect(who.person("Syrskyi", "2022-09-10")).toMatchObject({ claimantId: "ua-commander-in-chief", reasons: [expect.stringContaining("held no office")] });
  });

  it("resolves a title several offices share by the claimant named last, and says so when nothing was", () => {
    expect(who.title("the head of the defence ministry", "2023-03-01", ["ua-defence-ministry", "russia"])).toMatchObject({ claimantId: "ua-defence-ministry", speaker: "Oleksii Reznikov" });
    expect(who.title("the head of the defence ministry", "2023-03-01", [])?.reasons.join(" ")).toContain("could be");
  });

  it("reads collectives and other names, knows relays, and needs the first name for a common surname", () => {
    expect(who.alias("the Ukrainian military")?.claimantId).toBe("ua-armed-forces");
    expect(who.alias("Russia's military")?.claimantId).toBe("ru-armed-forces");
    expect(who.alias("the UN Human Rights Monitoring Mission in Ukraine")?.claimantId).toBe("un-ohchr");
    expect(who.isRelay("the state news agency TASS")).toBe(true);
    expect(who.isRelay("Mediazona")).toBe(false);
    expect(who.person("Mykhailo Fedorov", "2023-03-01")).toBeUndefined();
    expect(who.person("Ivan Fedorov", "2024-05-01")?.claimantId).toBe("ua-zaporizhzhia-governor");
  });
});

describe("the extractor through who-is-who", () => {
  it("resolves a person and a title to an existing claimant, by the report's date", () => {
    const claims = claimsOf("Russia's defence chief said 20 Ukrainian tanks were destroyed. Belousov said 30 drones were shot down.", "2024-07-01");
    expect(claims.map((c) => [c.claimantId, c.speaker])).toEqual([
      ["ru-defence-ministry", "Andrei Belousov"],
      ["ru-defence-ministry", "Belousov"],
    ]);
  });

  it("drafts an unknown speaker as a new claimant with a review note, never silently", () => {
    const extraction = extractReport({ text: "date 2023-03-01\n\nThe Institute for the Study of War said 40 tanks were lost.", file: "t.txt", claimants });
    expect(extraction.claims.map((c) => c.claimantId)).toEqual(["institute-for-the-study-of-war"]);
    expect(extraction.newClaimants.map((c) => c.id)).toEqual(["institute-for-the-study-of-war"]);
    expect(extraction.review.find((n) => n.record === "claimant")?.reasons.join(" ")).toContain("data/claimants.json lacks");
  });
});

describe("coreference: 'he', 'the ministry', 'the governor' refer to the last fitting speaker", () => {
  it("takes 'the governor' past a ministry that spoke since", () => {
    const claims = claimsOf(
      "Two people were killed in Kharkiv, regional governor Oleh Synehubov said. The Russian Defence Ministry said 12 Ukrainian tanks were destroyed. The governor said later the toll rose to 15.",
    );
    expect(claims.map((c) => c.claimantId)).toEqual(["ua-kharkiv-governor", "ru-defence-ministry", "ua-kharkiv-governor"]);
  });

  it("takes 'the ministry' to the ministry named last, past a governor", () => {
    const claims = claimsOf(
      "Ukraine's Defence Ministry said 300 Russian soldiers were killed. Belgorod governor Vyacheslav Gladkov said three people were injured. The ministry said 12 Russian tanks were destroyed.",
    );
    expect(claims.map((c) => c.claimantId)).toEqual(["ua-defence-ministry", "ru-belgorod-governor", "ua-defence-ministry"]);
  });

  it("takes 'he' to the last person who spoke, past a body", () => {
    const claims = claimsOf(
      "Defence ministry spokesman Igor Konashenkov said 40 Ukrainian drones were shot down. Ukraine's air force said 16 missiles were launched. He said 12 Ukrainian tanks were destroyed.",
    );
    expect(claims.map((c) => c.claimantId)).toEqual(["ru-defence-ministry", "ua-air-force", "ru-defence-ministry"]);
  });

  it("takes 'the commander' to the last speaker whose office is a commander's, by who-is-who's titles", () => {
    const claims = claimsOf(
      "Ukrainian Air Force Commander Mykola Oleshchuk said 20 drones were shot down. Russia's defence ministry said 12 Ukrainian tanks were destroyed. The commander said 5 missiles were also intercepted.",
    );
    expect(claims.map((c) => c.claimantId)).toEqual(["ua-air-force", "ru-defence-ministry", "ua-air-force"]);
  });

  it("does not guess which governor 'the governor' is when none was named", () => {
    const claims = claimsOf("The governor said three people were injured.");
    expect(claims.map((c) => c.claimantId)).not.toContain("ru-belgorod-governor");
  });
});
