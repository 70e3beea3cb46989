import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  SECRET: z.string().min(32, 'SECRET must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().positive().default(12),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
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
  /** behind a reverse proxy: take the client address from X-Forwarded-For */
  trustProxy: boolean;
  isProduction: boolean;
};

/** Reads configuration from the environment; the secret is generated into DATA_DIR when absent. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
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
    trustProxy: e.TRUST_PROXY === 'true',
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
