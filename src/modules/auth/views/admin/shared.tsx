/** @module auth/views/admin/shared — what every `/verwaltung` page has: the body's name and the breadcrumbs. */
import type { Crumb } from '../../../../ui/Layout.tsx';

export interface AdminPageBase {
  bodyName: string;
}

export const adminCrumbs = (...rest: Crumb[]): Crumb[] => [{ label: 'Start', href: '/' }, { label: 'Verwaltung', href: '/verwaltung' }, ...rest];
