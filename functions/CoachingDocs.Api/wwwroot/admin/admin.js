// The admin page: plain JavaScript against the cohort API (docs/cohorts.md). No framework, no build step.
"use strict";

const $ = (id) => document.getElementById(id);
const keyInput = $("api-key");
keyInput.value = sessionStorage.getItem("coachingdocs-key") ?? "";
keyInput.addEventListener("change", () => sessionStorage.setItem("coachingdocs-key", keyInput.value));

// The key goes in the header Azure Functions reads for function keys; the local service accepts the same header.
function headers() {
  return keyInput.value ? { "x-functions-key": keyInput.value } : {};
}

async function problemText(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `The service answered ${response.status}.`;
  } catch {
    return `The service answered ${response.status}.`;
  }
}

function showError(element, text) {
  element.textContent = text;
  element.hidden = false;
}

// Text from the roster is shown with textContent only, never as HTML.
function fillProblems(problems) {
  const box = $("roster-problems");
  const body = box.querySelector("tbody");
  body.replaceChildren(...problems.map((p) => {
    const row = document.createElement("tr");
    for (const value of [p.row, p.column ?? "", p.message]) {
      const cell = document.createElement("td");
      cell.textContent = String(value);
      row.append(cell);
    }
    return row;
  }));
  box.hidden = problems.length === 0;
}

function fillWarnings(warnings) {
  const list = $("roster-warnings");
  list.replaceChildren(...(warnings ?? []).map((w) => {
    const item = document.createElement("li");
    item.textContent = w;
    return item;
  }));
  list.hidden = list.children.length === 0;
}

const stateWords = { Queued: "Waiting to start", Running: "Generating", Succeeded: "Done", Failed: "Failed", Cancelled: "Cancelled" };

function showJob(job) {
  $("job").hidden = false;
  $("job-progress").value = job.percent;
  let text = `${stateWords[job.state] ?? job.state}: ${job.percent}% (${job.done} of ${job.total} learners)`;
  if (job.state === "Succeeded" && job.failures.length > 0) text += `; ${job.failures.length} could not be generated`;
  if (job.error) text += ` — ${job.error}`;
  $("job-status").textContent = text;
  const finished = ["Succeeded", "Failed", "Cancelled"].includes(job.state);
  $("job-cancel").hidden = finished;
  $("job-resume").hidden = !["Cancelled", "Failed"].includes(job.state);
  const link = $("job-download");
  if (job.state === "Succeeded") {
    link.href = `/api/cohorts/jobs/${job.id}/download`;
    link.download = job.outputFileName;
    link.hidden = false;
  }
  return finished;
}

let current = null;

