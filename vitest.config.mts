import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "bench/**/*.test.ts", "lib/**/*.test.tsx", "components/**/*.test.tsx", "scripts/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**", ".next/**"],
    environment: "node",
    // Some tests run the CLI scripts as child processes (tsx startup is ~1 s, more on a loaded machine).
    testTimeout: 30_000,
  },
});
