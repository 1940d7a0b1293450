// The check report (docs/report-schema.md) as a page. Everything from the documents goes in with textContent only,
// never as HTML: the learner's words are data.

/** Rule kinds in words, the same words as the auto-checked result sheet (Core/Reports/RuleNames.cs). */
export const ruleNames = {
  minHours: "Minimum hours",
  minIndividuals: "Minimum individuals coached",
  maxIndividuals: "Maximum individuals coached",
  minSupervisionSessions: "Minimum supervision sessions",
  minSupervisionHours: "Minimum supervision hours",
  minPlanMonths: "Minimum length of the development plan",
  reflectionEverySession: "A reflection on every session",
  feedbackEverySession: "Client feedback on every session",
};

/** The unit of each rule's figure, one and many, as the result sheet words it. */
const ruleUnits = {
  minHours: ["hour", "hours"],
  minIndividuals: ["individual", "individuals"],
  maxIndividuals: ["individual", "individuals"],
  minSupervisionSessions: ["session", "sessions"],
  minSupervisionHours: ["hour", "hours"],
  minPlanMonths: ["month", "months"],
  reflectionEverySession: ["session", "sessions"],
  feedbackEverySession: ["session", "sessions"],
};

function quantity(kind, value) {
  if (value == null) return "none";
  const number = Number(value.toFixed(2));
  const units = ruleUnits[kind];
  return units ? `${number} ${number === 1 ? units[0] : units[1]}` : String(number);
}

const shownEvidence = 3;

const statusWords = { met: "Met", notMet: "Not met", metWithException: "Met with a recorded exception" };

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") element.textContent = value;
    else if (name === "className") element.className = value;
    else element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

const svgNs = "http://www.w3.org/2000/svg";

function svg(tag, attributes) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

export function hours(value) {
  return `${Number(value.toFixed(2))} ${value === 1 ? "hour" : "hours"}`;
}

