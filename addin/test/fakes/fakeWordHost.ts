// A hand-written STAND-IN for the Word host (the `Office` and `Word` globals), used by the unit tests and injected into
// the task pane page by the end-to-end test. It is not Word: it models a document as paragraphs and nested content
// controls, the selection, custom XML parts and getFileAsync, which office-addin-mock cannot (it has no collections).
// Like Word, it refuses to give a property that was not loaded and synced, so a missing load() fails a test.

export type FakeNode = FakeText | FakeControl;
export interface FakeText { type: "text"; text: string }
/** What kind of content control Word made: only rich-text and plain-text ones are reliably in its collections. */
export type ControlKind = "richText" | "repeatingSection" | "repeatingSectionItem" | "date";

export interface FakeControl {
  type: "control";
  id: number;
  kind?: ControlKind;
  tag: string;
  title: string;
  color: string;
  appearance: string;
  /** Word shows it (and reports it as the control's text) while the control is empty. */
  placeholder?: string;
  children: FakeNode[];
}

export interface FakeDocumentSpec {
  body: FakeNode[];
  customXmlParts?: { namespace: string; xml: string }[];
  url?: string;
  /** WordApi versions reported as supported (default: up to 1.4). */
  wordApi?: string;
  /** Control kinds the host lists in contentControls besides rich and plain text (default: none). */
  exposes?: ControlKind[];
}

type Selection = { kind: "text"; node: FakeText; start: number; end: number } | { kind: "control"; control: FakeControl };

export class PropertyNotLoadedError extends Error {}

let nextControlId = 1000;

export function text(t: string): FakeText {
  return { type: "text", text: t };
}

export function control(tag: string, children: FakeNode[] | string, title = "", placeholder?: string, kind?: ControlKind): FakeControl {
  return {
    type: "control", id: nextControlId++, kind, tag, title, color: "", appearance: "BoundingBox", placeholder,
    children: typeof children === "string" ? [text(children)] : children,
  };
}

export function textOf(nodes: FakeNode[]): string {
  return nodes.map((n) => (n.type === "text" ? n.text : textOf(n.children))).join("");
}

function walkControls(nodes: FakeNode[], out: FakeControl[] = []): FakeControl[] {
  for (const n of nodes) {
    if (n.type === "control") {
      out.push(n);
      walkControls(n.children, out);
    }
  }
  return out;
}

/** The document model plus the operations a test performs as the learner would (select, type). */
export class FakeWordDocument {
  body: FakeNode[];
  customXmlParts: { id: string; namespace: string; xml: string }[];
  url: string;
  wordApi: string;
  selection: Selection | null = null;
  fileBytes: Uint8Array = new Uint8Array();
  selectionHandlers: (() => void)[] = [];
  /** Handlers of Word's document change events (WordApi 1.6 hosts only). */
  changeHandlers: (() => Promise<void>)[] = [];
  /** Set to make insertContentControl fail at sync with this message (Word refuses some selections). */
  insertFailure: string | null = null;
  /** Word on the web may leave a custom XML part collection's items undefined. */
  partItemsUndefined = false;
  /** The host's document settings (Office.context.document.settings), saved by saveAsync. */
  settings = new Map<string, unknown>();
  savedSettings = new Map<string, unknown>();
  /** What the add-in cost: Word.run calls, syncs, and controls handed over by collection loads. */
  stats = { runs: 0, syncs: 0, controlsLoaded: 0 };
  exposes: ControlKind[];
  private partIds = 1;

  constructor(spec: FakeDocumentSpec) {
    this.body = spec.body;
    this.customXmlParts = (spec.customXmlParts ?? []).map((p) => ({ ...p, id: `{part-${this.partIds++}}` }));
    this.url = spec.url ?? "C:\\Users\\learner\\Documents\\coaching-diary.docx";
    this.wordApi = spec.wordApi ?? "1.4";
    this.exposes = spec.exposes ?? [];
  }

  /** The controls a contentControls collection lists: rich and plain text, and the kinds this host exposes. */
  exposed(controls: FakeControl[]): FakeControl[] {
    return controls.filter((c) => !c.kind || c.kind === "richText" || this.exposes.includes(c.kind));
  }

  get text(): string {
    return textOf(this.body);
  }

