/**
 * The progress bar (进度条): on stderr, only when stderr is a terminal — quiet when piped or
 * redirected, so logs and CI output stay clean.
 *
 * @module
 */
import cliProgress from 'cli-progress';

/** A progress display; every method is a no-op when there is no terminal. */
export interface Progress {
  /** Bytes read so far and records done so far. */
  update(bytes: number, records: number): void;
  stop(): void;
}

const QUIET: Progress = { update() {}, stop() {} };

/** Progress displays shown and not yet stopped. */
let shown = 0;

/**
 * Whether a progress display is showing (one made by {@link createProgress} on a terminal and not
 * yet stopped): the coordinator thread sends its progress after each piece only then
 * (src/cli/pipeline/coordinator.ts).
 *
 * @example
 * if (progressShown()) post({ kind: 'progress', … });
 */
export function progressShown(): boolean {
  return shown > 0;
}

/**
 * A progress bar over the input's bytes, showing records and records per second.
 *
 * @example
 * const progress = createProgress(statSync(file).size, process.stderr);
 * progress.update(bytesRead, recordsDone);
 * progress.stop();
 */
export function createProgress(totalBytes: number, stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr, enabled = stream.isTTY === true): Progress {
  if (!enabled) return QUIET;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: '{bar} {percentage}% | {records} 户/records | {rate} 户/秒 per s | {eta_formatted}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(Math.max(1, totalBytes), 0, { records: 0, rate: 0 });
  shown++;
  let stopped = false;
  return {
    update(bytes, records) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(Math.min(bytes, Math.max(1, totalBytes)), { records, rate: seconds > 0 ? Math.round(records / seconds) : 0 });
    },
    stop() {
      if (!stopped) shown--;
      stopped = true;
      bar.stop();
    },
  };
}
