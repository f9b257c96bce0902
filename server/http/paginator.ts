// Laravel's LengthAwarePaginator JSON (mileapp-api.md §5.1, §7.1): what MileApp returns under `flows`
// and `tasks`. URLs keep the request's other query parameters, as the docs' examples show (`?limit=20&page=1`).
import type { FastifyRequest } from 'fastify';

export interface PageLink {
  url: string | null;
  label: string;
  active: boolean;
}

export interface Paginator<T> {
  current_page: number;
  data: T[];
  first_page_url: string;
  from: number | null;
  last_page: number;
  last_page_url: string;
  links: PageLink[];
  next_page_url: string | null;
  path: string;
  per_page: number;
  prev_page_url: string | null;
  to: number | null;
  total: number;
}

/** Laravel's window: every page when there are few, else the ends and three either side of the current one. */
function pageWindow(current: number, last: number): (number | null)[] {
  if (last <= 12) return Array.from({ length: last }, (_, i) => i + 1);
  const pages = new Set<number>([1, 2, last - 1, last]);
  for (let p = current - 3; p <= current + 3; p++) if (p >= 1 && p <= last) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/** `count`: the items on this page, when `data` stands for them (a streamed answer, json-stream.ts) */
export function paginate<T, D = T[]>(
  request: FastifyRequest,
  data: D,
  page: number,
  perPage: number,
  total: number,
  count = Array.isArray(data) ? data.length : 0,
): Omit<Paginator<T>, 'data'> & { data: D } {
  // The origin is the configured PUBLIC_URL or the request's own allow-listed Host (host.ts).
  const url = new URL(request.url, request.publicOrigin);
  const path = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const kept = new URLSearchParams(url.search);
  kept.delete('page');
  const pageUrl = (p: number) => {
    const q = new URLSearchParams(kept);
    q.set('page', String(p));
    return `${path}?${q}`;
  };
  const last = Math.max(1, Math.ceil(total / perPage));
  const from = count === 0 ? null : (page - 1) * perPage + 1;
  const links: PageLink[] = [
    { url: page > 1 ? pageUrl(page - 1) : null, label: '&laquo; Previous', active: false },
    ...pageWindow(page, last).map((p) =>
      p === null
        ? { url: null, label: '...', active: false }
        : { url: pageUrl(p), label: String(p), active: p === page },
    ),
    { url: page < last ? pageUrl(page + 1) : null, label: 'Next &raquo;', active: false },
  ];
  return {
    current_page: page,
    data,
    first_page_url: pageUrl(1),
    from,
    last_page: last,
    last_page_url: pageUrl(last),
    links,
    next_page_url: page < last ? pageUrl(page + 1) : null,
    path,
    per_page: perPage,
    prev_page_url: page > 1 ? pageUrl(page - 1) : null,
    to: from === null ? null : from + count - 1,
    total,
  };
}
