/** @module lib/validation — zod speaks German wherever it explains bad input to a user. */
import { z } from 'zod';

z.config(z.locales.de());

export { z };
