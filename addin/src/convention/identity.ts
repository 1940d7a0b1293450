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

/** Parses the part; returns null when it is not an identity of this convention or names no unit. */
export function identityFromXml(xml: string): DocumentIdentity | null {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const root = doc.documentElement;
  if (!root || root.getElementsByTagName("parsererror").length > 0) return null;
  if (root.localName !== "identity" || root.namespaceURI !== IdentityNamespace) return null;
  const read = (name: string): string | null => {
    const el = root.getElementsByTagNameNS(IdentityNamespace, name)[0];
    const text = el?.textContent?.trim();
    return text ? text : null;
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
