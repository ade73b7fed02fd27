import { notFound } from "@/lib/http/errors";
import { publicRoute } from "@/lib/http/handler";

// Unknown API paths answer in the API's own error format rather than with the HTML 404 page.
const unknown = publicRoute(async () => {
  throw notFound("No such API endpoint.");
});

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
