// Entry of an extraction worker thread: registers tsx (workers do not inherit the parent's loader) and starts
// worker-main.ts. Kept as plain JS so `new Worker()` can start it under node, tsx and vitest alike.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
