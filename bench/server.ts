import { type ChildProcess, spawn } from "node:child_process";

/**
 * Starts the site as `npm start` serves it (scripts/serve.mjs: Next's handler behind compression,
 * brotli included) on a loopback port, from the last build; resolves once the home page answers.
 */
export async function startSite(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`the site's server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`the site's server did not answer on ${port}`);
}
