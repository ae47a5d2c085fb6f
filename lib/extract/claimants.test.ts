import { describe, expect, it } from "vitest";
import type { Claimant } from "../model/claimants";
import { nameWords, resolveMention } from "./claimants";
import { defaultWhoIsWho } from "./whoIsWho";

const CLAIMANTS: Claimant[] = [
  { id: "russia", name: "Russia (body not named in the report)", shortName: "Russia", kind: "government", side: "russia" },
  { id: "ru-defence-ministry", name: "Russian Defence Ministry", kind: "ministry", side: "russia" },
  { id: "ua-defence-ministry", name: "Ukrainian Defence Ministry", kind: "ministry", side: "ukraine" },
  { id: "ua-emergency-service", name: "Ukraine's State Emergency Service", shortName: "Ukraine's emergency service", kind: "emergency-service", side: "ukraine" },
  { id: "un", name: "United Nations", shortName: "UN", kind: "un-body", side: "international" },
  { id: "uk-defence-ministry", name: "UK Defence Ministry (military intelligence)", kind: "intelligence-service", side: "united-kingdom" },
];

describe("nameWords", () => {
  it("spells names one way: possessives, capitals for governments, defense/defence, initials", () => {
    expect([...nameWords("Britain’s Defense Ministry")]).toEqual(["uk", "defence", "ministry"]);
    expect([...nameWords("Moscow")]).toEqual(["russia"]);
    expect([...nameWords("the U.S. State Department")]).toEqual(["us", "state", "department"]);
  });
});

describe("resolveMention", () => {
  const known = (mention: string, recent: string[] = []) => {
    const r = resolveMention(mention, CLAIMANTS, recent);
    return r.kind === "known" ? r.claimantId : r.kind;
  };

  it("matches names exactly or as part of a claimant's name", () => {
    expect(known("Russia")).toBe("russia");
    expect(known("Moscow")).toBe("russia");
    expect(known("Russia’s Defense Ministry")).toBe("ru-defence-ministry");
    expect(known("the Ukrainian Defense Ministry")).toBe("ua-defence-ministry");
    expect(known("The emergency service")).toBe("ua-emergency-service");
    expect(known("The United Nations")).toBe("un");
    expect(known("British military intelligence")).toBe("uk-defence-ministry");
  });

  it("picks the most recently named of several, and says so", () => {
    const r = resolveMention("the ministry", CLAIMANTS, ["ua-defence-ministry", "russia"]);
    expect(r).toMatchObject({ kind: "known", claimantId: "ua-defence-ministry" });
    expect(r.kind === "known" && r.reasons[0]).toContain("could also be");
  });

  it("splits a spokesperson from the body they speak for", () => {
    expect(resolveMention("Russian Defence Ministry spokesperson Igor Konashenkov", CLAIMANTS, [])).toEqual({
      kind: "known",
      claimantId: "ru-defence-ministry",
      speaker: "Igor Konashenkov, spokesperson",
      reasons: [],
    });
  });

  it("refers pronouns and 'the statement' back, naming the channel", () => {
    expect(resolveMention("it", CLAIMANTS, [])).toEqual({ kind: "previous" });
    expect(resolveMention("the statement", CLAIMANTS, [])).toEqual({ kind: "previous", via: "statement" });
  });

  it("proposes a new claimant, with guessed kind and side, rather than force a match", () => {
    const r = resolveMention("Russian officials", CLAIMANTS, []);
    expect(r).toMatchObject({ kind: "new", claimant: { id: "ru-officials-unnamed", name: "Russian officials (not named)", kind: "official", side: "russia" } });
    expect(resolveMention("Ukraine", CLAIMANTS, []).kind).toBe("new");
    expect(resolveMention("the regional governor", CLAIMANTS, [])).toMatchObject({ kind: "new", claimant: { id: "regional-governor", side: "unattributed" } });
  });

  it("leaves an unidentified speaker unattributed", () => {
    expect(resolveMention("a Ukrainian man", CLAIMANTS, [])).toEqual({ kind: "unidentified", speaker: "a Ukrainian man" });
  });

  it("makes one claimant of a country's unnamed officials, reads the MoD, and does not take 'the commander' for the Commander-in-Chief", () => {
    const unnamed = (mention: string) => {
      const r = resolveMention(mention, CLAIMANTS, []);
      return r.kind === "new" ? r.claimant.id : r.kind;
    };
    expect(unnamed("A US official")).toBe("us-officials-unnamed");
    expect(unnamed("U.S. and other Western officials")).toBe("us-western-officials-unnamed");
    expect(unnamed("senior Ukrainian military officials")).toBe("ua-officials-unnamed");
    expect(known("the MoD", ["ru-defence-ministry"])).toBe("ru-defence-ministry");
    const withChief: Claimant[] = [...CLAIMANTS, { id: "ua-commander-in-chief", name: "Commander-in-Chief of the Armed Forces of Ukraine", kind: "official", side: "ukraine" }];
    expect(resolveMention("the commander", withChief, []).kind).not.toBe("known");
    const withOhchr: Claimant[] = [...CLAIMANTS, { id: "un-ohchr", name: "UN human rights office (OHCHR)", kind: "un-body", side: "international" }];
    expect(resolveMention("The UN monitoring mission", withOhchr, [], { whoIsWho: defaultWhoIsWho(), date: "2023-01-01" })).toMatchObject({ kind: "known", claimantId: "un-ohchr" });
  });
});
