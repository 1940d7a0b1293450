// The summary: how many ACs have evidence, which are missing, and the hours and sessions read from the diary.
import type { HoursSummary, UnitCoverage } from "../coverage/coverage";
import { formatMinutes } from "../coverage/duration";
import { h, replaceKeepingFocus } from "./dom";

export interface CoverageHandlers {
  showCriterion(ref: string): void;
  goTo(controlId: number): void;
}

/** This document together with the portfolio's other files the learner added on the Check tab, read by the pane. */
export interface PortfolioFigures {
  files: number;
  hours: HoursSummary;
  coverage: UnitCoverage | null;
  /** Added files the pane cannot read itself (a workbook, a damaged file): the check still reads them. */
  notRead: string[];
}

export function renderCoverage(
  container: HTMLElement,
  coverage: UnitCoverage | null,
  hours: HoursSummary,
  handlers: CoverageHandlers,
  portfolio: PortfolioFigures | null = null,
): void {
  const figures = h(
    "dl",
    { className: "figures" },
    h("div", {}, h("dt", {}, "Hours"), h("dd", { id: "figure-hours" }, formatMinutes(hours.totalMinutes),
      hours.targetMinutes !== null ? h("span", { className: "target", id: "figure-hours-target" }, ` of ${formatMinutes(hours.targetMinutes)} needed`) : null)),
    h("div", {}, h("dt", {}, "Sessions"), h("dd", { id: "figure-sessions" }, String(hours.sessions))),
    h("div", {}, h("dt", {}, "Clients"), h("dd", { id: "figure-clients" }, String(hours.clients))),
    coverage
      ? h("div", {}, h("dt", {}, "ACs with evidence"), h("dd", { id: "figure-covered" }, `${coverage.covered} of ${coverage.criteria.length}`))
      : null,
  );

  const unreadable = hours.unreadable.length
    ? h(
        "div",
        { className: "message warning" },
        h("p", {}, "These durations could not be read, so they are not in the hours:"),
        h("ul", {}, ...hours.unreadable.map((u) =>
          h("li", {}, `Session ${u.session}: “${u.text || "(empty)"}” `,
            u.controlId !== null
              ? h("button", { type: "button", className: "button small", "data-key": `dur-${u.session}`, onclick: () => handlers.goTo(u.controlId!) }, "Go to")
              : null))),
        h("p", { className: "hint" }, "Write them like “1.5 hrs”, “90 mins”, “1h 30m”, “1:30” or “10:00-11:30”."),
      )
    : null;

  const missing = coverage?.criteria.filter((c) => c.status === "missing") ?? [];
  const missingBlock = coverage
    ? missing.length === 0
      ? h("p", { className: "message success" }, "Every AC has evidence in this document.")
      : h(
          "div",
          {},
          h("h3", { className: "subsection-title" }, `Missing (${missing.length})`),
          h("ul", { className: "missing" }, ...missing.map((c) =>
            h("li", {}, h("button", {
              type: "button", className: "link", "data-key": `missing-${c.ref}`, onclick: () => handlers.showCriterion(c.ref),
            }, `AC ${c.ref}`), ` ${c.text}`))),
        )
    : h("p", { className: "hint" }, "Link the document to a unit to see AC coverage.");

  const unknown = coverage?.unknownReferences.length
    ? h("p", { className: "message warning" }, `Tagged ACs this unit does not have: ${coverage.unknownReferences.join(", ")}.`)
    : null;

  const portfolioBlock = portfolio
    ? h("div", { className: "portfolio" },
        h("h3", { className: "subsection-title" }, `With the ${portfolio.files - 1} other file${portfolio.files === 2 ? "" : "s"} you added`),
        h("dl", { className: "figures", id: "portfolio-figures" },
          h("div", {}, h("dt", {}, "Hours"), h("dd", {}, formatMinutes(portfolio.hours.totalMinutes))),
          h("div", {}, h("dt", {}, "Sessions"), h("dd", {}, String(portfolio.hours.sessions))),
          portfolio.coverage
            ? h("div", {}, h("dt", {}, "ACs with evidence"), h("dd", {}, `${portfolio.coverage.covered} of ${portfolio.coverage.criteria.length}`))
            : null),
        portfolio.notRead.length
          ? h("p", { className: "hint" }, `Counted by the check only: ${portfolio.notRead.join(", ")}.`)
          : null)
    : null;

  replaceKeepingFocus(container, figures, unreadable, missingBlock, unknown, portfolioBlock);
}
