// How many individuals the sessions name: one per reference however it is spelled ("Client 1", "client 1", "1",
// "Client: 1" are one; docs/reading.md "A client"), matched as the service matches them (RecordAssembler.ClientKey:
// a leading "client", "coachee", "individual", "ref" or "id" and the punctuation after it dropped, a closing full
// stop, comma or semicolon dropped, case ignored).
import { describe, expect, it } from "vitest";
import { clientKey, computeHours } from "../../src/coverage/coverage";
import type { DocumentScan } from "../../src/coverage/documentScan";

const sessionsOf = (...refs: string[]): DocumentScan => ({
  evidence: [], sections: [],
  records: refs.map((clientRef, i) => ({ id: i + 1, form: "coaching-diary", fields: { clientRef, duration: "1 hr" }, fieldIds: {} })),
});

describe("clientKey", () => {
  it.each([
    ["Client 1", "1"], ["client 1", "1"], ["Client: 1", "1"], ["CLIENT #1", "1"], ["Client - 1", "1"], ["Client.1", "1"],
    ["Coachee 1", "1"], ["Individual 1", "1"], ["Ref 1", "1"], ["ID: 1", "1"], [" 1 ", "1"], [" Client 1 ", "1"], ["1.", "1"], ["1;", "1"],
    ["client b", "b"], ["B,", "b"], ["A.T.", "a.t"],
    ["Client ref: 7", "7"], ["Client  ref: 7", "7"], ["Client Ref/ID 7", "Client 7"], ["coachee ref 3", "3"], ["Individual ref: K", "k"],
  ])("%j is the same individual as %j", (a, b) => {
    expect(clientKey(a)).not.toBeNull();
    expect(clientKey(a)).toBe(clientKey(b));
  });

  it.each([
    ["Client 1", "Client 2"], ["Clients 1", "1"], ["Team client 1", "Team 1"], ["Idris", "ris"], ["Refilwe", "ilwe"],
    ["Client 1", "Client 1a"], ["A.T.", "AT"], ["1:", "1"],
  ])("%j and %j are different individuals", (a, b) => {
    expect(clientKey(a)).not.toBe(clientKey(b));
  });

  it.each(["", "   ", ".", ";,."])("%j names nobody", (ref) => {
    expect(clientKey(ref)).toBeNull();
  });
});

describe("computeHours' client count", () => {
  it("counts each individual once, however the sessions spell the reference", () => {
    expect(computeHours(sessionsOf("Client 1", "client 1", "1", "Client: 1", "Coachee B", "b", "Client 2.")).clients).toBe(3);
  });

  it("counts no individual for a session whose reference is empty or only punctuation", () => {
    expect(computeHours(sessionsOf("", ".", "Client 1")).clients).toBe(1);
  });
});
