import type { Metadata } from "next";
import { localeOf } from "@/lib/i18n/params";
import Link from "next/link";
import { pageMetadata } from "@/lib/site/metadata";
import { claimantsView } from "@/lib/site/views";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeOf(params);
  return pageMetadata({
    locale,
  title: "Claimants",
  description: "Who makes the claims: ministries, officials, UN bodies and unnamed sources, each with the claims the reports attribute to them.",
  path: "/claimants",
  });
}

export default function ClaimantsPage() {
  const claimants = claimantsView();
  return (
    <>
      <h1>Claimants</h1>
      <p className="cc-dek">Who makes the claims, as the reports name them. Each keeps its colour on every chart.</p>
      <ul className="cc-link-list">
        {claimants.map(({ claimant, colour, kind, side, claims }) => (
          <li key={claimant.id}>
            <span className="cc-swatch" style={{ background: colour }} aria-hidden="true" /> <Link href={`/claimants/${claimant.id}`}>{claimant.name}</Link>{" "}
            <span className="cc-muted">
              — {kind === side ? kind : `${kind}, ${side}`}; {claims} {claims === 1 ? "claim" : "claims"}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
