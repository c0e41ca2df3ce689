// Cypher recipes for the news knowledge graph (DESIGN.md "Graph model"): paste one into Neo4j Browser,
// `kg query`, or the viewer's Cypher console. Every recipe is run against a test graph by
// tests/integration/recipes.test.ts, so each one works on the schema as written.
//
// The schema in one breath:
//   (:Article {id, title, publishedAt, outlet, source, url, text})-[:PUBLISHED_BY]->(:Actor:Outlet)
//   (:Actor:Person|State|Organization|Group|Outlet {id, name, kind, aliases, anonymous, roles, affiliation})
//   (:Actor)-[:CLAIMS|DENIES|CONFIRMS {cue, via, article, sentence, start, end}]->(:Claim {id, text, quote})
//   (:Actor)-[:RELAYED {order, speaker, article}]->(:Claim)      relays; `via` lists them nearest the speaker first
//   (read a stored list backwards with [i IN range(size(r.via) - 1, 0, -1) | r.via[i]]: Neo4j 5's reverse()
//   rejects list properties)
//   (:Article)-[:REPORTS {via, speaker, stance}]->(:Claim)
//   (:Claim)-[:ABOUT]->(:Actor|Incident)
//   (:Claim)-[:PARAPHRASES {score, reason}]->(:Claim)       differently worded, same assertion (never merged)
//   a DENIES/CONFIRMS that answers another actor's claim sits on that claim, with `said` (the answerer's own
//   words) and `answers` ('in article', or 'across articles' with `score` and `reason`)
//   (:Incident {id, kind, family, date, place, killed, wounded, killedMin, killedMax, woundedMin, woundedMax, summary})
//   (:Incident)-[:MENTIONED_IN {killed, wounded, date, place, kind, matched, score}]->(:Article)   one report per article
//   (:Actor)-[:PARTICIPATED_IN]->(:Incident)
//   (:Actor)-[:ATTACKED|CLASHED_WITH|MET_WITH|WARNED|ACCUSED|THREATENED|SUPPORTS {incident, claim}]->(:Actor)
//   (:Actor)-[:MEMBER_OF]->(:Actor), (:Actor|Incident)-[:MENTIONED_IN {count}]->(:Article)
// Every relationship carries its evidence: `article` (an Article id), `start`/`end` offsets and `sentence`.
// One claim content (up to wording noise) is one Claim node across articles and speakers, so a contested claim
// has CLAIMS, DENIES and CONFIRMS edges from different actors; nothing is merged into one "truth". One event
// told by several articles is one Incident node; each article's figures stay on its own report.
//
// Neo4j Browser and Bloom: every node has a `name` property (actor name, article title, incident summary,
// the first 80 characters of a claim), so captions read well with the default style. For a claim-centred
// picture, set the Claim caption to `text` in Browser's style panel.
//
// Parameters: recipes marked with `:param` lines need them. In Browser, run the `:param` line first;
// with `kg query` pass them as JSON (`--params '{"actor": "Heather Nauert"}'`).
// Format (the test relies on it): each recipe starts with a `// ## ` title line and ends with a semicolon.


// ## 1. Everything an actor denied, with the article, the date and the sentence
// :param actor => 'Heather Nauert'
MATCH (a:Actor)-[d:DENIES]->(c:Claim)
WHERE toLower(a.name) = toLower($actor) OR a.id = $actor OR any(x IN a.aliases WHERE toLower(x) = toLower($actor))
OPTIONAL MATCH (art:Article {id: d.article})
RETURN a.name AS actor, c.text AS denied, d.cue AS cue, d.sentence AS sentence,
       coalesce(art.title, art.source) AS article, art.publishedAt AS date
ORDER BY date DESC
LIMIT 100;


// ## 2. Claims from anonymous sources, by the outlet that published them (with the relays in between)
// `s.article = art.id` keeps the speech edge and the report from the same article.
MATCH (art:Article)-[:REPORTS]->(c:Claim)<-[s:CLAIMS|DENIES|CONFIRMS]-(src:Actor {anonymous: true})
WHERE s.article = art.id
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(o:Actor)
WITH coalesce(o.name, 'unknown outlet') AS outlet, c, src,
     COLLECT { UNWIND range(size(s.via) - 1, 0, -1) AS i MATCH (x:Actor {id: s.via[i]}) RETURN x.name } AS relays
RETURN outlet, count(DISTINCT c) AS claims,
       collect(DISTINCT src.name + CASE WHEN size(relays) > 0 THEN ' via ' + reduce(t = '', r IN relays | t + CASE WHEN t = '' THEN '' ELSE ' > ' END + r) ELSE '' END)[..10] AS sources,
       collect(DISTINCT left(c.text, 120))[..3] AS examples
ORDER BY claims DESC, outlet;


