import { defineConfig, devices } from "@playwright/test";
export default defineConfig({
  testDir: "../e2e",
  testMatch: /reviews-a-report\.spec\.ts$/,
  workers: 1,
  reporter: [["list"]],
  use: { ...devices["Desktop Chrome"], channel: undefined, launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] } },
});
