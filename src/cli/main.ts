/**
 * The `fangfanpin` executable (bin): runs the command line and sets the exit code.
 *
 * - A write error on stdout (a closed pipe: `fangfanpin rescore … | head`) is handled by the
 *   command that writes (exit 5 and the balance line); the listener here only keeps such an error
 *   from crashing the process when nothing is writing.
 * - Ctrl-C (SIGINT) and SIGTERM stop the run: the unfinished files of the output directory are
 *   removed, the balance of the records done so far is printed, exit 130 / 143.
 * - A run that stops without settling (nothing left to wait for — a bug) says so, exit 70.
 * - When the run has settled and nothing is left to do (node's `beforeExit`: every write flushed,
 *   every file closed, no timer or thread left), the process exits there, with the run's exit code
 *   and its `exit` listeners (the code caches written), instead of returning to node, which would
 *   then take the whole heap apart page by page before exiting (≈ 3 % of a short run's CPU, most of it
 *   system time; the operating system frees the memory at exit in one go).
 *
 * @module
 */
import './generated-cache.js'; // first: the generated-code cache installed before any module generates code
import { runCli } from './program.js';
import { interrupt, unfinished } from './run-state.js';
import { allowLeanTiering } from './tiering.js';

process.stdout.on('error', () => {
  // Kept by the writer that hit it (see above); nothing to do here.
});

process.on('SIGINT', () => process.exit(interrupt('SIGINT')));
process.on('SIGTERM', () => process.exit(interrupt('SIGTERM')));

let settled = false;
process.on('beforeExit', () => {
  if (!settled) process.exit(unfinished());
  process.exit(); // with process.exitCode (see above)
});

// This process is the command line's own: a small run may leave V8's optimising compiler out (./tiering.ts).
allowLeanTiering();

void runCli(process.argv.slice(2)).then((code) => {
  settled = true;
  process.exitCode = code;
});
