// Cross-article actor identity (tests/store/identity-spec.ts) on the shared test Neo4j.
import { identitySpec } from '../store/identity-spec.ts';
import { openNeo4jStore, resetNeo4j } from './neo4j.ts';

identitySpec('neo4j', openNeo4jStore, resetNeo4j);
