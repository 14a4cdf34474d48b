/**
 * @module ui/page-context
 * What every page may need from the request without each view passing it down: who is logged
 * in (for the header) and the CSRF token for forms. `web/render` provides it.
 */
import { createContext, useContext } from 'hono/jsx';
import type { Permission } from '../access/index.ts';

export interface PageAccount {
  displayName: string;
  admin: boolean;
  /** Back-office permissions (empty for councillors): the workspace navigation shows only these. */
  permissions: readonly Permission[];
}

export interface PageContextValue {
  account: PageAccount | undefined;
  /** Made on first use, so that pages without a form set no cookie. */
  csrfToken: () => string;
  /** The body has a logo (served at `/logo`): the header shows it. */
  logo: boolean;
}

export const PageContext = createContext<PageContextValue>({
  account: undefined,
  csrfToken: () => {
    throw new Error('a form was rendered outside sendPage');
  },
  logo: false,
});

export function usePageContext(): PageContextValue {
  return useContext(PageContext);
}
