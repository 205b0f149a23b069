import type { EntityManager } from 'typeorm';

/** Who wrote an event: resolved when it is written, so an event may name a user an earlier event creates. */
type Author = (() => string) | null;
type StoryEvent = { at: number; by: Author; write: (at: Date) => Promise<void> };

/**
 * The demo data's story, written in the order it happened: each event is dated and signed, and the
 * audit trigger records its author as who and its date as when (settings `app.actor_id` and
 * `app.audit_at`, local to the seed's transaction), so history reads as the story says and in its
 * order. A date after `now` is clamped to it: nothing is dated in the future.
 */
export class Story {
  private readonly events: StoryEvent[] = [];

  constructor(private readonly now: Date) {}

  /** Adds an event; `write` gets the date to stamp on the rows' own created/updated columns. */
  on(at: Date | string, by: Author, write: (at: Date) => Promise<void>): void {
    this.events.push({ at: new Date(at).getTime(), by, write });
  }

  /** Writes every event, oldest first (events of one moment in the order they were added). */
  async tell(em: EntityManager): Promise<void> {
    const ordered = [...this.events].sort((a, b) => a.at - b.at);
    for (const event of ordered) {
      const when = new Date(Math.min(event.at, this.now.getTime()));
      await em.query(`SELECT set_config('app.actor_id', $1, true), set_config('app.audit_at', $2, true)`, [event.by?.() ?? '', when.toISOString()]);
      await event.write(when);
    }
    await em.query(`SELECT set_config('app.actor_id', '', true), set_config('app.audit_at', '', true)`);
  }
}
