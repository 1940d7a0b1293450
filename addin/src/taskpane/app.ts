// The task pane's controller: holds the state, calls the Word operations (src/word) and re-renders the views.
import { findUnit, outcomeIndexOf, type Catalogue, type Unit } from "../catalogue/catalogue";
import { checkDocument } from "../check/checkClient";
import { findingTarget } from "../check/findingTarget";
import { colourForOutcome } from "../convention/colours";
import type { DocumentIdentity } from "../convention/identity";
import { computeCoverage, computeHours, type UnitCoverage } from "../coverage/coverage";
import { emptyScan, readScan, type DocumentScan, type TemplateBaseline } from "../coverage/documentScan";
import { watchDocument } from "../word/changes";
import { documentFileName, readDocumentFile } from "../word/documentFile";
import { UserFacingError } from "../word/errors";
import { readIdentity, writeIdentity } from "../word/identity";
import { documentFingerprint, scanControls } from "../word/scanner";
import { readApiKey, saveApiKey } from "../word/settings";
import { goToControl, removeCriterionFromTag, removeTagAtSelection, tagSelection } from "../word/tagging";
import { renderCheck, type CheckState } from "./checkView";
import { renderCoverage, type PortfolioFigures } from "./coverageView";
import { readDocxControls } from "../portfolio/docxControls";
import { renderCriteria } from "./criteriaView";
import { byId, h } from "./dom";
import { kindLabel, renderIdentityForm } from "./identityView";
import { setUpTabs } from "./tabs";

export interface AppSettings {
  catalogue: Catalogue;
  /** The blank templates' own lines inside sections, bundled at build time (scripts/readBaseline.mjs). */
  baseline: TemplateBaseline;
  serviceBaseUrl: string;
  checkTimeoutMs: number;
}

export class TaskPaneApp {
  private identity: DocumentIdentity | null = null;
  private unit: Unit | undefined;
  private scan: DocumentScan = emptyScan;
  private coverage: UnitCoverage | null = null;
  private readonly picked = new Set<string>();
  private checkState: CheckState = { kind: "idle" };
  private lastAnnouncedCoverage = "";
  private scanning = false;
  private rescanWanted = false;
  private lastRendered = "";
  private scanDone: Promise<void> = Promise.resolve();
  private showTab: (panelId: string) => void = () => {};
  private fingerprint = "";
  /** The portfolio's other files the learner added for the check (reflective log, feedback forms, supervision). */
  private readonly extraFiles: { file: File; scan: DocumentScan | null }[] = [];

  constructor(private readonly settings: AppSettings) {}

  async start(): Promise<void> {
    this.showTab = setUpTabs(byId("tabs"));
    byId("tag-button").addEventListener("click", () => void this.tag());
    byId("untag-button").addEventListener("click", () => void this.untagAtSelection());
    byId("check-button").addEventListener("click", () => void this.check());
    byId("change-unit").addEventListener("click", () => this.showIdentityForm());
    byId("refresh-button").addEventListener("click", () => void this.refresh(true));
    byId<HTMLInputElement>("extra-files").addEventListener("change", (e) => void this.addFiles(e.target as HTMLInputElement));
    byId<HTMLFormElement>("key-form").addEventListener("submit", (e) => {
      e.preventDefault();
      void this.saveKey();
    });
    for (const problem of this.settings.catalogue.problems) console.warn(`Catalogue: ${problem}`);

    try {
      this.identity = await readIdentity();
    } catch (e) {
      this.announce(`Could not read which unit this document is for: ${(e as Error).message}`);
    }
    this.applyIdentity();
    this.fingerprint = await documentFingerprint().catch(() => "");
    await this.refresh(false);
    watchDocument(() => void this.refreshIfChanged());
  }

  private applyIdentity(): void {
    const identity = this.identity;
    this.unit = identity ? findUnit(this.settings.catalogue, identity.unit) : undefined;
    const unitLine = byId("unit-line");
    byId("change-unit").hidden = !identity;
    if (!identity) {
      unitLine.textContent = "No unit linked yet";
      this.showIdentityForm();
      return;
    }
    unitLine.textContent = this.unit
      ? `Unit ${this.unit.id} · ${this.unit.title} · ${kindLabel(identity.kind)}`
      : `Unit ${identity.unit} (not in this add-in's catalogue)`;
    byId("identity-panel").hidden = true;
    byId("work-panel").hidden = false;
    byId("unit-missing").hidden = !!this.unit;
    byId("tag-tools").hidden = !this.unit;
  }

  private showIdentityForm(): void {
    const panel = byId("identity-panel");
    panel.hidden = false;
    byId("work-panel").hidden = true;
    renderIdentityForm(panel, this.settings.catalogue, this.identity, {
      save: (identity) => void this.saveIdentity(identity),
      cancel: this.identity
        ? () => {
            this.applyIdentity();
            byId("change-unit").focus();
          }
        : undefined,
    });
  }

