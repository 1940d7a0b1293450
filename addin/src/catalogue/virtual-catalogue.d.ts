// Provided by scripts/build.mjs (an esbuild plugin that reads templates/catalogue at build time).
declare module "virtual:catalogue" {
  import type { Catalogue } from "./catalogue";
  const catalogue: Catalogue;
  export default catalogue;
}
