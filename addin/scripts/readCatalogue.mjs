// Reads templates/catalogue (catalogue.json + units/*.json) into the slice the add-in bundles. It never fails the
// build: the catalogue may be incomplete while it is written, so a missing or unreadable file becomes a problem
// listed in the bundle (shown in the task pane) instead.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

function stripComments(text) {
  // The C# loader accepts comments and trailing commas; accept the same here.
  return text
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str ?? "")
    .replace(/,(\s*[}\]])/g, "$1");
}

function parseJson(path) {
  return JSON.parse(stripComments(readFileSync(path, "utf8")));
}

export function readCatalogue(folder) {
  const problems = [];
  const result = { version: "", qualifications: [], units: [], problems };
  const indexPath = join(folder, "catalogue.json");
  if (existsSync(indexPath)) {
    try {
      const index = parseJson(indexPath);
      result.version = String(index.version ?? "");
      result.qualifications = (index.qualifications ?? []).map((q) => ({
        id: q.id, title: q.title, level: q.level,
        mandatoryUnits: q.mandatoryUnits ?? [], optionalUnits: q.optionalUnits ?? [],
      }));
    } catch (e) {
      problems.push(`catalogue.json could not be read: ${e.message}`);
    }
  } else {
    problems.push("catalogue.json is missing");
  }
  const unitsFolder = join(folder, "units");
  const files = existsSync(unitsFolder) ? readdirSync(unitsFolder).filter((f) => f.endsWith(".json")).sort() : [];
  for (const file of files) {
    try {
      const u = parseJson(join(unitsFolder, file));
      result.units.push({
        id: u.id, title: u.title, level: u.level, documentKinds: u.documentKinds ?? [],
        rules: (u.rules ?? []).map((r) => ({ kind: r.kind, value: r.value ?? null, text: r.text ?? "" })),
        learningOutcomes: (u.learningOutcomes ?? []).map((lo) => ({
          ref: lo.ref, text: lo.text,
          criteria: (lo.criteria ?? []).map((c) => ({ ref: c.ref, text: c.text, evidencedBy: c.evidencedBy ?? [] })),
        })),
      });
    } catch (e) {
      problems.push(`units/${file} could not be read: ${e.message}`);
    }
  }
  const known = new Set(result.units.map((u) => u.id.toLowerCase()));
  for (const q of result.qualifications) {
    for (const id of [...q.mandatoryUnits, ...q.optionalUnits]) {
      if (!known.has(id.toLowerCase())) problems.push(`${q.id} lists unit ${id}, which the catalogue does not have yet`);
    }
  }
  return result;
}
