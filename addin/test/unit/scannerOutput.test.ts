// scanControls' own output (before readScan) and documentFingerprint's exact value, on the stand-in host: which controls
// are kept, what each one's text and nested ids are, how many syncs it costs. Found by mutation testing
// (docs/testing.md): these facts were only seen through readScan, which forgives several of them.
import { afterEach, describe, expect, it } from "vitest";
import { documentFingerprint, scanControls } from "../../src/word/scanner";
import { control, FakeWordDocument, installFakeHost, text } from "../fakes/fakeWordHost";

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Word;
  delete g.Office;
});

describe("scanControls' output", () => {
  it("gives each cd1 control its id, tag, text and the ids of the cd1 controls inside it; fields hold none", async () => {
    const field = control("cd1:f:duration", "1 hr");
    const other = control("MyCompanyField", "not ours");
    const section = control("cd1:s:sessionRecord", [text("Duration "), field, other]);
    installFakeHost(new FakeWordDocument({ body: [section] }));
    // The host lists every control, ours or not, in a container's nested collection.
    expect(await scanControls()).toEqual([
      { id: section.id, tag: "cd1:s:sessionRecord", text: "Duration 1 hrnot ours", inner: [field.id, other.id] },
      { id: field.id, tag: "cd1:f:duration", text: "1 hr", inner: [] },
    ]);
  });

  it("costs one sync when the document has only fields (no container to ask about), two when it has one", async () => {
    const fieldsOnly = new FakeWordDocument({ body: [control("cd1:f:duration", "1 hr"), control("cd1:f:sessionDate", "05/05/2025")] });
    installFakeHost(fieldsOnly);
    expect((await scanControls()).map((c) => c.inner)).toEqual([[], []]);
    expect(fieldsOnly.stats).toMatchObject({ runs: 1, syncs: 1 });

    const withSection = new FakeWordDocument({ body: [control("cd1:s:sessionGoal", [control("cd1:f:goal", "x")])] });
    installFakeHost(withSection);
    await scanControls();
    expect(withSection.stats).toMatchObject({ runs: 1, syncs: 2 });
  });

  it("reads a control whose text is its placeholder, spaces aside, as empty, and keeps text that only contains it", async () => {
    const hint = "Click or tap here to enter text.";
    installFakeHost(new FakeWordDocument({
      body: [
        control("cd1:f:duration", `  ${hint} `, "", hint),
        control("cd1:f:goal", `${hint} Agree priorities`, "", hint),
        control("cd1:f:clientRef", "C1", "", "  "),
        control("cd1:f:goal", "", "", ` ${hint}  `), // an untouched control whose placeholder itself has spaces
      ],
    }));
    expect((await scanControls()).map((c) => c.text)).toEqual(["", `${hint} Agree priorities`, "C1", ""]);
  });

  it("keeps a cd1 tag only when it parses, and nothing that merely starts like one", async () => {
    installFakeHost(new FakeWordDocument({ body: [control("cd1:", "x"), control("cd1:zz:what", "x"), control("cd1:f:duration", "1 hr")] }));
    expect((await scanControls()).map((c) => c.tag)).toEqual(["cd1:f:duration"]);
  });
});

describe("documentFingerprint", () => {
  // FNV-1a (32-bit) test vectors from the algorithm's published table: "" -> 811c9dc5, "a" -> e40c292c, "foobar" -> bf9cf968.
  it.each([
    ["", "0:811c9dc5:0"],
    ["a", "1:e40c292c:0"],
    ["foobar", "6:bf9cf968:0"],
  ])("is the body's length, its FNV-1a hash and the control count (%j)", async (body, expected) => {
    installFakeHost(new FakeWordDocument({ body: body ? [text(body)] : [] }));
    expect(await documentFingerprint()).toBe(expected);
  });

  it("counts every control, ours or not", async () => {
    installFakeHost(new FakeWordDocument({ body: [control("cd1:f:duration", "a"), control("MyCompanyField", "")] }));
    expect(await documentFingerprint()).toBe("1:e40c292c:2");
  });
});
