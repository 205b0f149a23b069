import { isDatabaseUnavailable } from '../errors/service-unavailable.js';
import { logger } from '../logging/logger.js';

/** A periodic background job of this process; `stop` ends it. */
export interface BackgroundJob {
  stop(): void;
}

/**
 * Runs `work` every `everyMs` (the timer does not keep the process alive). While the database is
 * unreachable (a failover, a restart) the job pauses: it says so once, tries again each tick, and
 * says once when it resumes, instead of logging a failure every tick. Other failures are logged as
 * `failure` each time.
 */
export function startBackgroundJob(everyMs: number, work: () => Promise<unknown>, failure: string): BackgroundJob {
  let paused = false;
  const tick = async () => {
    try {
      await work();
      // At warn, like the pause it ends: whoever saw one in the logs sees the other.
      if (paused) logger.warn('background jobs resumed: the database is back');
      paused = false;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        logger.warn({ err: error }, failure);
      } else if (!paused) {
        paused = true;
        logger.warn('background jobs paused: the database is unreachable');
      }
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
