/** What a run of the CLI needs from the outside world (so tests can drive it in-process). */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, or at least its first `max` bytes when it is longer (it need not be read further). */
  stdin(max: number): Uint8Array;
  isTTY: boolean;
  /**
   * The program's entry file, which also serves as a `--jobs` worker (`src/cli/main.ts`). Without it
   * (the CLI run in-process, as tests do) every file is linted on the calling thread.
   */
  workerScript?: string | URL;
}
