/** @module locations — Orte (OParl Location): where sessions take place and Gremien sit. */
export { placeText, type PlaceParts } from './place-text.ts';
export { listLocationChoices, type LocationChoice } from './location-choices.ts';
