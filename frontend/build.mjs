// Copies the dashboard's third-party assets from node_modules into the Python package
// (src/eventcoder/server/static/vendor/), so `eventcoder serve` never needs a CDN or network.
// Run with `npm ci && npm run build` before `pip install`. The output is a build product: not committed.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "src", "eventcoder", "server", "static", "vendor");

// [package, file inside the package, name in vendor/]
const files = [
  ["leaflet", "dist/leaflet.js", "leaflet.js"],
  ["leaflet", "dist/leaflet.css", "leaflet.css"],
  ["leaflet", "dist/images", "images"],
  ["leaflet.markercluster", "dist/leaflet.markercluster.js", "leaflet.markercluster.js"],
  ["leaflet.markercluster", "dist/MarkerCluster.css", "MarkerCluster.css"],
  ["leaflet.markercluster", "dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"],
  ["topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"],
  ["world-atlas", "countries-110m.json", "countries-110m.json"],
  ["world-atlas", "countries-50m.json", "countries-50m.json"],
];
const licences = ["leaflet", "leaflet.markercluster", "topojson-client", "world-atlas"];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [pkg, file, name] of files) {
  cpSync(join(modules, pkg, file), join(out, name), { recursive: true });
}
const manifest = {};
for (const pkg of licences) {
  const meta = JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8"));
  manifest[pkg] = { version: meta.version, license: meta.license };
  const licence = readdirSync(join(modules, pkg)).find((f) => /LICEN[CS]E/i.test(f));
  if (!licence) throw new Error(`no licence file in ${pkg}: check its terms before bundling it`);
  cpSync(join(modules, pkg, licence), join(out, `LICENSE.${pkg}.txt`));
}
writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`eventcoder dashboard assets written to ${out}`);