  controls(): FakeControl[] {
    return walkControls(this.body);
  }

  controlById(id: number): FakeControl | undefined {
    return this.controls().find((c) => c.id === id);
  }

  /** Selects the first occurrence of a passage, as a learner dragging over it would. */
  select(passage: string): void {
    const found = this.findText(this.body, passage);
    if (!found) throw new Error(`The stand-in document has no passage "${passage}".`);
    this.selection = { kind: "text", node: found.node, start: found.index, end: found.index + passage.length };
    this.fireSelectionChanged();
  }

  selectControl(id: number): void {
    const c = this.controlById(id);
    if (!c) throw new Error(`No content control ${id}.`);
    this.selection = { kind: "control", control: c };
    this.fireSelectionChanged();
  }

  /** Replaces a text run's content, as typing would. */
  type(oldText: string, newText: string): void {
    const found = this.findText(this.body, oldText);
    if (!found) throw new Error(`The stand-in document has no text "${oldText}".`);
    found.node.text = found.node.text.slice(0, found.index) + newText + found.node.text.slice(found.index + oldText.length);
  }

  /** What Word does after an edit on a WordApi 1.6 host: raise onParagraphChanged. */
  fireParagraphChanged(): void {
    for (const h of this.changeHandlers) void h();
  }

  fireSelectionChanged(): void {
    for (const h of this.selectionHandlers) h();
  }

  selectionText(): string {
    const s = this.selection;
    if (!s) return "";
    return s.kind === "control" ? textOf(s.control.children) : s.node.text.slice(s.start, s.end);
  }

  /** Innermost control holding the selection (or the selected control itself), as Word's parentContentControl. */
  selectionParent(): FakeControl | null {
    const s = this.selection;
    if (!s) return null;
    if (s.kind === "control") return s.control;
    let found: FakeControl | null = null;
    const visit = (nodes: FakeNode[], parent: FakeControl | null): void => {
      for (const n of nodes) {
        if (n === s.node) found = parent;
        else if (n.type === "control") visit(n.children, n);
      }
    };
    visit(this.body, null);
    return found;
  }

  /** Wraps the selection in a new content control, splitting the text run around it. */
  wrapSelection(): FakeControl {
    const s = this.selection;
    if (!s) throw new Error("Nothing is selected.");
    if (s.kind === "control") {
      const wrapper = control("", []);
      const owner = this.ownerOf(s.control);
      owner.splice(owner.indexOf(s.control), 1, wrapper);
      wrapper.children = [s.control];
      return wrapper;
    }
    const owner = this.ownerOf(s.node);
    const before = s.node.text.slice(0, s.start);
    const middle = s.node.text.slice(s.start, s.end);
    const after = s.node.text.slice(s.end);
    const wrapper = control("", [text(middle)]);
    const parts: FakeNode[] = [];
    if (before) parts.push(text(before));
    parts.push(wrapper);
    if (after) parts.push(text(after));
    owner.splice(owner.indexOf(s.node), 1, ...parts);
    this.selection = { kind: "control", control: wrapper };
    return wrapper;
  }

  /** Removes a control; keepContent puts its children in its place (Word's delete(true)). */
  removeControl(c: FakeControl, keepContent: boolean): void {
    const owner = this.ownerOf(c);
    owner.splice(owner.indexOf(c), 1, ...(keepContent ? c.children : []));
    if (this.selection?.kind === "control" && this.selection.control === c) this.selection = null;
  }

  addPart(xml: string): { id: string; namespace: string; xml: string } {
    const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
    const part = { id: `{part-${this.partIds++}}`, namespace: ns, xml };
    this.customXmlParts.push(part);
    return part;
  }

  private ownerOf(node: FakeNode): FakeNode[] {
    const search = (nodes: FakeNode[]): FakeNode[] | null => {
      if (nodes.includes(node)) return nodes;
      for (const n of nodes) if (n.type === "control") { const r = search(n.children); if (r) return r; }
      return null;
    };
    const owner = search(this.body);
    if (!owner) throw new Error("Node is not in the document.");
    return owner;
  }

