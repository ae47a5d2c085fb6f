import { describe, expect, it } from "vitest";
import { claimRows, inTextOrder, inTimeOrder, statedDateLabel } from "./rows";
import { loadDataset } from "../dataset/load";

describe("claimRows on the real dataset", () => {
  const dataset = loadDataset();
  const rows = claimRows(dataset);

  it("has one row a claim, in data order", () => {
    expect(rows.map((r) => r.id)).toEqual(dataset.claims.map((c) => c.id));
  });

  it("says a figure in words, with its qualifier", () => {
    expect(rows.find((r) => r.id === "russia-tanks-and-armoured-vehicles-2022-03-02")).toMatchObject({
      claimant: "Russia (body not named in the report)",
      topic: "tanks-and-armoured-vehicles",
      what: "Tanks and armoured vehicles",
      claimed: "more than 470",
      stated: "by 2 Mar 2022",
      publication: "report of 2 Mar 2022, publisher not identified",
    });
  });

  it("says a claim of control as place and status", () => {
    expect(rows.find((r) => r.id === "ru-mod-balakliya-captured-2022-03-03")).toMatchObject({
      topic: "control", what: "Balakliya", claimed: "Under Russian control", relay: "via Interfax news agency", publication: "Reuters, 3 Mar 2022",
    });
  });
});

describe("ordering", () => {
  const dataset = loadDataset();
  const rows = claimRows(dataset);

  it("puts a report's claims in the order its text states them", () => {
    const report = inTextOrder(rows.filter((r) => r.sourceId === "report-2022-03-02-kherson-civilian-toll"));
    const starts = report.map((r) => r.textStart ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Three claims are cut from one sentence: the shorter quote first.
    expect(report.filter((r) => r.textStart === 1775).map((r) => r.id)).toEqual([
      "russia-military-objects-2022-03-02", "russia-planes-2022-03-02", "russia-tanks-and-armoured-vehicles-2022-03-02",
    ]);
  });

  it("puts claims in the order stated, keeping data order within a day", () => {
    const ordered = inTimeOrder(rows);
    const dates = ordered.map((r) => r.statedDate);
    expect(dates).toEqual([...dates].sort());
    const sameDay = ordered.filter((r) => r.statedDate === "2022-03-02").map((r) => r.id);
    expect(sameDay).toEqual(rows.filter((r) => r.statedDate === "2022-03-02").map((r) => r.id));
  });
});

describe("statedDateLabel", () => {
  it("keeps the precision of the date", () => {
    expect(statedDateLabel({ date: "2022-03-02", precision: "day" })).toBe("2 Mar 2022");
    expect(statedDateLabel({ date: "2022-03-02", precision: "by" })).toBe("by 2 Mar 2022");
    expect(statedDateLabel({ date: "2022-03-02", precision: "before", wording: "previously" })).toBe("before 2 Mar 2022");
  });
});
