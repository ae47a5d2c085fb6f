import { describe, expect, it } from "vitest";
import { comparisonImage, pageMetadata } from "./metadata";

describe("pageMetadata", () => {
  it("gives a comparison its own 1200×630 share image on Open Graph and Twitter", () => {
    const meta = pageMetadata({ locale: "en", title: "T", description: "D", path: "/compare/x", image: comparisonImage("x"), imageAlt: "Chart" });
    expect(meta.openGraph?.images).toEqual([{ url: "/charts/x.png", width: 1200, height: 630, alt: "Chart" }]);
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", images: [{ url: "/charts/x.png" }] });
    expect(meta).toMatchObject({ title: "T", description: "D", alternates: { canonical: "/compare/x" } });
  });

  it("states a taller card's real size", () => {
    const meta = pageMetadata({ locale: "en", title: "T", description: "D", path: "/compare/x", image: comparisonImage("x"), imageSize: { width: 1200, height: 1428 }, imageAlt: "Chart" });
    expect(meta.openGraph?.images).toEqual([{ url: "/charts/x.png", width: 1200, height: 1428, alt: "Chart" }]);
  });

  it("gives inherited defaults no address of their own", () => {
    const meta = pageMetadata({ locale: "en", title: "T", description: "D" });
    expect(meta.alternates).toBeUndefined();
    expect(meta.openGraph).not.toHaveProperty("url");
  });

  it("names the page in every edition (hreflang), its canonical address in its own", () => {
    const meta = pageMetadata({ locale: "uk", title: "T", description: "D", path: "/compare/x", image: comparisonImage("x") });
    expect(meta.alternates).toEqual({
      canonical: "/uk/compare/x",
      languages: { en: "/compare/x", uk: "/uk/compare/x", ru: "/ru/compare/x", "x-default": "/compare/x" },
    });
    expect(meta.openGraph).toMatchObject({ url: "/uk/compare/x", locale: "uk_UA", images: [{ url: "/uk/charts/x.png" }] });
    expect(pageMetadata({ locale: "ru", title: "T", description: "D", path: "/" }).alternates?.canonical).toBe("/ru");
  });

  it("uses the site image by default", () => {
    expect(pageMetadata({ locale: "en", title: "T", description: "D", path: "/" }).openGraph?.images).toEqual([expect.objectContaining({ url: "/charts/site.png" })]);
  });
});
