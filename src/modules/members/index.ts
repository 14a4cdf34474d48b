/** @module members — its public surface: other modules import only this file. */
export { memberPageExtensions } from './members.slots.tsx';
