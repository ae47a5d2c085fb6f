import type { z } from "zod";

/** One thing wrong in the data, said so that the person editing the file can find and fix it. */
export interface DataError {
  /** Path of the file, as given to the validator. */
  file: string;
  /** The id of the record (claim, claimant, comparison…), or its position when it has no usable id. */
  record?: string;
  /** Dotted path of the field inside the record. */
  field?: string;
  expected: string;
  found: string;
}

export function formatError(e: DataError): string {
  const where = [e.file, e.record && `record "${e.record}"`, e.field && `field "${e.field}"`].filter(Boolean).join(", ");
  return `${where}: expected ${e.expected}; found ${e.found}`;
}

/** A short, readable rendering of a value found in the data. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return "an object";
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return /^[aeiou]/.test(issue.expected) ? `an ${issue.expected}` : `a ${issue.expected}`;
    case "invalid_value":
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) {
        return `one of ${issue.options.map((v: unknown) => JSON.stringify(v)).join(", ")}`;
      }
      return issue.message;
    case "invalid_format":
      return issue.format === "date" ? "a date written YYYY-MM-DD" : `text in the format ${issue.format}`;
    case "too_small":
      if (issue.origin === "string") return "a non-empty text";
      if (issue.origin === "array") return issue.minimum === 1 ? "at least one item" : `at least ${String(issue.minimum)} items`;
      return `at least ${String(issue.minimum)}`;
    case "too_big":
      return `at most ${String(issue.maximum)}`;
    case "unrecognized_keys":
      return "only the fields the format defines";
    default:
      return issue.message;
  }
}

/**
 * Turns zod's issues for one file into DataErrors. `recordsAt` names the list in the file whose items
 * carry ids ("claims"), so an issue at claims[3].value is reported against the claim's id.
 */
export function zodIssuesToErrors(file: string, root: unknown, issues: readonly z.core.$ZodIssue[]): DataError[] {
  return issues.map((issue) => {
    const path = [...issue.path];
    let record: string | undefined;
    let fieldPath = path;
    const listIndex = path.findIndex((key) => typeof key === "number");
    if (listIndex >= 0) {
      const item = valueAt(root, path.slice(0, listIndex + 1));
      const id = item && typeof item === "object" ? ((item as Record<string, unknown>).id ?? (item as Record<string, unknown>).slug) : undefined;
      record = typeof id === "string" ? id : `${path.slice(0, listIndex + 1).map(String).join("[")}]`;
      fieldPath = path.slice(listIndex + 1);
    } else if (path[0] === "source") {
      const id = valueAt(root, ["source", "id"]);
      record = typeof id === "string" ? id : "source";
      fieldPath = path.slice(1);
    } else {
      const id = valueAt(root, ["slug"]) ?? valueAt(root, ["id"]);
      if (typeof id === "string") record = id;
    }
    if (issue.code === "unrecognized_keys") {
      return {
        file,
        record,
        field: [...fieldPath, issue.keys.join(", ")].map(String).join("."),
        expected: expectedOf(issue),
        found: `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`,
      };
    }
    return {
      file,
      record,
      field: fieldPath.length > 0 ? fieldPath.map(String).join(".") : undefined,
      expected: expectedOf(issue),
      found: describeValue(valueAt(root, path)),
    };
  });
}
