/**
 * The centres map's geometry, made at build time: Latvia and its neighbours from Natural Earth
 * (world-atlas, 1:10m), Latgale from ./latgale-outline.json (Natural Earth's admin-1 municipalities of
 * the region dissolved into one ring; source, licence and how in the file), projected with d3-geo into
 * SVG paths. The page gets only the drawn paths: no tiles, no script, no request.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import latgale from './latgale-outline.json' with { type: 'json' };

/** What the map shows: eastern Latvia with Latgale whole, and a strip of each neighbour, in degrees. */
export const mapFrame = { west: 25.5, east: 28.65, south: 55.55, north: 57.75 } as const;

/** Natural Earth's ids (ISO 3166 numeric) of Latvia and the neighbours in the frame. */
const latviaId = '428';
const neighbourIds = ['233', '643', '112', '440'];

/** Where each country's and the region's name stands on the map, chosen clear of the centres. */
export const areaLabels = [
  { key: 'map.latvia', lon: 25.95, lat: 57.3 },
  { key: 'map.latgale', lon: 27.38, lat: 57.02 },
  { key: 'country.lithuania', lon: 25.95, lat: 55.8 },
  { key: 'country.belarus', lon: 27.5, lat: 55.65 },
  { key: 'country.russia', lon: 28.3, lat: 57.3 },
  { key: 'country.estonia', lon: 26.6, lat: 57.66 },
] as const;

export interface MapGeometry {
  width: number;
  height: number;
  /** Latvia's outline, Latgale's area (to clip by Latvia), the neighbours' land and every border line. */
  latvia: string;
  latgale: string;
  neighbours: string;
  borders: string;
  /** A position in the drawing, e.g. a centre's marker. */
  project: (lat: number, lon: number) => { x: number; y: number };
}

const require = createRequire(import.meta.url);
let countries: Topology | undefined;
const atlas = () =>
  (countries ??= JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology);

/** The frame's corners: on Mercator, parallels and meridians are straight, so they bound the drawing. */
const corners = () => ({
  type: 'MultiPoint' as const,
  coordinates: [
    [mapFrame.west, mapFrame.south],
    [mapFrame.east, mapFrame.north],
  ],
});

/** Mercator, as readers know it from everyday maps, fitted to the frame's width. */
function projection(width: number): GeoProjection {
  return geoMercator().fitWidth(width, corners());
}

const made = new Map<number, MapGeometry>();

/** The map's paths at a drawing width, made once per build. */
export function mapGeometry(width: number): MapGeometry {
  const known = made.get(width);
  if (known) return known;
  const p = projection(width);
  const height = Math.round(p([mapFrame.west, mapFrame.south])![1]);
  p.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(p).digits(1);
  const topology = atlas();
  const object = topology.objects['countries'] as GeometryCollection;
  const only = (ids: string[]) => ({
    ...object,
    geometries: object.geometries.filter((g) => ids.includes(String(g.id))),
  });
  const project = (lat: number, lon: number) => {
    const [x, y] = p([lon, lat]) ?? [0, 0];
    return { x, y };
  };
  const ring = latgale.geometry.coordinates[0]!.map(([lon, lat]) => project(lat!, lon!));
  const geometry: MapGeometry = {
    width,
    height,
    latvia: path(feature(topology, only([latviaId]))) ?? '',
    neighbours: path(feature(topology, only(neighbourIds))) ?? '',
    borders: path(mesh(topology, only([latviaId, ...neighbourIds]), (a, b) => a !== b)) ?? '',
    latgale: `M${ring.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`,
    project,
  };
  made.set(width, geometry);
  return geometry;
}

/**
 * Markers closer than `gap` pushed apart until none covers another; each keeps its true position
 * (x, y) beside the drawn one (mx, my), so the map can draw a short line from the place to the marker.
 */
export function spreadMarkers<T extends { x: number; y: number }>(
  points: readonly T[],
  gap: number,
): (T & { mx: number; my: number })[] {
  const placed = points.map((p) => ({ ...p, mx: p.x, my: p.y }));
  for (let round = 0; round < 100; round++) {
    let moved = false;
    placed.forEach((a, i) =>
      placed.slice(i + 1).forEach((b) => {
        const dx = b.mx - a.mx;
        const dy = b.my - a.my;
        const distance = Math.hypot(dx, dy);
        if (distance >= gap) return;
        const push = (gap - distance) / 2 + 0.1;
        const [ux, uy] = distance > 0 ? [dx / distance, dy / distance] : [1, 0];
        a.mx -= ux * push;
        a.my -= uy * push;
        b.mx += ux * push;
        b.my += uy * push;
        moved = true;
      }),
    );
    if (!moved) break;
  }
  return placed;
}
