import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { logger } from '../logging/logger.js';

/** What happened, by ids only (NOTIFY carries 8,000 bytes at most); subscribers read the records again. */
export type LiveEvent =
  | { type: 'notification'; userId: string }
  | { type: 'check_in'; programId: string; pilotId: string; unitId: string }
  | { type: 'wave_unit'; programId: string; unitId: string }
  | { type: 'session_ended'; sessionId: string };

const CHANNEL = 'rollout_live';
const RECONNECT_MS = 1000;
const LIVE_OPTIONS = Symbol('LIVE_OPTIONS');

type Listener = (event: LiveEvent) => void;

/**
 * Events between API processes through PostgreSQL LISTEN/NOTIFY (no Redis): `publish` inside a
 * write transaction sends at commit, so a rolled-back change announces nothing; each process holds
 * one listening connection and hands events to its own subscribers. Events published while a
 * process is reconnecting are lost to it: clients refetch when their socket reconnects.
 */
@Injectable()
export class LiveEvents implements OnApplicationShutdown {
  private readonly listeners = new Set<Listener>();
  private client: pg.Client | undefined;
  private stopped = false;

  constructor(@Inject(LIVE_OPTIONS) private readonly options: { databaseUrl: string }) {}

  async start(): Promise<void> {
    this.stopped = false;
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const event = JSON.parse(message.payload) as LiveEvent;
      for (const listener of this.listeners) listener(event);
    });
    client.on('error', (error) => {
      logger.warn({ err: error }, 'live events connection lost; reconnecting');
      this.client = undefined;
      if (!this.stopped) setTimeout(() => void this.start().catch((retryError: unknown) => logger.warn({ err: retryError }, 'live events reconnect failed')), RECONNECT_MS).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  /** Announces an event to every process; inside `em`'s transaction it goes out at commit. */
  async publish(em: EntityManager, event: LiveEvent): Promise<void> {
    await em.query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify(event)]);
  }

  /** Calls `listener` with each event this process hears, until the returned function is called. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The events that pass `filter`, as an async iterator for a GraphQL subscription; ends when the subscription does. */
  iterate<T>(filter: (event: LiveEvent) => T | null): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const stop = this.listen((event) => {
      const value = filter(event);
      if (value === null) return;
      queue.push(value);
      wake?.();
    });
    const finish = (): Promise<IteratorResult<T>> => {
      done = true;
      stop();
      wake?.();
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next(): Promise<IteratorResult<T>> {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const value = queue.shift();
        return value === undefined ? { value: undefined, done: true } : { value, done: false };
      },
      return: finish,
      throw: finish,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }
}

@Global()
@Module({})
export class LiveEventsModule {
  static forRoot(options: { databaseUrl: string }): DynamicModule {
    return { module: LiveEventsModule, providers: [{ provide: LIVE_OPTIONS, useValue: options }, LiveEvents], exports: [LiveEvents] };
  }
}
