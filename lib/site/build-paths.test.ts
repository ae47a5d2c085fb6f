import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPaths } from "./build-paths";

describe("buildPaths", () => {
  it("defaults to generated/ and .next", () => {
    const paths = buildPaths({});
    expect(paths.root).toBe(resolve("generated"));
    expect(paths.nextDir).toBe(".next");
    expect(paths.charts).toBe(join(resolve("generated"), "charts"));
  });

  it("puts every generated file under COUNTERCLAIM_GENERATED, and Next's output in COUNTERCLAIM_NEXT_DIR", () => {
    const paths = buildPaths({ COUNTERCLAIM_GENERATED: "generated-hostile", COUNTERCLAIM_NEXT_DIR: ".next-hostile" });
    expect(paths.nextDir).toBe(".next-hostile");
    for (const path of [paths.charts, paths.files, paths.siteUrl]) expect(path.startsWith(resolve("generated-hostile") + "/")).toBe(true);
  });

  it("treats a blank value as unset", () => {
    expect(buildPaths({ COUNTERCLAIM_GENERATED: " ", COUNTERCLAIM_NEXT_DIR: "" })).toMatchObject({ root: resolve("generated"), nextDir: ".next" });
  });
});
