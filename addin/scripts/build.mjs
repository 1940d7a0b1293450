// Builds the task pane to addin/dist as static files the Api serves at /addin/: taskpane.js (bundled with the tag
// convention JSON and the catalogue read from templates/catalogue at build time), taskpane.html, taskpane.css, icons.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readBaseline } from "./readBaseline.mjs";
import { readCatalogue } from "./readCatalogue.mjs";
import { localOrigin, manifestFor } from "./manifest.mjs";

const addin = join(dirname(fileURLToPath(import.meta.url)), "..");
const repo = join(addin, "..");
const dist = join(addin, "dist");
const catalogueFolder = process.env.COACHINGDOCS_CATALOGUE ?? join(repo, "templates", "catalogue");
const origin = process.env.ADDIN_ORIGIN ?? localOrigin;
let manifest;
try {
  manifest = manifestFor(origin);
} catch (e) {
  console.error(`ADDIN_ORIGIN: ${e.message}`);
  process.exit(2);
}
const baseline = readBaseline(join(repo, "templates"));
console.log(`template baseline: ${Object.keys(baseline).length} Word templates`);

const catalogue = readCatalogue(catalogueFolder);
for (const problem of catalogue.problems) console.warn(`catalogue: ${problem}`);
console.log(`catalogue: ${catalogue.qualifications.length} qualifications, ${catalogue.units.length} units bundled`);

const cataloguePlugin = {
  name: "catalogue",
  setup(b) {
    b.onResolve({ filter: /^virtual:catalogue$/ }, () => ({ path: "catalogue", namespace: "catalogue" }));
    b.onLoad({ filter: /.*/, namespace: "catalogue" }, () => ({ contents: JSON.stringify(catalogue), loader: "json" }));
    b.onResolve({ filter: /^virtual:baseline$/ }, () => ({ path: "baseline", namespace: "baseline" }));
    b.onLoad({ filter: /.*/, namespace: "baseline" }, () => ({ contents: JSON.stringify(baseline), loader: "json" }));
  },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  entryPoints: [join(addin, "src/taskpane/main.ts")],
  outfile: join(dist, "taskpane.js"),
  bundle: true,
  format: "iife",
  target: ["es2020"],
  minify: true,
  sourcemap: true,
  legalComments: "none",
  plugins: [cataloguePlugin],
  logLevel: "warning",
});
cpSync(join(addin, "src/taskpane/taskpane.html"), join(dist, "taskpane.html"));
cpSync(join(addin, "src/taskpane/taskpane.css"), join(dist, "taskpane.css"));
cpSync(join(addin, "src/taskpane/help.html"), join(dist, "help.html"));
writeFileSync(join(dist, "manifest.xml"), manifest);
console.log(`manifest for ${origin}: dist/manifest.xml`);
cpSync(join(addin, "assets"), join(dist, "assets"), { recursive: true });
console.log(`built ${dist}`);
