/** Ids the imports make: kebab-case within the model's length, and unique among the ones taken. */
import { MAX_ID_LENGTH } from "../model/checks";

/** `id` cut to `max` characters at a word boundary where there is one. */
export function shortened(id: string, max: number = MAX_ID_LENGTH): string {
  if (id.length <= max) return id;
  const cut = id.slice(0, max + 1);
  const dash = cut.lastIndexOf("-");
  return (dash > 0 ? cut.slice(0, dash) : cut.slice(0, max)).replace(/-+$/, "");
}

/** `base`, or `base-2`, `base-3`... (still within the model's length): the first not in `taken`, which it joins. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${shortened(base, MAX_ID_LENGTH - String(n).length - 1)}-${n}`;
  taken.add(id);
  return id;
}
