import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it } from "vitest";
import { goToControl, removeCriterionFromTag, removeTagAtSelection, tagSelection } from "../../src/word/tagging";
import { UserFacingError } from "../../src/word/errors";
import { control, FakeWordDocument, installFakeHost, text, textOf } from "../fakes/fakeWordHost";
import { diaryBody } from "../fakes/sampleDocuments";

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.Word;
  delete g.Office;
});

describe("tagSelection with office-addin-mock", () => {
  // office-addin-mock enforces load-before-read on its objects too, so the test records what the code set here.
  let insertCalls = 0;
  let setProps: Record<string, string> = {};
  function mockWord(selectionText: string) {
    insertCalls = 0;
    setProps = {};
    const data = {
      context: {
        document: {
          selection: {
            text: selectionText,
            parentContentControlOrNullObject: { isNullObject: true, id: 0, tag: "", text: "" },
            control: {
              id: 42, tag: "", title: "", color: "", appearance: "",
              set(props: Record<string, string>) {
                setProps = { ...setProps, ...props };
              },
            } as Record<string, unknown>,
            insertContentControl() {
              insertCalls++;
              return this.control;
            },
          },
          getSelection() {
            return this.selection;
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<unknown>) {
        return callback(this.context);
      },
    };
    const mock = new OfficeMockObject(data) as unknown as typeof data & Record<string, unknown>;
    // Enums are plain values in Office.js, not proxy objects, so they sit beside the mock rather than inside it.
    g.Word = { ContentControlAppearance: { boundingBox: "BoundingBox" }, run: (cb: never) => mock.run(cb) };
    return mock;
  }

  it("puts a content control around the selection with the convention's tag, title and the colour given", async () => {
    mockWord("I agreed the contract.");
    const result = await tagSelection(["1.1", "2.3"], "#0F6CBD");
    const inserted = setProps;
    expect(insertCalls).toBe(1);
    expect(inserted.tag).toBe("cd1:ac:1.1,2.3");
    expect(inserted.title).toBe("AC 1.1, 2.3");
    expect(inserted.color).toBe("#0F6CBD");
    expect(inserted.appearance).toBe("BoundingBox");
    expect(result).toEqual({ id: 42, criteria: ["1.1", "2.3"], merged: false });
  });

  it("refuses an empty selection with a message the learner can act on", async () => {
    mockWord("   ");
    await expect(tagSelection(["1.1"], "#0F6CBD")).rejects.toThrow(UserFacingError);
    expect(insertCalls).toBe(0);
  });

  it("refuses to tag with no AC chosen", async () => {
    mockWord("text");
    await expect(tagSelection([" "], "#0F6CBD")).rejects.toThrow(/at least one AC/);
  });
});

describe("tagging in the stand-in document", () => {
  it("wraps exactly the selected words, leaving the rest of the paragraph untouched", async () => {
    const doc = new FakeWordDocument({ body: diaryBody() });
    installFakeHost(doc);
    const before = doc.text;
    doc.select("I listened more than I spoke");
    const { id } = await tagSelection(["2.1"], "#C50F1F");
    const made = doc.controlById(id)!;
    expect(made).toMatchObject({ tag: "cd1:ac:2.1", title: "AC 2.1", color: "#C50F1F" });
    expect(textOf(made.children)).toBe("I listened more than I spoke");
    expect(doc.text).toBe(before);
  });

  it("adds ACs to an existing evidence control instead of nesting a second one (safe to run twice)", async () => {
    const doc = new FakeWordDocument({ body: [text("Intro. "), control("cd1:ac:1.1", "Agreed the contract.", "AC 1.1")] });
    installFakeHost(doc);
    const existing = doc.controls()[0]!;
    doc.selectControl(existing.id);
    const result = await tagSelection(["1.2", "1.1"], "#0F6CBD");
    expect(result).toEqual({ id: existing.id, criteria: ["1.1", "1.2"], merged: true });
    expect(doc.controls()).toHaveLength(1);
    expect(existing).toMatchObject({ tag: "cd1:ac:1.1,1.2", title: "AC 1.1, 1.2" });
  });

  it("removes one AC from a passage, and the control itself with the last AC, keeping the text", async () => {
    const doc = new FakeWordDocument({ body: [text("A "), control("cd1:ac:1.1,2.1", "tagged words", "AC 1.1, 2.1"), text(" B")] });
    installFakeHost(doc);
    const id = doc.controls()[0]!.id;
    await removeCriterionFromTag(id, "1.1");
    expect(doc.controlById(id)).toMatchObject({ tag: "cd1:ac:2.1", title: "AC 2.1" });
    await removeCriterionFromTag(id, "2.1");
    expect(doc.controls()).toHaveLength(0);
    expect(doc.text).toBe("A tagged words B");
  });

  it("removes the tag around the selection, and says so when there is none", async () => {
    const doc = new FakeWordDocument({ body: [control("cd1:ac:3.1", "evidence here"), text(" plain")] });
    installFakeHost(doc);
    doc.select("here");
    expect(await removeTagAtSelection()).toEqual(["3.1"]);
    expect(doc.controls()).toHaveLength(0);
    expect(doc.text).toBe("evidence here plain");
    doc.select("plain");
    await expect(removeTagAtSelection()).rejects.toThrow(/not inside a tagged passage/);
  });

  it("does not remove a field or section control as if it were a tag", async () => {
    const doc = new FakeWordDocument({ body: [control("cd1:s:sessionGoal", "Goal text")] });
    installFakeHost(doc);
    await expect(removeCriterionFromTag(doc.controls()[0]!.id, "1.1")).rejects.toThrow(/no longer tagged/);
    expect(doc.controls()).toHaveLength(1);
  });

  it("goes to a passage by selecting its control", async () => {
    const doc = new FakeWordDocument({ body: [control("cd1:ac:1.1", "one"), control("cd1:ac:1.2", "two")] });
    installFakeHost(doc);
    await goToControl(doc.controls()[1]!.id);
    expect(doc.selectionText()).toBe("two");
  });

  it("says plainly when Word refuses to put a control around the selection, and changes nothing", async () => {
    const doc = new FakeWordDocument({ body: [text("Across two cells of a table")] });
    installFakeHost(doc);
    doc.insertFailure = "GeneralException: the selection cannot hold a content control";
    doc.select("two cells");
    await expect(tagSelection(["1.1"], "#0F6CBD")).rejects.toThrow(/could not put a tag around this selection/);
    expect(doc.controls()).toEqual([]);
  });

  it("keeps a long evidence title within Word's 64 characters", async () => {
    const doc = new FakeWordDocument({ body: [text("A passage evidencing many criteria at once")] });
    installFakeHost(doc);
    doc.select("many criteria");
    const refs = ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3"];
    await tagSelection(refs, "#0F6CBD");
    const made = doc.controls()[0]!;
    expect(made.tag).toBe(`cd1:ac:${refs.join(",")}`);
    expect(made.title.length).toBeLessThanOrEqual(64);
    expect(made.title.startsWith("AC 1.1, 1.2, ")).toBe(true);
    expect(made.title.endsWith("…")).toBe(true);
  });
});
