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
    $("job").hidden = problems.length === 0;
    $("job-progress").hidden = true;
    $("job-cancel").hidden = true;
    $("job-status").textContent = "";
    return;
  }
  const job = await response.json();
  $("job-progress").hidden = false;
  fillProblems(job.rosterProblems);
  showJob(job);
  current = job.id;
  poll(job.id);
});

$("job-cancel").addEventListener("click", async () => {
  if (!current) return;
  const response = await fetch(`/api/cohorts/jobs/${current}/cancel`, { method: "POST", headers: headers() });
  if (!response.ok) showError($("roster-error"), await problemText(response));
});
