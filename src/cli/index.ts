/**
 * The `chapterhouse` command line: the same service as the app, for scripting, recovery and
 * tests. Exit codes: 0 success, 1 a user error (one line on stderr), 2 a usage error.
 */
import { parseArgs } from 'node:util';
import { isUserError } from '../main/errors';
import type { Command } from './command';
import { backupCommands } from './commands/backup';
import { campaignCommands } from './commands/campaigns';
import { committeeCommands } from './commands/committee';
import { exchangeCommands } from './commands/exchange';
import { meetingCommands } from './commands/meetings';
import { memberCommands } from './commands/members';
import { placeCommands } from './commands/places';
import { vaultCommands } from './commands/vault';
import { UsageError } from './errors';

const commands: Command[] = [...vaultCommands, ...memberCommands, ...meetingCommands, ...campaignCommands, ...placeCommands, ...exchangeCommands, ...backupCommands, ...committeeCommands];

const GLOBAL_OPTIONS = {
  json: { type: 'boolean' },
  'passphrase-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usage(): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  return [
    'Usage: chapterhouse COMMAND [--json] [--passphrase-file FILE] …',
    '',
    ...commands.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    '',
    'The passphrase comes from --passphrase-file (first line), else CHAPTERHOUSE_PASSPHRASE, else a prompt.',
  ].join('\n');
}

function findCommand(words: string[]): { command: Command; rest: string[] } {
  for (const length of [2, 1]) {
    const name = words.slice(0, length).join(' ');
    const command = commands.find((candidate) => candidate.name === name);
    if (command) return { command, rest: words.slice(length) };
  }
  throw new UsageError(words.length === 0 ? 'No command given.' : `Unknown command "${words.slice(0, 2).join(' ')}".`);
}

export async function main(argv: string[]): Promise<number> {
  let command: Command | undefined;
  try {
    // First pass, with every command's options, only to find the command words.
    const allOptions = Object.assign({}, GLOBAL_OPTIONS, ...commands.map((candidate) => candidate.options ?? {}));
    const firstPass = parseArgs({ args: argv, options: allOptions, allowPositionals: true, strict: false });
    if (firstPass.values.help) {
      process.stdout.write(`${usage()}\n`);
      return 0;
    }
    const found = findCommand(firstPass.positionals.slice(0, 2));
    command = found.command;
    const nameWords = command.name.split(' ').length;
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    const args = positionals.slice(nameWords);
    const [min, max] = command.positionals;
    if (args.length < min || args.length > max) throw new UsageError(`Expected: chapterhouse ${command.usage}`);
    for (const option of command.required ?? []) {
      if ((values as Record<string, unknown>)[option] === undefined) throw new UsageError(`--${option} is required. Expected: chapterhouse ${command.usage}`);
    }
    await command.run({
      args,
      options: values as Record<string, string | boolean | string[] | undefined>,
      json: values.json === true,
      passphraseFile: values['passphrase-file'] as string | undefined,
    });
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`chapterhouse: ${(error as Error).message}\n`);
      if (!command) process.stderr.write(`${usage()}\n`);
      return 2;
    }
    if (isUserError(error)) {
      process.stderr.write(`chapterhouse: ${error.message}\n`);
      return 1;
    }
    process.stderr.write('chapterhouse: something went wrong inside Chapterhouse; nothing was changed.\n');
    if (process.env.CHAPTERHOUSE_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}
