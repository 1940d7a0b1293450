// The document identity custom XML part (docs/tag-convention.md, "Identity"): serialised and parsed here, stored by
// src/word/identity.ts. learnerRef is the registration number, never the learner's name.
import { IdentityNamespace } from "./tagConvention";

export interface DocumentIdentity {
  kind: string;
  qualification: string | null;
  unit: string;
  learnerRef: string | null;
  templateVersion: string;
}

const elementNames = ["kind", "qualification", "unit", "learnerRef", "templateVersion"] as const;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function identityToXml(identity: DocumentIdentity): string {
  const children = elementNames
    .map((name) => {
      const value = identity[name];
      return value === null || value === "" ? "" : `<${name}>${escapeXml(value)}</${name}>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><identity xmlns="${IdentityNamespace}">${children}</identity>`;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/**
 * Parses the part; returns null when it is not an identity of this convention or names no unit. A small reader of
 * this one flat shape (not a general XML parser) so it runs the same in Word's browser and under Node in tests;
 * it accepts a namespace prefix, since other programs may write one.
 */
export function identityFromXml(xml: string): DocumentIdentity | null {
  const root = /<(?:([A-Za-z_][\w.-]*):)?identity\b([^>]*)>([\s\S]*)<\/(?:\1:)?identity\s*>/.exec(xml);
  if (!root) return null;
  const prefix = root[1];
  const declared = new RegExp(`xmlns${prefix ? ":" + prefix : ""}\\s*=\\s*["']([^"']*)["']`).exec(root[2] ?? "");
  if (declared?.[1] !== IdentityNamespace) return null;
  const body = root[3] ?? "";
  const read = (name: string): string | null => {
    const p = prefix ? `${prefix}:` : "";
    const m = new RegExp(`<${p}${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${name}\\s*>)`).exec(body);
    const value = m?.[1] ? unescapeXml(m[1]).trim() : "";
    return value ? value : null;
  };
  const unit = read("unit");
  if (!unit) return null;
  return {
    kind: read("kind") ?? "",
    qualification: read("qualification"),
    unit,
    learnerRef: read("learnerRef"),
    templateVersion: read("templateVersion") ?? "",
  };
}
