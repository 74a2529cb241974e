// The outbox's worker thread. It is plain JavaScript only to register the TypeScript loader
// (tsx) inside the thread, then it runs outbox-thread.ts, as `npm start` runs everything else.
import { register } from 'tsx/esm/api';

register();
await import('./outbox-thread.ts');
