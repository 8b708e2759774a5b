/** A CLI command: parse its own arguments, write to stdout/stderr, return the exit code. */
export interface Command {
  /** One line for --help: usage and what it does. */
  usage: string;
  run(args: string[]): number | Promise<number>;
}

/** Wrong arguments: exit code 2 and a hint to --help. */
export class UsageError extends Error {}
