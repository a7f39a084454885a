/** `meetings list` and `minutes export`, through the same service as the app. */
import { extname } from 'node:path';
import type { Command } from '../command';
import { UsageError } from '../errors';
import { printResult, warn, writePrivateFile } from '../output';
import { withService } from './vault';

const PLAINTEXT_WARNING = 'Warning: the minutes file is NOT encrypted. Keep it somewhere safe and delete it when you are done.';

const list: Command = {
  name: 'meetings list',
  usage: 'meetings list VAULT',
  summary: 'meetings with ids, dates and status',
  positionals: [1, 1],
  async run(context) {
    const meetings = await withService(context, (call) => call('meetings:list', {}));
    const json = meetings.map(({ id, title, date, type, status }) => ({ id, title, date, type, status }));
    const lines = meetings.map((meeting) => [meeting.id, meeting.date.replace('T', ' '), meeting.status.padEnd(10), meeting.title].join('  '));
    printResult(context.json, json, lines.length ? lines.join('\n') : 'No meetings yet.');
  },
};

const exportMinutes: Command = {
  name: 'minutes export',
  usage: 'minutes export VAULT MEETING_ID OUT.md|OUT.pdf',
  summary: "one meeting's minutes as Markdown or PDF",
  positionals: [3, 3],
  async run(context) {
    const [, meetingId, out] = context.args as [string, string, string];
    const format = extname(out).toLowerCase();
    if (format !== '.md' && format !== '.pdf') throw new UsageError('The output file ends in .md (Markdown) or .pdf.');
    const content = await withService(context, async (call) => {
      if (format === '.md') return (await call('meetings:exportMarkdown', { id: meetingId })).markdown;
      return Buffer.from((await call('meetings:printPdf', { id: meetingId })).pdfBase64, 'base64');
    });
    writePrivateFile(out, content);
    warn(PLAINTEXT_WARNING);
    printResult(context.json, { file: out, meeting: meetingId, format: format.slice(1) }, `Wrote the minutes to ${out}.`);
  },
};

export const meetingCommands: Command[] = [list, exportMinutes];
