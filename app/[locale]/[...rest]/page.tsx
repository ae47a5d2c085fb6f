import { notFound } from "next/navigation";

/** Any path under an edition that names no page: the site's 404 (a root layout's not-found covers only notFound() calls). */
export default function NoSuchPage() {
  notFound();
}
