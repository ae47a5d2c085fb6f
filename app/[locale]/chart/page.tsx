import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import Link from "next/link";
import { ChartDownloads } from "@/components/chart/ChartDownloads";
import { ChartPicker } from "@/components/chart/ChartPicker";
import { SeriesSections } from "@/components/chart/SeriesSections";
import { EmbedThisChart } from "@/components/embed/EmbedThisChart";
import { type PageSearch, searchParamsOf } from "@/lib/http/search-params";
import { pageMetadata } from "@/lib/site/metadata";
import { catalogue, customSharing, customView, customPaths, parseCustomQuery } from "@/lib/site/custom-views";
import { siteOrigin, sitePaths } from "@/lib/site/site";

// Any topic over any days: drawn per request (proxy.ts has checked the query and answered 400 for a bad one).
export const dynamic = "force-dynamic";

type Search = Promise<PageSearch>;

export async function generateMetadata({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }): Promise<Metadata> {
  const locale = await localeOf(params);
  const parsed = parseCustomQuery(searchParamsOf(await searchParams));
  if (!parsed.ok) return pageMetadata({ locale, title: "Chart any topic", description: "Chart each side's claims on any topic, over any dates, as published by any day.", path: sitePaths.chart.page });
  const { chart } = customView(parsed.query);
  const paths = customPaths(parsed.query);
  const metadata = pageMetadata({ locale, title: chart.title, description: chart.summary, path: paths.page, image: paths.png, imageAlt: `Chart: ${chart.title}` });
  const oembed = { url: `${siteOrigin()}${sitePaths.oembedEndpoint}?url=${encodeURIComponent(siteOrigin() + paths.page)}&format=json`, title: chart.title };
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/json+oembed": [oembed] } } };
}

export default async function ChartPage({ searchParams }: { searchParams: Search }) {
  const params = searchParamsOf(await searchParams);
  const topics = catalogue();
  if ([...params.keys()].length === 0) {
    return (
      <>
        <h1>Chart any topic, over any dates</h1>
        <p className="cc-dek">
          Choose what is counted, whose losses, the days, and if you like the day the chart should stand as published. Every point keeps its quote
          or table cell.
        </p>
        <ChartPicker catalogue={topics} />
        <section aria-labelledby="topics-title">
          <h2 id="topics-title">Topics</h2>
          <ul className="cc-topic-list">
            {topics.topics.map((t) => (
              <li key={t.id}>
                <Link href={`${sitePaths.chart.page}?topic=${t.id}`}>{t.name}</Link>{" "}
                <span className="cc-muted">
                  — {t.lines.length} lines: {t.lines.map((l) => l.label).join("; ")}
                </span>
              </li>
            ))}
          </ul>
          <p>
            Ready-made comparisons: <Link href="/#comparisons">on the home page</Link>.
          </p>
        </section>
      </>
    );
  }
  const parsed = parseCustomQuery(params);
  if (!parsed.ok) {
    return (
      <>
        <h1>This chart cannot be drawn</h1>
        <p>{parsed.message}</p>
        <ChartPicker catalogue={topics} />
      </>
    );
  }
  const { query } = parsed;
  const view = customView(query);
  const sharing = customSharing(query);
  return (
    <>
      <p className="cc-kicker">
        <Link href={sitePaths.chart.page}>Chart any topic</Link>
      </p>
      <SeriesSections view={view} />
      <section aria-labelledby="change-title">
        <h2 id="change-title">Change this chart</h2>
        <ChartPicker catalogue={topics} query={query} />
      </section>
      <ChartDownloads sharing={sharing} />
      <EmbedThisChart sharing={sharing} />
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">Notes and methodology</h2>
        <ul>
          {view.chart.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        <p>{view.chart.methodology}</p>
      </section>
    </>
  );
}
