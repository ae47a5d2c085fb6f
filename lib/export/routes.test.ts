import { describe, expect, it } from "vitest";
import { kindOfPath } from "./routes";

const SLUGS = ["armour-claims", "armour-claims-2024", "equipment-losses"];

describe("kindOfPath: a handled path with its comparison's slug put as *", () => {
  it("takes the longest slug the path names, so a range page is not read as its comparison plus a suffix", () => {
    expect(kindOfPath("/charts/armour-claims-2024-chart-narrow.svg", SLUGS)).toBe("/charts/*-chart-narrow.svg");
    expect(kindOfPath("/charts/armour-claims-chart-narrow.svg", SLUGS)).toBe("/charts/*-chart-narrow.svg");
    expect(kindOfPath("/uk/charts/armour-claims-points.json", SLUGS)).toBe("/uk/charts/*-points.json");
    expect(kindOfPath("/charts/equipment-losses-600.png", SLUGS)).toBe("/charts/*-600.png");
  });

  it("keeps the edition and the query: each theme of each edition's embeds is a kind", () => {
    expect(kindOfPath("/embed/equipment-losses", SLUGS)).toBe("/embed/*");
    expect(kindOfPath("/ru/embed/armour-claims-2024?theme=dark", SLUGS)).toBe("/ru/embed/*?theme=dark");
    expect(kindOfPath("/oembed/armour-claims.json", SLUGS)).toBe("/oembed/*.json");
  });

  it("leaves a path that names no comparison as it is, and a slug only where a whole segment starts with it", () => {
    expect(kindOfPath("/data/claims.json", SLUGS)).toBe("/data/claims.json");
    expect(kindOfPath("/embed.js", SLUGS)).toBe("/embed.js");
    expect(kindOfPath("/charts/armour-claimsx.svg", SLUGS)).toBe("/charts/armour-claimsx.svg");
  });
});
