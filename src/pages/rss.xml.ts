/** The Latvian RSS feed of stories and guidelines (src/lib/feed-items.ts). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feed-items';

export const GET: APIRoute = (context) => feedResponse('lv', context);
