import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page max-w-xl space-y-4 text-center">
      <h1 className="text-3xl">Page not found</h1>
      <p>
        There is nothing at this address. If someone shared a plan with you, the link may have been revoked or may have expired: ask them for a
        new one.
      </p>
      <p>
        <Link href="/" className="btn">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
