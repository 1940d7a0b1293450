// A record without its own client reference is the client's whose reference was written last before it, within its
// client block (the diary's Client Ref/ID is written once, in the block's header; the C# reader's InheritedClientRef).
import { describe, expect, it } from "vitest";
import { computeHours } from "../../src/coverage/coverage";
import { readScan } from "../../src/coverage/documentScan";
import { field, item, scanned } from "../fakes/scannedControls";

const sessionRefs = (controls: ReturnType<typeof scanned>, kind = "coaching-diary") =>
  readScan(controls, kind, {}).records.filter((r) => r.fields.duration).map((r) => r.fields.clientRef);

describe("client references", () => {
  it("come from the session's own client block only: a block whose header is empty gives its sessions none", () => {
    const controls = scanned(
      item("client", field("clientRef", "Client 1"), item("session", field("clientRef", ""), field("duration", "1 hr"))),
      item("client", field("clientRef", ""), item("session", field("duration", "30 mins"))),
    );
    expect(sessionRefs(controls)).toEqual(["Client 1", undefined]);
    expect(computeHours(readScan(controls, "coaching-diary", {}))).toMatchObject({ sessions: 2, clients: 1 });
  });

  it("come from the innermost client block holding the session", () => {
    const controls = scanned(
      item("client", field("clientRef", "Team A"), item("client", field("clientRef", ""), item("session", field("duration", "1 hr")))),
    );
    expect(sessionRefs(controls)).toEqual([undefined]);
  });

  it.each(["coaching-diary", "hours-log", ""])(
    "without items (a %j document on a host that lists none) come from the last reference written before the record",
    (kind) => {
      const controls = scanned(field("clientRef", "Client 1"), field("duration", "1 hr"), field("duration", "2 hrs"), field("duration", "tbc"));
      expect(sessionRefs(controls, kind)).toEqual(["Client 1", "Client 1", "Client 1"]);
      expect(computeHours(readScan(controls, kind, {}))).toMatchObject({ sessions: 3, clients: 1 });
    },
  );
});
