import { describe, expect, it } from 'vitest';
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
