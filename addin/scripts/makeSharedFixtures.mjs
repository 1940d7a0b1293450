// Makes tests/shared/generated/: documents of every Word kind (most for unit 8585-301) made by our real generator
// (`coachdocs generate document`), blank, and one diary filled in the way Word saves typing into a content control
// (the control's runs replaced by the typed text, its w:showingPlcHdr removed; nothing else touched), which this
// script does by editing word/document.xml. Run it after changing the generator, then check the figures in
// tests/shared/generated/expected.json by hand: they are written from what is filled in here, not from any output.
//   node scripts/makeSharedFixtures.mjs [path/to/coachdocs]
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzip } from "./unzip.mjs";
import { zip } from "./zip.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(repo, "tests", "shared", "generated");
const cli = process.argv[2] ?? join(repo, "functions", "CoachingDocs.Cli", "bin", "Debug", "net10.0", "coachdocs");
// Every Word kind the generator makes, each for a unit that has it.
const blanks = [
  ...["coaching-diary", "reflective-log", "client-feedback", "observation-feedback", "supervision-record", "result-sheet", "portfolio-evidence-matrix"]
    .map((kind) => [kind, "8585-301"]),
  ["development-plan", "8585-303"], ["journal-evidence-matrix", "8585-303"], ["assignment-cover", "D3.01"],
];
const learner = ["--name", "Jo Learner", "--registration-number", "R1234567", "--centre-name", "Test Centre", "--centre-number", "123456",
  "--client", "Client A", "--client", "Client B"];

/** What the learner types, per repeating item of each block (in order), field by field. */
export const diaryFill = {
  session: [
    { clientRef: "Client A", sessionDate: "05/05/2025", duration: "1h 30m", goal: "Build confidence in leading team meetings", clientFeedback: "Helpful to say it out loud." },
    { clientRef: "Client B", sessionDate: "19/05/2025", duration: "90 mins", options: "Rehearse the opening; ask a peer to observe" },
    { clientRef: "Client A", sessionDate: "02/06/2025", duration: "10:00-11:15" },
    { clientRef: "Client A", sessionDate: "16/06/2025", duration: "tbc" },
  ],
};

export const logFill = {
  reflection: [
    { clientRef: "Client A", sessionDate: "05/05/2025", feedbackImpact: "My summary let her hear her own plan.", reflection: "I rushed the options; next time I will wait." },
  ],
};

export const supervisionFill = {
  supervision: [{ sessionDate: "10/06/2025", duration: "1 hour", outcomes: "Agreed to contract more clearly about confidentiality." }],
};

const filled = [
  ["coaching-diary", diaryFill],
  ["reflective-log", logFill],
  ["supervision-record", supervisionFill],
];

function matchingEnd(xml, start) {
  const re = /<w:sdt>|<w:sdt\s[^>]*>|<\/w:sdt>/g;
  re.lastIndex = start + 1;
  let depth = 1;
  for (let m; (m = re.exec(xml)); ) {
    depth += m[0] === "</w:sdt>" ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error("unbalanced w:sdt");
}

/** [start, end) of every sdt whose own tag is `tag`, in document order. */
function controls(xml, tag, from = 0, to = xml.length) {
  const found = [];
  const re = /<w:sdt>|<w:sdt\s[^>]*>/g;
  re.lastIndex = from;
  for (let m; (m = re.exec(xml)) && m.index < to; ) {
    const prEnd = xml.indexOf("</w:sdtPr>", m.index);
    const own = /<w:tag\s+w:val="([^"]*)"/.exec(xml.slice(m.index, prEnd));
    if (own?.[1] === tag) found.push([m.index, matchingEnd(xml, m.index)]);
  }
  return found;
}

const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Types `value` into the control at [start, end) as Word saves it. */
function type(xml, [start, end], value) {
  const sdt = xml.slice(start, end);
  const contentStart = sdt.indexOf("<w:sdtContent>") + "<w:sdtContent>".length;
  const contentEnd = sdt.lastIndexOf("</w:sdtContent>");
  const content = sdt.slice(contentStart, contentEnd);
  const run = `<w:r><w:t xml:space="preserve">${esc(value)}</w:t></w:r>`;
  const p = /^<w:p\b[^>]*?(\/?)>/.exec(content);
  const filled = p ? `<w:p>${/<w:pPr>[\s\S]*?<\/w:pPr>/.exec(content)?.[0] ?? ""}${run}</w:p>` : run;
  const pr = sdt.slice(0, contentStart).replace(/<w:showingPlcHdr\s*\/>/, "");
  return xml.slice(0, start) + pr + filled + sdt.slice(contentEnd) + xml.slice(end);
}

export function fill(xml, spec) {
  for (const [block, items] of Object.entries(spec)) {
    items.forEach((fields, i) => {
      for (const [field, value] of Object.entries(fields)) {
        const item = controls(xml, `cd1:i:${block}`)[i];
        if (!item) throw new Error(`no ${block} item #${i + 1}`);
        const target = controls(xml, `cd1:f:${field}`, item[0], item[1])[0];
        if (!target) throw new Error(`no ${field} in ${block} item #${i + 1}`);
        xml = type(xml, target, value);
      }
    });
  }
  return xml;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(out, { recursive: true });
  for (const [kind, unit] of blanks) {
    const file = join(out, `GEN-${unit}-${kind}-blank.docx`);
    const r = spawnSync(cli, ["generate", "document", kind, "--unit", unit, ...learner, "--out", file, "--force"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`coachdocs failed for ${kind}: ${r.stderr}`);
  }
  for (const [kind, spec] of filled) {
    const files = unzip(readFileSync(join(out, `GEN-8585-301-${kind}-blank.docx`)));
    files.set("word/document.xml", Buffer.from(fill(files.get("word/document.xml").toString("utf8"), spec), "utf8"));
    writeFileSync(join(out, `GEN-8585-301-${kind}-filled.docx`), zip(files));
  }
  console.log(`wrote ${out}`);
}
