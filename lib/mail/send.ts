import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transport: Transporter | undefined;

/** Where messages go when no SMTP server is configured, relative to the working directory. */
export const OUTBOX_DIR = "data/outbox";

/**
 * Sends through SMTP when SMTP_URL is set (nodemailer). Without it each message is written to
 * data/outbox/ as a plain .eml file and its path logged, so a developer (and the e2e tests) can
 * follow the link without a mail server.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    transport ??= nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: MAIL_FROM, ...mail });
    return;
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), OUTBOX_DIR);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`);
  const message = [`From: ${MAIL_FROM}`, `To: ${mail.to}`, `Subject: ${mail.subject}`, "Content-Type: text/plain; charset=utf-8", "", mail.text, ""].join("\r\n");
  // The message holds a live reset link: readable by this user only.
  await writeFile(file, message, { mode: 0o600 });
  console.log(`[mail] SMTP_URL is not set; message to the outbox: ${file}`);
}
