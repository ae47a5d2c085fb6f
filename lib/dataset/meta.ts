import { z } from "zod";

/** data/dataset.json: what the dataset is called and which version it is. */
export const DatasetMeta = z.strictObject({
  title: z.string().min(1),
  /** Raised by hand whenever a record is added or changed; exports and citations quote it. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "a version such as 1.0.0"),
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;
