// Starts what the end-to-end test needs and stops it again: the real CoachingDocs Api (dotnet run) serving addin/dist
// at /addin/. There is no stand-in server: when the Api does not serve the pane, the tests fail.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export const addinDir = join(__dirname, "..", "..");
export const repoDir = join(addinDir, "..");
export const distDir = join(addinDir, "dist");

export interface Services {
  /** The Api, which serves the task pane at /addin/ and the check at /api/check (http://127.0.0.1:PORT/). */
  apiUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The Api exited with code ${child.exitCode}:\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`The Api did not answer at ${url} within ${timeoutMs / 1000}s:\n${log()}`);
}

function startApi(port: number): { child: ChildProcess; log: () => string } {
  let output = "";
  const child = spawn(
    "dotnet",
    [
      "run", "--project", join(repoDir, "functions", "CoachingDocs.Api"), "--no-launch-profile",
      // CI that has just built the solution can skip the second build.
      ...(process.env.COACHINGDOCS_API_NO_BUILD === "1" ? ["--no-build"] : []),
      "--urls", `http://127.0.0.1:${port}`,
    ],
    {
      cwd: repoDir,
      detached: true, // its own process group, so stop() ends dotnet run and the app it started
      env: { ...process.env, Addin__DistPath: distDir, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, log: () => output };
}

export async function startServices(): Promise<Services> {
  if (!existsSync(join(distDir, "taskpane.html"))) throw new Error("addin/dist is not built: run `npm run build` first.");
  const port = await freePort();
  const apiUrl = `http://127.0.0.1:${port}/`;
  const api = startApi(port);
  const stopApi = async () => {
    if (api.child.exitCode !== null || api.child.pid === undefined) return;
    const exited = new Promise<void>((r) => api.child.once("exit", () => r()));
    try {
      process.kill(-api.child.pid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    try {
      process.kill(-api.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  try {
    await waitForHttp(apiUrl, api.child, 300_000, api.log);
  } catch (e) {
    await stopApi();
    throw e;
  }

  const probe = await fetch(new URL("addin/taskpane.html", apiUrl));
  if (!probe.ok) {
    await stopApi();
    throw new Error(`The Api does not serve the add-in at /addin/ (GET /addin/taskpane.html answered ${probe.status}).`);
  }
  return { apiUrl, stop: stopApi };
}
