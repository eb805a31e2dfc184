/**
 * Validation problems. Every problem names the definition (kind and id) and the field, so a
 * user can find it without a stack trace. A run collects all problems before it fails.
 */
export interface Problem {
  /** e.g. `slo "api-availability"` */
  readonly where: string;
  /** e.g. `objective` or `alerting.tiers.ticket.longWindow` */
  readonly field: string;
  readonly message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.where}: ${problem.field}: ${problem.message}`;
}

export class DefinitionError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the definitions:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join("\n"),
    );
    this.name = "DefinitionError";
  }
}

/** Collects problems for one definition at a time. */
export class Problems {
  private readonly list: Problem[] = [];

  /** Adds a problem once: a check repeated per environment reports the same problem once. */
  add(where: string, field: string, message: string): void {
    if (this.list.some((p) => p.where === where && p.field === field && p.message === message)) return;
    this.list.push({ where, field, message });
  }

  get all(): readonly Problem[] {
    return this.list;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new DefinitionError(this.list);
  }
}
