/**
 * Where the CLI gets passphrases: `--passphrase-file FILE` (first line), else the
 * CHAPTERHOUSE_PASSPHRASE environment variable, else a prompt on the terminal without echo.
 */
import { readFileSync } from 'node:fs';
import { read } from 'read';
import { UserError } from '../main/errors';
import { UsageError } from './errors';

export const PASSPHRASE_ENV = 'CHAPTERHOUSE_PASSPHRASE';

export function readFirstLine(file: string, what: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError('NOT_FOUND', `Cannot read the ${what} file ${file}.`);
  }
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  if (line.length === 0) throw new UserError('INVALID_INPUT', `The ${what} file ${file} has an empty first line.`);
  return line;
}

async function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new UsageError(
      `No passphrase given: use --passphrase-file FILE or set ${PASSPHRASE_ENV} when not running in a terminal.`,
    );
  }
  const answer = await read({ prompt: question, silent: true, replace: '', output: process.stderr });
  return String(answer);
}

export async function currentPassphrase(file: string | undefined): Promise<string> {
  if (file) return readFirstLine(file, 'passphrase');
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  return prompt('Vault passphrase: ');
}

/** A passphrase being set: from a file, or typed twice at the prompt. */
export async function newPassphrase(file: string | undefined, envFallback = false): Promise<string> {
  if (file) return readFirstLine(file, 'new passphrase');
  if (envFallback && process.env[PASSPHRASE_ENV]) return process.env[PASSPHRASE_ENV]!;
  const first = await prompt('New passphrase: ');
  const second = await prompt('Repeat the new passphrase: ');
  if (first !== second) throw new UserError('INVALID_INPUT', 'The two passphrases are not the same; nothing was changed.');
  return first;
}

/**
 * The recovery code: from `--recovery-code-file FILE` (first line), else typed at a prompt without
 * echo. `--recovery-code CODE` still works, with a warning: a code on the command line is visible
 * to every process on the machine and stays in the shell's history.
 */
export async function recoveryCodeFrom(options: { file?: string; code?: string }, warn: (line: string) => void): Promise<string> {
  if (options.file) return readFirstLine(options.file, 'recovery code');
  if (options.code) {
    warn('Warning: a recovery code given with --recovery-code is visible to other programs and stays in your shell history. Use --recovery-code-file FILE, or type it at the prompt.');
    return options.code;
  }
  if (!process.stdin.isTTY) throw new UsageError('No recovery code given: use --recovery-code-file FILE when not running in a terminal.');
  return String(await read({ prompt: 'Recovery code: ', silent: true, replace: '', output: process.stderr }));
}
