// Draws the pictures of the sample archive: charts, a map, a plan and patterns,
// written here as SVG and turned into JPEG and PNG files with sharp. Every
// picture is made for the sample archive; none is taken from elsewhere.
//
//   node --import tsx docs/sample-pictures/draw.ts
//
// Text is set in DejaVu Sans, so the files come out the same wherever that
// face is installed.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const content = path.resolve(import.meta.dirname, "../../content");
const font = `font-family="DejaVu Sans, sans-serif"`;

/** A picture to draw: its file under content/ and its SVG. */
interface Drawing {
  file: string;
  width: number;
  height: number;
  svg: string;
}

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

/** Forecast highs in Damascus for a week of June, as a line over a shaded band. */
function heatwaveChart(): Drawing {
  const days = ["Tue 24", "Wed 25", "Thu 26", "Fri 27", "Sat 28", "Sun 29", "Mon 30"];
  const highs = [39, 41, 42, 42, 40, 38, 36];
  const x = (index: number) => 180 + index * 210;
  const y = (degrees: number) => 860 - (degrees - 30) * 55;
  const line = highs.map((value, index) => `${x(index)},${y(value)}`).join(" ");
  const grid = [32, 34, 36, 38, 40, 42]
    .map((value) => `<line x1="140" x2="1520" y1="${y(value)}" y2="${y(value)}" stroke="#e3d6c8" stroke-width="2"/><text x="120" y="${y(value) + 10}" text-anchor="end" font-size="30" fill="#6b5a4a" ${font}>${value}°</text>`)
    .join("");
  const labels = days.map((day, index) => `<text x="${x(index)}" y="930" text-anchor="middle" font-size="30" fill="#3b2f25" ${font}>${day}</text>`).join("");
  const points = highs.map((value, index) => `<circle cx="${x(index)}" cy="${y(value)}" r="14" fill="#b3261e"/><text x="${x(index)}" y="${y(value) - 30}" text-anchor="middle" font-size="34" font-weight="bold" fill="#7a1912" ${font}>${value}°</text>`).join("");
  return {
    file: "2025/06/damascus-forecast-highs.png",
    width: 1600,
    height: 1000,
    svg: svg(1600, 1000, `<rect width="1600" height="1000" fill="#fff8ef"/>
      <rect x="140" y="${y(42)}" width="1380" height="${y(40) - y(42)}" fill="#f6c9b8"/>
      <text x="1500" y="${y(42) + 62}" text-anchor="end" font-size="28" fill="#7a1912" ${font}>danger band, 40–42°</text>
      ${grid}
      <polyline points="${line}" fill="none" stroke="#b3261e" stroke-width="8" stroke-linejoin="round"/>
      ${points}${labels}
      <text x="140" y="90" font-size="46" font-weight="bold" fill="#3b2f25" ${font}>Damascus: forecast daily highs, °C</text>`),
  };
}

/** Aleppo's citadel entrance in elevation: the mound, the arched bridge over the moat and the gate tower. */
function citadelGate(): Drawing {
  const arches = [0, 1, 2, 3, 4, 5, 6]
    .map((index) => {
      const left = 330 + index * 110;
      const top = 640 - index * 38;
      return `<path d="M${left} 900 L${left} ${top + 90} Q${left + 40} ${top + 40} ${left + 80} ${top + 90} L${left + 80} 900 Z" fill="#c9d6df"/>`;
    })
    .join("");
  const courses = Array.from({ length: 14 }, (_, row) => `<line x1="1050" x2="1390" y1="${300 + row * 40}" y2="${300 + row * 40}" stroke="#a88d63" stroke-width="3"/>`).join("");
  return {
    file: "2015/10/aleppo-citadel-gate-elevation.jpg",
    width: 1600,
    height: 1000,
    svg: svg(1600, 1000, `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc3dd"/><stop offset="1" stop-color="#e8f1f6"/></linearGradient></defs>
      <rect width="1600" height="1000" fill="url(#sky)"/>
      <path d="M0 1000 L0 900 Q300 880 600 520 L1500 430 Q1560 520 1600 600 L1600 1000 Z" fill="#b89f73"/>
      <path d="M280 900 L1080 560 L1080 640 L280 960 Z" fill="#d8c39a"/>
      <rect x="250" y="900" width="850" height="100" fill="#7aa3b8"/>
      ${arches}
      <rect x="1040" y="250" width="380" height="600" fill="#cdb489"/>
      ${courses}
      <rect x="1040" y="210" width="380" height="50" fill="#b89f73"/>
      ${[0, 1, 2, 3, 4, 5, 6].map((index) => `<rect x="${1045 + index * 54}" y="170" width="34" height="45" fill="#b89f73"/>`).join("")}
      <path d="M1180 850 L1180 660 Q1230 600 1280 660 L1280 850 Z" fill="#4a3b28"/>
      <rect x="1110" y="380" width="40" height="80" fill="#4a3b28"/><rect x="1310" y="380" width="40" height="80" fill="#4a3b28"/>
      <text x="60" y="90" font-size="44" font-weight="bold" fill="#23313b" ${font}>Aleppo citadel: the entrance block</text>
      <text x="60" y="140" font-size="30" fill="#23313b" ${font}>Bridge over the moat, and the gate tower (schematic elevation)</text>`),
  };
}

