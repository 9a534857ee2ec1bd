// Worker entry used when the CLI runs from its TypeScript sources (tests, `tsx`): registers tsx's
// loader in this thread, then starts the worker. The published build uses dist/cli/pipeline-worker.js.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
