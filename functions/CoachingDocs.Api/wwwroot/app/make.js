// "Make documents": the learner's details to one document, a unit pack or a qualification pack, with the service's
// own validation messages shown beside the fields they are about.
import { headers, problemText, saveResponse } from "./api.js";

const $ = (id) => document.getElementById(id);
const learnerFields = ["name", "registrationNumber", "centreName", "centreNumber", "assessorName", "plannedSessions", "startDate", "endDate", "clientRefs"];

let catalogue = { qualifications: [], units: [] };

export function initMake(loaded) {
  catalogue = loaded;
  const qualification = $("make-qualification");
  qualification.replaceChildren(option("", "Choose a qualification"), ...loaded.qualifications.map((q) => option(q.id, `${q.title} (${q.id})`)));
  qualification.addEventListener("change", fillUnits);
  $("make-unit").addEventListener("change", () => { fillKinds(); updateExample(); });
  $("make-kind").addEventListener("change", updateExample);
  for (const radio of document.querySelectorAll("input[name=what]")) radio.addEventListener("change", showChoices);
  $("make-form").addEventListener("submit", submit);
  fillUnits();
  showChoices();
}

function option(value, text) {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = text;
  return element;
}

function what() {
  return document.querySelector("input[name=what]:checked").value;
}

function unitsOfQualification(id) {
  const q = catalogue.qualificationDetails?.[id];
  return q ? catalogue.units.filter((u) => q.includes(u.id)) : catalogue.units;
}

function fillUnits() {
  const id = $("make-qualification").value;
  const units = unitsOfQualification(id);
  const select = $("make-unit");
  const previous = select.value;
  select.replaceChildren(option("", "Choose a unit"), ...units.map((u) => option(u.id, `${u.id} ${u.title}`)));
  if (units.some((u) => u.id === previous)) select.value = previous;
  fillKinds();
  updateExample();
}

function fillKinds() {
  const unit = catalogue.units.find((u) => u.id === $("make-unit").value);
  const select = $("make-kind");
  const previous = select.value;
  const kinds = unit?.documentKinds ?? [];
  select.replaceChildren(option("", unit ? "Choose a document" : "Choose a unit first"), ...kinds.map((k) => option(k, kindName(k))));
  if (kinds.includes(previous)) select.value = previous;
}

