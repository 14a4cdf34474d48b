/** @module home — its public surface: other modules import only this file. */