  private findText(nodes: FakeNode[], passage: string): { node: FakeText; index: number } | null {
    for (const n of nodes) {
      if (n.type === "text") {
        const index = n.text.indexOf(passage);
        if (index >= 0) return { node: n, index };
      } else {
        const r = this.findText(n.children, passage);
        if (r) return r;
      }
    }
    return null;
  }
}

// ---- The Word JavaScript API surface the add-in uses, over the model ----
// No kinder than Word: writes (set, delete, insertContentControl, select, customXmlParts.add/delete) are queued and
// take effect at sync(), in order with the loads; a collection's items carry only the properties its load() named;
// a failing insertContentControl fails the sync; repeating sections, their items and date pickers are not in any
// contentControls collection unless the document says the host exposes them (their contents are); parts.items is
// undefined when the document says so (Word on the web).

export class WordApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

class RequestContext {
  private queue: (() => void)[] = [];
  constructor(readonly doc: FakeWordDocument) {}
  queueLoad(o: { resolveLoad(): void }): void {
    this.queue.push(() => o.resolveLoad());
  }
  queueWrite(write: () => void): void {
    this.queue.push(write);
  }
  async sync(): Promise<void> {
    this.doc.stats.syncs++;
    const queue = this.queue;
    this.queue = [];
    for (const op of queue) op(); // a write that throws fails the sync, as a Word batch does
  }
  get document(): FakeDocumentApi {
    return new FakeDocumentApi(this);
  }
}

abstract class Loadable {
  private requested = new Set<string>();
  private loaded = new Set<string>();
  constructor(protected readonly ctx: RequestContext) {}
  load(spec: string | string[]): this {
    const list = Array.isArray(spec) ? spec : spec.split(",");
    for (const p of list) this.requested.add(p.trim());
    this.ctx.queueLoad(this);
    return this;
  }
  resolveLoad(): void {
    for (const p of this.requested) this.loaded.add(p);
    this.onLoaded(this.requested);
  }
  protected onLoaded(_props: Set<string>): void {}
  protected isLoaded(prop: string): boolean {
    return this.loaded.has(prop);
  }
  protected need(prop: string): void {
    if (!this.loaded.has(prop)) {
      throw new PropertyNotLoadedError(`PropertyNotLoaded: the property '${prop}' is not available. Call load("${prop}") and context.sync() first.`);
    }
  }
}

class FakeContentControl extends Loadable {
  constructor(ctx: RequestContext, private resolveNode: () => FakeControl | null) {
    super(ctx);
  }
  private cached: FakeControl | null | undefined;
  get node(): FakeControl | null {
    if (this.cached === undefined) this.cached = this.resolveNode();
    return this.cached;
  }
  get isNullObject(): boolean { this.need("__any"); return this.node === null; }
  override load(spec: string | string[]): this { super.load(spec); super.load("__any"); return this; }
  private get n(): FakeControl {
    if (!this.node) throw new WordApiError("ItemNotFound", "ItemNotFound: the content control does not exist.");
    return this.node;
  }
  /** Marks properties as loaded from a collection's load ("items/tag" loads each item's tag). */
  fromCollection(props: string[]): this {
    super.load([...props, "__any"]);
    this.resolveLoad();
    return this;
  }
  get id(): number { this.need("id"); return this.n.id; }
  get tag(): string { this.need("tag"); return this.n.tag; }
  get title(): string { this.need("title"); return this.n.title; }
  get text(): string { this.need("text"); return textOf(this.n.children) || (this.n.placeholder ?? ""); }
  get placeholderText(): string { this.need("placeholderText"); return this.n.placeholder ?? ""; }
  get color(): string { this.need("color"); return this.n.color; }
  set(props: Partial<Pick<FakeControl, "tag" | "title" | "color" | "appearance">>): void {
    if (props.tag !== undefined && props.tag.length > 64) throw new WordApiError("InvalidArgument", "InvalidArgument: a tag is at most 64 characters.");
    if (props.title !== undefined && props.title.length > 64) throw new WordApiError("InvalidArgument", "InvalidArgument: a title is at most 64 characters.");
    this.ctx.queueWrite(() => Object.assign(this.n, props));
  }
  delete(keepContent: boolean): void {
    this.ctx.queueWrite(() => this.ctx.doc.removeControl(this.n, keepContent));
  }
  select(_mode?: string): void {
    this.ctx.queueWrite(() => this.ctx.doc.selectControl(this.n.id));
  }
  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, () => this.ctx.doc.exposed(walkControls(this.n.children)));
  }
}

