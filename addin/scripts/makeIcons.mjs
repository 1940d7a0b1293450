// Draws the add-in's icons (a white tick on the brand-blue rounded square) as PNGs with no image library:
// run once with `node scripts/makeIcons.mjs`; the PNGs are committed under assets/.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(out, { recursive: true });

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0)),
  ]);
}
function distToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}
function icon(size) {
  const s = 4; // supersampling for smooth edges
  const r = size * 0.18;
  return png(size, (x, y) => {
    let inside = 0, tick = 0;
    for (let i = 0; i < s; i++) for (let j = 0; j < s; j++) {
      const px = x + (i + 0.5) / s, py = y + (j + 0.5) / s;
      const dx = Math.max(r - px, 0, px - (size - r)), dy = Math.max(r - py, 0, py - (size - r));
      if (Math.hypot(dx, dy) <= r) inside++;
      const u = px / size, v = py / size, w = 0.09;
      if (distToSegment(u, v, 0.25, 0.52, 0.43, 0.7) < w || distToSegment(u, v, 0.43, 0.7, 0.76, 0.32) < w) tick++;
    }
    const a = inside / (s * s), t = tick / (s * s);
    const blue = [0x0f, 0x6c, 0xbd];
    const c = blue.map((b) => Math.round(b * (1 - t) + 255 * t));
    return [...c, Math.round(a * 255)];
  });
}
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(out, `icon-${size}.png`), icon(size));
console.log(`icons written to ${out}`);
