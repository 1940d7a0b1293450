// The unit's learning outcomes and ACs with their wording; each AC can be picked for tagging and shows its coverage
// (passages with "Go to" and "Untag", the sections that evidence it by design, or "missing").
import type { Unit } from "../catalogue/catalogue";
import { colourForOutcome } from "../convention/colours";
import type { CriterionCoverage, UnitCoverage } from "../coverage/coverage";
import { h, replaceKeepingFocus } from "./dom";

export interface CriteriaHandlers {
  pickedChanged(ref: string, picked: boolean): void;
  goTo(controlId: number): void;
  untag(controlId: number, ref: string): void;
}

/** "sessionGoal" -> "Session goal": section names as a learner reads them. */
export function sectionLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function statusText(c: CriterionCoverage): string {
  if (c.status === "tagged") return c.passages.length === 1 ? "1 tagged passage" : `${c.passages.length} tagged passages`;
  if (c.status === "by-design") return `Evidenced by design: ${[...new Set(c.sections.map((s) => sectionLabel(s.name)))].join(", ")}`;
  if (c.status === "by-records") return "Evidenced by the session or supervision records";
  return "Missing";
}

function criterionCoverage(c: CriterionCoverage, handlers: CriteriaHandlers): HTMLElement {
  const status = h("p", { className: `status-chip status-${c.status}` }, statusText(c));
  if (c.status === "by-design") {
    const sections = h("ul", { className: "passages", "aria-label": `Sections that evidence AC ${c.ref}` });
    c.sections.forEach((s, i) => {
      const label = `${sectionLabel(s.name)}${c.sections.length > 1 ? ` ${i + 1}` : ""}`;
      sections.append(h("li", {}, h("span", { className: "passage-actions" }, h("button", {
        type: "button", className: "button small", "data-key": `section-${c.ref}-${s.id}`,
        "aria-label": `Go to ${label} for AC ${c.ref}`, onclick: () => handlers.goTo(s.id),
      }, `Go to ${label}`))));
    });
    return h("div", { className: "coverage" }, status, sections);
  }
  if (c.passages.length === 0) return h("div", { className: "coverage" }, status);
  const list = h("ul", { className: "passages", "aria-label": `Passages tagged with AC ${c.ref}` });
  c.passages.forEach((p, i) => {
    list.append(
      h(
        "li",
        {},
        h("span", { className: "excerpt" }, `“${p.excerpt}”`),
        h(
          "span",
          { className: "passage-actions" },
          h("button", {
            type: "button", className: "button small", "data-key": `go-${c.ref}-${p.id}`,
            "aria-label": `Go to passage ${i + 1} for AC ${c.ref}`, onclick: () => handlers.goTo(p.id),
          }, "Go to"),
          h("button", {
            type: "button", className: "button small subtle", "data-key": `untag-${c.ref}-${p.id}`,
            "aria-label": `Remove AC ${c.ref} from passage ${i + 1}`, onclick: () => handlers.untag(p.id, c.ref),
          }, "Untag"),
        ),
      ),
    );
  });
  return h("div", { className: "coverage" }, status, list);
}

export function renderCriteria(
  container: HTMLElement,
  unit: Unit,
  coverage: UnitCoverage,
  picked: ReadonlySet<string>,
  handlers: CriteriaHandlers,
): void {
  const byRef = new Map(coverage.criteria.map((c) => [c.ref, c]));
  const outcomes = unit.learningOutcomes.map((lo, index) =>
    h(
      "section",
      { className: "outcome", style: `--lo-colour: ${colourForOutcome(index)}`, "aria-labelledby": `lo-${index}` },
      h("h3", { id: `lo-${index}`, className: "outcome-title" }, h("span", { className: "ref" }, `LO ${lo.ref}`), " ", lo.text),
      h(
        "ul",
        { className: "criteria" },
        ...lo.criteria.map((criterion) => {
          const c = byRef.get(criterion.ref);
          const id = `pick-${criterion.ref}`;
          const box = h("input", {
            type: "checkbox", id, "data-key": id, value: criterion.ref, checked: picked.has(criterion.ref),
            onchange: (e: Event) => handlers.pickedChanged(criterion.ref, (e.target as HTMLInputElement).checked),
          });
          return h(
            "li",
            { className: "criterion", id: `ac-${criterion.ref}`, "data-ref": criterion.ref, tabindex: -1 },
            h("div", { className: "criterion-head" }, box,
              h("label", { for: id }, h("span", { className: "ref" }, criterion.ref), " ", criterion.text)),
            c ? criterionCoverage(c, handlers) : null,
          );
        }),
      ),
    ),
  );
  replaceKeepingFocus(container, ...outcomes);
}