class FakeContentControlCollection extends Loadable {
  private snapshot: FakeControl[] | null = null;
  private itemProps: string[] = [];
  constructor(ctx: RequestContext, private readonly source: () => FakeControl[]) {
    super(ctx);
  }
  override load(spec: string | string[]): this {
    const list = Array.isArray(spec) ? spec : spec.split(",");
    this.itemProps = list.map((p) => p.trim()).filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    return super.load(list);
  }
  protected override onLoaded(): void {
    this.snapshot = this.source();
    this.ctx.doc.stats.controlsLoaded += this.snapshot.length;
  }
  get items(): FakeContentControl[] {
    if (!this.snapshot) throw new PropertyNotLoadedError("PropertyNotLoaded: the collection's items are not available. Call load() and context.sync() first.");
    return this.snapshot.map((n) => new FakeContentControl(this.ctx, () => n).fromCollection(this.itemProps));
  }
  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, () => this.source().filter((c) => c.tag === tag));
  }
  getById(id: number): FakeContentControl {
    return new FakeContentControl(this.ctx, () => this.source().find((c) => c.id === id) ?? null);
  }
}

class FakeRange extends Loadable {
  get text(): string { this.need("text"); return this.ctx.doc.selectionText(); }
  get parentContentControlOrNullObject(): FakeContentControl {
    return new FakeContentControl(this.ctx, () => this.ctx.doc.selectionParent());
  }
  insertContentControl(): FakeContentControl {
    let made: FakeControl | null = null;
    this.ctx.queueWrite(() => {
      const failure = this.ctx.doc.insertFailure;
      if (failure) throw new WordApiError("GeneralException", failure);
      made = this.ctx.doc.wrapSelection();
    });
    return new FakeContentControl(this.ctx, () => made);
  }
}

class FakeBody extends Loadable {
  get text(): string { this.need("text"); return this.ctx.doc.text; }
}

class FakeCustomXmlPart extends Loadable {
  constructor(ctx: RequestContext, private readonly part: { id: string; xml: string }) {
    super(ctx);
  }
  get id(): string { this.need("id"); return this.part.id; }
  getXml(): { value: string } {
    const result = { value: "" };
    const part = this.part;
    this.ctx.queueLoad({ resolveLoad: () => { result.value = part.xml; } });
    return result;
  }
  delete(): void {
    this.ctx.queueWrite(() => {
      const parts = this.ctx.doc.customXmlParts;
      parts.splice(parts.findIndex((p) => p.id === this.part.id), 1);
    });
  }
}

class FakeCustomXmlPartCollection extends Loadable {
  private snapshot: { id: string; xml: string }[] | null = null;
  constructor(ctx: RequestContext, private readonly namespace: string | null) {
    super(ctx);
  }
  protected override onLoaded(): void {
    this.snapshot = this.ctx.doc.customXmlParts.filter((p) => this.namespace === null || p.namespace === this.namespace);
  }
  get items(): FakeCustomXmlPart[] {
    if (this.ctx.doc.partItemsUndefined) return undefined as unknown as FakeCustomXmlPart[];
    if (!this.snapshot) throw new PropertyNotLoadedError("PropertyNotLoaded: the collection's items are not available.");
    return this.snapshot.map((p) => { const x = new FakeCustomXmlPart(this.ctx, p); x.load("id"); x.resolveLoad(); return x; });
  }
  getByNamespace(ns: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.ctx, ns);
  }
  add(xml: string): void {
    this.ctx.queueWrite(() => this.ctx.doc.addPart(xml));
  }
}

