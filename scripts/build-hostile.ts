/**
 * npm run build:hostile: `npm run build` from the hostile fixture dataset, into .next-hostile and
 * generated-hostile, for e2e/hostile-input.spec.ts. The normal build's folders are not touched.
 */
import { execFileSync } from "node:child_process";
import { HOSTILE_SITE_ENV } from "./hostile-site";

// Not type-checked again: the code is the normal build's, which does check it (npm test runs it next; so
// does npm start). COUNTERCLAIM_TYPECHECK_HOSTILE=1 checks it here as well.
const skipTypecheck = process.env.COUNTERCLAIM_TYPECHECK_HOSTILE === "1" ? {} : { COUNTERCLAIM_SKIP_TYPECHECK: "1" };
execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, ...HOSTILE_SITE_ENV, ...skipTypecheck } });
