/**
 * @module logger — structured JSON logs (pino). Credentials never reach a log line: cookies,
 * authorization headers and form bodies are not logged, and the token of a reset link is cut
 * out of logged URLs.
 */
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

/** `/passwort-neu?token=…` → `/passwort-neu?token=[entfernt]`. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:token|code|passwort)=)[^&#]*/gi, '$1[entfernt]');
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  hostname?: string;
  ip?: string;
  socket?: { remoteAddress?: string };
}

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'body', 'req.body'],
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: redactUrl(String(req.url ?? '')),
        host: req.host ?? req.hostname,
        remoteAddress: req.ip ?? req.socket?.remoteAddress,
      }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
