import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

export const EMAIL_NOTIFICATION = 'email_notification';
export const EMAIL_DIGESTS = 'email_digests';

interface Pending {
  id: string;
  title: string;
  body: string;
  link: string;
  email: string;
  name: string;
}

/**
 * Notifications by email through SMTP_URL, as each person chose: each one as it comes (a job per
 * notification), or one digest a day at 07:00 UTC of what they have not read. Without SMTP_URL
 * nothing is queued: notifications stay in the app.
 */
@Injectable()
export class NotificationEmailService implements OnModuleInit {
  private transport: Transporter | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: EMAIL_NOTIFICATION, maxAttempts: 8, run: (payload) => this.sendOne((payload as { notificationId: string }).notificationId) });
    this.jobs.register({ name: EMAIL_DIGESTS, cron: '0 7 * * *', maxAttempts: 3, run: async () => void (await this.sendDigests()) });
  }

  /** Queues an email for each new notification whose person wants them as they come (in the caller's transaction). */
  async afterNotify(em: EntityManager, written: readonly { id: string; userId: string }[]): Promise<void> {
    if (!this.config.smtpUrl || written.length === 0) return;
    const immediate = await em.query<{ user_id: string }[]>(`SELECT user_id FROM notification_preference WHERE delivery = 'immediately' AND user_id = ANY($1::uuid[])`, [written.map((row) => row.userId)]);
    const wanted = new Set(immediate.map((row) => row.user_id));
    for (const row of written.filter((candidate) => wanted.has(candidate.userId))) await this.jobs.enqueue(em, EMAIL_NOTIFICATION, { notificationId: row.id });
  }

  async sendOne(notificationId: string): Promise<void> {
    const [pending] = await this.pending(`n.id = $1`, [notificationId]);
    if (!pending) return;
    await this.send(pending.email, pending.title, `${pending.body}\n\n${this.config.publicUrl}${pending.link}`);
    await this.markEmailed([pending.id]);
  }

  /** One email per person on the daily digest with unread notifications not yet emailed; answers how many went out. */
  async sendDigests(): Promise<number> {
    if (!this.config.smtpUrl) return 0;
    const pending = await this.pending(`n.read_at IS NULL AND COALESCE(p.delivery, 'daily_digest') = 'daily_digest'`, []);
    const byPerson = new Map<string, Pending[]>();
    for (const item of pending) byPerson.set(item.email, [...(byPerson.get(item.email) ?? []), item]);
    for (const [email, items] of byPerson) {
      const lines = items.map((item) => `• ${item.title}\n  ${this.config.publicUrl}${item.link}`);
      const subject = items.length === 1 ? (items[0]?.title ?? 'Rollout') : `Rollout: ${items.length} things for you today`;
      await this.send(email, subject, `Good morning ${items[0]?.name ?? ''},\n\n${lines.join('\n\n')}\n\nChoose what you hear about under Notifications → Preferences.`);
      await this.markEmailed(items.map((item) => item.id));
    }
    return byPerson.size;
  }

  private pending(where: string, params: unknown[]): Promise<Pending[]> {
    return this.dataSource.query(
      `SELECT n.id, n.title, n.body, n.link, u.email, u.name FROM notification n JOIN app_user u ON u.id = n.user_id AND u.active
         LEFT JOIN notification_preference p ON p.user_id = n.user_id
        WHERE n.emailed_at IS NULL AND ${where} ORDER BY n.created_at`,
      params,
    );
  }

  private async markEmailed(ids: readonly string[]): Promise<void> {
    await this.dataSource.query(`UPDATE notification SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  private async send(to: string, subject: string, text: string): Promise<void> {
    if (!this.config.smtpUrl) return;
    this.transport ??= nodemailer.createTransport(this.config.smtpUrl);
    await this.transport.sendMail({ from: this.config.smtpFrom, to, subject, text });
  }
}
