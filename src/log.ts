/**
 * The one logger. Logs are JSON (pino) on standard error, so the terminal chat's standard output
 * stays clean. What may appear in a log: event names, platforms, topics, languages, error codes,
 * durations, and keyed hashes. Never message text, names, phone numbers, user or chat ids, or tokens.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level?: string;
  /** A stream to write to (tests), or a file descriptor; standard error by default. */
  destination?: NodeJS.WritableStream | number;
  /** Called with the `event` of every error logged, to count errors by kind. */
  onError?: (event: string) => void;
}

export function createLogger({ level = process.env.LOG_LEVEL ?? 'info', destination = 2, onError }: LoggerOptions = {}): Logger {
  return pino(
    {
      level,
      base: undefined,
      hooks: {
        logMethod(args, method, numericLevel) {
          if (numericLevel >= 50 && onError) {
            const first = args[0] as unknown;
            onError(typeof first === 'object' && first !== null && 'event' in first ? String((first as { event: unknown }).event) : 'unknown');
          }
          return method.apply(this, args);
        },
      },
      // A last line of defence: if a field with one of these names is ever logged, it is blanked.
      redact: { paths: ['text', 'token', 'phone', 'from', 'chat', 'userId', 'conversationId', '*.text', '*.token', '*.phone', '*.from', '*.chat'], censor: '[redacted]' },
    },
    typeof destination === 'number' ? pino.destination({ fd: destination, sync: false }) : destination,
  );
}

/** A logger that drops everything, for tests and tools. */
export const silentLogger: Logger = pino({ level: 'silent' });
