// Bundled into the task pane page IN PLACE OF office.js by the end-to-end test: a scripted STAND-IN for the Word
// host, not Word. It defines the `Office` and `Word` globals over an in-memory document (test/fakes/fakeWordHost.ts,
// no kinder than Word) and exposes `window.__standIn` so the test can act as the learner in the document.
// The document is one our generator made (the test loads the .docx in Node and passes its model in); getFileAsync
// hands over that file's own bytes until the learner changes something, then the stand-in's own .docx of the model.
import { docxFromFake } from "../fakes/docxWriter";
import { FakeWordDocument, installFakeHost, textOf, type FakeDocumentSpec } from "../fakes/fakeWordHost";

interface StandInConfig {
  spec: FakeDocumentSpec;
  /** The generated file, base64. */
  fileBase64: string;
}

const w = window as unknown as Record<string, unknown>;
const config = w.__standInConfig as StandInConfig;
const doc = new FakeWordDocument(config.spec);
const original = Uint8Array.from(atob(config.fileBase64), (c) => c.charCodeAt(0));
// The model as loaded: while the document still matches it, the file is the generated one, byte for byte.
const state = () => JSON.stringify([doc.body, doc.customXmlParts.map((p) => p.xml)]);
const loaded = state();
const changed = () => state() !== loaded;
Object.defineProperty(doc, "fileBytes", { get: () => (changed() ? docxFromFake(doc) : original) });
installFakeHost(doc, w);

w.__standIn = {
  select: (passage: string) => doc.select(passage),
  type: (oldText: string, newText: string) => {
    doc.type(oldText, newText);
    doc.fireSelectionChanged();
  },
  fill: (tag: string, index: number, value: string) => {
    const c = doc.controls().filter((x) => x.tag === tag)[index];
    if (!c) throw new Error(`no ${tag} #${index}`);
    c.children = [{ type: "text", text: value }];
    c.placeholder = undefined;
    doc.fireSelectionChanged();
  },
  selectionText: () => doc.selectionText(),
  controls: () => doc.controls().map((c) => ({ id: c.id, tag: c.tag, title: c.title, color: c.color, text: textOf(c.children) })),
  identityParts: () => doc.customXmlParts.map((p) => p.xml),
  stats: () => ({ ...doc.stats }),
  changed,
};
console.info("Word host STAND-IN loaded (this page runs outside Word)");
