// Maps neo4j-driver errors to the project's typed errors with a message a user can act on.
// In: anything a driver call threw, plus the URI. Out: a KgError (or the original error when unexpected).
import { Neo4jError } from 'neo4j-driver';

import { KgError, StoreUnavailableError } from '../errors.ts';

const HOW_TO_START =
  'Start it with `npm run neo4j` (local, no Docker) or `docker compose up -d`, or unset NEO4J_URI to use the embedded store';

export function mapDriverError(err: unknown, uri: string, user: string): unknown {
  if (err instanceof KgError || !(err instanceof Error)) return err;
  const code = err instanceof Neo4jError ? err.code : '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH/.test(err.message)
  ) {
    return new StoreUnavailableError(`cannot reach Neo4j at ${uri} (${firstLine(err.message)}). ${HOW_TO_START}.`, {
      cause: err,
    });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreUnavailableError(
      `Neo4j at ${uri} refused user ${user}: check NEO4J_USER / NEO4J_PASSWORD (the local launcher and docker-compose use NEO4J_PASSWORD, default kg-local-password).`,
      { cause: err },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgError('CONFIG_INVALID', `Neo4j at ${uri}: ${firstLine(err.message)} (check NEO4J_DATABASE).`, {
      cause: err,
    });
  }
  return err;
}

export const firstLine = (s: string): string => s.split('\n')[0]!.trim();
