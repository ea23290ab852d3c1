/** Frame of the centres map: Latgale and a margin, in decimal degrees. */
export const mapFrame = { west: 25.9, east: 28.3, south: 55.6, north: 57.0 } as const;

/**
 * Projects a position into an SVG of the given width. Longitude is scaled by cos(latitude) so
 * distances look right at Latgale's latitude; the height follows from the frame.
 */
export function project(lat: number, lon: number, width: number): { x: number; y: number; height: number } {
  const midLat = ((mapFrame.north + mapFrame.south) / 2) * (Math.PI / 180);
  const scale = width / ((mapFrame.east - mapFrame.west) * Math.cos(midLat));
  const height = (mapFrame.north - mapFrame.south) * scale;
  return {
    x: (lon - mapFrame.west) * Math.cos(midLat) * scale,
    y: (mapFrame.north - lat) * scale,
    height,
  };
}
