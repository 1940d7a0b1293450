// Bundled into the task pane page IN PLACE OF office.js by the end-to-end test: a scripted STAND-IN for the Word
// host, not Word. It defines the `Office` and `Word` globals over an in-memory document (test/fakes/fakeWordHost.ts)
// and exposes `window.__standIn` so the test can act as the learner in the document (select, type).
import { docxFromFake } from "../fakes/docxWriter";
import { FakeWordDocument, installFakeHost, textOf } from "../fakes/fakeWordHost";
import { diaryBody } from "../fakes/sampleDocuments";

interface StandInConfig {
  durations?: string[];
  identityXml?: string;
}

const w = window as unknown as Record<string, unknown>;
const config = (w.__standInConfig ?? {}) as StandInConfig;
const doc = new FakeWordDocument({
  body: diaryBody(config.durations ?? ["1.5 hrs", "90 mins", "about an hour"]),
  customXmlParts: config.identityXml ? [{ namespace: "urn:coachingdocs:identity:1", xml: config.identityXml }] : [],
});
Object.defineProperty(doc, "fileBytes", { get: () => docxFromFake(doc) });
installFakeHost(doc, w);

w.__standIn = {
  select: (passage: string) => doc.select(passage),
  type: (oldText: string, newText: string) => {
    doc.type(oldText, newText);
    doc.fireSelectionChanged();
  },
  selectionText: () => doc.selectionText(),
  controls: () => doc.controls().map((c) => ({ id: c.id, tag: c.tag, title: c.title, color: c.color, text: textOf(c.children) })),
  identityParts: () => doc.customXmlParts.map((p) => p.xml),
};
console.info("Word host STAND-IN loaded (this page runs outside Word)");
