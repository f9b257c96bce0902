// `fields=name,email` on the list routes: keep only those keys (and `_id`, which identifies the record).
export function pickFields<T extends Record<string, unknown>>(
  doc: T,
  fields: string[] | undefined,
): Partial<T> {
  if (fields === undefined) return doc;
  const out: Record<string, unknown> = { _id: doc._id };
  for (const f of fields) if (Object.hasOwn(doc, f)) out[f] = doc[f];
  return out as Partial<T>;
}
