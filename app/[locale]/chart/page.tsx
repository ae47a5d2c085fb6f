import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import Link from "next/link";
import { ChartDownloads } from "@/components/chart/ChartDownloads";
import { ChartPicker } from "@/components/chart/ChartPicker";
import { SeriesSections } from "@/components/chart/SeriesSections";
import { EmbedThisChart } from "@/components/embed/EmbedThisChart";
import { type PageSearch, searchParamsOf } from "@/lib/http/search-params";
import { pageMetadata } from "@/lib/site/metadata";
import { catalogueIn, customSharing, customView, customPaths, parseCustomQuery } from "@/lib/site/custom-views";
import { translator } from "@/lib/i18n/translate";
import { localePath } from "@/lib/i18n/locales";
import { siteOrigin, sitePaths } from "@/lib/site/site";

// Any topic over any days: drawn per request (proxy.ts has checked the query and answered 400 for a bad one).
export const dynamic = "force-dynamic";

type Search = Promise<PageSearch>;

export async function generateMetadata({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = translator(locale);
  const parsed = parseCustomQuery(searchParamsOf(await searchParams));
  if (!parsed.ok) return pageMetadata({ locale, title: t("chart.anyChart.title"), description: t("chart.anyChart.description"), path: sitePaths.chart.page });
  const { chart } = customView(parsed.query, locale);
  const paths = customPaths(parsed.query, locale);
  // pageMetadata adds the edition to the path itself.
  const metadata = pageMetadata({ locale, title: chart.title, description: chart.summary, path: customPaths(parsed.query).page, image: paths.png, imageAlt: t("chart.page.chartAlt", { title: chart.title }) });
  const oembed = { url: `${siteOrigin()}${sitePaths.oembedEndpoint}?url=${encodeURIComponent(siteOrigin() + paths.page)}&format=json`, title: chart.title };
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/json+oembed": [oembed] } } };
}

export default async function ChartPage({ params: route, searchParams }: { params: Promise<{ locale: string }>; searchParams: Search }) {
  const locale = await localeOf(route);
  const t = translator(locale);
  const params = searchParamsOf(await searchParams);
  const topics = catalogueIn(locale);
  if ([...params.keys()].length === 0) {
    return (
      <>
        <h1>{t("chart.anyChart.heading")}</h1>
        <p className="cc-dek">{t("chart.anyChart.dek")}</p>
        <ChartPicker catalogue={topics} locale={locale} />
        <section aria-labelledby="topics-title">
          <h2 id="topics-title">{t("chart.anyChart.topics")}</h2>
          <ul className="cc-topic-list">
            {topics.topics.map((topic) => (
              <li key={topic.id}>
                <Link href={`${localePath(locale, sitePaths.chart.page)}?topic=${topic.id}`}>{topic.name}</Link>{" "}
                <span className="cc-muted">{t("chart.anyChart.topicLines", { count: topic.lines.length, labels: topic.lines.map((l) => l.label).join("; ") })}</span>
              </li>
            ))}
          </ul>
          <p>{t.rich("chart.anyChart.readyMade", { link: (chunks) => <Link href={`${localePath(locale, "/")}#comparisons`}>{chunks}</Link> })}</p>
        </section>
      </>
    );
  }
  const parsed = parseCustomQuery(params);
  if (!parsed.ok) {
    return (
      <>
        <h1>{t("chart.anyChart.cannot")}</h1>
        <p>{parsed.message}</p>
        <ChartPicker catalogue={topics} locale={locale} />
      </>
    );
  }
  const { query } = parsed;
  const view = customView(query, locale);
  const sharing = customSharing(query, locale);
  return (
    <>
      <p className="cc-kicker">
        <Link href={localePath(locale, sitePaths.chart.page)}>{t("chart.anyChart.title")}</Link>
      </p>
      <SeriesSections view={view} />
      <section aria-labelledby="change-title">
        <h2 id="change-title">{t("chart.anyChart.change")}</h2>
        <ChartPicker catalogue={topics} query={query} locale={locale} />
      </section>
      <ChartDownloads sharing={sharing} locale={locale} />
      <EmbedThisChart sharing={sharing} locale={locale} />
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t("chart.page.notes")}</h2>
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
