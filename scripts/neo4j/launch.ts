// Local Neo4j 5 without Docker: resolves the jars with Maven, starts scripts/neo4j's Java launcher,
// waits until Bolt answers. In: CLI flags / options. Out: a running server (pid file in its data dir).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const target = path.join(here, 'target');
const classpathFile = path.join(target, 'classpath.txt');
const mainClass = path.join(target, 'classes', 'kg', 'Neo4jLauncher.class');
/** Touched after each successful build: Maven leaves unchanged outputs' mtimes alone. */
const stamp = path.join(target, '.built');
const PID_FILE = 'kg-neo4j.pid';
const READY_FILE = 'kg-neo4j.ready';
const LOG_FILE = 'kg-neo4j.log';

export interface LaunchOptions {
  /** Bolt port on 127.0.0.1 (default 7687). */
  port?: number;
  /** Neo4j home: data, logs, pid file (default data/neo4j). */
  home?: string;
  password?: string;
  /** Keep the server attached to this process (default: detached, with a pid file). */
  foreground?: boolean;
  /** How long to wait for Bolt to answer (default 180 s). */
  timeoutMs?: number;
  /** JVM max heap, e.g. '1g' (default KG_NEO4J_HEAP or 1g). */
  heap?: string;
  /** Also serve Neo4j Browser and the HTTP API on 127.0.0.1:<http> (off by default). */
  http?: number;
  /** Print Maven's and the launcher's progress lines. */
  log?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  home: string;
  /** Milliseconds from the call until Bolt answered. */
  startedInMs: number;
  stop(): Promise<void>;
}

export class LaunchError extends Error {
  override name = 'LaunchError';
}

const newer = (a: string, b: string) => fs.existsSync(a) && fs.statSync(a).mtimeMs >= fs.statSync(b).mtimeMs;

