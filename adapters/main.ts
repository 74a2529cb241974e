/**
 * The composition root: reads the configuration, builds the core and every configured adapter.
 * With no platform credentials it opens the terminal chat.
 */
import { createCore } from '../src/core.ts';
import { ContentInvalidError } from '../src/content/problems.ts';
import { runTerminalChat } from './cli/terminal.ts';

async function main(): Promise<void> {
  const secret = process.env.SESSION_SECRET ? { sessionSecret: process.env.SESSION_SECRET } : {};
  // One local person at a keyboard (or a script piping lines) needs no flood limits.
  await runTerminalChat(await createCore({ ...secret, limits: false }));
}

main().catch((error: unknown) => {
  if (error instanceof ContentInvalidError) {
    console.error(`The bot will not start: ${error.message}\nRun npm run content:check for details.`);
  } else {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
  }
  process.exit(1);
});
