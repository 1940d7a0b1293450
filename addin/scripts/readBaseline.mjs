// The text our blank templates already print inside their sections (a contract's standard terms, signature labels),
// per document kind, bundled at build time like the catalogue. A section the learner left as it was then reads as
// empty and only lines they added count as evidence: the same baseline the C# reader builds from the same templates
// (Core/Reading/TemplateBaseline.cs).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzip } from "./unzip.mjs";

const fieldPrefix = "cd1:f:";
const personalValue = "\uE000"; // where the generator writes a personal value: the text before it is the template's
const token = /<w:sdt>|<w:sdt\s[^>]*>|<\/w:sdt>|<w:tag\s+w:val="([^"]*)"\s*\/>|<\/w:p>|<w:tab\s*\/>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t\s*\/>|<w:del\b[^>]*\/>|<w:del\b[\s\S]*?<\/w:del>/g;

const decode = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The lines inside every non-field cd1 control of one template's body. */
export function baselineOf(documentXml) {
  const lines = new Set();
  const prefixes = new Set();
  const open = []; // { tag, text }
  for (const m of documentXml.matchAll(token)) {
    const t = m[0];
    if (t.startsWith("<w:del")) continue; // deleted text is not the template's
    if (t === "<w:sdt>" || t.startsWith("<w:sdt ")) open.push({ tag: null, text: "" });
    else if (t === "</w:sdt>") {
      const c = open.pop();
      if (!c?.tag || !c.tag.startsWith("cd1:") || c.tag.startsWith(fieldPrefix)) continue;
      for (const line of c.text.split("\n")) {
        const marker = line.indexOf(personalValue);
        if (marker > 0) prefixes.add(line.slice(0, marker).trim());
        else if (marker < 0 && line.trim().length > 0) lines.add(line.trim());
      }
    } else if (m[1] !== undefined) {
      // The first tag inside an sdt's properties is its own; later ones belong to nested controls, pushed already.
      const top = open[open.length - 1];
      if (top && top.tag === null) top.tag = m[1];
    } else {
      const piece = t === "</w:p>" ? "\n" : t.startsWith("<w:tab") ? "\t" : decode(m[2] ?? "");
      for (const c of open) c.text += piece;
    }
  }
  return { lines: [...lines].sort(), prefixes: [...prefixes].sort() };
}

/** Baselines of every Word template in a folder, by document kind (the file name without .docx). */
export function readBaseline(folder) {
  const result = {};
  if (!existsSync(folder)) return result;
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".docx")).sort()) {
    const xml = unzip(readFileSync(join(folder, file))).get("word/document.xml");
    if (xml) result[file.slice(0, -".docx".length)] = baselineOf(xml.toString("utf8"));
  }
  return result;
}
