import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * JSON lines to stdout, written asynchronously: lines logged while a write is under way go out
 * together in the next, so a line per request costs little under load. pino flushes at exit.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination({ dest: 1, sync: false })): Logger {
  return pino(
    {
      level,
      base: { service: 'concierge' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.identityNumber', 'identityNumber'], censor: '[redacted]' },
    },
    destination,
  );
}
