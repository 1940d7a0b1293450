// The document identity lives in a custom XML part (namespace urn:coachingdocs:identity:1). WordApi 1.4 has
// customXmlParts in Word.run; older hosts get the Common API (Office.context.document.customXmlParts).
import { identityFromXml, identityToXml, type DocumentIdentity } from "../convention/identity";
import { IdentityNamespace } from "../convention/tagConvention";

function hasWordCustomXml(): boolean {
  return Office.context.requirements.isSetSupported("WordApi", "1.4");
}

function commonCall<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? "Word could not complete the request."));
    });
  });
}

/** The document's identity, or null when it has none (or the part names no unit). */
export async function readIdentity(): Promise<DocumentIdentity | null> {
  if (hasWordCustomXml()) {
    const found = await Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(IdentityNamespace);
      parts.load("items/id");
      await context.sync();
      // Word on the web can leave items undefined: then ask the Common API, which does list the part.
      if (!Array.isArray(parts.items)) return undefined;
      const first = parts.items[0];
      if (!first) return null;
      const xml = first.getXml();
      await context.sync();
      return identityFromXml(xml.value);
    });
    if (found !== undefined) return found;
  }
  const parts = await commonCall<Office.CustomXmlPart[]>((cb) =>
    Office.context.document.customXmlParts.getByNamespaceAsync(IdentityNamespace, cb),
  );
  const first = parts[0];
  if (!first) return null;
  const xml = await commonCall<string>((cb) => first.getXmlAsync(cb));
  return identityFromXml(xml);
}

/** Stores the identity, replacing any earlier identity part so the document never holds two. */
export async function writeIdentity(identity: DocumentIdentity): Promise<void> {
  const xml = identityToXml(identity);
  if (hasWordCustomXml()) {
    const written = await Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(IdentityNamespace);
      parts.load("items/id");
      await context.sync();
      if (!Array.isArray(parts.items)) return false;
      for (const part of parts.items) part.delete();
      context.document.customXmlParts.add(xml);
      await context.sync();
      return true;
    });
    if (written) return;
  }
  const parts = await commonCall<Office.CustomXmlPart[]>((cb) =>
    Office.context.document.customXmlParts.getByNamespaceAsync(IdentityNamespace, cb),
  );
  for (const part of parts) await commonCall<void>((cb) => part.deleteAsync(cb));
  await commonCall<Office.CustomXmlPart>((cb) => Office.context.document.customXmlParts.addAsync(xml, cb));
}
