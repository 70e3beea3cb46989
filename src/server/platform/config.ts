import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../../shared/time-zone';

// an empty value in .env (`SMTP_URL=`) means unset
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  SECRET: z.string().min(32, 'SECRET must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().positive().default(12),
  // the one zone screens, documents and day counts use (src/shared/time-zone.ts reads the same variable)
  TIME_ZONE: z.preprocess(
    blankIsUnset,
    z
      .string()
      .refine(isTimeZone, 'TIME_ZONE must be an IANA time zone, e.g. Asia/Shanghai or Asia/Urumqi')
      .default(DEFAULT_TIME_ZONE),
  ),
  SMTP_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .url()
      .refine((u) => /^smtps?:\/\//.test(u), 'SMTP_URL must be smtp://… (STARTTLS when offered) or smtps://… (TLS)')
      .optional(),
  ),
  MAIL_FROM: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^(?:[^<>]*<)?[^<>\s@]+@[^<>\s@]+(?:>)?$/, 'MAIL_FROM must be an address: 商量 <noreply@example.gov.cn>')
      .optional(),
  ),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx) => {
      const parsed = parseTrustProxy(v);
      if (parsed === undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            'TRUST_PROXY must be false or the proxies’ addresses/CIDRs (e.g. 127.0.0.1 or 10.0.0.1,172.16.0.0/12); ' +
            'true and hop counts are refused: they let a client that reaches the server directly choose its address',
        });
        return z.NEVER;
      }
      return parsed;
    }),
});

export type Config = {
  port: number;
  host: string;
  /** absent: the embedded PGlite database under dataDir/pglite */
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  secret: string;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  sessionTtlHours: number;
  /** the deployment's time zone (TIME_ZONE, default Asia/Shanghai): screens and documents show times in it */
  timeZone: string;
  /**
   * Behind a reverse proxy, whom to believe in X-Forwarded-For: `false` (nobody) or a
   * comma-separated list of proxy addresses/CIDRs (Fastify's `trustProxy`). Never `true` nor a
   * hop count: a client reaching the server directly could then pick the address that sign-in
   * throttling counts (Fastify ≥ 5.12 ignores hop counts for that reason).
   */
  trustProxy: false | string;
  /** notices by email (SMTP_URL and MAIL_FROM); absent: no email is sent */
  mail: MailConfig | undefined;
  isProduction: boolean;
};

export type MailConfig = { smtpUrl: string; from: string };

/** Reads configuration from the environment; the secret is generated into DATA_DIR when absent. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.SMTP_URL && !e.MAIL_FROM) {
    throw new Error('Invalid configuration:\n  MAIL_FROM: required with SMTP_URL (who the mail is from)');
  }
  const dataDir = resolve(e.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    publicUrl: (e.PUBLIC_URL ?? `http://${displayHost(e.HOST)}:${e.PORT}`).replace(/\/$/, ''),
    secret: e.SECRET ?? readOrCreateSecret(dataDir),
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    timeZone: e.TIME_ZONE,
    trustProxy: e.TRUST_PROXY,
    mail: e.SMTP_URL && e.MAIL_FROM ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    isProduction: env.NODE_ENV === 'production',
  };
}

function displayHost(host: string) {
  return host === '0.0.0.0' || host === '::' ? 'localhost' : host;
}

function readOrCreateSecret(dataDir: string) {
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

// the names proxy-addr accepts for well-known ranges
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY → Fastify's `trustProxy`, or undefined when the value is not one we accept. */
export function parseTrustProxy(raw: string): false | string | undefined {
  const v = raw.trim();
  if (v === '' || v === 'false') return false;
  const entries = v.split(',').map((s) => s.trim());
  return entries.every(isProxyAddress) ? entries.join(',') : undefined;
}

function isProxyAddress(entry: string) {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const max = version === 4 ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}
