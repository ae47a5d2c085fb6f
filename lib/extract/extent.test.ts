import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "../dataset/read";
import { ClaimantsFile } from "../model/claimants";
import { extentControl } from "./extent";
import { extractReport } from "./extract";

const claimants = ClaimantsFile.parse(JSON.parse(readFileSync(join(DATA_DIR, "claimants.json"), "utf8")));

function read(clause: string, figure: string, side?: "russian" | "ukrainian") {
  const start = clause.indexOf(figure);
  return extentControl(clause, start, start + figure.length, side);
}

function claimsOf(text: string) {
  return extractReport({ text: `date 2024-08-20\n\n${text}`, file: "t.txt", claimants }).claims;
}

describe("extentControl: counts of places and areas as claims of control", () => {
  it("reads whose control a count or area claims, and the region it names", () => {
    expect(read("its forces control 74 settlements in the Kharkiv region", "74 settlements", "russian").control).toEqual({ status: "russian-control", place: "Kharkiv region" });
    expect(read("Ukrainian forces had advanced 1,000 square kilometres into Russia's Kursk region", "1,000 square kilometres").control).toEqual({ status: "ukrainian-control", place: "Kursk region" });
    expect(read("Ukrainian forces control 1,300 square kilometers of Russian territory", "1,300 square kilometers").control).toEqual({ status: "ukrainian-control", place: "Russian territory" });
    expect(read("its troops liberated 12 villages", "12 villages", "ukrainian").control).toEqual({ status: "ukrainian-control" });
    expect(read("74 settlements have been captured", "74 settlements", "russian").control).toEqual({ status: "russian-control" });
    expect(read("Russian forces lost 40 square kilometres near Robotyne", "40 square kilometres").control).toEqual({ status: "ukrainian-control" });
  });

  it("records no control for a denial, a count in passing, or when no side is said", () => {
    const denied = read("denied Russian claims that its forces had captured 12 villages", "12 villages", "ukrainian");
    expect(denied.control).toBeUndefined();
    expect(denied.reasons.join(" ")).toContain("denial");
    expect(read("shelled 12 villages overnight", "12 villages", "ukrainian").control).toBeUndefined();
    expect(read("troops captured 12 villages", "12 villages").reasons.join(" ")).toContain("does not say whose forces");
  });
});

describe("the extractor's claims of control as people write them", () => {
  it("gives a count or area its control, its place and its claimant", () => {
    const [count] = claimsOf("Russia's defence ministry said its forces control 74 settlements in the Kharkiv region.");
    expect(count).toMatchObject({ kind: "figure", claimantId: "ru-defence-ministry", metric: "settlements", value: 74, control: { status: "russian-control", place: "Kharkiv region" } });
    const [area] = claimsOf("Syrskyi said Ukrainian forces had advanced 1,000 square kilometres into Russia's Kursk region.");
    expect(area).toMatchObject({ metric: "territory", value: 1000, claimantId: "ua-commander-in-chief", control: { status: "ukrainian-control", place: "Kursk region" } });
    const [miles] = claimsOf("The Russian Defence Ministry said its forces had captured about 200 square miles.");
    expect(miles).toMatchObject({ metric: "territory", qualifier: "about", control: { status: "russian-control" } });
  });

  it("records 'a village near X' at X with the village as the detail, never X itself as taken", () => {
    const [claim] = claimsOf("The Russian Defence Ministry said its troops captured a village near Pokrovsk.");
    expect(claim).toMatchObject({ kind: "control", place: "Pokrovsk", placeDetail: "a village near Pokrovsk", subject: "a village near Pokrovsk", status: "russian-control" });
  });

  it("gives a denial to the denier, as the place still held", () => {
    const [claim] = claimsOf("Ukraine's General Staff denied that Russian troops had captured Avdiivka.");
    expect(claim).toMatchObject({ kind: "control", claimantId: "ua-general-staff", place: "Avdiivka", status: "ukrainian-control" });
    expect(claimsOf("Ukraine's General Staff has repeatedly denied that Russian troops had captured Avdiivka.")[0]?.claimantId).toBe("ua-general-staff");
    expect(claimsOf("Ukraine's General Staff has not denied that Russian troops had captured Avdiivka.")[0]?.claimantId).not.toMatch(/general-staff-has-not/);
  });
});
