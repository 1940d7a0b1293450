import { afterEach, describe, expect, it } from "vitest";
import { computeHours } from "../../src/coverage/coverage";
import { scanDocument } from "../../src/word/scanner";
import { control, FakeWordDocument, installFakeHost, PropertyNotLoadedError, text } from "../fakes/fakeWordHost";
import { diaryBody } from "../fakes/sampleDocuments";

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Word;
  delete g.Office;
});

describe("scanDocument", () => {
  it("reads evidence tags, sections and each session's duration", async () => {
    const body = [...diaryBody(["1.5 hrs", "90 mins", "1h 30m"]), control("cd1:ac:2.1,2.2", "I listened")];
    installFakeHost(new FakeWordDocument({ body }));
    const scan = await scanDocument();
    expect(scan.evidence.map((e) => [e.criteria, e.text])).toEqual([[["2.1", "2.2"], "I listened"]]);
    expect(scan.sections.map((s) => s.name)).toEqual(["contract", "sessionGoal", "sessionGoal", "sessionGoal"]);
    expect(scan.sections[1]!.text).toBe("Agree priorities for the quarter");
    expect(scan.sessions.map((s) => s.durationText)).toEqual(["1.5 hrs", "90 mins", "1h 30m"]);
    expect(scan.sessions.every((s) => s.durationControlId !== null)).toBe(true);
    expect(scan.sessions[0]!.text).toBe("A 01/05/2025 1.5 hrs Agree priorities for the quarter");
  });

  it("treats controls still showing their placeholder as empty, so an untouched session item is no session", async () => {
    const hint = "Click or tap here to enter text.";
    const item = (duration: string) => control("cd1:i:session", [
      text("Session. Duration: "), control("cd1:f:duration", duration, "", hint),
      text(" Goal: "), control("cd1:s:sessionGoal", "", "", hint),
    ]);
    installFakeHost(new FakeWordDocument({ body: [control("cd1:r:session", [item("2 hrs"), item("")])] }));
    const scan = await scanDocument();
    expect(scan.sessions.map((s) => [s.durationText, s.text])).toEqual([["2 hrs", "2 hrs"], ["", ""]]);
    expect(scan.sections.map((s) => s.text)).toEqual(["", ""]);
    expect(computeHours(scan)).toEqual({ totalMinutes: 120, sessions: 1, unreadable: [] });
  });

  it("takes each duration field as a session when the host shows no session items", async () => {
    installFakeHost(new FakeWordDocument({ body: [control("cd1:f:duration", "2"), text(" and "), control("cd1:f:duration", "45 mins")] }));
    const scan = await scanDocument();
    expect(scan.sessions.map((s) => s.durationText)).toEqual(["2", "45 mins"]);
  });

  it("ignores controls of other add-ins and older conventions", async () => {
    installFakeHost(new FakeWordDocument({ body: [control("cd2:ac:1.1", "future"), control("MyCompanyField", "x"), control("", "untagged")] }));
    expect(await scanDocument()).toEqual({ evidence: [], sections: [], sessions: [] });
  });

  it("the stand-in host refuses reads that were not loaded, as Word does", async () => {
    installFakeHost(new FakeWordDocument({ body: [control("cd1:ac:1.1", "x")] }));
    await expect(
      (g.Word as typeof Word).run(async (context) => context.document.getSelection().text),
    ).rejects.toThrow(PropertyNotLoadedError);
  });
});
