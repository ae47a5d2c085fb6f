import { loadDataset } from "@/lib/dataset/load";

export default function Home() {
  const dataset = loadDataset();
  return (
    <main>
      <h1>Counterclaim</h1>
      <p>
        {dataset.claims.length} claims from {dataset.sources.length} reports, each with its verbatim quote.
      </p>
      <ul>
        <li><a href="/data/claims.json">claims.json</a></li>
        <li><a href="/data/claims.csv">claims.csv</a></li>
        <li><a href="/data/schema.json">schema.json</a></li>
      </ul>
    </main>
  );
}