// ## 3. The longest relay chains: publisher -> relays -> speaker, longest first
MATCH (s:Actor)-[r:CLAIMS|DENIES|CONFIRMS]->(c:Claim)
WHERE size(r.via) > 0
MATCH (art:Article {id: r.article})
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(pub:Actor)
WITH size(r.via) AS relays, art, c, s, r, pub,
     COLLECT { UNWIND range(size(r.via) - 1, 0, -1) AS i MATCH (x:Actor {id: r.via[i]}) RETURN x.name } AS via
RETURN relays, [coalesce(pub.name, '(publisher unknown)')] + via + [s.name] AS chain, type(r) AS stance,
       c.text AS claim, art.title AS article, art.publishedAt AS date
ORDER BY relays DESC, date DESC
LIMIT 25;


// ## 4. Contested claims: actors who claim what another actor denies
MATCH (a:Actor)-[ca:CLAIMS]->(c:Claim)<-[d:DENIES]-(b:Actor)
WHERE a <> b
RETURN a.name AS claimant, b.name AS denier, c.text AS claim,
       ca.sentence AS claimedIn, d.sentence AS deniedIn
LIMIT 100;


// ## 5. Incidents whose casualty figures differ between sources
// One event told by several articles is one Incident node; each article's report (its MENTIONED_IN) keeps the
// figures, date and place that source gave, and `matched` says why a report joined the node.
MATCH (i:Incident)-[r:MENTIONED_IN]->(art:Article)
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(o:Actor)
WITH i, min(r.killed) AS fewestKilled, max(r.killed) AS mostKilled,
     min(r.wounded) AS fewestWounded, max(r.wounded) AS mostWounded,
     collect(coalesce(o.name, art.title, art.source) + ' (' + coalesce(r.date, 'undated') + '): ' +
             coalesce(toString(r.killed), '?') + ' killed, ' + coalesce(toString(r.wounded), '?') + ' wounded') AS accounts
WHERE size(accounts) > 1 AND (fewestKilled <> mostKilled OR fewestWounded <> mostWounded)
RETURN i.kind AS kind, i.place AS place, i.date AS date, fewestKilled, mostKilled, fewestWounded, mostWounded, accounts
ORDER BY coalesce(mostKilled - fewestKilled, 0) DESC;


// ## 6. Who met whom, when and where (and whether only a claim says so)
MATCH (a:Actor)-[m:MET_WITH]->(b:Actor)
OPTIONAL MATCH (i:Incident {id: m.incident})
OPTIONAL MATCH (art:Article {id: m.article})
OPTIONAL MATCH (c:Claim {id: m.claim})<-[s:CLAIMS|DENIES|CONFIRMS]-(speaker:Actor)
WHERE s.article = m.article
RETURN a.name AS who, b.name AS met, coalesce(i.date, art.publishedAt) AS `when`, i.place AS place,
       CASE WHEN m.claim IS NULL THEN 'reported' ELSE 'claimed by ' + coalesce(speaker.name, '?') END AS basis,
       m.sentence AS sentence
ORDER BY `when` DESC;


// ## 7. The most-cited origins per outlet: whose words each outlet carries most
MATCH (o:Actor)<-[:PUBLISHED_BY]-(art:Article)-[:REPORTS]->(c:Claim)<-[s:CLAIMS|DENIES|CONFIRMS]-(origin:Actor)
WHERE s.article = art.id
WITH o, origin, count(*) AS citations
ORDER BY o.name, citations DESC, origin.name
WITH o, collect(origin.name + CASE WHEN origin.anonymous THEN ' (anonymous)' ELSE '' END + ': ' + toString(citations)) AS origins
RETURN o.name AS outlet, origins[..5] AS topOrigins
ORDER BY outlet;


// ## 8. Claims carried by more than one article, and by whom
MATCH (art:Article)-[:REPORTS]->(c:Claim)
WITH c, collect(DISTINCT art) AS arts
WHERE size(arts) > 1
RETURN c.text AS claim, size(arts) AS articles,
       [x IN arts | coalesce(x.publishedAt, 'undated') + ' ' + coalesce(x.outlet, '?')] AS carriedBy
ORDER BY articles DESC
LIMIT 25;


// ## 9. Every stance on each disputed claim: who claims, denies and confirms it
MATCH (a:Actor)-[s:CLAIMS|DENIES|CONFIRMS]->(c:Claim)
WITH c, collect(DISTINCT type(s)) AS stances, collect(DISTINCT toLower(type(s)) + ': ' + a.name) AS who
WHERE size(stances) > 1
RETURN c.text AS claim, stances, who
ORDER BY size(who) DESC;


// ## 10. Trace claims found by their words: publisher -> relays -> speaker, oldest first
// :param text => 'Damascus'
CALL db.index.fulltext.queryNodes('kg_fulltext', $text) YIELD node, score
WITH node AS c, score WHERE c:Claim
MATCH (s:Actor)-[r:CLAIMS|DENIES|CONFIRMS]->(c)
OPTIONAL MATCH (art:Article {id: r.article})
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(pub:Actor)
RETURN c.text AS claim, art.publishedAt AS date, coalesce(pub.name, '(publisher unknown)') AS publisher,
       COLLECT { UNWIND range(size(r.via) - 1, 0, -1) AS i MATCH (x:Actor {id: r.via[i]}) RETURN x.name } AS relays,
       s.name AS speaker, type(r) AS stance, r.sentence AS sentence
