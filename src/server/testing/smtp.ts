// A real SMTP server on loopback for tests (smtp-server), keeping what it receives parsed
// (mailparser): the app's mailer talks to it exactly as to the deployment's.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const SMTP_USER = 'shangliang';
export const SMTP_PASSWORD = 'smtp-test-password';

export type Received = { to: string[]; from: string; subject: string; text: string; parsed: ParsedMail };

export type TestSmtp = {
  url: string;
  received: Received[];
  /** what arrived for one address */
  to: (address: string) => Received[];
  /** recipients the server refuses (550), as a real one refuses an unknown mailbox */
  refuse: Set<string>;
  close: () => Promise<void>;
};

/** Starts an SMTP server on 127.0.0.1 at a free port; it asks for the test user's password. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'], // plain on loopback: no certificate to trust
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, done) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) done(null, { user: SMTP_USER });
      else done(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, done) {
      if (!refuse.has(address.address)) return done();
      done(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, done) {
      simpleParser(stream).then((parsed) => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          from: parsed.from?.text ?? '',
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          parsed,
        });
        done();
      }, done);
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${port}`,
    received,
    to: (address) => received.filter((m) => m.to.includes(address)),
    refuse,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** An smtp:// URL where nothing listens: the server is down. */
export async function downSmtpUrl() {
  const smtp = await startTestSmtp();
  await smtp.close();
  return smtp.url;
}
