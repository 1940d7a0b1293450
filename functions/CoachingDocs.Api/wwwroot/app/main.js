// The front door: loads the catalogue once, wires the three tasks, and shows the panel the address names
// (#make, #check, #cohorts; the start page otherwise). Without scripts every panel simply shows in turn.
import { apiKey, getJson, rememberKey } from "./api.js";
import { initCheck } from "./check.js";
import { initMake } from "./make.js";

const panels = ["home", "make", "check", "cohorts"];

function showPanel() {
  const wanted = location.hash.slice(1);
  const current = panels.includes(wanted) ? wanted : "home";
  for (const id of panels) document.getElementById(id).hidden = id !== current;
  for (const link of document.querySelectorAll(".task-nav a")) {
    if (link.hash === `#${current}`) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  return current;
}

async function loadCatalogue() {
  const [qualifications, units] = await Promise.all([getJson("/api/qualifications"), getJson("/api/units")]);
  const details = await Promise.all(qualifications.map((q) => getJson(`/api/qualifications/${encodeURIComponent(q.id)}`)));
  const qualificationDetails = Object.fromEntries(details.map((d) => [d.qualification.id, d.units.map((u) => u.id)]));
  return { qualifications, units, qualificationDetails };
}

function listQualificationIds(qualifications) {
  document.getElementById("qualification-ids").replaceChildren(...qualifications.map((q) => {
    const item = document.createElement("li");
    const code = document.createElement("code");
    code.textContent = q.id;
    item.append(code, ` ${q.title}`);
    return item;
  }));
}

async function start() {
  try {
    const catalogue = await loadCatalogue();
    initMake(catalogue);
    initCheck(catalogue.units);
    listQualificationIds(catalogue.qualifications);
    document.body.dataset.ready = "true";
  } catch (error) {
    for (const id of ["make-summary", "check-error"]) {
      const box = document.getElementById(id);
      box.replaceChildren(`The catalogue could not be loaded: ${error.message}`);
      box.hidden = false;
    }
  }
}

window.addEventListener("hashchange", () => {
  if (showPanel() !== "home") document.getElementById("main").focus();
});
const key = document.getElementById("api-key");
key.value = apiKey();
// A key typed after the catalogue was refused loads it again; once loaded, later requests simply carry the new key.
key.addEventListener("change", () => {
  rememberKey(key.value);
  if (!document.body.dataset.ready) start();
});
showPanel();
start();
