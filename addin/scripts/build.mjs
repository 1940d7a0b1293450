// Builds the task pane to addin/dist as static files the Api serves at /addin/: taskpane.js (bundled with the tag
// convention JSON and the catalogue read from templates/catalogue at build time), taskpane.html, taskpane.css, icons.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCatalogue } from "./readCatalogue.mjs";

const addin = join(dirname(fileURLToPath(import.meta.url)), "..");
const repo = join(addin, "..");
const dist = join(addin, "dist");
const catalogueFolder = process.env.COACHINGDOCS_CATALOGUE ?? join(repo, "templates", "catalogue");

const catalogue = readCatalogue(catalogueFolder);
for (const problem of catalogue.problems) console.warn(`catalogue: ${problem}`);
console.log(`catalogue: ${catalogue.qualifications.length} qualifications, ${catalogue.units.length} units bundled`);

const cataloguePlugin = {
  name: "catalogue",
  setup(b) {
    b.onResolve({ filter: /^virtual:catalogue$/ }, () => ({ path: "catalogue", namespace: "catalogue" }));
    b.onLoad({ filter: /.*/, namespace: "catalogue" }, () => ({ contents: JSON.stringify(catalogue), loader: "json" }));
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
cpSync(join(addin, "assets"), join(dist, "assets"), { recursive: true });
console.log(`built ${dist}`);
