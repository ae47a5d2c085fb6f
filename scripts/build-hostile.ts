/**
 * npm run build:hostile: `npm run build` from the hostile fixture dataset, into .next-hostile and
 * generated-hostile, for e2e/hostile-input.spec.ts. The normal build's folders are not touched.
 */
import { execFileSync } from "node:child_process";
import { HOSTILE_SITE_ENV } from "./hostile-site";

execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, ...HOSTILE_SITE_ENV } });
