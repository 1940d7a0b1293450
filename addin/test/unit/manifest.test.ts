import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { manifestPath, readManifest } from "../manifestShape";

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

  it("points every URL at the local service over HTTPS, under /addin/", async () => {
    const m = await readManifest();
    expect(m.urls.length).toBeGreaterThanOrEqual(5);
    for (const url of m.urls) expect(url).toMatch(/^https:\/\/localhost:7071(\/addin\/|$)/);
  });

  it("a malformed manifest is caught", async () => {
    const broken = readFileSync(manifestPath, "utf8").replace("</Hosts>", "");
    await expect(readManifest(broken)).rejects.toThrow();
  });
});
