import { describe, expect, it } from "vitest";
import { localePath, splitLocale } from "./locales";
import { formatDateIn, formatNumberIn } from "./format";

describe("edition paths", () => {
  it("puts English at the site's paths and the others under their code", () => {
    expect(localePath("en", "/compare/x")).toBe("/compare/x");
    expect(localePath("uk", "/compare/x")).toBe("/uk/compare/x");
    expect(localePath("ru", "/")).toBe("/ru");
  });

  it("splits a request's path back into its edition and the site path", () => {
    expect(splitLocale("/uk/compare/x")).toEqual({ locale: "uk", path: "/compare/x" });
    expect(splitLocale("/ru")).toEqual({ locale: "ru", path: "/" });
    expect(splitLocale("/compare/x")).toEqual({ locale: "en", path: "/compare/x" });
    // Not an edition's code: a path of its own.
    expect(splitLocale("/ukraine")).toEqual({ locale: "en", path: "/ukraine" });
  });
});

describe("figures and dates in each edition", () => {
  it("writes numbers by each language's rules, whole from a thousand", () => {
    expect(formatNumberIn("en", 29698)).toBe("29,698");
    expect(formatNumberIn("uk", 29698).replace(/\s/g, " ")).toBe("29 698");
    expect(formatNumberIn("ru", 417284.01).replace(/\s/g, " ")).toBe("417 284");
  });

  it("writes dates by each language's rules, English as the site always has", () => {
    expect(formatDateIn("en", "2024-09-01")).toBe("1 Sep 2024");
    expect(formatDateIn("uk", "2024-12-31")).toBe("31 груд. 2024 р.");
    expect(formatDateIn("ru", "2024-12-31")).toBe("31 дек. 2024 г.");
  });
});