export function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function table(caption, headings, rows, className = "data") {
  return el("table", { className },
    el("caption", { text: caption }),
    el("thead", {}, el("tr", {}, ...headings.map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, ...rows));
}

function row(header, ...cells) {
  return el("tr", {}, el("th", { scope: "row", text: header }), ...cells.map((c) => (c instanceof Node ? el("td", {}, c) : el("td", { text: String(c) }))));
}

// A term and its figure in one box (a div may group dt/dd pairs in a dl).
function figure(term, value) {
  return el("div", { className: "figure" }, el("dt", { text: term }), el("dd", {}, value));
}

function targetOf(report, kind) {
  return report.rules.find((r) => r.kind === kind)?.required ?? null;
}

function figures(report) {
  const target = targetOf(report, "minHours");
  const hoursValue = el("span", { text: target ? `${hours(report.hours.total)} of the ${hours(target)} required` : hours(report.hours.total) });
  const box = [hoursValue];
  if (target) box.push(el("meter", { min: "0", max: String(target), value: String(Math.min(report.hours.total, target)), "aria-label": "Hours against the target" }));
  const supervision = `${count(report.supervision.sessions, "session")}, ${report.supervision.minutes ? hours(report.supervision.hours) : "no time recorded"}`;
  return el("dl", { className: "figures" },
    figure("Coaching hours", el("span", {}, ...box)),
    figure("Sessions", document.createTextNode(String(report.sessions.length))),
    figure("Individuals coached", document.createTextNode(String(report.clients))),
    figure("Supervision", document.createTextNode(supervision)),
    figure("Feedback forms", document.createTextNode(String(report.feedbackForms))),
    figure("Reflective log entries", document.createTextNode(String(report.reflectiveLogEntries))),
    figure("Total the learner wrote", document.createTextNode(report.statedTotalHours == null ? "not stated" : hours(report.statedTotalHours))));
}

/** Hours per client as horizontal bars; the figures are in the text beside each bar, so the chart needs no colour to read. */
function clientChart(report) {
  const entries = Object.entries(report.hours.byClient);
  if (entries.length === 0) return el("p", { text: "No sessions with a client were read." });
  const most = Math.max(...entries.map(([, h]) => h), 0.01);
  return el("ul", { className: "bars", "aria-label": "Hours per client" }, ...entries.map(([client, h]) => {
    const chart = svg("svg", { viewBox: "0 0 100 10", preserveAspectRatio: "none", "aria-hidden": "true", focusable: "false", class: "bar" });
    chart.append(svg("rect", { x: 0, y: 0, width: Math.max(1, (h / most) * 100), height: 10, class: "bar-fill" }));
    return el("li", {}, el("span", { className: "bar-label", text: client }), chart, el("span", { className: "bar-value", text: hours(h) }));
  }));
}

function rules(report) {
  return table("Unit rules", ["Rule", "What the unit asks", "Figure", "Required", "Result"], report.rules.map((r) =>
    el("tr", {},
      el("th", { scope: "row", text: ruleNames[r.kind] ?? r.description }),
      el("td", { text: r.description }),
      el("td", { text: quantity(r.kind, r.figure) }),
      el("td", { text: r.required == null ? "" : `${r.kind === "maxIndividuals" ? "at most " : ""}${quantity(r.kind, r.required)}` }),
      el("td", { className: `status status-${r.status}`, text: statusWords[r.status] ?? r.status }))));
}

function criteria(report) {
  return table("Assessment criteria", ["AC", "Criterion", "Evidence located"], report.criteria.map((c) => {
    const item = (e) => el("li", {}, el("q", { text: e.excerpt }), el("span", { className: "location", text: e.location }));
    const cell = el("td", {});
    if (c.evidence.length === 0) cell.append(el("p", { className: "no-evidence", text: "No evidence" }));
    else cell.append(el("ul", { className: "evidence" }, ...c.evidence.slice(0, shownEvidence).map(item)));
    // The first few places are enough to go to; the rest fold away so the page stays readable.
    if (c.evidence.length > shownEvidence) {
      cell.append(el("details", {}, el("summary", { text: `${c.evidence.length - shownEvidence} more places` }),
        el("ul", { className: "evidence" }, ...c.evidence.slice(shownEvidence).map(item))));
    }
    return el("tr", {}, el("th", { scope: "row", text: c.ref }), el("td", { text: c.text }), cell);
  }));
}

function sessions(report) {
  if (report.sessions.length === 0) return el("p", { text: "No coaching sessions were read." });
  return table("Sessions read", ["Session", "Client", "Date", "Hours", "Where"], report.sessions.map((s) =>
    row(String(s.number ?? ""), s.client ?? "", s.date ?? "not read", s.hours == null ? "not read" : String(s.hours), s.location)));
}

function notes(title, items) {
  if (items.length === 0) return el("p", { text: `${title}: none.` });
  return el("ul", { className: "notes", "aria-label": title }, ...items.map((n) =>
    el("li", {}, el("span", { className: "code", text: n.code }), document.createTextNode(` ${n.message}`),
      ...(n.location ? [el("span", { className: "location", text: n.location })] : []))));
}

function heading(text, id) {
  return el("h3", { className: "subsection-title", id, text });
}

/** Replaces the content of <paramref name="container"/> with the report; returns the element holding the downloads. */
export function renderReport(container, report) {
  const unit = report.unit;
  const documents = report.documents.map((d) => d.fileName).join(", ");
  const downloads = el("div", { className: "actions", role: "group", "aria-label": "Downloads" });
  container.replaceChildren(
    el("h3", { className: "report-title", id: "report-heading", tabindex: "-1", text: `Unit ${unit.id}: ${unit.title}` }),
    el("p", { className: "hint", text: `Checked ${documents}. The figures are what was read from the files; the Pass or Referral is the assessor's.` }),
    downloads,
    heading("Figures", "figures-heading"), figures(report),
    heading("Hours per client", "clients-heading"), clientChart(report),
    heading("Rules", "rules-heading"), rules(report),
    heading("Evidence for each assessment criterion", "criteria-heading"), criteria(report),
    heading("Sessions", "sessions-heading"), sessions(report),
    heading("Findings", "findings-heading"), notes("Findings", report.findings),
    heading("Warnings: values that had to be interpreted", "warnings-heading"), notes("Warnings", report.warnings));
  container.hidden = false;
  return downloads;
}
