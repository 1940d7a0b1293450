// "Check my portfolio": the state of the last check and its findings, each with a link to where it points.
import type { CheckOutcome } from "../check/checkClient";
import type { Finding } from "../check/checkReport";
import type { FindingTarget } from "../check/findingTarget";
import { formatMinutes } from "../coverage/duration";
import { h, replaceKeepingFocus } from "./dom";

export type CheckState = { kind: "idle" } | { kind: "running"; step: string } | CheckOutcome;

export interface CheckHandlers {
  target(finding: Finding): FindingTarget;
  follow(target: NonNullable<FindingTarget>): void;
}

/** The service's message as a sentence: capital first letter, full stop at the end. */
function sentence(message: string): string {
  const t = message.trim();
  if (t.length === 0) return t;
  const first = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?…)]$/.test(first) ? first : `${first}.`;
}

function findingItem(f: Finding, handlers: CheckHandlers, key: string): HTMLElement {
  const target = handlers.target(f);
  const label = target?.kind === "criterion" ? `Show AC ${target.ref}` : target?.label;
  return h(
    "li",
    { className: "finding" },
    // The learner reads the sentence; the code (for the assessor, or a support call) is there on hover.
    h("span", { className: "finding-message", title: f.code || null }, sentence(f.message)),
    f.location ? h("span", { className: "location" }, f.location) : null,
    target ? h("button", { type: "button", className: "button small", "data-key": key, onclick: () => handlers.follow(target) }, label ?? "Go to") : null,
  );
}

export function renderCheck(container: HTMLElement, state: CheckState, handlers: CheckHandlers): void {
  container.setAttribute("aria-busy", state.kind === "running" ? "true" : "false");
  if (state.kind === "idle") {
    replaceKeepingFocus(container, h("p", { className: "hint" }, "Sends this document, and the files you add below, to the CoachingDocs service, which checks every unit rule and AC."));
    return;
  }
  if (state.kind === "running") {
    replaceKeepingFocus(container, h("p", { className: "progress" }, h("span", { className: "spinner", "aria-hidden": "true" }), state.step));
    return;
  }
  if (state.kind === "unreachable") {
    replaceKeepingFocus(container, h("p", { className: "message warning", id: "check-unreachable" }, state.message));
    return;
  }
  if (state.kind === "failed") {
    replaceKeepingFocus(container, h("p", { className: "message error" }, `The check could not run: ${state.message}`));
    return;
  }
  const r = state.report;
  const summary = h(
    "dl",
    { className: "figures" },
    r.hours?.total !== undefined ? h("div", {}, h("dt", {}, "Hours read"), h("dd", {}, formatMinutes(Math.round(r.hours.total * 60)))) : null,
    r.sessions ? h("div", {}, h("dt", {}, "Sessions"), h("dd", {}, String(r.sessions.length))) : null,
    r.criteria
      ? h("div", {}, h("dt", {}, "ACs evidenced"), h("dd", {}, `${r.criteria.filter((c) => c.status === "evidenced").length} of ${r.criteria.length}`))
      : null,
  );
  const findings = r.findings.length
    ? h("div", {}, h("h3", { className: "subsection-title" }, `Findings (${r.findings.length})`),
        h("ul", { className: "findings", id: "findings" }, ...r.findings.map((f, i) => findingItem(f, handlers, `finding-${i}`))))
    : h("p", { className: "message success" }, "No findings: every rule the service checks is met.");
  const warnings = r.warnings.length
    ? h("details", { className: "warnings" }, h("summary", {}, `Warnings (${r.warnings.length})`),
        h("ul", { className: "findings" }, ...r.warnings.map((w, i) => findingItem(w, handlers, `warning-${i}`))))
    : null;
  replaceKeepingFocus(container, summary, findings, warnings,
    h("p", { className: "hint" }, "The check prepares the assessor's sheet; Pass or Referral stays the assessor's decision."));
}
