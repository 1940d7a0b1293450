// The Word operations that read the document, on the stand-in host (no kinder than Word).
import { afterEach, describe, expect, it } from "vitest";
import { computeHours } from "../../src/coverage/coverage";
import { readScan } from "../../src/coverage/documentScan";
import { documentFingerprint, scanControls } from "../../src/word/scanner";
import { control, FakeWordDocument, installFakeHost, PropertyNotLoadedError, text } from "../fakes/fakeWordHost";
import { diaryBody } from "../fakes/sampleDocuments";

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Word;
  delete g.Office;
});

const scan = async (kind = "coaching-diary") => readScan(await scanControls(), kind, {});

describe("scanControls and readScan", () => {
  it("reads evidence tags, sections and each session's fields when the host exposes session items", async () => {
    const body = [...diaryBody(["1.5 hrs", "90 mins", "1h 30m"]), control("cd1:ac:2.1,2.2", "I listened")];
    installFakeHost(new FakeWordDocument({ body, exposes: ["repeatingSection", "repeatingSectionItem"] }));
    const s = await scan();
    expect(s.evidence).toEqual([{ id: expect.any(Number), criteria: ["2.1", "2.2"], text: "I listened" }]);
    // Only the first session's goal is written: its section counts, the other two (labels only) do not.
    expect(s.sections.map((x) => [x.key, x.text])).toEqual([["coaching-diary#sessionGoal", "Agree priorities for the quarter"]]);
    expect(s.records.map((r) => r.fields.duration)).toEqual(["1.5 hrs", "90 mins", "1h 30m"]);
    expect(computeHours(s)).toMatchObject({ totalMinutes: 270, sessions: 3, clients: 1, unreadable: [] });
  });

  it("finds the same sessions from the fields alone when the host lists no repeating-section items", async () => {
    installFakeHost(new FakeWordDocument({ body: diaryBody(["1.5 hrs", "90 mins", "1h 30m"]) }));
    const s = await scan();
    expect(s.records.map((r) => r.fields.duration)).toEqual(["1.5 hrs", "90 mins", "1h 30m"]);
    expect(computeHours(s)).toMatchObject({ totalMinutes: 270, sessions: 3 });
  });

  it("treats controls still showing their placeholder as empty, so an untouched session item is no session", async () => {
    const hint = "Click or tap here to enter text.";
    const item = (duration: string) => control("cd1:i:session", [
      text("Session. Duration: "), control("cd1:f:duration", duration, "", hint),
      text(" Goal: "), control("cd1:s:sessionGoal", [text("Goal for today's meeting "), control("cd1:f:goal", "", "", hint)]),
    ], "", undefined, "repeatingSectionItem");
    installFakeHost(new FakeWordDocument({ body: [control("cd1:r:session", [item("2 hrs"), item("")], "", undefined, "repeatingSection")] }));
    const s = await scan();
    expect(s.sections).toEqual([]);
    expect(computeHours(s)).toMatchObject({ totalMinutes: 120, sessions: 1, unreadable: [] });
  });

  it("reads a diary per client: sessions nested in a client block take the reference written in its header", async () => {
    const hint = "Click or tap here to enter text.";
    const session = (date: string, duration: string) => control("cd1:i:session", [
      control("cd1:s:sessionRecord", [
        text("Client Ref/ID "), control("cd1:f:clientRef", "", "", hint),
        text(" Date of Session "), control("cd1:f:sessionDate", date), text(" Duration "), control("cd1:f:duration", duration),
      ]),
    ], "", undefined, "repeatingSectionItem");
    const client = (ref: string, goals: string, sessions: ReturnType<typeof session>[]) => control("cd1:i:client", [
      text("Client Ref/ID "), control("cd1:f:clientRef", ref, "", ref ? undefined : hint),
      control("cd1:s:clientGoals", [text("What are the client's goals? "), control("cd1:f:clientGoals", goals, "", goals ? undefined : hint)]),
      control("cd1:r:session", sessions, "", undefined, "repeatingSection"),
    ], "", undefined, "repeatingSectionItem");
    const body = [control("cd1:r:client", [
      client("Client 1", "Lead the team meeting", [session("05/05/2025", "1 hr"), session("12/05/2025", "30 mins")]),
      client("Client 2", "", [session("19/05/2025", "45 mins")]),
    ], "", undefined, "repeatingSection")];
    for (const exposes of [["repeatingSection", "repeatingSectionItem"] as const, [] as const]) {
      installFakeHost(new FakeWordDocument({ body, exposes: [...exposes] }));
      const s = await scan();
      // The client block's section is the diary's, as the catalogue names it; its header is no session.
      expect(s.sections.map((x) => x.key)).toEqual(["coaching-diary#clientGoals", "coaching-diary#sessionRecord", "coaching-diary#sessionRecord", "coaching-diary#sessionRecord"]);
      const sessions = s.records.filter((r) => r.fields.duration);
      expect(sessions.map((r) => r.fields.clientRef)).toEqual(["Client 1", "Client 1", "Client 2"]);
      expect(computeHours(s)).toMatchObject({ totalMinutes: 135, sessions: 3, clients: 2 });
    }
  });

  it("gives a listed item no other item's client reference when no client block holds them", async () => {
    const session = (ref: string) => control("cd1:i:session", [
      control("cd1:f:clientRef", ref), control("cd1:f:sessionDate", "05/05/2025"), control("cd1:f:duration", "1 hr"),
    ], "", undefined, "repeatingSectionItem");
    installFakeHost(new FakeWordDocument({
      body: [control("cd1:r:session", [session("Client 1"), session("")], "", undefined, "repeatingSection")],
      exposes: ["repeatingSection", "repeatingSectionItem"],
    }));
    expect((await scan()).records.map((r) => r.fields.clientRef)).toEqual(["Client 1", ""]);
  });

  it("reads a section that holds another add-in's control by its own fields (the host lists that control among the nested ones)", async () => {
    installFakeHost(new FakeWordDocument({
      body: [control("cd1:s:sessionGoal", [text("Goal for today's meeting "), control("cd1:f:goal", "Agree priorities"), control("MyCompanyField", "not ours")])],
    }));
    expect((await scan()).sections.map((x) => [x.key, x.text])).toEqual([["coaching-diary#sessionGoal", "Agree priorities"]]);
  });

  it("does not count a supervision record's duration as coaching", async () => {
    installFakeHost(new FakeWordDocument({ body: [text("Supervision "), control("cd1:f:sessionDate", "02/06/2025"), control("cd1:f:duration", "1 hour")] }));
    expect(computeHours(await scan("supervision-record"))).toMatchObject({ totalMinutes: 0, sessions: 0 });
    expect((await scan("supervision-record")).records).toHaveLength(1);
  });

  it("ignores controls of other add-ins and older conventions", async () => {
    installFakeHost(new FakeWordDocument({ body: [control("cd2:ac:1.1", "future"), control("MyCompanyField", "x"), control("", "untagged")] }));
    expect(await scan()).toEqual({ evidence: [], sections: [], records: [] });
  });

  it("reads a document in two Word.run syncs however many sessions it has, and fingerprints it in one", async () => {
    const durations = Array.from({ length: 60 }, () => "1 hr");
    const doc = new FakeWordDocument({ body: diaryBody(durations) });
    installFakeHost(doc);
    const s = await scan();
    expect(computeHours(s)).toMatchObject({ totalMinutes: 3600, sessions: 60 });
    expect(doc.stats).toMatchObject({ runs: 1, syncs: 2 });
    const before = await documentFingerprint();
    expect(doc.stats).toMatchObject({ runs: 2, syncs: 3 });
    expect(await documentFingerprint()).toBe(before);
    doc.type("Agree priorities", "Agree the priorities");
    expect(await documentFingerprint()).not.toBe(before);
  });

  it("the stand-in host refuses reads that were not loaded, and item properties the collection load did not name", async () => {
    installFakeHost(new FakeWordDocument({ body: [control("cd1:ac:1.1", "x")] }));
    const W = g.Word as typeof Word;
    await expect(W.run(async (context) => context.document.getSelection().text)).rejects.toThrow(PropertyNotLoadedError);
    await expect(W.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/id");
      await context.sync();
      return controls.items[0]!.tag;
    })).rejects.toThrow(PropertyNotLoadedError);
  });

  it("the stand-in host applies writes at sync, not before", async () => {
    const doc = new FakeWordDocument({ body: [control("cd1:ac:1.1", "x")] });
    installFakeHost(doc);
    await (g.Word as typeof Word).run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag");
      await context.sync();
      controls.items[0]!.set({ tag: "cd1:ac:1.2" });
      expect(doc.controls()[0]!.tag).toBe("cd1:ac:1.1");
      await context.sync();
      expect(doc.controls()[0]!.tag).toBe("cd1:ac:1.2");
    });
  });
});
