import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { servedFile, servedFileNames } from "./served-files";

const root = mkdtempSync(join(tmpdir(), "counterclaim-served-"));
mkdirSync(join(root, "charts"));
writeFileSync(join(root, "charts", "a.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
writeFileSync(join(root, "charts", "a.csv"), "x\n1\n");
writeFileSync(join(root, "charts", "notes.txt"), "not served");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("served files", () => {
  it("lists the files of the types the site serves, and nothing for a folder not made", () => {
    expect(servedFileNames("charts", root)).toEqual(["a.csv", "a.png"]);
    expect(servedFileNames("fonts", root)).toEqual([]);
  });

  it("answers a file with its bytes and type", async () => {
    const response = servedFile("charts", "a.png", root);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(servedFile("charts", "a.csv", root).headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });

  it("answers 404 for any other name, including paths out of the folder", () => {
    for (const name of ["b.png", "notes.txt", "../charts/a.png", "%2e%2e"]) expect(servedFile("charts", name, root).status, name).toBe(404);
  });
});
