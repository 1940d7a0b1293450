// Hours logs kept in a spreadsheet, written three ways: exceljs (.xlsx directly), CSV and flat ODS (LibreOffice Calc
// converts them). Shapes: one row a session with a SUM total and a "Target" row below it; a Summary sheet whose "Unit:"
// cell holds the id and the title; one sheet per client with h:mm durations, subtotals and a grand total.
import ExcelJS from "exceljs";

const active = (c) => c.sessions.filter((s) => !s.cancelled);
const hours = (m) => Math.round((m / 60) * 10000) / 10000;
const excelDate = (iso) => new Date(iso + "T00:00:00Z");
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function workbook(c, f) {
  const wb = new ExcelJS.Workbook();
  wb.creator = c.coach;
  wb.created = new Date("2025-06-30T12:00:00Z");
  wb.modified = wb.created;
  const rows = active(c);
  if (f.sheet === "sumAndTarget") {
    const ws = wb.addWorksheet("Hours log");
    ws.addRow(["Coaching hours log"]);
    ws.addRow([`Coach: ${c.coach}`]);
    ws.addRow([]);
    ws.addRow(["Date", "Client", "Start", "End", "Hours", "Notes"]);
    const first = ws.rowCount + 1;
    for (const s of rows) {
      const r = ws.addRow([excelDate(s.date), f.clientSpelling ? f.clientSpelling(s.client) : s.client, s.start ?? "", s.end ?? "", hours(s.minutes), "1:1, on site"]);
      r.getCell(1).numFmt = "dd/mm/yyyy";
    }
    const last = ws.rowCount;
    ws.addRow(["Total", "", "", "", { formula: `SUM(E${first}:E${last})`, result: hours(f.stated ?? rows.reduce((n, s) => n + s.minutes, 0)) }]);
    ws.addRow([]);
    ws.addRow(["Target", f.target ?? 18]);
    ws.addRow(["Remaining", { formula: `B${ws.rowCount}-E${last + 1}`, result: Math.max(0, (f.target ?? 18) - hours(rows.reduce((n, s) => n + s.minutes, 0))) }]);
  } else if (f.sheet === "summaryUnit") {
    const summary = wb.addWorksheet("Summary");
    const log = wb.addWorksheet("Log");
    log.addRow(["Session", "Date", "Client", "Minutes", "Type"]);
    rows.forEach((s, i) => { const r = log.addRow([i + 1, excelDate(s.date), s.client, s.minutes, "1:1"]); r.getCell(2).numFmt = "d mmm yyyy"; });
    summary.addRow(["Unit:", f.unitCell]);
    summary.addRow(["Coach:", c.coach]);
    summary.addRow(["Total minutes", { formula: `SUM(Log!D2:D${rows.length + 1})`, result: rows.reduce((n, s) => n + s.minutes, 0) }]);
    summary.addRow(["Total hours", { formula: "B3/60", result: hours(rows.reduce((n, s) => n + s.minutes, 0)) }]);
    if (c.supervision.length) {
      const sup = wb.addWorksheet("Supervision");
      sup.addRow(["Date", "Duration", "Outcomes"]);
      for (const v of c.supervision) { const r = sup.addRow([excelDate(v.date), v.dur, v.outcomes]); r.getCell(1).numFmt = "dd/mm/yyyy"; }
    }
  } else if (f.sheet === "perClient") {
    const summary = wb.addWorksheet("Summary");
    summary.addRow(["Client", "Hours (h:mm)"]);
    const refs = [...new Set(rows.map((s) => s.client))];
    refs.forEach((ref, k) => {
      const ws = wb.addWorksheet(ref.replace(/[\\/?*[\]:]/g, " "));
      ws.addRow(["Date", "Start", "Finish", "Duration"]);
      const mine = rows.filter((s) => s.client === ref);
      for (const s of mine) {
        const r = ws.addRow([excelDate(s.date), s.start ?? "", s.end ?? "", s.minutes / 1440]);
        r.getCell(1).numFmt = "dd/mm/yy"; r.getCell(4).numFmt = "[h]:mm";
      }
      const sub = ws.addRow(["Subtotal", "", "", { formula: `SUM(D2:D${mine.length + 1})`, result: mine.reduce((n, s) => n + s.minutes, 0) / 1440 }]);
      sub.getCell(4).numFmt = "[h]:mm";
      const cell = summary.addRow([ref, { formula: `'${ws.name}'!D${mine.length + 2}`, result: mine.reduce((n, s) => n + s.minutes, 0) / 1440 }]);
      cell.getCell(2).numFmt = "[h]:mm";
      void k;
    });
    const grand = summary.addRow(["Grand total", { formula: `SUM(B2:B${refs.length + 1})`, result: rows.reduce((n, s) => n + s.minutes, 0) / 1440 }]);
    grand.getCell(2).numFmt = "[h]:mm";
    if (c.supervision.length) {
      const sup = wb.addWorksheet("Supervision");
      sup.addRow(["Date", "Duration"]);
      for (const v of c.supervision) { const r = sup.addRow([excelDate(v.date), v.minutes / 1440]); r.getCell(1).numFmt = "dd/mm/yy"; r.getCell(2).numFmt = "[h]:mm"; }
    }
  } else throw new Error(`${c.name}: unknown sheet shape ${f.sheet}`);
  return wb;
}

