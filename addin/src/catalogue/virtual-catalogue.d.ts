// Provided by scripts/build.mjs (an esbuild plugin that reads templates/catalogue at build time).
declare module "virtual:catalogue" {
  import type { Catalogue } from "./catalogue";
  const catalogue: Catalogue;
  export default catalogue;
}

// Provided by scripts/build.mjs from templates/*.docx (scripts/readBaseline.mjs).
declare module "virtual:baseline" {
  import type { TemplateBaseline } from "../coverage/documentScan";
  const baseline: TemplateBaseline;
  export default baseline;
}
