/**
 * @module config
 * Reads the process environment once, validates every value and explains each bad one in
 * a sentence an operator understands.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from './lib/validation.ts';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'ja', 'nein'], {
    error: 'erwartet 1/0, true/false oder ja/nein',
  })
  .transform((v) => ['1', 'true', 'yes', 'ja'].includes(v));

/** `host=bodykey,host2=bodykey2`: which body answers on which host name. */
const bodyHostMap = z.string().transform((value, ctx) => {
  const map = new Map<string, string>();
  for (const pair of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [host, key, ...rest] = pair.split('=').map((s) => s.trim());
    if (!host || !key || rest.length > 0) {
      ctx.addIssue({ code: 'custom', message: `„${pair}“ hat nicht die Form hostname=körperschaftskennung` });
      return z.NEVER;
    }
    map.set(host.toLowerCase(), key);
  }
  return map;
});

/** Names proxy-addr knows for address ranges. */
const proxyRangeNames = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * `TRUST_PROXY=10.0.0.5,192.168.1.0/24` or `loopback`: the reverse proxies whose
 * X-Forwarded-For and X-Forwarded-Proto are believed. Never „true“: a header any client can
 * send must not choose the address that rate limits and the audit log see.
 */
const trustedProxies = z.string().transform((value, ctx) => {
  const entries = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const maxBits = isIP(address ?? '') === 6 ? 128 : 32;
    const validAddress =
      proxyRangeNames.includes(entry) ||
      (isIP(address ?? '') !== 0 && rest.length === 0 && (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits)));
    if (!validAddress) {
      ctx.addIssue({
        code: 'custom',
        message: `„${entry}“ ist keine IP-Adresse, kein Netz (z. B. 10.0.0.0/8) und keiner von ${proxyRangeNames.join(', ')}`,
      });
      return z.NEVER;
    }
  }
  return entries;
});

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'muss eine Zahl sein' })
    .int('muss eine ganze Zahl sein')
    .min(0, 'muss zwischen 0 und 65535 liegen')
    .max(65535, 'muss zwischen 0 und 65535 liegen')
    .default(3000),
  HOST: z.string().min(1, 'darf nicht leer sein').default('0.0.0.0'),
  BASE_URL: z.url({ protocol: /^https?$/, error: 'muss eine absolute http(s)-URL sein, z. B. https://ratsinfo.kreis-beispiel.de' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'muss mit postgres:// oder postgresql:// beginnen')
    .optional(),
  DATA_DIR: z.string().min(1, 'darf nicht leer sein').default('./data'),
  LOG_LEVEL: z.enum(logLevels, { error: `muss einer von ${logLevels.join(', ')} sein` }).default('info'),
  BODY_HOSTS: bodyHostMap.optional(),
  DEMO_DATA: booleanFlag.default(true),
  PAGE_CACHE: booleanFlag.default(true),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'muss mit smtp:// oder smtps:// beginnen, z. B. smtp://benutzer:passwort@mail.kreis-beispiel.de:587')
    .optional(),
  LOGIN_RATE_LIMIT: z.coerce
    .number({ error: 'muss eine Zahl sein' })
    .int('muss eine ganze Zahl sein')
    .min(1, 'muss mindestens 1 sein')
    .max(100_000, 'höchstens 100000')
    .default(10),
  MAIL_FROM: z.string().min(3, 'muss eine Absenderadresse sein').default('Gremia <noreply@localhost>'),
  TRUST_PROXY: trustedProxies.optional(),
});

export type Config = {
  port: number;
  host: string;
  /** Absolute base URL without trailing slash; derived from HOST/PORT when unset. */
  baseUrl: string;
  /** undefined → embedded PGlite in `${dataDir}/db`. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: (typeof logLevels)[number];
  /** Host name → body key. Empty in a single-body installation. */
  bodyHosts: Map<string, string>;
  /** Load the demo Kreis when the database holds no body yet. */
  demoData: boolean;
  /** Keep rendered public pages in memory until the data changes. */
  pageCache: boolean;
  /** Outgoing mail server; undefined → mails are written to `${dataDir}/mail` as .eml files. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Login, second-factor and password-form posts per address and minute (reset requests: half per 15 minutes). */
  loginRateLimit: number;
  /**
   * Addresses of the reverse proxies whose X-Forwarded-For/-Proto/-Host are believed; empty:
   * none (the socket's address counts). Host names in links never come from a header.
   */
  trustProxy: string[];
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ungültige Konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses configuration from `env`; throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const localHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    baseUrl: (e.BASE_URL ?? `http://${localHost}:${e.PORT}`).replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    bodyHosts: e.BODY_HOSTS ?? new Map(),
    demoData: e.DEMO_DATA,
    pageCache: e.PAGE_CACHE,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    trustProxy: e.TRUST_PROXY ?? [],
  };
}