/** What a cubic metre of water costs from each source, as bars. */
function desalinationChart(): Drawing {
  const bars = [
    { label: "Groundwater", value: 62, colour: "#5b8fb9" },
    { label: "Desalination, grid power", value: 118, colour: "#9aa9b5" },
    { label: "Desalination, solar power", value: 79, colour: "#e0a526" },
  ];
  const body = bars
    .map((bar, index) => {
      const top = 220 + index * 230;
      const length = bar.value * 9;
      return `<text x="80" y="${top - 20}" font-size="34" fill="#22313f" ${font}>${bar.label}</text>
        <rect x="80" y="${top}" width="${length}" height="110" fill="${bar.colour}"/>
        <text x="${100 + length}" y="${top + 72}" font-size="40" font-weight="bold" fill="#22313f" ${font}>${bar.value}¢</text>`;
    })
    .join("");
  return {
    file: "2024/05/water-cost-by-source.png",
    width: 1600,
    height: 960,
    svg: svg(1600, 960, `<rect width="1600" height="960" fill="#f7fafc"/>
      <text x="80" y="100" font-size="46" font-weight="bold" fill="#22313f" ${font}>Cost of a cubic metre of water, US cents</text>
      ${body}`),
  };
}

/** Lebanon's coast north of Beirut, with the stations a rail study proposes. */
function coastalRailMap(): Drawing {
  const stations = [
    { name: "Beirut", x: 560, y: 900 },
    { name: "Jounieh", x: 640, y: 720 },
    { name: "Byblos", x: 700, y: 540 },
    { name: "Batroun", x: 760, y: 380 },
    { name: "Tripoli", x: 900, y: 150 },
  ];
  const line = stations.map((station) => `${station.x},${station.y}`).join(" ");
  return {
    file: "media/maps/lebanon-coastal-rail.png",
    width: 1600,
    height: 1000,
    svg: svg(1600, 1000, `<rect width="1600" height="1000" fill="#e9efe4"/>
      <path d="M0 0 L860 0 Q820 120 850 180 Q760 300 720 420 Q680 520 640 640 Q590 760 520 1000 L0 1000 Z" fill="#a9cbe3"/>
      <text x="200" y="560" font-size="44" font-style="italic" fill="#4d7ea8" ${font}>Mediterranean Sea</text>
      <polyline points="${line}" fill="none" stroke="#b3261e" stroke-width="12" stroke-dasharray="30 14"/>
      ${stations.map((station) => `<circle cx="${station.x}" cy="${station.y}" r="20" fill="#ffffff" stroke="#b3261e" stroke-width="8"/><text x="${station.x + 40}" y="${station.y + 14}" font-size="38" fill="#26312a" ${font}>${station.name}</text>`).join("")}
      <text x="1040" y="820" font-size="44" font-weight="bold" fill="#26312a" ${font}>Proposed coastal line</text>
      <text x="1040" y="870" font-size="30" fill="#26312a" ${font}>Beirut to Tripoli, about 85 km</text>`),
  };
}