ORDER BY score DESC, date
LIMIT 50;


// ## 11. Attacks: who struck whom, when, where, with the casualties each source gives
MATCH (a:Actor)-[r:ATTACKED]->(b:Actor)
OPTIONAL MATCH (i:Incident {id: r.incident})
OPTIONAL MATCH (art:Article {id: r.article})
RETURN a.name AS attacker, b.name AS target, i.date AS date, i.place AS place, i.killed AS killed,
       i.wounded AS wounded, art.title AS article, r.sentence AS sentence
ORDER BY date DESC;


// ## 12. Who speaks how: claims, denials and confirmations per actor
MATCH (a:Actor)-[s:CLAIMS|DENIES|CONFIRMS]->(:Claim)
RETURN a.name AS actor, a.kind AS kind, a.anonymous AS anonymous,
       count(CASE type(s) WHEN 'CLAIMS' THEN 1 END) AS claims,
       count(CASE type(s) WHEN 'DENIES' THEN 1 END) AS denials,
       count(CASE type(s) WHEN 'CONFIRMS' THEN 1 END) AS confirmations
ORDER BY claims + denials + confirmations DESC
LIMIT 50;


// ## 13. Outlets as relays: which outlets other outlets cite, and how often
MATCH (relay:Actor:Outlet)-[x:RELAYED]->(:Claim)
MATCH (art:Article {id: x.article})
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(pub:Actor)
RETURN coalesce(pub.name, '(publisher unknown)') AS publisher, relay.name AS cites, count(*) AS times
ORDER BY times DESC, publisher, cites;


// ## 14. Everything said about an incident's place or an actor, with stance and speaker
// :param about => 'Deir ez-Zor'
MATCH (t)
WHERE (t:Incident AND toLower(t.place) = toLower($about)) OR (t:Actor AND toLower(t.name) = toLower($about))
MATCH (c:Claim)-[:ABOUT]->(t)
MATCH (s:Actor)-[r:CLAIMS|DENIES|CONFIRMS]->(c)
RETURN coalesce(t.name, t.place) AS about, s.name AS speaker, type(r) AS stance, c.text AS claim, r.sentence AS sentence
LIMIT 100;


// ## 15. Actors most often in the same articles (named actors only)
MATCH (a:Actor)-[:MENTIONED_IN]->(art:Article)<-[:MENTIONED_IN]-(b:Actor)
WHERE a.id < b.id AND NOT a.anonymous AND NOT b.anonymous
RETURN a.name AS actor, b.name AS coActor, count(DISTINCT art) AS articles
ORDER BY articles DESC, actor, coActor
LIMIT 25;


// ## 16. Who belongs to whom: people and bodies with their affiliations and what they said
MATCH (p:Actor)-[:MEMBER_OF]->(body:Actor)
OPTIONAL MATCH (p)-[s:CLAIMS|DENIES|CONFIRMS]->(:Claim)
RETURN p.name AS member, p.roles AS roles, body.name AS memberOf, count(s) AS statements
ORDER BY statements DESC, member;


// ## 17. Graph view for Browser: an actor's statements and everyone else who spoke on the same claims
// :param actor => 'Jeff Davis'
MATCH (a:Actor) WHERE toLower(a.name) = toLower($actor)
MATCH p = (a)-[:CLAIMS|DENIES|CONFIRMS]->(c:Claim)
OPTIONAL MATCH q = (c)<-[:CLAIMS|DENIES|CONFIRMS|RELAYED]-(other:Actor)
WHERE other <> a
RETURN p, q
LIMIT 200;


// ## 18. The same assertion in other words: paraphrase links between claims, with their score and reason
MATCH (a:Claim)-[p:PARAPHRASES]->(b:Claim)
RETURN a.text AS claim, b.text AS paraphrase, p.score AS score, p.reason AS why,
       COLLECT { MATCH (s:Actor)-[:CLAIMS|DENIES|CONFIRMS]->(a) RETURN DISTINCT s.name } AS saidBy,
       COLLECT { MATCH (s:Actor)-[:CLAIMS|DENIES|CONFIRMS]->(b) RETURN DISTINCT s.name } AS paraphrasedBy
ORDER BY score DESC
LIMIT 50;


// ## 19. Denials that answer another actor's claim: what was claimed, by whom, and the denier's own words
MATCH (claimant:Actor)-[:CLAIMS]->(c:Claim)<-[d:DENIES|CONFIRMS]-(answerer:Actor)
WHERE d.answers IS NOT NULL AND claimant <> answerer
RETURN c.text AS claim, claimant.name AS claimedBy, answerer.name AS answeredBy, type(d) AS stance,
       d.said AS theirWords, d.answers AS found, d.reason AS why, d.sentence AS sentence
LIMIT 100;
