import { describe, expect, it } from "vitest";
import { reportedDateLine } from "./meta";
import { fixtureFigureModel } from "../embed/testing";

describe("reportedDateLine", () => {
  it("says one date once", () => {
    expect(reportedDateLine(["2022-03-02", "2022-03-02"])).toBe("As reported 2 Mar 2022");
  });
  it("writes a span within a month compactly, and across months in full", () => {
    expect(reportedDateLine(["2022-03-03", "2022-03-02"])).toBe("As reported 2–3 Mar 2022");
    expect(reportedDateLine(["2022-02-27", "2022-03-02"])).toBe("As reported 27 Feb 2022 – 2 Mar 2022");
  });
  it("does not invent a date", () => {
    expect(reportedDateLine([])).toBe("Date not stated");
  });
});

describe("shapeChartMeta", () => {
  it("carries the title, source line, the reports' date and the dataset version", () => {
    const { meta } = fixtureFigureModel();
    expect(meta).toMatchObject({ slug: "test-comparison", title: "Drones", dateLine: "As reported 6 May 2024", latestDate: "2024-05-06", datasetVersion: "0.0.1" });
    expect(meta.sourceLine).toMatch(/^Sources: Northern Ministry/);
  });
});