/** CSV as exported from a phone or a web form: text dates and durations, a Total row, a Target row. */
export function csv(c, f) {
  const q = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines = [["Date", "Client", "Duration", "Type", "Notes"]];
  for (const s of active(c)) lines.push([s.dateText, s.client, s.dur, "Individual", s.goal ?? ""]);
  lines.push(["Total", "", f.statedText ?? "", "", ""]);
  if (f.target) lines.push(["Target", String(f.target), "", "", ""]);
  if (c.supervision.length) {
    lines.push(["", "", "", "", ""], ["Supervision date", "Supervisor", "Duration", "Type", "Outcomes"]);
    for (const v of c.supervision) lines.push([v.dateText, "M. Okafor", v.dur, "Supervision", v.outcomes]);
  }
  return lines.map((l) => l.map(q).join(",")).join("\n") + "\n";
}

/** A flat ODS with real formulas: durations in hours, a SUM total (with its cached value) and a Target row. */
export function fods(c, f) {
  const rows = active(c);
  const cell = (v) => (typeof v === "number" ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
    : `<table:table-cell office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`);
  const date = (iso, text) => `<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="${iso}"><text:p>${esc(text)}</text:p></table:table-cell>`;
  const out = [`<table:table-row>${["Date", "Client", "Duration (hrs)", "Focus"].map(cell).join("")}</table:table-row>`];
  for (const s of rows) out.push(`<table:table-row>${date(s.date, s.dateText)}${cell(s.client)}${cell(hours(s.minutes))}${cell(s.goal ?? "")}</table:table-row>`);
  const sum = hours(rows.reduce((n, s) => n + s.minutes, 0));
  out.push(`<table:table-row>${cell("Total")}${cell("")}<table:table-cell table:formula="of:=SUM([.C2:.C${rows.length + 1}])" office:value-type="float" office:value="${sum}"><text:p>${sum}</text:p></table:table-cell></table:table-row>`);
  if (f.target) out.push(`<table:table-row>${cell("Target")}${cell(f.target)}</table:table-row>`);
  const sup = c.supervision.length
    ? `<table:table table:name="Supervision"><table:table-row>${cell("Date")}${cell("Duration")}${cell("Outcomes")}</table:table-row>`
      + c.supervision.map((v) => `<table:table-row>${date(v.date, v.dateText)}${cell(v.dur)}${cell(v.outcomes)}</table:table-row>`).join("") + "</table:table>" : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Coaching log">${out.join("\n")}</table:table>
${sup}
</office:spreadsheet></office:body></office:document>
`;
}
