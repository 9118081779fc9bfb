// The scan pool's worker from the TypeScript sources, for tests (the bundle has its own built one).
import { register } from 'tsx/esm/api';

register();
await import('../../src/ingest/scan-worker.ts');