  private async saveIdentity(identity: DocumentIdentity): Promise<void> {
    try {
      await writeIdentity(identity);
      this.identity = identity;
      this.picked.clear();
      this.applyIdentity();
      await this.refresh(false);
      this.announce(`Linked this document to unit ${identity.unit}.`);
      byId("tab-criteria").focus();
    } catch (e) {
      this.announce(`Could not save the unit in the document: ${(e as Error).message}`);
    }
  }

  /**
   * Re-reads the document and re-renders. A call that arrives while a scan runs is not lost: one more scan follows,
   * so the pane always ends on the document's latest state (a tag made during a poll shows at once).
   */
  async refresh(announce: boolean): Promise<void> {
    if (this.scanning) {
      this.rescanWanted = true;
      return this.scanDone;
    }
    this.scanning = true;
    this.scanDone = (async () => {
      do {
        this.rescanWanted = false;
        try {
          this.scan = readScan(await scanControls(), this.identity?.kind ?? "", this.settings.baseline);
        } catch (e) {
          this.announce(`Could not read the document's tags: ${(e as Error).message}`, true);
        }
      } while (this.rescanWanted);
      this.scanning = false;
      this.render();
    })();
    await this.scanDone;
    if (announce) this.announce("Coverage updated.");
  }

  /** The poll's and selection change's refresh: one cheap read, and a full scan only when the document changed. */
  private async refreshIfChanged(): Promise<void> {
    let now: string;
    try {
      now = await documentFingerprint();
    } catch {
      now = "";
    }
    if (now !== "" && now === this.fingerprint) return;
    this.fingerprint = now;
    await this.refresh(false);
  }

  /** Adds files for the check; each .docx is also read here, so Coverage can count the portfolio as the check will. */
  private async addFiles(input: HTMLInputElement): Promise<void> {
    const files = Array.from(input.files ?? []);
    input.value = "";
    for (const file of files) {
      if (this.extraFiles.some((f) => f.file.name === file.name && f.file.size === file.size)) continue;
      let scan: DocumentScan | null = null;
      if (/\.docx$/i.test(file.name)) {
        try {
          const read = await readDocxControls(file.name, new Uint8Array(await file.arrayBuffer()), (this.extraFiles.length + 1) * 1_000_000_000);
          scan = readScan(read.controls, read.identity?.kind ?? "", this.settings.baseline);
        } catch {
          scan = null; // the check will say what is wrong with it
        }
      }
      this.extraFiles.push({ file, scan });
    }
    this.renderExtraFiles();
    this.lastRendered = "";
    this.render();
    this.announce(`${this.extraFiles.length} other file${this.extraFiles.length === 1 ? "" : "s"} will be checked with this document.`);
  }

  private portfolioFigures(): PortfolioFigures | null {
    if (this.extraFiles.length === 0) return null;
    const scans = [this.scan, ...this.extraFiles.flatMap((f) => (f.scan ? [f.scan] : []))];
    const all: DocumentScan = { evidence: scans.flatMap((x) => x.evidence), sections: scans.flatMap((x) => x.sections), records: scans.flatMap((x) => x.records) };
    return {
      files: this.extraFiles.length + 1,
      hours: computeHours(all, this.unit),
      coverage: this.unit ? computeCoverage(this.unit, scans) : null,
      notRead: this.extraFiles.filter((f) => !f.scan).map((f) => f.file.name),
    };
  }

  private renderExtraFiles(): void {
    const list = byId("extra-file-list");
    list.replaceChildren(
      ...this.extraFiles.map(({ file }, i) =>
        h("li", {}, h("span", {}, file.name), " ",
          h("button", {
            type: "button", className: "button small", "aria-label": `Remove ${file.name} from the check`,
            onclick: () => {
              this.extraFiles.splice(i, 1);
              this.renderExtraFiles();
              this.lastRendered = "";
              this.render();
              this.announce(`Removed ${file.name} from the check.`);
            },
          }, "Remove"))),
    );
  }

  private async saveKey(): Promise<void> {
    const input = byId<HTMLInputElement>("api-key");
    const key = input.value.trim();
    try {
      await saveApiKey(key);
      input.value = "";
      this.announce(key === "" ? "The service key was cleared." : "The service key was saved with your settings.");
    } catch (e) {
      this.announce(`Could not save the service key: ${(e as Error).message}`, true);
    }
  }

