// Runs worker.ts straight from source (vitest, tsx scripts, the bench), which Node cannot load
// as TypeScript on its own and whose --import flag a worker thread does not take. The built app
// starts out/main/worker.js instead; see workerEntry() in host.ts.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
