export * from './journeys/journey';
