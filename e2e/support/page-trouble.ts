import type { Page } from "@playwright/test";

/**
 * Everything on a page that should never happen, from the moment it is watched: a dialog (dismissed,
 * so the page goes on), a console error, an uncaught exception. The caller expects the list empty.
 */
export function watchForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on("dialog", (dialog) => {
    trouble.push(`dialog: ${dialog.type()} "${dialog.message()}"`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") trouble.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => trouble.push(`page error: ${error.message}`));
  return trouble;
}
