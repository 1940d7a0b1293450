// RD010: a free-format L5-502-style diary written with the npm "docx" library: headings per session, a summary grid
// table, a supervision heading, a stated total that is wrong on purpose. Run: npm install && node make-docx-diary.mjs
import { writeFileSync } from "node:fs";
import { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, TextRun } from "docx";

const sessions = [
  ["Session 1", "Tue 4th Feb 2025", "1h 30m", "Client A"],
  ["Session 2", "12 March 2025", "90 mins", "Client B"],
  ["Session 3", "14/05/2025", "75 minutes", "Client A"],
  ["Session 4", "02.06.25", "1.5 hrs", "Client C"],
];
const children = [new Paragraph({ text: "Coaching Diary", heading: HeadingLevel.TITLE })];
for (const [name, date, duration, client] of sessions) {
  children.push(new Paragraph({ text: `${name} — ${date} — ${duration} — ${client}`, heading: HeadingLevel.HEADING_2 }));
  children.push(new Paragraph({ children: [new TextRun("Goal: "), new TextRun({ text: "agree priorities for the quarter", bold: true })] }));
  children.push(new Paragraph("Reflection: I listened more than I spoke and summarised before asking the next question."));
  children.push(new Paragraph("Client feedback: found the questions useful."));
}
children.push(new Paragraph({ text: "Supervision 1 — 20/05/2025 — 1 hour", heading: HeadingLevel.HEADING_2 }));
children.push(new Paragraph("Outcomes: use fewer closed questions."));
children.push(new Table({
  rows: [
    new TableRow({ children: ["Total hours", "6.5"].map(t => new TableCell({ children: [new Paragraph(t)] })) }),
  ],
}));
const doc = new Document({ creator: "npm docx fixture", sections: [{ children }] });
writeFileSync("../RD010-NpmDocxFreeFormat.docx", await Packer.toBuffer(doc));
console.log("wrote RD010-NpmDocxFreeFormat.docx");
