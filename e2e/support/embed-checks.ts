import { type Locator, type Page, expect } from "@playwright/test";

/** The iframe a host page carries for one comparison's embed. */
export function embedFrame(page: Page, slug: string): { frame: Locator; inside: ReturnType<Page["frameLocator"]> } {
  const selector = `iframe[src$="/embed/${slug}"]`;
  return { frame: page.locator(selector), inside: page.frameLocator(selector) };
}

/** The chart is there: its title, and the chart drawn at the size that fits, with its bars. */
export async function expectChartVisible(page: Page, slug: string, title: string): Promise<void> {
  const { inside } = embedFrame(page, slug);
  await expect(inside.getByRole("heading", { name: title })).toBeVisible();
  const chart = inside.locator(".ch svg").filter({ visible: true });
  await expect(chart).toHaveCount(1);
  await expect(chart.locator(".cc-figure rect").first()).toBeVisible();
  await expect(inside.locator(".src")).toContainText("Sources:");
}

/** Where the embed's content ends, and where its frame ends, in the host page's coordinates. */
export async function frameAndContent(page: Page, slug: string): Promise<{ frameHeight: number; frameBottom: number; contentBottom: number; contentHeight: number }> {
  const { frame, inside } = embedFrame(page, slug);
  const outer = await frame.boundingBox();
  const content = await inside.locator("#cc-embed").boundingBox();
  if (!outer || !content) throw new Error("the embed's frame or content has no box");
  return { frameHeight: outer.height, frameBottom: outer.y + outer.height, contentBottom: content.y + content.height, contentHeight: content.height };
}

/** With the resize script: the frame is as tall as its content (to the pixel, give or take rounding). */
export async function expectFrameFitsContent(page: Page, slug: string): Promise<void> {
  await expect
    .poll(async () => {
      const { frameHeight, contentHeight } = await frameAndContent(page, slug);
      return Math.abs(frameHeight - contentHeight);
    })
    .toBeLessThanOrEqual(1.5);
}

/** Without it: the default height holds the whole embed, footer included, with no scrolling. */
export async function expectWholeEmbedShown(page: Page, slug: string): Promise<void> {
  const { frameBottom, contentBottom } = await frameAndContent(page, slug);
  expect(contentBottom).toBeLessThanOrEqual(frameBottom);
}
