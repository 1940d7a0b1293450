// WAI-ARIA tabs: arrow keys move between tabs, Home/End jump, only the selected tab is in the tab order.
export function setUpTabs(tablist: HTMLElement, onSelect?: (panelId: string) => void): (panelId: string) => void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (tab: HTMLButtonElement, focus: boolean): void => {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute("aria-selected", String(selected));
      t.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(t.getAttribute("aria-controls") ?? "");
      if (panel) panel.hidden = !selected;
    }
    if (focus) tab.focus();
    onSelect?.(tab.getAttribute("aria-controls") ?? "");
  };
  for (const tab of tabs) {
    tab.addEventListener("click", () => select(tab, false));
    tab.addEventListener("keydown", (e) => {
      const i = tabs.indexOf(tab);
      const next =
        e.key === "ArrowRight" ? tabs[(i + 1) % tabs.length]
        : e.key === "ArrowLeft" ? tabs[(i - 1 + tabs.length) % tabs.length]
        : e.key === "Home" ? tabs[0]
        : e.key === "End" ? tabs[tabs.length - 1]
        : undefined;
      if (next) {
        e.preventDefault();
        select(next, true);
      }
    });
  }
  return (panelId: string) => {
    const tab = tabs.find((t) => t.getAttribute("aria-controls") === panelId);
    if (tab) select(tab, true);
  };
}
