/**
 * Stack names and where their state is kept. Each stack is its own Terraform state: two stacks
 * of one name would write one folder under cdktf.out/stacks and one state key.
 */

/** Stack names: `<target>-<environment>`, and `<target>-<environment>-<team>` for a team's stack. */
export function stackName(target: string, environment: string, team?: string): string {
  return team === undefined ? `${target}-${environment}` : `${target}-${environment}-${team}`;
}

/** The state key of a stack under a bucket's prefix: `<prefix>/<stack>`, or the stack's name without one. */
export const stateKey = (prefix: string, stack: string): string => (prefix ? `${prefix}/${stack}` : stack);

/**
 * A stack's local state file, relative to its folder (cdktf.out/stacks/<stack>): the state lands
 * in the project root and synth output holds no absolute path.
 */
export const localStatePath = (stack: string): string => `../../../terraform.${stack}.tfstate`;
