/**
 * Reads a built Pagefind index in Node: which pages each language's index holds. The language
 * metadata file is gzip + "pagefind_dcd" + CBOR; its second field lists the pages by fragment hash,
 * and each fragment (gzip + JSON) names the page's URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const signature = 'pagefind_dcd';

/** The subset of CBOR that Pagefind writes: integers, strings, arrays, maps, booleans and null. */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): unknown => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) return info === 21 ? true : info === 20 ? false : null;
    const n = length(info);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const chunk = bytes.subarray(at, (at += n));
      return major === 3 ? new TextDecoder().decode(chunk) : chunk;
    }
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 5) return new Map(Array.from({ length: n }, () => [item(), item()]));
    throw new Error(`Unexpected CBOR item (major type ${major}) at byte ${at - 1}`);
  };
  return item();
}

function unpack(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  if (data.subarray(0, signature.length).toString() !== signature) throw new Error(`${file} is not a Pagefind file`);
  return data.subarray(signature.length);
}

interface Entry { languages: Record<string, { hash: string; page_count: number }> }

/** Site-relative URLs of the pages in each language's search index, e.g. `lv` → `/stasti/x/`. */
export function readSearchIndex(pagefindDir: string): Map<string, Set<string>> {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const index = new Map<string, Set<string>>();
  for (const [language, { hash, page_count }] of Object.entries(entry.languages)) {
    const meta = decodeCbor(unpack(join(pagefindDir, `pagefind.${hash}.pf_meta`))) as unknown[];
    const pages = meta[1] as [string, ...unknown[]][];
    if (pages.length !== page_count) throw new Error(`Pagefind ${language}: entry says ${page_count} pages, metadata lists ${pages.length}`);
    const urls = pages.map(([fragment]) => (JSON.parse(unpack(join(pagefindDir, 'fragment', `${fragment}.pf_fragment`)).toString('utf8')) as { url: string }).url);
    index.set(language, new Set(urls));
  }
  return index;
}
