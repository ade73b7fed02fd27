"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/config";
import { currentSession } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/state";
import { HttpError } from "@/lib/http/errors";
import { toFormState, userAction } from "@/lib/server-actions/client";
import { signOutEverywhere } from "@/lib/services/accounts";
import { changePassword } from "@/lib/services/passwords";

// The service parses the passwords with its schema (the API's too); the form only hands text over.
const passwordForm = z.object({ currentPassword: z.string().max(1000).default(""), newPassword: z.string().max(1000).default("") });

const change = userAction(
  passwordForm,
  async (input, user) => {
    const session = await currentSession();
    try {
      await changePassword(user.id, session?.sessionId ?? null, input);
    } catch (error) {
      // A wrong current password is that field's fault, not the form's.
      if (error instanceof HttpError && error.code === "forbidden") {
        throw new HttpError("bad_request", error.message, [{ path: ["currentPassword"], message: error.message }]);
      }
      throw error;
    }
  },
  { returnTo: "/settings" },
);

export async function changePasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return toFormState(await change(form), {}, { code: "passwordChanged" });
}

/** Ends every session of the user, this browser's too, and goes to the sign-in page. */
const endEverywhere = userAction(
  z.object({}),
  async (_input, user) => {
    await signOutEverywhere(user.id);
    await signOut({ redirectTo: "/signin" });
  },
  { returnTo: "/settings" },
);

export async function signOutEverywhereAction(): Promise<void> {
  await endEverywhere({});
}
