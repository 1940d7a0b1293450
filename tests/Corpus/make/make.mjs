// Renders every case of cases.mjs into tests/Corpus/cases/NNN-name/ with its truth.json. Word files come from npm docx
// directly, from HTML / flat ODT / ODT via LibreOffice, from Markdown via pandoc; workbooks from exceljs and from
// CSV / flat ODS via LibreOffice Calc; our own packs from the coachdocs CLI, filled like a learner. Run ./make.sh.
import { mkdirSync, writeFileSync, readFileSync, rmSync, existsSync, copyFileSync, readdirSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { cases, deferred } from "./cases.mjs";
import { layouts } from "./render/layouts.mjs";
import { toDocx, toHtml, toFodt, toMarkdown } from "./render/backends.mjs";
import { workbook, csv, fods } from "./render/sheets.mjs";
import { ourDocument } from "./render/ours.mjs";
import { computeTruth } from "./truth.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..", "..");
const out = join(here, "..", "cases");
const unitOf = (id) => JSON.parse(readFileSync(join(repo, "templates", "catalogue", "units", `${id}.json`), "utf8"));
const work = join(tmpdir(), `corpus-${process.pid}`);
const pending = { html: [], fodt: [], odt: [], csv: [], fods: [] }; // converted in batches by LibreOffice at the end
// --truth-only: recompute every case's truth.json from the same data (after a catalogue or evidence change) and leave
// the documents as they are; our own packs are still generated (in the work directory) for what they evidence.
const truthOnly = process.argv.includes("--truth-only");
// Our packs' evidence is what the generator that made them put around the fields filled: with --truth-only, point
// CORPUS_OURS_REPO at a checkout of the commit that made the committed packs (docs/corpus.md).
const oursRepo = process.env.CORPUS_OURS_REPO ?? repo;
mkdirSync(work, { recursive: true });
if (!truthOnly) rmSync(out, { recursive: true, force: true });

const written = [];
for (const [index, c] of cases.entries()) {
  const unit = unitOf(c.unit);
  c.acText = deferred.ACS(unit);
  if (c.assignmentSkip != null) {
    const refs = Object.keys(c.acText);
    c.assignment = { words: 2400 + 137 * index, answers: Object.fromEntries(refs.filter((_, k) => (k + c.assignmentSkip) % 4 !== 3)
      .map((r) => [r, `In my organisation this means ${c.acText[r].toLowerCase().slice(0, 60)}... I give two examples from my own team and the policy that applies.`])) };
  }
  if (unit.markSheet) c.markSheet = unit.markSheet;
  const dir = join(out, `${String(index + 1).padStart(3, "0")}-${c.name}`);
  mkdirSync(dir, { recursive: true });
  // The truth is of the documents the case holds: a kind the catalogue gained since they were made is not among them.
  // And a kind it has since lost (a pack made when every unit carried an evidence matrix) still is: for our packs, the
  // truth lists the documents the folder holds, each generated again (blank, as it was) for what it evidences.
  if (truthOnly) {
    c.files = c.files.filter((f) => existsSync(join(dir, f.name)));
    const ours = c.files.find((f) => f.ours);
    if (ours && c.files.every((f) => f.ours)) {
      for (const name of readdirSync(dir).filter((n) => /\.(docx|xlsx)$/.test(n) && !c.files.some((f) => f.name === n)))
        c.files.push({ name, ours: { ...ours.ours, kind: basename(name).replace(/\.[^.]+$/, "") } });
    }
  }

  // What the files actually carry: a reflection or feedback only counts where a layout writes it.
  const rendersR = c.files.some((f) => (f.layouts ?? []).some((l) => layouts[l].rendersReflections?.(f)) || f.reflections);
  const rendersF = c.files.some((f) => (f.layouts ?? []).some((l) => layouts[l].rendersFeedback?.(f)) || f.feedback);
  const rendersForms = c.files.some((f) => (f.layouts ?? []).includes("feedbackForms"));
  for (const s of c.sessions) { if (!rendersR) delete s.reflection; if (!rendersF) delete s.feedback; if (!rendersForms) delete s.feedbackForm; }
  // Likewise supervision: a case whose files hold no supervision record has none (a diary kept per client writes none).
  const rendersS = c.files.some((f) => (f.layouts ?? []).some((l) => layouts[l].rendersSupervision?.(f))
    || (f.sheet && f.sheet !== "sumAndTarget") || f.ours?.items?.supervision);
  if (!rendersS) c.supervision = [];

  const evidence = [];
  for (const f of c.files) {
    const target = join(dir, f.name);
    if (f.layouts) {
      const blocks = f.layouts.flatMap((l) => layouts[l].blocks(c, f));
      evidence.push(...f.layouts.flatMap((l) => layouts[l].evidence(c, f)));
      const meta = { title: `${c.unit} ${basename(f.name, ".docx")}`, creator: c.coach };
      const stem = join(work, `${index}-${basename(f.name, ".docx")}`);
      if (truthOnly) continue;
      if (f.via === "npm-docx") writeFileSync(target, await toDocx(blocks, meta));
      else if (f.via === "libreoffice-html") { writeFileSync(stem + ".html", toHtml(blocks, meta)); pending.html.push([stem + ".html", target]); }
      else if (f.via === "libreoffice-fodt") { writeFileSync(stem + ".fodt", toFodt(blocks, meta)); pending.fodt.push([stem + ".fodt", target]); }
      else if (f.via === "libreoffice-odt") { writeFileSync(stem + ".html", toHtml(blocks, meta)); pending.odt.push([stem + ".html", target]); }
      else if (f.via === "pandoc") {
        writeFileSync(stem + ".md", toMarkdown(blocks, meta));
        execFileSync("pandoc", [stem + ".md", "-f", "markdown", "-t", "docx", "-o", target]);
      } else throw new Error(`${c.name}: unknown producer ${f.via}`);
    } else if (f.sheet) {
      evidence.push(...(f.evidence ?? []));
      if (truthOnly) continue;
      if (f.via === "exceljs") await workbook(c, f).xlsx.writeFile(target);
      else if (f.via === "libreoffice-calc-csv") { const p = join(work, `${index}-${basename(f.name, ".xlsx")}.csv`); writeFileSync(p, csv(c, f)); pending.csv.push([p, target]); }
      else if (f.via === "libreoffice-calc-fods") { const p = join(work, `${index}-${basename(f.name, ".xlsx")}.fods`); writeFileSync(p, fods(c, f)); pending.fods.push([p, target]); }
      else throw new Error(`${c.name}: unknown producer ${f.via}`);
    } else if (f.ours) {
      const result = await ourDocument(oursRepo, work, c, f, index);
      evidence.push(...result.evidence);
      if (truthOnly) continue;
      if (f.ours.resave) pending.odt.push([result.path, target, "docx"]); else copyFileSync(result.path, target);
    }
  }
  written.push([dir, c, unit, evidence]);
}

