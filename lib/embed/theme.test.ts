import { describe, expect, it } from "vitest";
import { themeFromQuery, themedEmbedFile } from "./theme";

describe("themeFromQuery", () => {
  it("takes light and dark exactly, and anything else as the reader's own preference", () => {
    expect(themeFromQuery(new URLSearchParams("theme=dark"))).toBe("dark");
    expect(themeFromQuery(new URLSearchParams("theme=light"))).toBe("light");
    for (const value of ["", "theme=auto", "theme=DARK", "theme=dark;", `theme=%22%3E%3Cscript%3E`]) expect(themeFromQuery(new URLSearchParams(value)), value).toBe("auto");
  });
  it("names each theme's file in a static export", () => {
    expect(themedEmbedFile("x", "auto")).toBe("embed/x.html");
    expect(themedEmbedFile("x", "dark")).toBe("embed/x.theme-dark.html");
  });
});
