// Builds readScan's input (ScannedControl[], what src/word/scanner.ts hands over) from a small tree, so a test states
// a document's controls as nesting: ids in document order from 1, each container's text all the text inside it, and
// its inner list every control inside it at any depth, as the Word host reports them.
import type { ScannedControl } from "../../src/coverage/documentScan";

export type Node = string | Ctl;
export interface Ctl { tag: string; children: Node[] }

export const ctl = (tag: string, ...children: Node[]): Ctl => ({ tag, children });
export const field = (name: string, value = ""): Ctl => ctl(`cd1:f:${name}`, value);
export const item = (block: string, ...children: Node[]): Ctl => ctl(`cd1:i:${block}`, ...children);
export const section = (name: string, ...children: Node[]): Ctl => ctl(`cd1:s:${name}`, ...children);
export const evidence = (refs: string, ...children: Node[]): Ctl => ctl(`cd1:ac:${refs}`, ...children);

const textOf = (n: Node): string => (typeof n === "string" ? n : n.children.map(textOf).join(""));

export function scanned(...nodes: Node[]): ScannedControl[] {
  const out: ScannedControl[] = [];
  const walk = (n: Node): void => {
    if (typeof n === "string") return;
    const me: ScannedControl = { id: out.length + 1, tag: n.tag, text: textOf(n), inner: [] };
    out.push(me);
    n.children.forEach(walk);
    me.inner = out.slice(out.indexOf(me) + 1).map((x) => x.id);
  };
  nodes.forEach(walk);
  return out;
}
