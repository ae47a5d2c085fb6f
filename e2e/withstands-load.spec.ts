import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { PORTS } from "./support/ports";

// A bounded load on loopback against a `next start` of our own, so its memory can be read after.
const PORT = PORTS.load;
const BASE = `http://127.0.0.1:${PORT}`;
// The chart's CSV: /data/claims.csv is 23 MB, and hundreds of copies of it would measure the loopback, not the server.
const PATHS = ["/embed/equipment-losses", "/compare/equipment-losses", "/charts/equipment-losses.csv"];
// Enough concurrent requests to show errors or a leak under load; how fast it serves is npm run bench's
// business (its throughput part), not a test's.
const REQUESTS_EACH = 300;

/** Resident memory of a process and its children, in MiB, from /proc. */
function treeRssMiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(join("/proc", entry, "stat"), "utf8").split(") ")[1]?.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let kib = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(join("/proc", String(pid), "status"), "utf8"));
      kib += Number(match?.[1] ?? 0);
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return Math.round(kib / 1024);
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

test.describe("the site under a bounded load", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });
  let server: ChildProcess;

  test.beforeAll(async () => {
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(PORT)], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    await waitForServer(`${BASE}/`, 30_000);
  });

  test.afterAll(() => {
    server.kill();
  });

  test("serves embed, comparison and CSV with zero errors, and reports its memory", async ({}, testInfo) => {
    const results = [];
    for (const path of PATHS) {
      const result = await autocannon({ url: `${BASE}${path}`, connections: 10, amount: REQUESTS_EACH, timeout: 30 });
      results.push({ path, requests: result.requests.total, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, rps: Math.round(result.requests.average) });
    }
    const rssMiB = treeRssMiB(server.pid as number);
    const summary = { results, serverRssMiBAfter: rssMiB };
    console.log(JSON.stringify(summary));
    await testInfo.attach("load.json", { body: JSON.stringify(summary, null, 2), contentType: "application/json" });
    for (const r of results) {
      expect(r, r.path).toMatchObject({ requests: REQUESTS_EACH, errors: 0, timeouts: 0, non2xx: 0 });
    }
    expect(rssMiB).toBeGreaterThan(0);
    expect(rssMiB).toBeLessThan(1536);
  });
});