/** Resolves the Neo4j jars and compiles the launcher unless target/ is already up to date. Returns the classpath. */
export function ensureBuilt(log: (line: string) => void = () => {}): string {
  const sources = [path.join(here, 'pom.xml'), path.join(here, 'src/main/java/kg/Neo4jLauncher.java')];
  const upToDate = fs.existsSync(mainClass) && sources.every((s) => newer(stamp, s));
  if (upToDate) {
    const cp = fs.readFileSync(classpathFile, 'utf8').trim();
    // ~/.m2 may have been cleaned since the classpath was written.
    if (cp.split(path.delimiter).every((jar) => fs.existsSync(jar))) return cp;
  }
  // Test runs may start several launchers at once: one Maven build at a time in target/.
  const lock = path.join(target, '.build-lock');
  fs.mkdirSync(target, { recursive: true });
  const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000)
        fs.rmSync(lock, { recursive: true, force: true }); // left by a killed build
      else sleepSync(500);
    }
  }
  try {
    if (fs.existsSync(mainClass) && sources.every((s) => newer(stamp, s)))
      return fs.readFileSync(classpathFile, 'utf8').trim();
    return build(log);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function build(log: (line: string) => void): string {
  log('kg-neo4j: resolving Neo4j jars with Maven (first time can take a few minutes)...');
  const mvn = spawnSync('mvn', ['-q', '-B', '-f', path.join(here, 'pom.xml'), 'compile'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (mvn.error) throw new LaunchError(`cannot run mvn (${mvn.error.message}); install Maven and Java 17`);
  if (mvn.status !== 0) {
    const out = `${mvn.stdout}\n${mvn.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new LaunchError(`mvn failed resolving Neo4j (exit ${mvn.status}):\n${out}`);
  }
  fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
  return fs.readFileSync(classpathFile, 'utf8').trim();
}

/** True when something on host:port speaks Bolt (answers the Bolt handshake with a version). */
export function boltAnswers(port: number, host = '127.0.0.1', timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => {
      // Magic preamble, then four proposed versions (5.x ranges, 4.4): any non-zero reply is Bolt.
      const hello = Buffer.alloc(20);
      hello.writeUInt32BE(0x6060b017, 0);
      hello.writeUInt32BE(0x00080805, 4);
      hello.writeUInt32BE(0x00000404, 8);
      socket.write(hello);
    });
    socket.on('data', (data: Buffer) => done(data.length >= 4 && data.readUInt32BE(0) !== 0));
  });
}

/** True when a TCP listener accepts connections on host:port. */
function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.on('connect', () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

/** A free TCP port on 127.0.0.1, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The pid in `home`'s pid file when that process is alive and is our launcher. */
export function runningPid(home: string): number | null {
  const file = path.join(home, PID_FILE);
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // Guard against a recycled pid: only a process running our main class counts.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmdline.includes('kg.Neo4jLauncher')) return null;
  } catch {
    // No /proc (macOS): trust kill(pid, 0).
  }
  return pid;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends SIGTERM and waits for a clean shutdown (SIGKILL after `graceMs`). */
async function terminate(pid: number, graceMs = 60_000): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

const logTail = (file: string, lines = 30) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';

/** Starts Neo4j and resolves once Bolt answers and the password is set. */
export async function startNeo4j(options: LaunchOptions = {}): Promise<RunningNeo4j> {
  const t0 = Date.now();
  const port = options.port ?? 7687;
  const home = path.resolve(options.home ?? path.join('data', 'neo4j'));
  const log = options.log ?? (() => {});
  const uri = `bolt://127.0.0.1:${port}`;
  fs.mkdirSync(home, { recursive: true });

  const existing = runningPid(home);
  if (existing !== null) {
    if (!(await boltAnswers(port))) {
      throw new LaunchError(`a launcher (pid ${existing}) already uses ${home} but Bolt does not answer on ${uri}`);
    }
    return { uri, pid: existing, home, startedInMs: Date.now() - t0, stop: async () => void (await stopNeo4j(home)) };
  }
  if (await portInUse(port)) {
    throw new LaunchError(`port ${port} on 127.0.0.1 is already taken by another process; pass --port <n>`);
  }
  if (options.http !== undefined && (await portInUse(options.http))) {
    throw new LaunchError(`port ${options.http} on 127.0.0.1 is already taken by another process; pass --http <n>`);
  }

  const classpath = ensureBuilt(log);
  const logFile = path.join(home, LOG_FILE);
  const readyFile = path.join(home, READY_FILE);
  fs.rmSync(readyFile, { force: true });
  const heap = options.heap ?? process.env.KG_NEO4J_HEAP ?? '1g';
  const args = [
    `-Xms256m`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // The options Neo4j's own start script passes on Java 17, so the page cache uses direct buffers.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    'kg.Neo4jLauncher',
    '--home',
    home,
    '--port',
    String(port),
    ...(options.http !== undefined ? ['--http', String(options.http)] : []),
  ];
  // CLASSPATH instead of -cp keeps `ps` readable (the classpath is ~250 jars).
  const env = {
    ...process.env,
    CLASSPATH: [path.join(target, 'classes'), classpath].join(path.delimiter),
    NEO4J_PASSWORD: options.password ?? process.env.NEO4J_PASSWORD ?? 'kg-local-password',
  };
  const out = options.foreground ? 'inherit' : fs.openSync(logFile, 'w');
  const child = spawn('java', args, {
    env,
    detached: !options.foreground,
    stdio: ['ignore', out, out],
  });
  if (typeof out === 'number') fs.closeSync(out);
  let exited: number | null | undefined;
  let spawnError: Error | undefined;
  child.on('exit', (code) => (exited = code));
  child.on('error', (err) => (spawnError = err));
  await sleep(50);
  if (spawnError) throw new LaunchError(`cannot run java (${spawnError.message}); install Java 17`);
  const pid = child.pid!;
  fs.writeFileSync(path.join(home, PID_FILE), `${pid}\n`);
  if (!options.foreground) child.unref();

  const deadline = t0 + (options.timeoutMs ?? 180_000);
  while (!(fs.existsSync(readyFile) && (await boltAnswers(port)))) {
    if (exited !== undefined) {
      fs.rmSync(path.join(home, PID_FILE), { force: true });
      throw new LaunchError(
        `Neo4j exited with code ${exited} before answering on ${uri}. Log tail:\n${logTail(logFile)}`,
      );
    }
    if (Date.now() > deadline) {
      await terminate(pid, 10_000);
      fs.rmSync(path.join(home, PID_FILE), { force: true });
      throw new LaunchError(
        `Neo4j did not answer on ${uri} within ${Math.round((deadline - t0) / 1000)} s. Log tail:\n${logTail(logFile)}`,
      );
    }
    await sleep(250);
  }
  return { uri, pid, home, startedInMs: Date.now() - t0, stop: async () => void (await stopNeo4j(home)) };
}

/** Stops the launcher whose pid file is in `home`. Returns once the process has exited. */
export async function stopNeo4j(home: string = path.join('data', 'neo4j')): Promise<boolean> {
  const dir = path.resolve(home);
  const pid = runningPid(dir);
  if (pid !== null) await terminate(pid);
  fs.rmSync(path.join(dir, PID_FILE), { force: true });
  fs.rmSync(path.join(dir, READY_FILE), { force: true });
  return pid !== null;
}

const HELP = `Usage: npm run neo4j [-- options]

Starts a local Neo4j 5 community server (Bolt on 127.0.0.1) from Maven Central jars, no Docker needed.
Needs Java 17 and Maven. Returns once Bolt answers; the server keeps running in the background.

Options:
  --port <n>        Bolt port (default: port of NEO4J_URI when it points at this machine, else 7687)
  --data <dir>      Neo4j home: database files, logs, pid file (default: KG_NEO4J_DATA or data/neo4j)
  --http <n>        Also serve Neo4j Browser and the HTTP API on http://127.0.0.1:<n>/browser/ (off by default)
  --foreground      Stay attached; Ctrl-C stops the server
  --timeout <s>     Seconds to wait for Bolt (default 180)
  --status          Say whether the server is running
  --stop            Stop the server started from --data (same as npm run neo4j:stop)
  -h, --help        This text

Env: NEO4J_PASSWORD (user neo4j; default kg-local-password), KG_NEO4J_HEAP (JVM max heap, default 1g),
     KG_NEO4J_PAGECACHE (page cache, default 512m; e.g. 64m on a small machine, 2g to keep a large graph in memory),
     KG_NEO4J_DATA (default --data).`;

function defaultPort(): number {
  const m = /^(?:bolt|neo4j):\/\/(?:127\.0\.0\.1|localhost)(?::(\d+))?\/?$/.exec(process.env.NEO4J_URI ?? '');
  return m ? Number(m[1] ?? 7687) : 7687;
}

async function main(argv: string[]): Promise<number> {
  let port = defaultPort();
  let home = process.env.KG_NEO4J_DATA ?? path.join('data', 'neo4j');
  let mode: 'start' | 'stop' | 'status' = 'start';
  let foreground = false;
  let timeoutMs = 180_000;
  let http: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new LaunchError(`${a} needs a value`);
      return v;
    };
    if (a === '--port') port = Number(value());
    else if (a === '--data') home = value();
    else if (a === '--foreground') foreground = true;
    else if (a === '--http') http = Number(value());
    else if (a === '--timeout') timeoutMs = Number(value()) * 1000;
    else if (a === '--stop') mode = 'stop';
    else if (a === '--status') mode = 'status';
    else if (a === '-h' || a === '--help') return (console.log(HELP), 0);
    else throw new LaunchError(`unknown option ${a} (see --help)`);
  }
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new LaunchError(`invalid --port ${port}`);
  if (!(timeoutMs > 0)) throw new LaunchError('invalid --timeout');
  if (http !== undefined && (!Number.isInteger(http) || http <= 0 || http > 65535 || http === port))
    throw new LaunchError(`invalid --http ${http} (a free port other than the Bolt port)`);

  if (mode === 'stop') {
    const stopped = await stopNeo4j(home);
    console.log(
      stopped ? `kg-neo4j: stopped (${path.resolve(home)})` : `kg-neo4j: not running (${path.resolve(home)})`,
    );
    return 0;
  }
  if (mode === 'status') {
    const pid = runningPid(path.resolve(home));
    const up = pid !== null && (await boltAnswers(port));
    console.log(up ? `kg-neo4j: running, pid ${pid}, bolt://127.0.0.1:${port}` : 'kg-neo4j: not running');
    return up ? 0 : 1;
  }

  const server = await startNeo4j({ port, home, foreground, timeoutMs, http, log: (l) => console.error(l) });
  console.log(
    `kg-neo4j: Neo4j answers on ${server.uri} (user neo4j, pid ${server.pid}, ready in ${(server.startedInMs / 1000).toFixed(1)} s)`,
  );
  console.log(`  export NEO4J_URI=${server.uri}`);
  if (http !== undefined)
    console.log(`  Neo4j Browser: http://127.0.0.1:${http}/browser/ (connect to ${server.uri}, user neo4j)`);
  if (!foreground) {
    console.log(`  log: ${path.join(server.home, LOG_FILE)}; stop with: npm run neo4j:stop`);
    return 0;
  }
  console.log('  Ctrl-C stops it.');
  const stop = () => void stopNeo4j(home).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // The server may also stop on its own (killed, or `npm run neo4j:stop` from another shell).
  while (runningPid(path.resolve(home)) !== null) await sleep(1000);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(`kg-neo4j: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