async function poll(id) {
  while (current === id) {
    const response = await fetch(`/api/cohorts/jobs/${id}`, { headers: headers() });
    if (!response.ok) {
      showError($("roster-error"), await problemText(response));
      return;
    }
    if (showJob(await response.json())) {
      $("roster-submit").disabled = false;
      if (!$("job-download").hidden) $("job-download").focus();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

$("roster-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = $("roster-error");
  error.hidden = true;
  $("job-download").hidden = true;
  const file = $("roster-file").files[0];
  if (!file) {
    showError(error, "Choose a roster file first.");
    return;
  }
  const form = new FormData();
  form.append("roster", file, file.name);
  $("roster-submit").disabled = true;
  const response = await fetch("/api/cohorts/jobs", { method: "POST", body: form, headers: headers() });
  if (!response.ok) {
    $("roster-submit").disabled = false;
    const body = await response.json().catch(() => null);
    showError(error, body?.detail || body?.title || `The service answered ${response.status}.`);
    const problems = body?.rosterProblems ?? [];
    fillProblems(problems);
    fillWarnings(body?.rosterWarnings);
    $("job").hidden = problems.length === 0;
    $("job-progress").hidden = true;
    $("job-cancel").hidden = true;
    $("job-status").textContent = "";
    return;
  }
  const job = await response.json();
  $("job-progress").hidden = false;
  fillProblems(job.rosterProblems);
  fillWarnings(job.rosterWarnings);
  showJob(job);
  current = job.id;
  poll(job.id);
});

$("job-resume").addEventListener("click", async () => {
  if (!current) return;
  const response = await fetch(`/api/cohorts/jobs/${current}/resume`, { method: "POST", headers: headers() });
  if (!response.ok) {
    showError($("roster-error"), await problemText(response));
    return;
  }
  showJob(await response.json());
  poll(current);
});

$("job-cancel").addEventListener("click", async () => {
  if (!current) return;
  const response = await fetch(`/api/cohorts/jobs/${current}/cancel`, { method: "POST", headers: headers() });
  if (!response.ok) showError($("roster-error"), await problemText(response));
});

// --- Checking a cohort's submissions ---

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function coverage(criteria) {
  const td = document.createElement("td");
  for (const [i, c] of criteria.entries()) {
    if (i > 0) td.append(", ");
    const span = document.createElement("span");
    span.textContent = c.evidenceCount > 0 ? `${c.ref} (${c.evidenceCount})` : `${c.ref} none`;
    if (c.evidenceCount === 0) span.className = "ac-missing";
    td.append(span);
  }
  return td;
}

function showCheck(summary) {
  const body = document.querySelector("#check-results tbody");
  body.replaceChildren(...summary.learners.map((l) => {
    const row = document.createElement("tr");
    const learner = document.createElement("th");
    learner.scope = "row";
    learner.textContent = l.learner;
    row.append(learner, cell(l.unitId ?? ""), cell(l.status, `status-${l.status}`), cell(l.readyForAssessment ? "Yes" : "No"));
    if (l.error) {
      const error = cell(`Could not be checked: ${l.error}`);
      error.colSpan = 6;
      row.append(error);
    } else {
      row.append(cell(l.hours.toFixed(2)), cell(String(l.individuals)), cell(`${l.supervisionSessions} sessions, ${l.supervisionHours} h`),
        cell(`${l.criteriaEvidenced} of ${l.criteria.length}`), coverage(l.criteria), cell(l.findings.join("\n"), "findings"));
    }
    return row;
  }));
  const problems = $("check-problems");
  problems.querySelector("ul").replaceChildren(...summary.problems.map((p) => {
    const item = document.createElement("li");
    item.textContent = `${p.path}: ${p.message}`;
    return item;
  }));
  problems.hidden = summary.problems.length === 0;
  $("check-download").href = summary.downloadUrl;
  $("check-tracker").href = summary.trackerUrl;
  $("check-results").hidden = false;
  const ready = summary.learners.filter((l) => l.readyForAssessment).length;
  $("check-status").textContent = `Checked ${summary.learners.length} learners: ${ready} ready for assessment.`;
}

$("check-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = $("check-error");
  error.hidden = true;
  $("check-results").hidden = true;
  const form = new FormData();
  const zip = $("check-zip").files[0];
  const folder = [...$("check-folder").files];
  if (zip) form.append("submissions", zip, zip.name);
  // A folder upload names each file by its path under the chosen folder; the learner is the first folder below it.
  else if (folder.length > 0) for (const file of folder) form.append("files", file, file.webkitRelativePath.split("/").slice(1).join("/") || file.name);
  else {
    showError(error, "Choose a submissions zip or a folder first.");
    return;
  }
  if ($("check-unit").value.trim()) form.append("unit", $("check-unit").value.trim());
  $("check-submit").disabled = true;
  $("check-status").textContent = "Checking…";
  try {
    const response = await fetch("/api/cohorts/checks", { method: "POST", body: form, headers: headers() });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      $("check-status").textContent = "";
      showError(error, body?.detail || body?.title || `The service answered ${response.status}.`);
      return;
    }
    showCheck(body);
  } finally {
    $("check-submit").disabled = false;
  }
});
