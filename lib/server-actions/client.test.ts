import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { HttpError, notFound } from "@/lib/http/errors";
import { firstSaid, publicAction, toFormState, userAction } from "./client";

// The session is read from Next's request cookies; here a signed-in user, or the sign-in redirect.
const session = vi.hoisted(() => ({ user: { id: "u1", email: "a@b.c", name: "Ada" } as { id: string; email: string; name: string } | null }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async (returnTo?: string) => {
    if (!session.user) throw new Error(`NEXT_REDIRECT /signin?callbackUrl=${returnTo}`);
    return session.user;
  },
}));

const nameForm = z.object({ name: z.string().trim().min(1, "Enter your name."), hours: z.coerce.number().int("Use a whole number of hours.") });

describe("the server-action client", () => {
  it("parses a form's FormData and hands the body the session's user", async () => {
    const body = vi.fn(async (input: z.output<typeof nameForm>, user: { id: string }) => `${user.id}:${input.name}:${input.hours}`);
    const form = new FormData();
    form.set("name", " Ada ");
    form.set("hours", "6");
    expect(await userAction(nameForm, body)(form)).toEqual({ ok: true, data: "u1:Ada:6" });
  });

  it("answers a zod failure with a code per field, never English text, and runs nothing", async () => {
    const body = vi.fn(async () => "ran");
    const result = await userAction(nameForm, body)({ name: " ", hours: 2.5 });
    expect(body).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: false, error: { code: "enterName", fields: { name: { code: "enterName" }, hours: { code: "wholeHours" } } } });
    expect(toFormState(result, { name: " " })).toEqual({
      message: { code: "fixFields" },
      fields: { name: { code: "enterName" }, hours: { code: "wholeHours" } },
      values: { name: " " },
    });
  });

  it("turns a service's refusal into its code, or its reason with values", async () => {
    const refuse = (error: HttpError) => publicAction(z.object({}), async () => Promise.reject(error))({});
    expect(await refuse(notFound("No such plan."))).toEqual({ ok: false, error: { code: "noPlan" } });
    expect(await refuse(new HttpError("bad_request", 'Unknown role "x".'))).toEqual({ ok: false, error: { code: "checkForm" } });
    expect(await refuse(new HttpError("rate_limited", "Too many requests. Try again in 9 s."))).toEqual({ ok: false, error: { code: "rateLimited" } });
    const pace = await refuse(new HttpError("bad_request", "Finishing by … needs 120 h/week").because({ key: "paceTooFast", values: { date: "2027-01-04", hours: 120 } }));
    expect(pace.ok || firstSaid(pace.error)).toEqual({ code: "paceTooFast", values: { date: "2027-01-04", hours: 120 } });
  });

  it("lets a bug through as a bug, and a missing session never reaches the body", async () => {
    await expect(publicAction(z.object({}), async () => Promise.reject(new Error("SQLITE_BUSY")))({})).rejects.toThrow("SQLITE_BUSY");
    session.user = null;
    const body = vi.fn(async () => "ran");
    await expect(userAction(z.object({}), body, { returnTo: "/settings" })({})).rejects.toThrow("/signin?callbackUrl=/settings");
    expect(body).not.toHaveBeenCalled();
    session.user = { id: "u1", email: "a@b.c", name: "Ada" };
  });
});
