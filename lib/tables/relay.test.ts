import { describe, expect, it } from "vitest";
import { loadDataset } from "../dataset/load";
import { isRounding, relayChecks } from "./relay";

describe("a relayed figure beside the claimant's own tally", () => {
  it("sets the Defence Ministry's 2 March 2022 figures beside the General Staff's table for that day", () => {
    const dataset = loadDataset();
    const checks = relayChecks(dataset.sources, dataset.claims);
    const of = (id: string) => checks.get(id);
    expect(of("ua-mod-soldiers-killed-2022-03-02")).toMatchObject({
      tableSourceId: "general-staff-personnel",
      field: "personnel",
      tableValue: 5840,
      tableStated: "about 5,840",
      figure: "same",
      qualifierChanged: { from: "about", to: "more-than" },
    });
    expect(of("ua-mod-tanks-2022-03-02")).toMatchObject({ field: "tank", tableValue: 211, figure: "rounded", qualifierChanged: { from: "exact", to: "more-than" } });
    expect(of("ua-mod-other-military-vehicles-2022-03-02")).toMatchObject({ field: "APC", tableValue: 862, figure: "rounded" });
    expect(of("ua-mod-other-military-vehicles-2022-03-02")?.qualifierChanged).toBeUndefined();
    expect(of("ua-mod-planes-2022-03-02")).toMatchObject({ field: "aircraft", tableValue: 30, figure: "same" });
    expect(of("ua-mod-helicopters-2022-03-02")).toMatchObject({ field: "helicopter", tableValue: 31, figure: "same" });
    // Only claimants mapped in data are checked: no other report figure has a table behind it.
    expect([...checks.keys()].sort()).toEqual([
      "ua-mod-helicopters-2022-03-02",
      "ua-mod-other-military-vehicles-2022-03-02",
      "ua-mod-planes-2022-03-02",
      "ua-mod-soldiers-killed-2022-03-02",
      "ua-mod-tanks-2022-03-02",
    ]);
  });

  it("calls a figure rounded only when it is the exact one to a round number", () => {
    expect(isRounding(860, 862)).toBe(true);
    expect(isRounding(200, 211)).toBe(true);
    expect(isRounding(5800, 5840)).toBe(true);
    expect(isRounding(850, 862)).toBe(false);
    expect(isRounding(213, 211)).toBe(false);
  });
});