  private render(): void {
    // A poll that finds the document unchanged re-renders nothing, so focus and screen readers are left in peace.
    const signature = JSON.stringify([this.identity, this.unit?.id, this.scan]);
    if (signature === this.lastRendered) return;
    this.lastRendered = signature;
    const hours = computeHours(this.scan, this.unit);
    this.coverage = this.unit ? computeCoverage(this.unit, this.scan) : null;
    if (this.unit && this.coverage) {
      renderCriteria(byId("criteria"), this.unit, this.coverage, this.picked, {
        pickedChanged: (ref, picked) => {
          if (picked) this.picked.add(ref);
          else this.picked.delete(ref);
          this.updateTagButton();
        },
        goTo: (id) => void this.goTo(id),
        untag: (id, ref) => void this.untag(id, ref),
      });
    }
    this.renderCoverageView(hours);
    this.renderCheck();
    this.updateTagButton();

    const summary = this.coverage ? `${this.coverage.covered} of ${this.coverage.criteria.length} ACs have evidence` : "";
    if (summary && this.lastAnnouncedCoverage && summary !== this.lastAnnouncedCoverage) this.announce(`${summary}.`);
    this.lastAnnouncedCoverage = summary;
  }

  private renderCoverageView(hours = computeHours(this.scan, this.unit)): void {
    renderCoverage(byId("coverage"), this.coverage, hours, {
      showCriterion: (ref) => this.showCriterion(ref),
      goTo: (id) => void this.goTo(id),
    }, this.portfolioFigures());
  }

  private renderCheck(): void {
    renderCheck(byId("check-result"), this.checkState, {
      target: (f) => findingTarget(f, this.scan, this.coverage?.criteria.map((c) => c.ref) ?? []),
      follow: (t) => (t.kind === "criterion" ? this.showCriterion(t.ref) : void this.goTo(t.id)),
    });
  }

  private updateTagButton(): void {
    const button = byId<HTMLButtonElement>("tag-button");
    const refs = [...this.picked];
    button.disabled = refs.length === 0;
    button.textContent = refs.length ? `Tag selection with AC ${refs.join(", ")}` : "Tag selection";
    byId("pick-hint").hidden = refs.length > 0;
  }

  private async tag(): Promise<void> {
    if (!this.unit) return;
    const order = this.unit.learningOutcomes.flatMap((lo) => lo.criteria.map((c) => c.ref));
    const refs = [...this.picked].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const colour = colourForOutcome(outcomeIndexOf(this.unit, refs[0] ?? ""));
    await this.act(async () => {
      const result = await tagSelection(refs, colour);
      this.picked.clear();
      await this.refresh(false);
      this.announce(result.merged ? `Added to the tagged passage: now AC ${result.criteria.join(", ")}.` : `Tagged the selection with AC ${result.criteria.join(", ")}.`);
    });
  }

  private async untag(controlId: number, ref: string): Promise<void> {
    await this.act(async () => {
      await removeCriterionFromTag(controlId, ref);
      await this.refresh(false);
      this.announce(`Removed AC ${ref} from the passage; its text is kept.`);
      document.getElementById(`pick-${ref}`)?.focus();
    });
  }

  private async untagAtSelection(): Promise<void> {
    await this.act(async () => {
      const refs = await removeTagAtSelection();
      await this.refresh(false);
      this.announce(`Removed the tag (AC ${refs.join(", ")}); the text is kept.`);
    });
  }

  private async goTo(controlId: number): Promise<void> {
    await this.act(async () => {
      await goToControl(controlId);
      this.announce("Selected the passage in the document.");
    });
  }

  private showCriterion(ref: string): void {
    this.showTab("panel-criteria");
    const row = document.getElementById(`ac-${ref}`);
    row?.scrollIntoView({ block: "center" });
    document.getElementById(`pick-${ref}`)?.focus();
  }

  private async check(): Promise<void> {
    const button = byId<HTMLButtonElement>("check-button");
    button.disabled = true;
    try {
      this.checkState = { kind: "running", step: "Reading the document…" };
      this.renderCheck();
      const bytes = await readDocumentFile();
      this.checkState = { kind: "running", step: "Checking with the CoachingDocs service…" };
      this.renderCheck();
      const others = await Promise.all(this.extraFiles.map(async ({ file }) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
      this.checkState = await checkDocument([{ name: documentFileName(), bytes }, ...others], {
        baseUrl: this.settings.serviceBaseUrl,
        apiKey: await readApiKey(),
        timeoutMs: this.settings.checkTimeoutMs,
        fetch: window.fetch.bind(window),
      });
    } catch (e) {
      this.checkState = { kind: "failed", status: 0, message: (e as Error).message };
    } finally {
      button.disabled = false;
    }
    this.renderCheck();
    const s = this.checkState;
    this.renderCoverageView();
    this.announce(
      s.kind === "report" ? `Check finished: ${s.report.findings.length} findings.`
      : s.kind === "unreachable" ? "The service can't be reached; tagging and coverage keep working."
      : s.kind === "failed" ? "The check could not run." : "",
    );
  }

  private async act(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (e) {
      this.announce(e instanceof UserFacingError ? e.message : `Word could not do that: ${(e as Error).message}`, true);
    }
  }

  /** Progress goes to the polite live region; an error to the alert region, so screen readers say it at once. */
  private announce(text: string, isError = false): void {
    byId("status").replaceChildren(isError ? "" : text);
    byId("alert").replaceChildren(isError ? h("span", { className: "status-error" }, text) : "");
  }
}
