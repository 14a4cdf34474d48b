/** @module locations — Orte (OParl Location): where sessions take place and Gremien sit. */
export { placeText, type PlaceParts } from './place-text.ts';
export { listLocationChoices, type LocationChoice } from './location-choices.ts';
export { createLocation, endLocation, findLocation, listLocations, restoreLocation, updateLocation, type LocationRecord } from './locations.admin.ts';
export { parseLocationInput, pointOf, type LocationInput, type LocationValues } from './locations.input.ts';
