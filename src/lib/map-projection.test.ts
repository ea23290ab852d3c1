import { describe, expect, it } from 'vitest';
import { mapFrame, project } from './map-projection';

describe('project', () => {
  it('puts the frame corners at the corners of the drawing', () => {
    const northWest = project(mapFrame.north, mapFrame.west, 600);
    const southEast = project(mapFrame.south, mapFrame.east, 600);
    expect(northWest.x).toBeCloseTo(0);
    expect(northWest.y).toBeCloseTo(0);
    expect(southEast.x).toBeCloseTo(600);
    expect(southEast.y).toBeCloseTo(northWest.height);
  });
  it('keeps east to the right and north up: Zilupe is east of Daugavpils, Rēzekne north of it', () => {
    const daugavpils = project(55.87, 26.52, 600);
    expect(project(56.39, 28.12, 600).x).toBeGreaterThan(daugavpils.x);
    expect(project(56.51, 27.33, 600).y).toBeLessThan(daugavpils.y);
  });
});
