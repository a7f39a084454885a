/** Prints a result: JSON for scripts with --json, a few plain lines for people otherwise. */
export function printResult(json: boolean, value: unknown, human: string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human}\n`);
}

export function warn(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** "1 member", "3 members". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
