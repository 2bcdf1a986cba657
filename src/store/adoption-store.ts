import type { AdoptionFacts } from '../domain/adoption-figures';
import { readAdoptionFacts, type FactsQuery } from './adoption-facts-reader';
import { PublishedFiguresRepository } from './published-figures-repository';
import type { TableStore } from './table-store';

/** What `npm run report` needs of the storage: the facts to count, and the figures already shown. */
export interface AdoptionStore {
  /** Creates missing tables (a report may run before the app first started on this storage). */
  prepare(): Promise<void>;
  readFacts(query: FactsQuery): Promise<AdoptionFacts>;
  published: PublishedFiguresRepository;
}

export function adoptionStore(tables: TableStore): AdoptionStore {
  return {
    prepare: () => tables.ensureTables(),
    readFacts: (query) => readAdoptionFacts({ people: tables.table('people'), answers: tables.table('answers'), checkins: tables.table('checkins') }, query),
    published: new PublishedFiguresRepository(tables.table('adoptionFigures')),
  };
}
