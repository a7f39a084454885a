/**
 * The one error the CSV layer throws for a file it cannot read. Its message is a single sentence
 * meant for the person who chose the file (the CLI prints it as is, the UI shows it); it never
 * quotes cell contents, because a member's details must not end up in a log line or a crash report.
 */
export class CsvError extends Error {
  override readonly name = 'CsvError';

  /**
   * @param message one human sentence, e.g. "Line 7: a quoted field is never closed."
   * @param line the 1-based line of the file the problem is on, when there is one
   */
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}
