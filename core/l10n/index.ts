// The one localisation system (see catalog.ts).
export * from './catalog';
export * from './duration';
