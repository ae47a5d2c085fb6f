import { describe, expect, it } from "vitest";
import { controlByPlace, placeSlug } from "./control";
import { loadDataset } from "../dataset/load";
import { shapeControlTimeline } from "./figures";

describe("controlByPlace on the real dataset", () => {
  const dataset = loadDataset();
  const places = controlByPlace(dataset);

  it("derives every place from the claims of control", () => {
    const expected = new Set(dataset.claims.flatMap((c) => (c.kind === "control" ? [c.place] : [])));
    expect(new Set(places.map((p) => p.place))).toEqual(expected);
    expect(places.map((p) => p.place)).toEqual(["Kherson", "Balakliya", "Chernihiv", "Kharkiv", "Mariupol"]);
  });

  it("puts each place's claims in the order stated, every claim once", () => {
    const total = places.reduce((n, p) => n + p.timeline.entries.length, 0);
    expect(total).toBe(dataset.claims.filter((c) => c.kind === "control").length);
    for (const p of places) {
      const dates = p.timeline.entries.map((e) => e.claim.statedOn.date);
      expect(dates).toEqual([...dates].sort());
      expect(p.timeline.entries.every((e) => e.claim.place === p.place)).toBe(true);
    }
  });

  it("says where the claims differ, and links the comparison about the place", () => {
    const kherson = places.find((p) => p.place === "Kherson");
    expect(kherson).toMatchObject({ differ: true, comparisonSlug: "kherson-control", claimants: 5 });
    expect(kherson?.statuses).toEqual(expect.arrayContaining(["Under Russian control", "Fighting ongoing", "Surrounded"]));
    expect(kherson?.timeline.summary).toBe(
      "5 claims by 5 claimants, stated by 2 Mar 2022. They differ: Surrounded; Under Russian control (the centre of the Kherson region); Fighting ongoing; Under Russian control; Russian troops inside (the streets and the council building).",
    );
    const kharkiv = places.find((p) => p.place === "Kharkiv");
    expect(kharkiv).toMatchObject({ differ: false, comparisonSlug: undefined, statuses: ["In Ukrainian hands"] });
    expect(kharkiv?.timeline.summary).toBe("1 claim by 1 claimant, stated 3 Mar 2022: In Ukrainian hands.");
  });

  it("counts a statement reported twice once, as the comparison's page and the home card do", () => {
    const kherson = places.find((p) => p.place === "Kherson");
    const comparison = dataset.comparisons.find((c) => c.slug === "kherson-control");
    if (!kherson || comparison?.kind !== "control") throw new Error("kherson-control");
    expect(kherson.timeline.tally).toEqual(shapeControlTimeline(comparison, dataset).tally);
    expect(kherson.timeline.tally.find((t) => t.status === "Under Russian control")?.claims).toBe(1);
  });

  it("names every claimant and publication in each place's source line", () => {
    const kherson = places.find((p) => p.place === "Kherson");
    expect(kherson?.timeline.sourceLine).toContain("Reuters, 3 Mar 2022");
    expect(kherson?.timeline.sourceLine).toContain("report of 2 Mar 2022, publisher not identified");
  });
});

describe("placeSlug", () => {
  it("makes an id-safe slug", () => {
    expect(placeSlug("Kherson")).toBe("kherson");
    expect(placeSlug("Bila Tserkva")).toBe("bila-tserkva");
    expect(placeSlug("Zaporizhzhia (city)")).toBe("zaporizhzhia-city");
  });
});
