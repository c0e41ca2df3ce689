// The embedded store's writer lock: `<data file>.lock`, created atomically (O_EXCL), holding pid, host and start time.
// In: a data file path. Out: a held WriterLock, or a StoreLockedError naming the file and the holder.
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { StoreLockedError } from '../errors.ts';

export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  /** Tells this holder from a later one that got the same pid. */
  token: string;
}

export interface WriterLock {
  readonly lockFile: string;
  /** Throws StoreLockedError when the lock file is no longer ours (deleted by hand, taken over). */
  assertHeld(): void;
  /** Removes the lock file when it is still ours. Idempotent. */
  release(): void;
}

/** A lock file whose content cannot be read yet is taken for a writer between create and write, for this long. */
const UNREADABLE_GRACE_MS = 5_000;

export const lockFileFor = (dataFile: string): string => `${dataFile}.lock`;

function readLock(lockFile: string): LockInfo | null {
  try {
    const x = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockInfo>;
    if (typeof x.pid === 'number' && typeof x.hostname === 'string' && typeof x.token === 'string')
      return { pid: x.pid, hostname: x.hostname, startedAt: String(x.startedAt ?? '?'), token: x.token };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw err;
  }
  return null;
}

/** Whether the pid runs on this host; EPERM means it runs under another user. */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why the current lock file is stale, or null when its holder may still be running. */
function staleReason(lockFile: string, info: LockInfo | null): string | null {
  if (!info) {
    const age = Date.now() - statSync(lockFile).mtimeMs;
    return age > UNREADABLE_GRACE_MS ? 'an unreadable lock file' : null;
  }
  // A pid on another host cannot be checked from here: such a lock is only ever removed by hand.
  if (info.hostname !== os.hostname()) return null;
  return pidAlive(info.pid) ? null : `pid ${info.pid}, no longer running`;
}

// Locks this process holds, released on exit and on SIGINT/SIGTERM/SIGHUP (best effort: SIGKILL leaves a stale lock,
// which the next writer takes over).
const held = new Set<WriterLock>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const releaseAll = () => held.forEach((l) => l.release());
function onSignal(signal: NodeJS.Signals): void {
  releaseAll();
  // Our handler replaced the default action (exit); restore it when nobody else handles the signal.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
function track(lock: WriterLock): void {
  if (held.size === 0) {
    process.on('exit', releaseAll);
    for (const s of SIGNALS) process.once(s, onSignal);
  }
  held.add(lock);
}
function untrack(lock: WriterLock): void {
  if (!held.delete(lock) || held.size > 0) return;
  process.off('exit', releaseAll);
  for (const s of SIGNALS) process.off(s, onSignal);
}

/**
 * Takes the writer lock of `dataFile`, taking over a stale one (its holder is gone) with a note.
 * Throws StoreLockedError when a live writer holds it, this process included (one writer per file, per store).
 */
export function acquireWriterLock(dataFile: string, note: (line: string) => void): WriterLock {
  const lockFile = lockFileFor(dataFile);
  mkdirSync(path.dirname(lockFile), { recursive: true });
  const mine: LockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(lockFile, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      return heldLock(dataFile, lockFile, mine);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let info: LockInfo | null;
    let stale: string | null;
    try {
      info = readLock(lockFile);
      stale = staleReason(lockFile, info);
    } catch {
      continue; // released meanwhile: try again
    }
    if (!stale) {
      const who = info
        ? `pid ${info.pid}${info.pid === process.pid ? ' (this process)' : ''} on ${info.hostname} since ${info.startedAt}`
        : 'a writer that is starting';
      throw new StoreLockedError(
        dataFile,
        info?.pid ?? null,
        `${dataFile}: another writer holds it (${who}, lock ${lockFile}); wait for it to finish, or delete the lock file if that process is gone`,
      );
    }
    // Move the stale lock aside rather than delete it, and check that what moved is what we judged stale: two
    // writers taking over at once must not remove the lock the faster one has just created.
    const aside = `${lockFile}.stale.${process.pid}`;
    try {
      renameSync(lockFile, aside);
    } catch {
      continue;
    }
    const moved = (() => {
      try {
        return readLock(aside);
      } catch {
        return null;
      }
    })();
    if (moved?.token !== info?.token) {
      try {
        linkSync(aside, lockFile); // put a live lock back unless yet another writer created one
      } catch {
        /* that writer holds the lock now; we will see it on the next attempt */
      }
    } else {
      note(`kg: note: ${dataFile}: took over the writer lock left by ${stale}`);
    }
    try {
      unlinkSync(aside);
    } catch {
      /* already gone */
    }
  }
  throw new StoreLockedError(dataFile, null, `${dataFile}: could not take the writer lock ${lockFile}; try again`);
}

function heldLock(dataFile: string, lockFile: string, mine: LockInfo): WriterLock {
  const ours = () => {
    try {
      return readLock(lockFile)?.token === mine.token;
    } catch {
      return false;
    }
  };
  const lock: WriterLock = {
    lockFile,
    assertHeld() {
      if (!ours())
        throw new StoreLockedError(
          dataFile,
          null,
          `${dataFile}: this process lost its writer lock ${lockFile} (deleted or taken over); not writing, so the other writer's articles are kept`,
        );
    },
    release() {
      untrack(lock);
      if (!ours()) return;
      try {
        unlinkSync(lockFile);
      } catch {
        /* already gone */
      }
    },
  };
  track(lock);
  return lock;
}
