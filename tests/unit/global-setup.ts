import { execFileSync } from 'node:child_process';

/** The CLI tests spawn the built CLI, as a user runs it; bundling it takes a fraction of a second. */
export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build:cli'], { stdio: 'inherit' });
}
