"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";

/** Only the assessment page needs React Query, so its client lives here rather than in the root layout. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        // The page arrives with the saved assessment; there is nothing to refetch behind the person's back.
        defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false } },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
