import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/shangliang.mjs');

/** Runs the CLI in a directory of its own on an embedded database there. */
async function cli(cwd: string, ...args: string[]) {
  const { DATABASE_URL: _url, TRUST_PROXY: _proxy, ...inherited } = process.env;
  const env = { ...inherited, DATA_DIR: join(cwd, 'data') };
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [bin, ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('shangliang create-admin', { timeout: 120_000 }, () => {
  it('checks the username and place code as the API does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shangliang-cli-'));
    const badName = await cli(dir, 'create-admin', '--username', 'no spaces', '--password', 'Admin-pass-2025');
    expect(badName).toMatchObject({
      code: 1,
      stderr: '--username: Letters, digits, dots, underscores and dashes only (3–32)\n',
    });
    const badCode = await cli(
      dir,
      'create-admin',
      '--username',
      'root',
      '--password',
      'Admin-pass-2025',
      '--place-code',
      'a b',
    );
    expect(badCode).toMatchObject({ code: 1, stderr: '--place-code: Letters, digits and dashes only (2–32)\n' });
    const common = await cli(dir, 'create-admin', '--username', 'root', '--password', 'Password123');
    expect(common).toMatchObject({
      code: 1,
      stderr: '--password: This is a common password that is easy to guess; choose another\n',
    });
    const demo = await cli(dir, 'create-admin', '--username', 'root', '--password', 'shangliang2026');
    expect(demo).toMatchObject({
      code: 1,
      stderr: '--password: This is the published demo password; choose another\n',
    });
  });

  it('says a username is taken in plain words, never with the query, and reads .env', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shangliang-cli-'));
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=silent\n');
    const args = ['create-admin', '--username', 'root', '--password', 'Admin-pass-2025', '--place', '某某区'];
    expect((await cli(dir, ...args)).code).toBe(0);
    const again = await cli(dir, ...args);
    expect(again).toMatchObject({ code: 1, stderr: 'username root is already taken\n' });
    writeFileSync(join(dir, '.env'), 'TRUST_PROXY=true\n');
    expect((await cli(dir, 'migrate')).stderr).toMatch(/TRUST_PROXY must be false/);
  });
});

describe('shangliang rollups', { timeout: 300_000 }, () => {
  it("finds the demo district's monthly counts in agreement with its records, and rebuilds them", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shangliang-cli-'));
    expect((await cli(dir, 'seed', '--demo')).code).toBe(0);
    expect(await cli(dir, 'rollups')).toMatchObject({
      code: 0,
      stdout: 'submission rollups agree with the records\ndeliberation rollups agree with the records\n',
    });
    const rebuilt = await cli(dir, 'rollups', '--recompute');
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(
      /^submission rollups rebuilt: [1-9]\d* rows\nsubmission rollups agree with the records\ndeliberation rollups rebuilt: [1-9]\d* rows\ndeliberation rollups agree with the records\n$/,
    );
  });
});

describe('shangliang backup and restore', { timeout: 600_000 }, () => {
  it('moves the district to a new directory', async () => {
    const [from, to] = [mkdtempSync(join(tmpdir(), 'shangliang-cli-')), mkdtempSync(join(tmpdir(), 'shangliang-cli-'))];
    // the new server carries the old one's SECRET, as the README tells (phone numbers are sealed with it)
    for (const dir of [from, to]) writeFileSync(join(dir, '.env'), 'SECRET=cli-backup-secret-cli-backup-secret-0001\n');
    expect((await cli(from, 'seed', '--demo')).code).toBe(0);
    const archive = join(from, 'district.tar.gz');
    const backup = await cli(from, 'backup', archive);
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringMatching(/^places +43 rows$/m) });
    expect(backup.stdout).toMatch(/backup written to .*district\.tar\.gz: \d+ tables, \d+ rows/);

    const restore = await cli(to, 'restore', archive);
    expect(restore).toMatchObject({ code: 0, stdout: expect.stringMatching(/^places +43 rows$/m) });
    expect(restore.stdout).toMatch(/restored .*district\.tar\.gz \(made .* by 0\.1\.0\)/);
  });

  it('says what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shangliang-cli-'));
    expect(await cli(dir, 'restore')).toMatchObject({
      code: 1,
      stderr: 'restore needs a file: shangliang restore <file>\n',
    });
    expect(await cli(dir, 'restore', 'none.tar.gz')).toMatchObject({ code: 1, stderr: 'none.tar.gz: no such file\n' });
    expect(await cli(dir, 'backup', 'a.tar.gz', 'b.tar.gz')).toMatchObject({
      code: 1,
      stderr: 'unexpected argument: b.tar.gz\n',
    });
  });

  it('refuses to back up the embedded database while another process (the server) has it open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shangliang-cli-'));
    mkdirSync(join(dir, 'data'), { recursive: true });
    // this test process stands in for a running server holding the database
    writeFileSync(join(dir, 'data', 'pglite.lock'), String(process.pid));
    const result = await cli(dir, 'backup', 'a.tar.gz');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`in use by process ${process.pid} (is the server running?)`);
    expect(existsSync(join(dir, 'a.tar.gz'))).toBe(false);
  });
});
