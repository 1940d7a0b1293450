// Our own packs: a blank document made by the coachdocs CLI, then filled by this script editing document.xml with
// jszip/xmldom (text written into the content controls of each repeating item, placeholders cleared; Word never opens
// it), optionally re-saved by LibreOffice (make.mjs).
// What it evidences comes from the template's own design: the sections (cd1:s:) and AC tags (cd1:ac:) around each
// field that was filled.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";

const list = (nodes) => Array.from({ length: nodes.length }, (_, i) => nodes.item(i)); // xmldom node lists are not iterable
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const tagOf = (sdt) => {
  const pr = list(sdt.childNodes).find((n) => n.localName === "sdtPr");
  const tag = pr && list(pr.childNodes).find((n) => n.localName === "tag");
  return tag ? tag.getAttributeNS(W, "val") || tag.getAttribute("w:val") : null;
};
const sdts = (scope) => list(scope.getElementsByTagNameNS(W, "sdt"));

export async function ourDocument(repo, work, c, f, index) {
  const dir = join(work, `ours-${index}`);
  mkdirSync(dir, { recursive: true });
  const blank = join(dir, `${index}-${f.name}`);
  const args = ["run", "--no-build", "--project", join(repo, "functions", "CoachingDocs.Cli"), "--", "generate", "document", f.ours.kind, "--unit", c.unit,
    "--name", c.coach, "--registration-number", "R1234567", "--centre-name", "North Centre", "--centre-number", "40123", "--out", blank, "--force"];
  for (const ref of f.ours.clients ?? []) args.push("--client", ref);
  if (f.ours.planned) args.push("--planned-sessions", String(f.ours.planned));
  execFileSync("dotnet", args, { cwd: repo, stdio: ["ignore", "ignore", "inherit"] }); // that checkout's own catalogue
  const evidence = f.ours.items || f.ours.header
    ? await fillDocument(blank, { kind: f.ours.kind, items: f.ours.items ?? {}, header: f.ours.header ?? {} })
    : [];
  return { path: blank, evidence };
}

/** Fills the document in place; returns the sections and ACs around the fields filled. */
export async function fillDocument(path, fill) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("word/document.xml").async("string");
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const body = doc.getElementsByTagNameNS(W, "body")[0];
  const evidence = new Set();
  const kind = fill.kind;
  for (const [block, values] of Object.entries(fill.items)) {
    const items = sdts(body).filter((s) => tagOf(s) === `cd1:i:${block}`);
    if (items.length < values.length) throw new Error(`${path}: ${items.length} '${block}' items, ${values.length} wanted`);
    values.forEach((fields, k) => { for (const [name, value] of Object.entries(fields)) set(items[k], name, value, evidence); });
  }
  for (const [name, value] of Object.entries(fill.header)) set(body, name, value, evidence);
  zip.file("word/document.xml", new XMLSerializer().serializeToString(doc));
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return [...evidence].map((e) => (e.startsWith("section:") ? `${kind}#${e.slice(8)}` : e));

  function set(scope, name, value, found) {
    const control = sdts(scope).find((s) => tagOf(s) === `cd1:f:${name}`);
    if (!control) throw new Error(`${path}: no field '${name}'`);
    const content = list(control.childNodes).find((n) => n.localName === "sdtContent");
    const paragraph = content.getElementsByTagNameNS(W, "p")[0];
    const run = doc.createElementNS(W, "w:r");
    const text = doc.createElementNS(W, "w:t");
    text.setAttribute("xml:space", "preserve");
    text.appendChild(doc.createTextNode(value));
    run.appendChild(text);
    const host = paragraph ?? content;
    for (const r of list(host.childNodes).filter((n) => n.localName === "r")) host.removeChild(r);
    if (!paragraph) while (host.firstChild) host.removeChild(host.firstChild);
    host.appendChild(run);
    const pr = list(control.childNodes).find((n) => n.localName === "sdtPr");
    for (const p of list(pr.childNodes).filter((n) => n.localName === "showingPlcHdr")) pr.removeChild(p);
    if (!value.trim()) return;
    for (let a = control.parentNode; a; a = a.parentNode) {
      if (a.localName !== "sdt") continue;
      const t = tagOf(a) ?? "";
      if (t.startsWith("cd1:s:")) found.add("section:" + t.slice(6));
      if (t.startsWith("cd1:ac:")) for (const ref of t.slice(7).split(",")) found.add("ac:" + ref);
    }
  }
}
