/** One CLI sub-command. run returns the exit code. */
export interface CliCommand {
  summary: string;
  run(args: string[]): Promise<number>;
}