/** A school building after repairs, with its name in Arabic, for the Arabic story from Jableh. */
function jablehSchool(): Drawing {
  const windows = Array.from({ length: 12 }, (_, index) => {
    const column = index % 6;
    const row = Math.floor(index / 6);
    return `<rect x="${330 + column * 170}" y="${430 + row * 170}" width="90" height="110" fill="#dbe9f3" stroke="#6e5846" stroke-width="6"/>`;
  }).join("");
  return {
    file: "2023/03/jableh-school-repaired.jpg",
    width: 1600,
    height: 1000,
    svg: svg(1600, 1000, `<rect width="1600" height="1000" fill="#f3efe6"/>
      <rect x="260" y="320" width="1080" height="520" fill="#e7c9a3" stroke="#6e5846" stroke-width="8"/>
      <path d="M220 330 L800 150 L1380 330 Z" fill="#b55d3c"/>
      ${windows}
      <rect x="730" y="660" width="140" height="180" fill="#6e5846"/>
      <rect x="0" y="840" width="1600" height="160" fill="#9bb36b"/>
      <text x="800" y="290" text-anchor="middle" font-size="54" font-weight="bold" fill="#ffffff" ${font}>مدرسة جبلة</text>
      <text x="1540" y="940" text-anchor="end" font-size="40" fill="#2d3a1c" ${font}>أعيد افتتاحها بعد الترميم</text>`),
  };
}

/** A tessellation of eight-pointed stars, as Syrian mosaics and inlay often lay them. */
function mosaicPattern(): Drawing {
  const colours = ["#1f4e79", "#c8102e", "#e8b53c", "#2e7d5b"];
  const cell = 200;
  const tiles: string[] = [];
  for (let row = 0; row < 6; row++) {
    for (let column = 0; column < 9; column++) {
      const cx = column * cell + (row % 2) * (cell / 2);
      const cy = row * cell;
      const colour = colours[(row + column) % colours.length] as string;
      const star = Array.from({ length: 16 }, (_, point) => {
        const angle = (Math.PI / 8) * point;
        const radius = point % 2 === 0 ? 88 : 52;
        return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
      }).join(" ");
      tiles.push(`<polygon points="${star}" fill="${colour}"/><circle cx="${cx}" cy="${cy}" r="26" fill="#f4ead5"/>`);
    }
  }
  return {
    file: "2016/06/mosaique-etoiles.jpg",
    width: 1600,
    height: 1000,
    svg: svg(1600, 1000, `<rect width="1600" height="1000" fill="#f4ead5"/>${tiles.join("")}`),
  };
}

/** A monogram standing for a reporter's portrait. */
function monogram(file: string, initials: string, colour: string): Drawing {
  return {
    file,
    width: 600,
    height: 600,
    svg: svg(600, 600, `<rect width="600" height="600" fill="${colour}"/>
      <circle cx="300" cy="300" r="230" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="24"/>
      <text x="300" y="350" text-anchor="middle" font-size="150" font-weight="bold" fill="#ffffff" ${font}>${initials}</text>`),
  };
}

const drawings: Drawing[] = [
  heatwaveChart(),
  citadelGate(),
  desalinationChart(),
  coastalRailMap(),
  jablehSchool(),
  mosaicPattern(),
  monogram("media/people/reem-haddad.png", "RH", "#8a1c1c"),
  monogram("media/people/hazem-sabbagh.png", "HS", "#1f4e79"),
  monogram("media/people/hiba-nasser.png", "HN", "#2e7d5b"),
];

for (const drawing of drawings) {
  const target = path.join(content, drawing.file);
  await mkdir(path.dirname(target), { recursive: true });
  const image = sharp(Buffer.from(drawing.svg), { density: 72 }).resize(drawing.width, drawing.height);
  await (target.endsWith(".png") ? image.png({ compressionLevel: 9, palette: true }) : image.jpeg({ quality: 86, mozjpeg: true })).toFile(target);
  process.stdout.write(`${path.relative(process.cwd(), target)}\n`);
}
