/** A page's `searchParams` as Next hands them to it (a value, several, or none a name) back as URLSearchParams, every value kept. */
export type PageSearch = Record<string, string | string[] | undefined>;

export function searchParamsOf(search: PageSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, v);
  return params;
}
