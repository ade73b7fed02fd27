import { z } from "zod";
import { dialectOf } from "./database-dialect";

/**
 * The server's configuration, checked once. A typo such as WAYPOINT_TRUST_PROXY=true or a public
 * URL without a scheme would otherwise be ignored silently and show up later as a security or
 * link bug; here it stops the server at start with a message naming the variable.
 */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);
const flag = z.preprocess(unsetIfEmpty, z.enum(["0", "1"]).optional()).transform((value) => value === "1");
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

/**
 * A path or `file:` URL opens SQLite; `postgres://` or `postgresql://` opens PostgreSQL
 * (docs/decisions/0013). Any other scheme (mysql://, a typo such as postgress://) stops the start
 * instead of becoming a SQLite file named after the URL.
 */
const databaseUrl = z.string().refine((url) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || dialectOf(url) === "postgres" || /^file:\/\//i.test(url), {
  error: "must be a file path, a file: URL, or a postgres:// (postgresql://) URL",
});

const schema = z
  .object({
    DATABASE_URL: optional(databaseUrl),
    WAYPOINT_PUBLIC_URL: optional(
      z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL such as https://waypoint.example" }),
    ).transform((url) => url?.replace(/\/+$/, "")),
    // How many proxies of ours stand in front (0 = clients connect directly): lib/rate-limit.ts.
    WAYPOINT_TRUST_PROXY: z
      .preprocess(unsetIfEmpty, z.string().regex(/^\d{1,2}$/, "must be a number of proxies such as 0, 1 or 2").optional())
      .transform((value) => Number(value ?? "0")),
    WAYPOINT_RELAXED_LIMITS: flag,
    // Mail (password reset): SMTP when set, else each message is written to data/outbox/.
    SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })),
    MAIL_FROM: optional(z.string().max(200)).transform((from) => from ?? "Waypoint <no-reply@waypoint.invalid>"),
    // Auth.js reads its secret itself; the session check reads it too (lib/auth/session.ts).
    AUTH_SECRET: optional(z.string()),
    NEXTAUTH_SECRET: optional(z.string()),
    AUTH_GITHUB_ID: optional(z.string()),
    AUTH_GITHUB_SECRET: optional(z.string()),
    AUTH_GOOGLE_ID: optional(z.string()),
    AUTH_GOOGLE_SECRET: optional(z.string()),
  })
  .superRefine((env, ctx) => {
    for (const provider of ["GITHUB", "GOOGLE"] as const) {
      if (Boolean(env[`AUTH_${provider}_ID`]) !== Boolean(env[`AUTH_${provider}_SECRET`])) {
        ctx.addIssue({
          code: "custom",
          path: [`AUTH_${provider}_SECRET`],
          message: `AUTH_${provider}_ID and AUTH_${provider}_SECRET must be set together`,
        });
      }
    }
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
