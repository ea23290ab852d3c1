import { describe, expect, it } from 'vitest';
import {
  buildCues,
  captionChunks,
  captionLineChars,
  formatDuration,
  formatTimestamp,
  slideSeconds,
  toWebVtt,
} from './captions.mjs';

describe('formatTimestamp', () => {
  it('writes hours, minutes, seconds and milliseconds', () => {
    expect(formatTimestamp(0)).toBe('00:00:00.000');
    expect(formatTimestamp(1.5)).toBe('00:00:01.500');
    expect(formatTimestamp(83.25)).toBe('00:01:23.250');
  });

  it('formats a time over one hour', () => {
    expect(formatTimestamp(3723.04)).toBe('01:02:03.040');
  });

  it('rounds to the nearest millisecond, carrying into the seconds', () => {
    expect(formatTimestamp(59.9996)).toBe('00:01:00.000');
  });
});

describe('formatDuration', () => {
  it('writes M:SS rounded to the nearest second', () => {
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(83.6)).toBe('1:24');
    expect(formatDuration(59.5)).toBe('1:00');
    expect(formatDuration(600)).toBe('10:00');
  });
});

describe('slideSeconds', () => {
  it('rounds narration plus pause up to whole frames', () => {
    expect(slideSeconds(3.1, 0.5, 4)).toBe(3.75);
    expect(slideSeconds(3.25, 0.5, 4)).toBe(3.75);
  });
});

describe('captionChunks', () => {
  it('gives each sentence its own cue', () => {
    expect(captionChunks('Pirmais teikums. Otrais teikums!')).toEqual(['Pirmais teikums.', 'Otrais teikums!']);
  });

  it('does not end a sentence at a Latvian ordinal such as "2019."', () => {
    expect(captionChunks('No 2019. līdz 2022. gadam. Tad beigas.')).toEqual([
      'No 2019. līdz 2022. gadam.',
      'Tad beigas.',
    ]);
  });

  it('splits a long sentence at its commas before it cuts a clause', () => {
    const sentence =
      'Planned are training and seminars for teachers and community groups, 64 seminar days in all; a symposium.';
    expect(captionChunks(sentence)).toEqual([
      'Planned are training and seminars\nfor teachers and community groups,',
      '64 seminar days in all; a symposium.',
    ]);
  });

  it('balances the two lines of a cue', () => {
    expect(captionChunks('Its partner and funder is British Council Latvia.')).toEqual([
      'Its partner and funder is\nBritish Council Latvia.',
    ]);
  });

  it('leaves no scrap of a word or two as a cue of its own', () => {
    const sentence =
      'Mērķis: izglītības iestādes un vietējie iedzīvotāji mācās sadarboties un iesaistīties, lai veidotos darbīgas kopienas un attīstītos sociālā uzņēmējdarbība.';
    const chunks = captionChunks(sentence);
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks) expect(chunk.length).toBeGreaterThan(20);
  });

  it('splits a long sentence into cues of at most two short lines', () => {
    const sentence =
      'Planned activities include training programmes and seminars for teachers and for community groups, 64 seminar days in all.';
    const chunks = captionChunks(sentence);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      const lines = chunk.split('\n');
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(captionLineChars);
    }
    expect(chunks.join(' ').replaceAll('\n', ' ')).toBe(sentence);
  });
});

describe('buildCues', () => {
  const slides = [
    { narration: 'Short one. A somewhat longer second sentence.', seconds: 4.25 },
    { narration: 'Only sentence.', seconds: 2.5 },
  ];

  it('makes cues that touch each other and end at the total duration', () => {
    const cues = buildCues(slides);
    expect(cues[0]?.start).toBe(0);
    for (let i = 1; i < cues.length; i++) expect(cues[i]?.start).toBe(cues[i - 1]?.end);
    expect(cues.at(-1)?.end).toBe(6.75);
  });

  it('starts each slide’s first cue where the slide starts', () => {
    const cues = buildCues(slides);
    expect(cues.map((cue) => cue.text)).toEqual(['Short one.', 'A somewhat longer second sentence.', 'Only sentence.']);
    expect(cues[2]?.start).toBe(4.25);
  });

  it('gives a longer sentence more time', () => {
    const [first, second] = buildCues(slides);
    expect(second!.end - second!.start).toBeGreaterThan(first!.end - first!.start);
  });
});

describe('toWebVtt', () => {
  it('writes the header, numbered cues and escapes markup characters', () => {
    const vtt = toWebVtt([
      { start: 0, end: 1.5, text: 'Tom & Jerry' },
      { start: 1.5, end: 3723.04, text: 'a < b\nsecond line' },
    ]);
    expect(vtt).toBe(
      'WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\nTom &amp; Jerry\n\n2\n00:00:01.500 --> 01:02:03.040\na &lt; b\nsecond line\n',
    );
  });
});
