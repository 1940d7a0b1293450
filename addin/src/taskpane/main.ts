// Entry point of the task pane page: waits for Office, then starts the app with the catalogue bundled at build time.
import baseline from "virtual:baseline";
import catalogue from "virtual:catalogue";
import { TaskPaneApp } from "./app";

Office.onReady((info) => {
  if (info.host !== Office.HostType.Word) {
    document.getElementById("status")!.textContent = "CoachingDocs works in Word only.";
    return;
  }
  const app = new TaskPaneApp({
    catalogue,
    baseline,
    // The pane is served by the same local service that checks documents: /addin/taskpane.html -> /api/check.
    serviceBaseUrl: new URL("/", window.location.href).toString(),
    checkTimeoutMs: 60_000,
  });
  void app.start();
});
