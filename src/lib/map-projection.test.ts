import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import latgale from './latgale-outline.json' with { type: 'json' };
import { latgaleBounds } from './fields/rules';
import { mapFrame, mapGeometry, spreadMarkers } from './map-projection';

describe('the centres map geometry', () => {
  const map = mapGeometry(500);

  it('puts the frame corners at the corners of the drawing', () => {
    const northWest = map.project(mapFrame.north, mapFrame.west);
    const southEast = map.project(mapFrame.south, mapFrame.east);
    expect(northWest.x).toBeCloseTo(0, 0);
    expect(northWest.y).toBeCloseTo(0, 0);
    expect(southEast.x).toBeCloseTo(500, 0);
    expect(Math.abs(southEast.y - map.height)).toBeLessThan(1);
  });

  it('keeps east to the right and north up: Zilupe is east of Daugavpils, Rēzekne north of it', () => {
    const daugavpils = map.project(55.87, 26.52);
    expect(map.project(56.39, 28.12).x).toBeGreaterThan(daugavpils.x);
    expect(map.project(56.51, 27.33).y).toBeLessThan(daugavpils.y);
  });

  it('draws Latvia, its neighbours and the borders between them as paths within the frame, small enough for a page', () => {
    expect(map.latgale).toMatch(/^M[\d.,-]+/);
    for (const d of [map.latvia, map.neighbours, map.borders]) {
      expect(d).toMatch(/^M[\d.,-]+/);
      const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(500, map.height) + 1);
    }
    expect(map.latvia.length + map.neighbours.length + map.borders.length).toBeLessThan(40_000);
  });
});

describe('the Latgale outline', () => {
  // The file keeps GeoJSON's counter-clockwise ring; d3-geo reads a clockwise one as the area inside.
  const area = {
    type: 'Polygon' as const,
    coordinates: latgale.geometry.coordinates.map((ring) => [...ring].reverse()),
  };
  type Towns = Record<string, readonly [lat: number, lon: number]>;
  const inside = (towns: Towns) =>
    Object.entries(towns)
      .filter(([, [lat, lon]]) => geoContains(area, [lon, lat]))
      .map(([town]) => town);

  it('takes in the towns of the Latgale counties and leaves out those of the neighbouring ones', () => {
    const latgaleTowns: Towns = {
      Rēzekne: [56.51, 27.33],
      Daugavpils: [55.87, 26.52],
      Balvi: [57.13, 27.26],
      Viļaka: [57.18, 27.67],
      Ludza: [56.55, 27.72],
      Zilupe: [56.39, 28.12],
      Krāslava: [55.9, 27.17],
      Preiļi: [56.29, 26.72],
      Līvāni: [56.35, 26.18],
    };
    const neighbourTowns: Towns = {
      Alūksne: [57.42, 27.05],
      Gulbene: [57.18, 26.75],
      Madona: [56.85, 26.22],
      Jēkabpils: [56.5, 25.86],
      Aknīste: [56.16, 25.75],
    };
    expect(inside(latgaleTowns)).toEqual(Object.keys(latgaleTowns));
    expect(inside(neighbourTowns)).toEqual([]);
  });

  it('is drawn as one closed path within the frame', () => {
    const map = mapGeometry(500);
    expect(map.latgale).toMatch(/^M[\d.,L-]+Z$/);
    const numbers = map.latgale.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(500, map.height));
  });
});

describe('spreadMarkers', () => {
  it('pushes markers apart until none is closer than the gap, and keeps the true places', () => {
    const spread = spreadMarkers(
      [
        { x: 100, y: 100 },
        { x: 105, y: 102 },
        { x: 300, y: 300 },
      ],
      32,
    );
    const [a, b, c] = spread;
    expect(Math.hypot(a!.mx - b!.mx, a!.my - b!.my)).toBeGreaterThanOrEqual(32);
    expect([a!.x, a!.y, b!.x, b!.y]).toEqual([100, 100, 105, 102]);
    expect([c!.mx, c!.my]).toEqual([300, 300]);
  });
});

describe('a centre anywhere in Latgale', () => {
  it('is accepted by the position field: every point of the outline is inside its bounds', () => {
    const ring = (latgale.geometry.coordinates as number[][][]).flat();
    for (const [lon = 0, lat = 0] of ring) {
      expect(lon).toBeGreaterThanOrEqual(latgaleBounds.west);
      expect(lon).toBeLessThanOrEqual(latgaleBounds.east);
      expect(lat).toBeGreaterThanOrEqual(latgaleBounds.south);
      expect(lat).toBeLessThanOrEqual(latgaleBounds.north);
    }
  });
});
