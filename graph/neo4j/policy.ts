// What the read-only Cypher console may run, decided from Neo4j's own EXPLAIN of the query (its plan's operators
// and the summary's queryType), never from the query text: a READ session still lets LOAD CSV fetch any URL and
// lets TERMINATE TRANSACTIONS, db.clearQueryCaches() or SHOW USERS through. In: a plan. Out: a refusal or null.

/** The parts of neo4j-driver's plan this module reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

/** Read-only procedures that only describe the graph or search it (the full-text index the store creates). */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
]);

/** Commands that describe the schema; every other SHOW / TERMINATE / administration command is refused. */
export const ALLOWED_COMMANDS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions']);
/** Command operators (SHOW ..., TERMINATE ..., user and database administration); writes are left to queryType. */
const COMMAND = /^(?:Show|Terminate|Administration|System)/;

/** The operator's name without the planner's `@database` suffix. */
const operatorName = (op: PlanNode): string => op.operatorType.replace(/@.*$/, '');

/** The procedure a ProcedureCall operator calls, lower case, from its Details ("db.labels() :: (label :: STRING)"). */
export function procedureOf(op: PlanNode): string | null {
  const details = op.arguments?.Details ?? op.arguments?.Signature;
  const m = typeof details === 'string' ? /^\s*([\w.]+)\s*\(/.exec(details) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** Why the console must not run a query with this plan, or null when it may. `queryType` is the summary's. */
export function refusal(queryType: string | undefined, plan: PlanNode | null | undefined): string | null {
  if (!plan) return 'Neo4j gave no plan for this query, so it cannot be checked';
  const stack = [plan];
  while (stack.length) {
    const op = stack.pop()!;
    const name = operatorName(op);
    if (name === 'LoadCSV') return 'LOAD CSV is not allowed here (it reads files and URLs)';
    if (name === 'ProcedureCall') {
      const proc = procedureOf(op);
      if (!proc || !ALLOWED_PROCEDURES.has(proc))
        return `procedure ${proc ?? '(unknown)'} is not allowed here; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`;
    } else if (COMMAND.test(name) && !ALLOWED_COMMANDS.has(name)) {
      return `${name.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()} is not allowed here (administration command)`;
    }
    stack.push(...op.children);
  }
  // 'r' is read-only; 'rw' and 'w' write (the caller says so in its own words), 's' changes schema or system.
  if (queryType !== 'r') return `only read queries are allowed here (Neo4j classifies this one as '${queryType}')`;
  return null;
}
