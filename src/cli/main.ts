/**
 * The `fangfanpin` executable (bin): runs the command line and sets the exit code.
 *
 * - A write error on stdout (a closed pipe: `fangfanpin rescore … | head`) is handled by the
 *   command that writes (exit 5 and the balance line); the listener here only keeps such an error
 *   from crashing the process when nothing is writing.
 * - Ctrl-C (SIGINT) and SIGTERM stop the run: the unfinished files of the output directory are
 *   removed, the balance of the records done so far is printed, exit 130 / 143.
 * - A run that stops without settling (nothing left to wait for — a bug) says so, exit 70.
 *
 * @module
 */
import './generated-cache.js'; // first: the generated-code cache installed before any module generates code
import { runCli } from './program.js';
import { interrupt, unfinished } from './run-state.js';

process.stdout.on('error', () => {
  // Kept by the writer that hit it (see above); nothing to do here.
});

process.on('SIGINT', () => process.exit(interrupt('SIGINT')));
process.on('SIGTERM', () => process.exit(interrupt('SIGTERM')));

let settled = false;
process.on('beforeExit', () => {
  if (!settled) process.exit(unfinished());
});

void runCli(process.argv.slice(2)).then((code) => {
  settled = true;
  process.exitCode = code;
});
