// The manifest for a given origin. addin/manifest.xml is written for the local service (https://localhost:7071); a
// deployment serves the pane elsewhere (the Azure Functions app, a centre's server), so the build writes
// dist/manifest.xml with every URL moved to that origin: `ADDIN_ORIGIN=https://cd.example.org npm run build`, or
// `npm run manifest -- https://cd.example.org [out.xml]`.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const localOrigin = "https://localhost:7071";
export const sourceManifest = join(dirname(fileURLToPath(import.meta.url)), "..", "manifest.xml");

/** The origin as Office needs it: https, a host, an optional port, nothing else; throws saying what is wrong. */
export function checkOrigin(origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`'${origin}' is not a URL; give an origin such as https://coachingdocs.example.org`);
  }
  if (url.protocol !== "https:") throw new Error(`'${origin}' is not https: Office loads add-ins over HTTPS only`);
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password || origin.replace(/\/$/, "") !== url.origin) {
    throw new Error(`'${origin}' is more than an origin: give the scheme, host and port only (the pane lives under /addin/)`);
  }
  return url.origin;
}

export function manifestFor(origin, xml = readFileSync(sourceManifest, "utf8")) {
  const target = checkOrigin(origin);
  return xml.split(localOrigin).join(target);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [origin, out = join(dirname(sourceManifest), "dist", "manifest.xml")] = process.argv.slice(2);
  try {
    writeFileSync(out, manifestFor(origin ?? process.env.ADDIN_ORIGIN ?? localOrigin));
    console.log(`wrote ${out}`);
  } catch (e) {
    console.error(`manifest: ${e.message}`);
    process.exit(2);
  }
}
