// The "which unit is this document for?" form, shown when the document has no identity or the learner changes it.
import { findUnit, unitsOf, type Catalogue } from "../catalogue/catalogue";
import type { DocumentIdentity } from "../convention/identity";
import { Version } from "../convention/tagConvention";
import { h } from "./dom";

export interface IdentityFormHandlers {
  save(identity: DocumentIdentity): void;
  cancel?: () => void;
}

const kindLabels: Record<string, string> = {
  "coaching-diary": "Coaching diary",
  "reflective-log": "Reflective log",
  "client-feedback": "Client feedback",
  "observation-feedback": "Observation feedback",
  "supervision-record": "Supervision record",
  "development-plan": "Development plan",
  "assignment-cover": "Assignment",
};

export function kindLabel(kind: string): string {
  return kindLabels[kind] ?? (kind ? kind : "Own document");
}

export function renderIdentityForm(
  container: HTMLElement,
  catalogue: Catalogue,
  current: DocumentIdentity | null,
  handlers: IdentityFormHandlers,
): void {
  const intro = current
    ? "Change which unit this document evidences."
    : "This document isn't linked to a unit yet. Choose the qualification and unit it is for; the choice is saved in the document.";

  if (catalogue.qualifications.length === 0) {
    container.replaceChildren(
      h("h2", { className: "section-title" }, "Link this document to a unit"),
      h("p", { className: "message warning" }, "The catalogue bundled with this add-in has no qualifications yet, so no unit can be chosen."),
    );
    return;
  }

  const qualification = h("select", { id: "qualification", name: "qualification", required: true });
  for (const q of catalogue.qualifications) qualification.append(h("option", { value: q.id }, q.title));
  const unit = h("select", { id: "unit", name: "unit", required: true });
  const kind = h("select", { id: "kind", name: "kind" });
  const learnerRef = h("input", {
    id: "learner-ref", name: "learnerRef", type: "text", autocomplete: "off", inputmode: "text", maxlength: 40,
    "aria-describedby": "learner-ref-hint",
  });
  const error = h("p", { id: "identity-error", className: "message error", role: "alert", hidden: true });

  const fillUnits = (): void => {
    const q = catalogue.qualifications.find((x) => x.id === qualification.value);
    unit.replaceChildren();
    for (const { id, unit: u } of q ? unitsOf(catalogue, q) : []) {
      unit.append(h("option", { value: id, disabled: !u }, u ? `${u.id} ${u.title}` : `${id} (not in the catalogue yet)`));
    }
    const firstAvailable = [...unit.options].find((o) => !o.disabled);
    if (firstAvailable) unit.value = firstAvailable.value;
    fillKinds();
  };
  const kindNote = h("p", { id: "kind-note", className: "hint", hidden: true });
  // Changing the unit keeps what the document is when the new unit has that kind, and says so when it has not.
  const fillKinds = (keep = kind.value): void => {
    const u = findUnit(catalogue, unit.value);
    kind.replaceChildren(h("option", { value: "" }, "My own document"));
    for (const k of u?.documentKinds ?? []) if (kindLabels[k] || k === keep) kind.append(h("option", { value: k }, kindLabel(k)));
    const offered = [...kind.options].some((o) => o.value === keep);
    kind.value = offered ? keep : "";
    kindNote.hidden = offered || keep === "";
    kindNote.textContent = offered || keep === "" ? "" : `Unit ${unit.value} has no ${kindLabel(keep).toLowerCase()}: choose what this document is.`;
  };
  qualification.addEventListener("change", fillUnits);
  unit.addEventListener("change", () => fillKinds());

  if (current?.qualification && catalogue.qualifications.some((q) => q.id === current.qualification)) {
    qualification.value = current.qualification;
  }
  fillUnits();
  if (current) {
    if ([...unit.options].some((o) => o.value === current.unit && !o.disabled)) unit.value = current.unit;
    fillKinds(current.kind);
    learnerRef.value = current.learnerRef ?? "";
  }

  const form = h(
    "form",
    { className: "stack", novalidate: true, "aria-labelledby": "identity-title" },
    h("div", { className: "field" }, h("label", { for: "qualification" }, "Qualification"), qualification),
    h("div", { className: "field" }, h("label", { for: "unit" }, "Unit"), unit),
    h("div", { className: "field" }, h("label", { for: "kind" }, "This document is"), kind, kindNote),
    h(
      "div",
      { className: "field" },
      h("label", { for: "learner-ref" }, "Registration number (optional)"),
      learnerRef,
      h("p", { id: "learner-ref-hint", className: "hint" }, "Your ILM registration number, not your name."),
    ),
    error,
    h(
      "div",
      { className: "actions" },
      h("button", { type: "submit", className: "button primary" }, "Save to document"),
      handlers.cancel ? h("button", { type: "button", className: "button", onclick: () => handlers.cancel?.() }, "Cancel") : null,
    ),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const chosen = findUnit(catalogue, unit.value);
    if (!chosen) {
      error.textContent = "Choose a unit that is in the catalogue.";
      error.hidden = false;
      unit.focus();
      return;
    }
    handlers.save({
      kind: kind.value,
      qualification: qualification.value || null,
      unit: chosen.id,
      learnerRef: learnerRef.value.trim() || null,
      templateVersion: current?.templateVersion || Version,
    });
  });

  container.replaceChildren(
    h("h2", { id: "identity-title", className: "section-title" }, "Link this document to a unit"),
    h("p", { className: "intro" }, intro),
    form,
  );
  qualification.focus();
}