if (!truthOnly) convert();
for (const [dir, c, unit, evidence] of written) {
  for (const f of c.files) if (!existsSync(join(dir, f.name))) throw new Error(`${c.name}: ${f.name} was not produced`);
  writeFileSync(join(dir, "truth.json"), JSON.stringify(computeTruth(c, unit, evidence), null, 2) + "\n");
}
console.log(`wrote ${written.length} cases, ${written.reduce((n, [, c]) => n + c.files.length, 0)} files under ${out}`);

// LibreOffice, in a private profile so it runs beside other soffice users; one call per batch.
function soffice(args) {
  execFileSync("soffice", [`-env:UserInstallation=file://${work}/lo-profile`, "--headless", ...args], { stdio: ["ignore", "ignore", "inherit"] });
}
function batch(list, filterArgs, toExt, outExt) {
  if (!list.length) return;
  const o = join(work, `out-${toExt.split(":")[0]}-${Math.random().toString(36).slice(2, 8)}`);
  soffice([...filterArgs, "--convert-to", toExt, "--outdir", o, ...list.map(([src]) => src)]);
  return list.map(([src, target]) => [join(o, basename(src).replace(/\.[^.]+$/, "." + outExt)), target]);
}
function convert() {
  for (const [made, target] of batch(pending.html, ["--infilter=HTML (StarWriter)"], 'docx:MS Word 2007 XML', "docx") ?? []) copyFileSync(made, target);
  for (const [made, target] of batch(pending.fodt, [], 'docx:MS Word 2007 XML', "docx") ?? []) copyFileSync(made, target);
  // ODT round trip: HTML (or our own .docx) -> .odt -> .docx, as a learner who works in LibreOffice's own format.
  const odts = batch(pending.odt, [], "odt", "odt") ?? [];
  for (const [made, target] of batch(odts, [], 'docx:MS Word 2007 XML', "docx") ?? []) copyFileSync(made, target);
  for (const [made, target] of batch(pending.csv, ["--infilter=CSV:44,34,76,1"], "xlsx:Calc MS Excel 2007 XML", "xlsx") ?? []) copyFileSync(made, target);
  for (const [made, target] of batch(pending.fods, [], "xlsx:Calc MS Excel 2007 XML", "xlsx") ?? []) copyFileSync(made, target);
}
