/**
 * V8 grows a large heap by up to several times its size before it collects again, so a big synth
 * peaks far above what it keeps alive: at 1,000 SLOs about 220 MiB live after each full
 * collection, yet 850-1,000 MiB peak RSS. Once the heap passes HEAP_GROWTH_FROM, synth asks V8
 * to grow it by 20% at a time instead (a soft setting: the heap still grows as far as it must),
 * which brings that peak under 600 MiB. Small synths never reach the threshold: for them the
 * default is faster (measured 5-7% on the bundled definitions).
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";

export const HEAP_GROWTH_FROM = 256 * 1024 * 1024;

let moderated = false;

/** Moderates heap growth once the used heap (bytes) passes HEAP_GROWTH_FROM; true once it has. */
export function moderateHeapGrowth(used: number = getHeapStatistics().used_heap_size): boolean {
  if (!moderated && used > HEAP_GROWTH_FROM) {
    setFlagsFromString("--heap-growing-percent=20");
    moderated = true;
  }
  return moderated;
}
