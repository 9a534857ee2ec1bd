/**
 * Issue 12 items 3 and 5 — faults that need a real process (the built bin, dist/cli/main.js):
 * Ctrl-C and SIGTERM mid-run, `kill -9`, a stdout closed by its reader (`| head -c 1000`) and a
 * stdout on a full disk. The run is held mid-way deterministically: its input is the standard input
 * (`-`), fed half, and the signal is sent once the output directory's marker is there — no timing.
 * Each test says why it needs a process; everything else the command line does is tested in this
 * process through `runCli` (test/cli/faults.test.ts, cli.test.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { villageLines } from '../../examples/make-village.js';
import { ensureBuilt, ROOT } from '../support/build.js';

const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const BALANCE = /记录 (\d+) 户 = 结果 (\d+) \+ 拒收 (\d+)(（未完成）)? \/ records in \1 = results \2 \+ rejected \3( \(incomplete\))?\n$/;
let dir: string;
let data: Buffer;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'ffp-proc-'));
  data = Buffer.from([...villageLines({ households: 600, seed: 5 }, false)].join(''));
}, 300_000);

/** Waits (polling the file system, no clock assertion) until `path` exists. */
async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setTimeout(r, 20));
}

/**
 * Starts `rescore - --out <out>` with the first half of the data on stdin, waits until the run has
 * started writing (the marker is there), sends `signal`, and gives the exit code and stderr.
 */
async function interrupted(out: string, signal: NodeJS.Signals, extra: string[] = []): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, 'rescore', '-', '--profile', 'fujian/jinan/2023', '--out', out, '--workers', '1', ...extra], { cwd: ROOT, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
  child.stdin.on('error', () => {}); // the child may be gone before all of it is taken
  child.stdin.write(data.subarray(0, data.length >> 1));
  await until(() => existsSync(join(out, 'INCOMPLETE.txt')) && readdirSync(out).some((f) => f.endsWith('.partial')));
  child.kill(signal);
  const { code, signal: sig } = await exited;
  child.stdin.destroy();
  return { code, signal: sig, stderr };
}

describe('interrupted runs (issue 12 item 3)', () => {
  // Spawns (these three): a signal is sent to a process, and the handlers that answer it are the
  // bin's own (src/cli/main.ts); kill -9 ends a process without running any code of it.
  it('Ctrl-C (SIGINT): exit 130, the balance so far marked incomplete, and the directory the run created is gone', async () => {
    const out = join(dir, 'sigint');
    const r = await interrupted(out, 'SIGINT');
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('SIGINT');
    expect(r.stderr).toMatch(BALANCE);
    expect(BALANCE.exec(r.stderr)![4]).toBe('（未完成）');
    expect(existsSync(out)).toBe(false);
  });

  it('SIGTERM on a --force run into an old directory: exit 143, and the old outputs stay exactly as they were (no marker, no .partial)', async () => {
    const out = join(dir, 'sigterm');
    const file = join(dir, 'small.csv');
    writeFileSync(file, [...villageLines({ households: 20, seed: 1 }, false)].join(''));
    expect(spawnSync(process.execPath, [CLI, 'rescore', file, '--profile', 'fujian/jinan/2023', '--out', out], { cwd: ROOT }).status).toBe(0);
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    const r = await interrupted(out, 'SIGTERM', ['--force']);
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(BALANCE);
    expect(Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]))).toEqual(before);
  });

  it('kill -9 cannot be handled: the directory is plainly marked incomplete (INCOMPLETE.txt, .partial files) and holds no results under a final name', async () => {
    const out = join(dir, 'sigkill');
    const r = await interrupted(out, 'SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    const files = readdirSync(out);
    expect(files).toContain('INCOMPLETE.txt');
    expect(files.filter((f) => !f.endsWith('.partial') && f !== 'INCOMPLETE.txt')).toEqual([]);
    expect(readFileSync(join(out, 'INCOMPLETE.txt'), 'utf8')).toContain('not complete');
    // The next run refuses it without --force, and with --force cleans it up.
    const again = spawnSync(process.execPath, [CLI, 'rescore', '-', '--profile', 'fujian/jinan/2023', '--out', out, '--force'], { cwd: ROOT, input: data, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['rejected.csv', 'results.csv', 'summary-facts.csv', 'summary-matrix.csv', 'summary.csv', 'summary.json']);
  });
});

describe('stdout that fails (issue 12 item 5)', () => {
  // Spawns: EPIPE comes from a real pipe whose reader has gone, met by the bin's own stdout listener.
  it('closed by its reader (| head -c 1000): exit 5, the reason and the balance on stderr', async () => {
    const child = spawn(process.execPath, [CLI, 'rescore', '-', '--profile', 'fujian/jinan/2023', '--workers', '1'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin.on('error', () => {});
    let got = 0;
    const headDone = new Promise<void>((resolve) =>
      child.stdout.on('data', (b: Buffer) => {
        got += b.length;
        if (got >= 1000) {
          child.stdout.destroy(); // what head -c 1000 does
          resolve();
        }
      }),
    );
    // A large export, fed until the first results have come out (they are written 64 KB of text at a
    // time); the rest follows once the reader has gone.
    const big = Buffer.from([...villageLines({ households: 4000, seed: 6 }, false)].join(''));
    let reading = true;
    void headDone.then(() => (reading = false));
    let at = 0;
    while (reading && at < big.length) {
      const piece = big.subarray(at, at + (1 << 16));
      at += piece.length;
      if (!child.stdin.write(piece)) await Promise.race([once(child.stdin, 'drain'), headDone]);
    }
    await headDone;
    child.stdin.end(big.subarray(at));
    expect(await exited).toBe(5);
    expect(stderr).toContain('closed');
    expect(stderr).toMatch(BALANCE);
  });

  // Spawns: stdout is a file descriptor on /dev/full, so process.stdout is the synchronous file
  // stream Node makes for it (in this process the same failure is simulated: faults.test.ts item 4).
  it.skipIf(!existsSync('/dev/full'))('on a full disk (stdout is /dev/full, where every write fails with ENOSPC): exit 5 "the disk is full", and the balance', () => {
    const input = join(dir, 'in.csv');
    writeFileSync(input, data);
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [CLI, 'rescore', input, '--profile', 'fujian/jinan/2023', '--workers', '1'], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    expect(r.status).toBe(5);
    expect(r.stderr).toContain('the disk is full');
    expect(r.stderr).toMatch(BALANCE);
  });

  // Spawns: the workbook is streamed to the process's own stdout, a pipe that is never ended; the run
  // must finish and exit on it (in this process stdout is a stream the test owns).
  it('XLSX to stdout (a pipe) finishes: exit 1 as for CSV, a workbook on stdout, the balance last', () => {
    const input = join(dir, 'in2.csv');
    writeFileSync(input, data);
    const r = spawnSync(process.execPath, [CLI, 'rescore', input, '--profile', 'fujian/jinan/2023', '--workers', '1', '--format', 'xlsx'], { cwd: ROOT, maxBuffer: 1 << 26 });
    expect(r.status).toBe(1);
    expect(r.stdout.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(r.stderr.toString('utf8')).toMatch(BALANCE);
  });
});