class FakeDocumentApi {
  constructor(private readonly ctx: RequestContext) {}
  getSelection(): FakeRange {
    return new FakeRange(this.ctx);
  }
  get body(): FakeBody {
    return new FakeBody(this.ctx);
  }
  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, () => this.ctx.doc.exposed(this.ctx.doc.controls()));
  }
  // Document change events (WordApi 1.5/1.6): handlers registered at sync, fired by the learner's edits in tests.
  private event(version: number) {
    if (Number(this.ctx.doc.wordApi) < version) throw new WordApiError("ApiNotFound", `This event needs WordApi ${version}.`);
    return { add: (h: () => Promise<void>) => this.ctx.queueWrite(() => this.ctx.doc.changeHandlers.push(h)) };
  }
  get onParagraphAdded() { return this.event(1.6); }
  get onParagraphChanged() { return this.event(1.6); }
  get onParagraphDeleted() { return this.event(1.6); }
  get onContentControlAdded() { return this.event(1.5); }
  get customXmlParts(): FakeCustomXmlPartCollection {
    if (Number(this.ctx.doc.wordApi) < 1.4) throw new WordApiError("ApiNotFound", "customXmlParts needs WordApi 1.4.");
    return new FakeCustomXmlPartCollection(this.ctx, null);
  }
}

type Callback<T> = (result: { status: string; value: T; error?: { message: string } }) => void;

function succeed<T>(cb: Callback<T> | undefined, value: T): void {
  setTimeout(() => cb?.({ status: "succeeded", value }), 0);
}

/** Builds the `Office` and `Word` globals over a document model. */
export function createFakeHost(doc: FakeWordDocument): { Office: unknown; Word: unknown } {
  const commonPart = (p: { id: string; xml: string }) => ({
    id: p.id,
    getXmlAsync: (cb: Callback<string>) => succeed(cb, p.xml),
    deleteAsync: (cb: Callback<void>) => {
      doc.customXmlParts.splice(doc.customXmlParts.indexOf(p as never), 1);
      succeed(cb, undefined);
    },
  });
  const Office = {
    HostType: { Word: "Word" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    FileType: { Compressed: "compressed" },
    onReady(cb?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Word", platform: "PC" };
      setTimeout(() => cb?.(info), 0);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "WordApi" ? Number(version ?? "1.1") <= Number(doc.wordApi) : false,
      },
      document: {
        get url() { return doc.url; },
        settings: {
          get: (name: string) => doc.settings.get(name) ?? null,
          set: (name: string, value: unknown) => void doc.settings.set(name, value),
          remove: (name: string) => void doc.settings.delete(name),
          saveAsync: (cb?: Callback<void>) => {
            doc.savedSettings = new Map(doc.settings);
            succeed(cb, undefined);
          },
        },
        customXmlParts: {
          getByNamespaceAsync: (ns: string, cb: Callback<unknown[]>) =>
            succeed(cb, doc.customXmlParts.filter((p) => p.namespace === ns).map(commonPart)),
          addAsync: (xml: string, cb: Callback<unknown>) => succeed(cb, commonPart(doc.addPart(xml))),
        },
        addHandlerAsync: (_type: string, handler: () => void, cb?: Callback<void>) => {
          doc.selectionHandlers.push(handler);
          succeed(cb, undefined);
        },
        removeHandlerAsync: (_type: string, options?: { handler?: () => void }, cb?: Callback<void>) => {
          doc.selectionHandlers = doc.selectionHandlers.filter((h) => h !== options?.handler);
          succeed(cb, undefined);
        },
        getFileAsync: (_type: string, options: { sliceSize: number }, cb: Callback<unknown>) => {
          const bytes = doc.fileBytes;
          const size = options.sliceSize;
          const sliceCount = Math.max(1, Math.ceil(bytes.length / size));
          succeed(cb, {
            size: bytes.length,
            sliceCount,
            getSliceAsync: (i: number, scb: Callback<unknown>) =>
              succeed(scb, { index: i, size, data: Array.from(bytes.subarray(i * size, (i + 1) * size)) }),
            closeAsync: (ccb?: Callback<void>) => succeed(ccb, undefined),
          });
        },
      },
    },
  };
  const Word = {
    ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
    SelectionMode: { select: "Select", start: "Start", end: "End" },
    async run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
      doc.stats.runs++;
      return batch(new RequestContext(doc));
    },
  };
  return { Office, Word };
}

/** Installs the stand-in on globalThis (unit tests) or window (the e2e page). */
export function installFakeHost(doc: FakeWordDocument, target: Record<string, unknown> = globalThis as never): void {
  const { Office, Word } = createFakeHost(doc);
  target.Office = Office;
  target.Word = Word;
}
