import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Page not found",
  description: "There is no page at this address.",
};

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link href="/">The comparisons</Link> and <Link href="/claims">every claim</Link> are here.
      </p>
    </>
  );
}
