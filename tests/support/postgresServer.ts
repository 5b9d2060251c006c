/**
 * A throwaway PostgreSQL server for one test run: a new cluster in a temp
 * folder (initdb -A trust), on a free loopback port, removed at teardown.
 * Run as the `postgres` user when the tests run as root, since the server
 * refuses to run as root.
 */
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres: the superuser on the maintenance database. */
  url: string;
  stop(): void;
}

/** The folder with initdb and pg_ctl: PG_BIN, or the newest /usr/lib/postgresql/<version>/bin. */
export function postgresBinaries(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PG_BIN) return existsSync(join(env.PG_BIN, 'initdb')) ? env.PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

export async function startPostgres(bin: string): Promise<PostgresServer> {
  const asUser = runAs();
  // The postgres user must reach the folder: under /tmp itself when the temp folder may be a private one.
  const dir = mkdtempSync(join(asUser && existsSync('/tmp') ? '/tmp' : tmpdir(), 'iot-or-m2m-pg-'));
  const data = join(dir, 'data');
  if (asUser) chownSync(dir, asUser.uid, asUser.gid);
  const run = (command: string, args: string[]) => {
    const options: SpawnSyncOptions = { encoding: 'utf8', cwd: dir, ...(asUser ?? {}), timeout: 60_000 };
    const result = spawnSync(join(bin, command), args, options);
    if (result.status !== 0) {
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : '';
      throw new Error(`${command} failed (${result.status ?? result.signal}): ${String(result.stderr)}${log}`);
    }
  };
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    const settings = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-c unix_socket_directories=${dir}`, '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=200'];
    run('pg_ctl', ['-D', data, '-o', settings.join(' '), '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { cwd: dir, ...(asUser ?? {}), stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The postgres user's ids when running as root, else undefined (run as ourselves). */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
