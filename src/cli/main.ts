/**
 * The `fangfanpin` executable (bin): runs the command line and sets the exit code. A closed
 * stdout (`fangfanpin rescore … | head`) ends the program quietly.
 *
 * @module
 */
import { runCli } from './program.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2));
