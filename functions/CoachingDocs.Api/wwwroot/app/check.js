// "Check a portfolio": the learner's files to the service, the report shown as a page, and the Word and Excel views
// downloaded by sending the same files again (the service keeps nothing between requests).
import { headers, problemText, saveResponse } from "./api.js";
import { renderReport } from "./report.js";

const $ = (id) => document.getElementById(id);
let chosen = [];

export function initCheck(units) {
  $("check-unit").append(...units.map((u) => {
    const option = document.createElement("option");
    option.value = u.id;
    option.textContent = `${u.id} ${u.title}`;
    return option;
  }));
  $("check-files").addEventListener("change", () => choose([...$("check-files").files]));
  const zone = $("drop-zone");
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("dragging"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    choose([...chosen, ...event.dataTransfer.files]);
  });
  $("check-form").addEventListener("submit", submit);
}

function choose(files) {
  chosen = files;
  $("check-file-list").replaceChildren(...files.map((f) => {
    const item = document.createElement("li");
    item.textContent = f.name;
    return item;
  }));
}

function send(format) {
  const form = new FormData();
  for (const file of chosen) form.append("files", file, file.name);
  const query = new URLSearchParams();
  if ($("check-unit").value) query.set("unit", $("check-unit").value);
  if (format) query.set("format", format);
  return fetch(`/api/check?${query}`, { method: "POST", body: form, headers: headers() });
}

function showError(text) {
  const error = $("check-error");
  error.textContent = text;
  error.hidden = false;
}

async function submit(event) {
  event.preventDefault();
  $("check-error").hidden = true;
  $("report").hidden = true;
  if (chosen.length === 0) {
    showError("Choose the learner's files first (the diary, logs and forms of one unit).");
    $("check-files").focus();
    return;
  }
  const status = $("check-status");
  $("check-submit").disabled = true;
  status.textContent = `Checking ${chosen.length === 1 ? "1 file" : `${chosen.length} files`}…`;
  try {
    const response = await send(null);
    if (!response.ok) {
      status.textContent = "";
      const problem = await response.clone().json().catch(() => null);
      // A refusal about one file names it; one about the request as a whole ("(request)") needs no name.
      const named = problem?.file && problem.file !== "(request)" && !problem.detail?.startsWith(problem.file);
      showError(named ? `${problem.file} ${problem.detail}` : (await problemText(response)).replace(/^\(request\): /, ""));
      return;
    }
    const report = await response.json();
    const downloads = renderReport($("report"), report);
    for (const [format, text, fallback] of [["docx", "Download the auto-checked result sheet (.docx)", "result-sheet.docx"],
      ["matrix", "Download the evidence matrix (.docx)", "evidence-matrix.docx"], ["xlsx", "Download the summary workbook (.xlsx)", "summary.xlsx"]]) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = format === "docx" ? "button primary" : "button";
      button.textContent = text;
      button.addEventListener("click", () => download(format, fallback, button));
      downloads.append(button);
    }
    status.textContent = `Checked unit ${report.unit.id}: ${report.rules.filter((r) => r.status !== "notMet").length} of ${report.rules.length} rules met, ` +
      `${report.criteria.filter((c) => c.status === "evidenced").length} of ${report.criteria.length} criteria with evidence located.`;
    $("report-heading").focus();
  } catch (error) {
    status.textContent = "";
    showError(`The service could not be reached (${error.message}).`);
  } finally {
    $("check-submit").disabled = false;
  }
}

async function download(format, fallback, button) {
  button.disabled = true;
  try {
    const response = await send(format);
    if (!response.ok) showError(await problemText(response));
    else $("check-status").textContent = `Downloaded ${await saveResponse(response, fallback)}.`;
  } finally {
    button.disabled = false;
  }
}
