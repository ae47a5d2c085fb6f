import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { servedFile, servedFileNames } from "./served-files";

const root = mkdtempSync(join(tmpdir(), "counterclaim-served-"));
mkdirSync(join(root, "charts"));
writeFileSync(join(root, "charts", "a.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
writeFileSync(join(root, "charts", "a.csv"), "x\n1\n");
writeFileSync(join(root, "charts", "notes.txt"), "not served");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://site.example${path}`, { headers });

describe("served files", () => {
  it("lists the files of the types the site serves", () => {
    expect(servedFileNames("charts", root)).toEqual(["a.csv", "a.png"]);
  });

  it("answers a file with its bytes and type", async () => {
    const response = servedFile(get("/charts/a.png"), "charts", "a.png", root);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(servedFile(get("/charts/a.csv"), "charts", "a.csv", root).headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });

  it("sends text compressed to a client that accepts it, and an image as it is", async () => {
    const csv = servedFile(get("/charts/a.csv", { "accept-encoding": "gzip" }), "charts", "a.csv", root);
    expect(csv.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await csv.arrayBuffer())).toString()).toBe("x\n1\n");
    expect(servedFile(get("/charts/a.png", { "accept-encoding": "gzip, br" }), "charts", "a.png", root).headers.get("content-encoding")).toBeNull();
  });

  it("answers 404 for any other name, including paths out of the folder", () => {
    for (const name of ["b.png", "notes.txt", "../charts/a.png", "%2e%2e"]) expect(servedFile(get(`/charts/${name}`), "charts", name, root).status, name).toBe(404);
  });
});
