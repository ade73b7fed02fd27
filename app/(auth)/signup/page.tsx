import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/dashboard");
  return (
    <div className="page max-w-md">
      <h1 className="mb-2 text-3xl">Create your account</h1>
      <p className="mb-6 text-muted">Free. Your ratings and plans stay private unless you share a link.</p>
      <div className="card">
        <SignUpForm />
      </div>
      <p className="mt-4 text-center">
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </div>
  );
}
