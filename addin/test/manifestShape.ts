// Reads manifest.xml strictly (xml2js, the parser Microsoft's office-addin-manifest uses; it comes with
// office-addin-mock) and returns the facts the tests check: the add-in manifest's required shape and every URL.
import { readFileSync } from "node:fs";
import { join } from "node:path";
// @ts-expect-error xml2js ships no type declarations here
import { parseStringPromise } from "xml2js";

export const manifestPath = join(__dirname, "..", "manifest.xml");

type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };

export interface ManifestFacts {
  root: string;
  type: string;
  id: string;
  version: string;
  providerName: string;
  defaultLocale: string;
  displayName: string;
  hosts: string[];
  sourceLocation: string;
  permissions: string;
  hasVersionOverrides: boolean;
  ribbonButtonAction: string | null;
  urls: string[];
}

function first(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const v = node?.[name];
  return Array.isArray(v) ? (v[0] as XmlNode) : undefined;
}

function textOf(node: XmlNode | string | undefined): string {
  if (typeof node === "string") return node;
  return node?._ ?? "";
}

function collectUrls(node: unknown, out: Set<string>): void {
  if (typeof node === "string") {
    if (/^https?:\/\//.test(node.trim())) out.add(node.trim());
    return;
  }
  if (Array.isArray(node)) return node.forEach((n) => collectUrls(n, out));
  if (node && typeof node === "object") for (const v of Object.values(node)) collectUrls(v, out);
}

function findAll(node: unknown, name: string, out: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === name && Array.isArray(v)) out.push(...(v as XmlNode[]));
      findAll(v, name, out);
    }
  }
  return out;
}

export async function readManifest(xml = readFileSync(manifestPath, "utf8")): Promise<ManifestFacts> {
  const doc = (await parseStringPromise(xml, { strict: true, explicitArray: true })) as Record<string, XmlNode>;
  const [root, app] = Object.entries(doc)[0]!;
  const urls = new Set<string>();
  // Only attribute values and element text that are URLs; xmlns declarations are names, not addresses.
  const withoutNamespaces = JSON.parse(JSON.stringify(app), (k, v) => (k.startsWith("xmlns") ? undefined : v));
  collectUrls(withoutNamespaces, urls);
  const button = findAll(app, "Control").find((c) => c.$?.["xsi:type"] === "Button");
  return {
    root,
    type: app.$?.["xsi:type"] ?? "",
    id: textOf(first(app, "Id") ?? (app.Id as string[] | undefined)?.[0]),
    version: textOf((app.Version as string[] | undefined)?.[0]),
    providerName: textOf((app.ProviderName as string[] | undefined)?.[0]),
    defaultLocale: textOf((app.DefaultLocale as string[] | undefined)?.[0]),
    displayName: first(app, "DisplayName")?.$?.DefaultValue ?? "",
    hosts: (first(app, "Hosts")?.Host as XmlNode[] | undefined ?? []).map((h) => h.$?.Name ?? ""),
    sourceLocation: first(first(app, "DefaultSettings"), "SourceLocation")?.$?.DefaultValue ?? "",
    permissions: textOf((app.Permissions as string[] | undefined)?.[0]),
    hasVersionOverrides: Array.isArray(app.VersionOverrides),
    ribbonButtonAction: first(button, "Action")?.$?.["xsi:type"] ?? null,
    urls: [...urls].sort(),
  };
}
