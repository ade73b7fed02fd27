// `npm run catalog:report`: the catalog's transition table, the common moves against reported
// durations, and three typical profiles' rankings. Pure computation: no build, no server.
import { catalogReport } from "@/lib/catalog/report";

console.log(catalogReport());
