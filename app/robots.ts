import type { MetadataRoute } from "next";

/**
 * The catalog pages are for everyone, including search engines; personal pages and mentor links
 * are not (share pages also answer `noindex`, this keeps crawlers from asking at all).
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/roles", "/compare", "/check", "/about"],
      disallow: ["/api/", "/share/", "/dashboard", "/assessment", "/plans", "/gap/", "/targets", "/profile", "/settings", "/onboarding"],
    },
  };
}
