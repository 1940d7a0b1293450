// Makes tests/shared/generated/: documents of every Word kind (most for unit 8585-301) made by our real generator
// (`coachdocs generate document`), blank, and a diary (with and without client references), a reflective log and a
// supervision record filled in the way Word saves typing into a content control
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
  ...["coaching-diary", "reflective-log", "client-feedback", "observation-feedback", "supervision-record", "result-sheet", "portfolio-evidence-matrix",
    "professional-discussion", "authenticity-declaration"]
    .map((kind) => [kind, "8585-301"]),
  ["development-plan", "8585-303"], ["journal-evidence-matrix", "8585-303"], ["assignment-cover", "D3.01"],
];
const learner = ["--name", "Jo Learner", "--registration-number", "R1234567", "--centre-name", "Test Centre", "--centre-number", "123456"];
const clients = ["--client", "Client A", "--client", "Client B"];

/**
 * What the learner types, per repeating item of each block (in order), field by field; a field whose value is a list
 * is a block nested in that item (the diary's client block holds its session blocks). The generator already wrote each
 * client's reference (--client) into its client block and its sessions, and numbered the sessions.
 */
export const diaryFill = {
  client: [
    {
      clientGoals: "Build confidence in leading team meetings",
      session: [
        { sessionDate: "05/05/2025", duration: "1h 30m", goal: "Plan the opening of Monday's meeting", clientFeedback: "Helpful to say it out loud." },
        { sessionDate: "02/06/2025", duration: "10:00-11:15" },
        { sessionDate: "16/06/2025", duration: "tbc" },
      ],
    },
    {
      session: [{ sessionDate: "19/05/2025", duration: "90 mins", options: "Rehearse the opening; ask a peer to observe" }],
    },
  ],
};

/** A diary generated without --client: the learner writes the client's reference once, in the client block's header. */
export const unnamedDiaryFill = {
  client: [
    {
      clientRef: "C. Smith",
      session: [
        { sessionDate: "07/07/2025", duration: "45 mins" },
        { sessionDate: "21/07/2025", duration: "1.5 hrs" },
      ],
    },
  ],
};

export const logFill = {
  reflection: [
    {
      clientRef: "Client A", sessionDate: "05/05/2025", questioning: "Open questions helped; I rushed the options.",
      feedbackImpact: "My summary let her hear her own plan.", improvement: "Next time I will wait after asking.",
    },
  ],
};

export const supervisionFill = {
  supervision: [{ sessionDate: "10/06/2025", outcomes: "Agreed to contract more clearly about confidentiality." }],
};

/** [file written, blank it starts from, what is typed]. */
const filled = [
  ["GEN-8585-301-coaching-diary-filled.docx", "GEN-8585-301-coaching-diary-blank.docx", diaryFill],
  ["GEN-8585-301-coaching-diary-unnamed-filled.docx", "GEN-8585-301-coaching-diary-unnamed-blank.docx", unnamedDiaryFill],
  ["GEN-8585-301-reflective-log-filled.docx", "GEN-8585-301-reflective-log-blank.docx", logFill],
  ["GEN-8585-301-supervision-record-filled.docx", "GEN-8585-301-supervision-record-blank.docx", supervisionFill],
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

/** The repeating blocks the document has. */
const blocksIn = (xml) => [...new Set([...xml.matchAll(/<w:tag\s+w:val="cd1:i:([^"]*)"/g)].map((m) => m[1]))];

/** [start, end) of the item the path names ([block, index] pairs, outermost first), re-found in the current xml. */
function locate(xml, path) {
  let scope = [0, xml.length];
  for (const [block, i] of path) {
    const item = controls(xml, `cd1:i:${block}`, scope[0], scope[1])[i];
    if (!item) throw new Error(`no ${path.map(([b, n]) => `${b} item #${n + 1}`).join(" > ")}`);
    scope = item;
  }
  return scope;
}

export function fill(xml, spec, path = []) {
  for (const [block, items] of Object.entries(spec)) {
    items.forEach((fields, i) => {
      const here = [...path, [block, i]];
      for (const [field, value] of Object.entries(fields)) {
        if (Array.isArray(value)) {
          xml = fill(xml, { [field]: value }, here);
          continue;
        }
        const item = locate(xml, here);
        // The item's own field, not one inside an item nested in it (a client block's header, not its sessions').
        const inner = blocksIn(xml).flatMap((b) => controls(xml, `cd1:i:${b}`, item[0] + 1, item[1]));
        const target = controls(xml, `cd1:f:${field}`, item[0], item[1]).find(([s]) => !inner.some(([a, b]) => s > a && s < b));
        if (!target) throw new Error(`no ${field} in ${here.map(([b, n]) => `${b} item #${n + 1}`).join(" > ")}`);
        xml = type(xml, target, value);
      }
    });
  }
  return xml;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(out, { recursive: true });
  const generate = (kind, unit, file, args) => {
    const r = spawnSync(cli, ["generate", "document", kind, "--unit", unit, ...args, "--out", join(out, file), "--force"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`coachdocs failed for ${kind}: ${r.stderr}`);
  };
  for (const [kind, unit] of blanks) generate(kind, unit, `GEN-${unit}-${kind}-blank.docx`, [...learner, ...clients]);
  generate("coaching-diary", "8585-301", "GEN-8585-301-coaching-diary-unnamed-blank.docx", learner);
  for (const [file, blank, spec] of filled) {
    const files = unzip(readFileSync(join(out, blank)));
    files.set("word/document.xml", Buffer.from(fill(files.get("word/document.xml").toString("utf8"), spec), "utf8"));
    writeFileSync(join(out, file), zip(files));
  }
  console.log(`wrote ${out}`);
}
