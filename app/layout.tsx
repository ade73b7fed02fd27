import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.WAYPOINT_PUBLIC_URL ?? "http://localhost:3000"),
  title: { default: "Waypoint — career paths between data and ML jobs", template: "%s · Waypoint" },
  description:
    "Rate your skills against the eight data and ML roles, see your gaps, and get an honest, personal roadmap to the job you want.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2347c5" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only-focusable absolute left-2 top-2 z-50 rounded bg-paper px-3 py-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