/** "coaching-diary" -> "Coaching diary". */
export function kindName(kind) {
  const words = kind.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function showChoices() {
  const choice = what();
  document.querySelector("[data-field=unit]").hidden = choice === "qualification";
  document.querySelector("[data-field=kind]").hidden = choice !== "document";
  $("make-qualification").previousElementSibling.querySelector("span").hidden = choice !== "qualification";
  $("make-submit").textContent = choice === "qualification" ? "Download the qualification pack" : choice === "unit" ? "Download the unit pack" : "Download the document";
  updateExample();
}

function updateExample() {
  const unit = $("make-unit").value;
  const kind = $("make-kind").value;
  const line = $("example-line");
  line.hidden = !unit || what() === "qualification";
  const link = $("example-link");
  const base = `/api/examples/units/${encodeURIComponent(unit)}`;
  link.href = what() === "document" && kind ? `${base}/documents/${encodeURIComponent(kind)}` : `${base}/pack`;
}

/** The JSON body and where to send it, from the form as typed; the service decides what is valid. */
export function request() {
  const value = (id) => $(`make-${id}`).value.trim();
  const body = {};
  for (const field of ["name", "registrationNumber", "centreName", "centreNumber", "assessorName"]) if (value(field)) body[field] = value(field);
  const refs = $("make-clientRefs").value.split(/\r?\n/).map((r) => r.trim()).filter((r) => r.length > 0);
  if (refs.length > 0) body.clientRefs = refs;
  // Sent as typed: a number field the browser could not read is sent as text, so the service names it.
  const sessions = $("make-plannedSessions");
  if (sessions.value) body.plannedSessions = Number(sessions.value);
  else if (sessions.validity.badInput) body.plannedSessions = "not a number";
  for (const field of ["startDate", "endDate"]) if (value(field)) body[field] = value(field);

  const qualification = value("qualification");
  const unit = value("unit");
  switch (what()) {
    case "qualification":
      return { url: `/api/packs/qualifications/${encodeURIComponent(qualification || "-")}`, body, fallback: "qualification-pack.zip", route: { qualificationId: "qualification" }, missing: qualification ? null : "qualificationId" };
    case "unit":
      if (qualification) body.qualification = qualification;
      return { url: `/api/packs/units/${encodeURIComponent(unit || "-")}`, body, fallback: "unit-pack.zip", route: { unitId: "unit" }, missing: unit ? null : "unitId" };
    default:
      if (qualification) body.qualification = qualification;
      body.unit = unit;
      return { url: `/api/documents/${encodeURIComponent(value("kind") || "-")}`, body, fallback: "document.docx", route: {}, missing: value("kind") ? null : "kind" };
  }
}

function clearErrors() {
  for (const element of document.querySelectorAll("#make .field-error")) {
    element.hidden = true;
    element.replaceChildren();
  }
  for (const element of document.querySelectorAll("#make [aria-invalid]")) element.removeAttribute("aria-invalid");
  $("make-summary").hidden = true;
}

// "clientRefs[2]" -> clientRefs; a route value ("unitId") -> the field that chose it.
function fieldOf(key, route) {
  const name = key.replace(/\[\d+\]$/, "");
  const mapped = route[name] ?? name;
  return ["qualification", "unit", "kind", ...learnerFields].includes(mapped) ? mapped : null;
}

const labels = { body: "Request", qualification: "Qualification", unit: "Unit", kind: "Document" };

function showErrors(errors, route) {
  const summary = $("make-summary");
  const list = summary.querySelector("ul");
  list.replaceChildren();
  for (const [key, messages] of Object.entries(errors)) {
    const field = fieldOf(key, route);
    const label = field ? $(`make-${field}`).labels[0].firstChild.textContent.trim() : labels[key] ?? key;
    const item = document.createElement("li");
    const line = /\[(\d+)\]$/.exec(key);
    // The service names list items as clientRefs[0]; on the page they are lines of the box.
    const words = messages.map((m) => m.replace(/clientRefs\[(\d+)\]/g, (_, i) => `line ${Number(i) + 1}`)).join("; ");
    const text = `${label}${line ? `, line ${Number(line[1]) + 1},` : ""} ${words}`;
    if (field) {
      const link = document.createElement("a");
      link.href = `#make-${field}`;
      link.textContent = text;
      link.addEventListener("click", (event) => { event.preventDefault(); $(`make-${field}`).focus(); });
      item.append(link);
      const beside = $(`make-${field}-error`);
      const message = document.createElement("span");
      message.className = "field-message";
      message.textContent = text;
      beside.append(message);
      beside.hidden = false;
      $(`make-${field}`).setAttribute("aria-invalid", "true");
    } else {
      item.textContent = text;
    }
    list.append(item);
  }
  summary.hidden = false;
  summary.focus();
}

async function submit(event) {
  event.preventDefault();
  clearErrors();
  const { url, body, fallback, route, missing } = request();
  const status = $("make-status");
  const button = $("make-submit");
  button.disabled = true;
  status.textContent = "Making the documents…";
  try {
    const response = await fetch(url, { method: "POST", body: JSON.stringify(body), headers: headers({ "Content-Type": "application/json" }) });
    if (response.ok) {
      const name = await saveResponse(response, fallback);
      status.textContent = `Downloaded ${name}.`;
      return;
    }
    status.textContent = "";
    const problem = await response.clone().json().catch(() => null);
    // A choice left empty travels in the address as "-"; the service's words for it are "is required", as for a field.
    if (problem?.errors && missing) problem.errors[missing] = ["is required"];
    if (problem?.errors) showErrors(problem.errors, route);
    else showErrors({ body: [await problemText(response)] }, route);
  } catch (error) {
    status.textContent = "";
    showErrors({ body: [`The service could not be reached (${error.message}).`] }, route);
  } finally {
    button.disabled = false;
  }
}
