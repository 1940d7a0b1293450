// The test catalogue (test/fixtures/catalogue), read with the same reader the build uses.
import { join } from "node:path";
import type { Catalogue, Unit } from "../../src/catalogue/catalogue";
// @ts-expect-error plain JavaScript build script without type declarations
import { readCatalogue } from "../../scripts/readCatalogue.mjs";

export const fixtureFolder = join(__dirname, "..", "fixtures", "catalogue");

export function loadFixtureCatalogue(): Catalogue {
  return readCatalogue(fixtureFolder) as Catalogue;
}

export function loadFixtureUnit(): Unit {
  const unit = loadFixtureCatalogue().units.find((u) => u.id === "T-301");
  if (!unit) throw new Error("fixture unit T-301 missing");
  return unit;
}
