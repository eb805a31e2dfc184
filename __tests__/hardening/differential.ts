/**
 * The verdict of a differential test: the model and promtool must agree on every sample, accept
 * and reject, and the sample must hold enough of both kinds to prove anything. The seed is printed.
 */
export function expectAgreement<T>(
  what: string,
  seed: number,
  samples: readonly T[],
  refused: ReadonlySet<number>,
  model: (sample: T) => string | undefined,
  show: (sample: T) => string,
): void {
  const disagreements = samples.flatMap((s, i) => {
    const verdict = model(s);
    const promtool = refused.has(i);
    return (verdict !== undefined) === promtool
      ? []
      : [`${show(s)}: model ${verdict ?? "accepts"}; promtool ${promtool ? "refuses" : "accepts"}`];
  });
  process.stdout.write(
    `${what} differential (seed ${seed}): ${samples.length} samples, ${refused.size} refused by promtool, ${disagreements.length} disagreements\n`,
  );
  expect({ seed, disagreements }).toEqual({ seed, disagreements: [] });
  expect(refused.size).toBeGreaterThan(20);
  expect(samples.length - refused.size).toBeGreaterThan(20);
}
