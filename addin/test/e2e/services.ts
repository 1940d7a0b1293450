// Starts what the end-to-end test needs and stops it again: the real CoachingDocs Api (dotnet run) serving addin/dist,
// and, only if that Api build does not serve /addin/ yet (AddinHosting not wired in Program.cs), a small static
// server for addin/dist that forwards /api/* to the Api, so the pane and the check still share one origin.
import { spawn, type ChildProcess } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

export const addinDir = join(__dirname, "..", "..");
export const repoDir = join(addinDir, "..");
export const distDir = join(addinDir, "dist");

export interface Services {
  /** Where the task pane is loaded from (http://127.0.0.1:PORT/). */
  baseUrl: string;
  apiUrl: string;
  servedByApi: boolean;
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

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".map": "application/json",
};

function startFallbackServer(apiUrl: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname.startsWith("/api/")) {
      const upstream = request(new URL(url.pathname + url.search, apiUrl), { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on("error", () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
      return;
    }
    const rel = url.pathname.startsWith("/addin/") ? normalize(url.pathname.slice("/addin/".length)) : null;
    const file = rel && !rel.startsWith("..") ? join(distDir, rel) : null;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": contentTypes[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
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
  if (probe.ok) return { baseUrl: apiUrl, apiUrl, servedByApi: true, stop: stopApi };

  console.warn(
    "NOTE: this Api build does not serve /addin/ (AddinHosting is not wired into Program.cs yet); " +
      "serving addin/dist from a local static server that forwards /api/* to the real Api.",
  );
  const fallback = await startFallbackServer(apiUrl);
  return {
    baseUrl: `http://127.0.0.1:${(fallback.address() as AddressInfo).port}/`,
    apiUrl,
    servedByApi: false,
    stop: async () => {
      await new Promise<void>((r) => fallback.close(() => r()));
      await stopApi();
    },
  };
}
