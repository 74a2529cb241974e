/**
 * The one logger. Logs are JSON (pino) on standard error, so the terminal chat's standard output
 * stays clean. What may appear in a log: event names, platforms, topics, languages, error codes,
 * durations, and keyed hashes. Never message text, names, phone numbers, user or chat ids, or tokens.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination: NodeJS.WritableStream | number = 2): Logger {
  return pino(
    {
      level,
      base: undefined,
      // A last line of defence: if a field with one of these names is ever logged, it is blanked.
      redact: { paths: ['text', 'token', 'phone', 'from', 'chat', 'userId', 'conversationId', '*.text', '*.token', '*.phone', '*.from', '*.chat'], censor: '[redacted]' },
    },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: false }) : destination,
  );
}

/** A logger that drops everything, for tests and tools. */
export const silentLogger: Logger = pino({ level: 'silent' });
