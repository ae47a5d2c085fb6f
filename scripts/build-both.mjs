/**
 * npm test's build: the site and the hostile-input test site (scripts/build-hostile.ts) at once. Each
 * build has long stretches on one core (the prebuild's checks and drawings, Next's page data), so
 * together they finish sooner than one after the other. Each line is prefixed with the build it
 * comes from; either failing fails this, with its code.
 */
import { spawn } from "node:child_process";

const builds = [
  { name: "hostile", args: ["run", "build:hostile"] },
  { name: "site", args: ["run", "build"] },
];

function run({ name, args }) {
  return new Promise((done) => {
    const child = spawn("npm", args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    const prefix = (stream, out) => {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) out.write(`[${name}] ${line}\n`);
      });
      stream.on("end", () => rest && out.write(`[${name}] ${rest}\n`));
    };
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    child.on("close", (code, signal) => done({ name, code: code ?? (signal ? 1 : 0) }));
  });
}

const results = await Promise.all(builds.map(run));
const failed = results.filter((r) => r.code !== 0);
for (const { name, code } of failed) console.error(`build-both: the ${name} build failed (exit code ${code}).`);
process.exit(failed.length > 0 ? failed[0].code : 0);
