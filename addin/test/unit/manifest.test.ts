import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { manifestPath, readManifest } from "../manifestShape";
// @ts-expect-error plain JavaScript build script without type declarations
import { checkOrigin, manifestFor } from "../../scripts/manifest.mjs";

describe("manifest.xml", () => {
  it("is well-formed XML of the task-pane add-in manifest shape for Word", async () => {
    const m = await readManifest();
    expect(m.root).toBe("OfficeApp");
    expect(m.type).toBe("TaskPaneApp");
    expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(m.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(m.providerName).toBe("CoachingDocs");
    expect(m.defaultLocale).toBe("en-GB");
    expect(m.displayName).toBe("CoachingDocs");
    expect(m.hosts).toEqual(["Document"]);
    expect(m.sourceLocation).toBe("https://localhost:7071/addin/taskpane.html");
    expect(m.permissions).toBe("ReadWriteDocument");
    expect(m.hasVersionOverrides).toBe(true);
    expect(m.ribbonButtonAction).toBe("ShowTaskpane");
  });

  it("points every URL at the local service over HTTPS, under /addin/, with help at a real page", async () => {
    const m = await readManifest();
    expect(m.urls.length).toBeGreaterThanOrEqual(6);
    for (const url of m.urls) expect(url).toMatch(/^https:\/\/localhost:7071(\/addin\/|$)/);
    expect(m.urls).toContain("https://localhost:7071/addin/help.html");
  });

  it("a malformed manifest is caught", async () => {
    const broken = readFileSync(manifestPath, "utf8").replace("</Hosts>", "");
    await expect(readManifest(broken)).rejects.toThrow();
  });
});

describe("the manifest for a deployment", () => {
  const origin = "https://coachingdocs-func.azurewebsites.net";

  it("moves every URL to the given origin and is still a valid manifest", async () => {
    const m = await readManifest(manifestFor(origin));
    const local = await readManifest();
    expect(m.urls).toHaveLength(local.urls.length);
    for (const url of m.urls) expect(url.startsWith(origin)).toBe(true);
    expect(m.urls).toContain(`${origin}/addin/taskpane.html`);
    expect(m.urls).toContain(origin); // the AppDomain
    expect(m.sourceLocation).toBe(`${origin}/addin/taskpane.html`);
    expect(m.id).toBe(local.id);
    expect(manifestFor(origin)).not.toContain("https://localhost");
  });

  it("keeps a port and drops a trailing slash", () => {
    expect(checkOrigin("https://cd.example.org:8443/")).toBe("https://cd.example.org:8443");
  });

  it.each([
    ["http://cd.example.org", /not https/],
    ["https://cd.example.org/addin", /more than an origin/],
    ["https://cd.example.org/?x=1", /more than an origin/],
    ["cd.example.org", /not a URL/],
  ])("refuses %j, saying why", (bad, why) => {
    expect(() => manifestFor(bad)).toThrow(why);
  });
});
