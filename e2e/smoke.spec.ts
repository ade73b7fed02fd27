import { expect, registerUser, signIn, test } from "./fixtures";

test("public API answers and sign-in works through Auth.js", async ({ request }) => {
  const roles = await request.get("/api/v1/roles");
  expect(roles.status()).toBe(200);
  expect((await roles.json()).roles).toHaveLength(8);
  const user = await registerUser(request);
  const response = await signIn(request, user);
  expect(response.status()).toBe(302);
  const me = await request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect((await me.json()).user.email).toBe(user.email);
});
