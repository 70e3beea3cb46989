// Email through the deployment's SMTP server (SMTP_URL), with nodemailer. Absent configuration,
// there is no mailer and nothing is sent.
import { createTransport } from 'nodemailer';
import type { MailConfig } from './config';

export type Mail = { to: string; subject: string; text: string };

/** Sends one mail; rejects when the server did not take it (refused, unreachable, timed out). */
export type Mailer = { send: (mail: Mail) => Promise<void>; close: () => void };

/**
 * A mailer for the configured SMTP server: smtp:// upgrades with STARTTLS when the server offers
 * it, smtps:// speaks TLS from the start, user:pass in the URL signs in. Short timeouts: a server
 * that does not answer fails this attempt, and the notice is tried again later.
 */
export function makeMailer(config: MailConfig): Mailer {
  const transport = createTransport(
    { url: config.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 },
    { from: config.from },
  );
  return {
    send: async (mail) => {
      await transport.sendMail(mail);
    },
    close: () => transport.close(),
  };
}
