import type { ParseArgsConfig } from 'node:util';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandContext {
  /** Positional arguments after the command words. */
  args: string[];
  options: Record<string, string | boolean | string[] | undefined>;
  json: boolean;
  passphraseFile: string | undefined;
}

export interface Command {
  /** One or two words: `init`, `members import`. */
  name: string;
  usage: string;
  summary: string;
  /** How many positionals it takes (min, max). */
  positionals: [number, number];
  options?: OptionSpec;
  /** Options that must be present. */
  required?: string[];
  run(context: CommandContext): Promise<void>;
}
