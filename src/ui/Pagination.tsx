/**
 * @module ui/Pagination
 * Page navigation for a paged list, as plain links: previous, first, a window around the
 * current page, last, next. Same markup and classes as the paper list's.
 */

export interface PaginationProps {
  page: number;
  pages: number;
  /** The URL of the list on another page. */
  hrefFor: (page: number) => string;
}

export function Pagination({ page, pages, hrefFor }: PaginationProps) {
  if (pages <= 1) return null;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label="Seiten">
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(Math.min(page - 1, pages))} rel="prev">
              ‹ Vorherige<span class="visually-hidden"> Seite</span>
            </a>
          </li>
        ) : null}
        {numbers.map((n) => (
          <li>
            {n === page ? (
              <span aria-current="page">
                <span class="visually-hidden">Seite </span>
                {n}
              </span>
            ) : (
              <a href={hrefFor(n)}>
                <span class="visually-hidden">Seite </span>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              Nächste<span class="visually-hidden"> Seite</span> ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
