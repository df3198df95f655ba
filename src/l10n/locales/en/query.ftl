# The SPARQL query page (GET /sparql in a browser) and its example gallery.
query-title = SPARQL query
query-intro = Ask the knowledge graph anything in SPARQL 1.1. The default graph is the union of all notices, the gazetteer and the ontology, so no GRAPH clause is needed.
query-editor-label = Query
query-prefixes-note = The project's prefixes are declared for you; remove the ones you do not need.
query-run = Run query
query-format-label = Result format
query-format-table = Table on this page
query-format-results = SELECT and ASK
query-format-graphs = CONSTRUCT and DESCRIBE
query-format-note = Formats other than the table are fetched by this page's script and shown as text with a download link; without the script, results come back as a table.
query-results-format = SPARQL Results in { $syntax }
query-download = Download
query-share = Link to this query
query-run-post = Run by POST
query-post-note = A query too long for a link (the server refuses links past a set length) must be sent by POST; it then gets no shareable link.
query-error = The query failed
query-share-too-long = This query is too long to share as a link (links to this server may be at most { $limit } bytes long). Copy it from the editor, or download it as a .rq file.
query-download-query = Download the query (.rq)
query-results = Results
query-rows = { PLURAL($count) ->
    [one] 1 row
   *[other] { $count } rows
}
query-truncated = Only the first { $shown } rows are shown; ask for JSON, CSV or TSV to get them all.
query-no-rows = The query matched nothing.
query-ask-true = Yes: the pattern matches.
query-ask-false = No: the pattern does not match.
query-examples = Example queries
query-example-open = Open in the editor
query-machine-note = Programs get the SPARQL 1.1 Protocol from this same address: send the query with an Accept header such as application/sparql-results+json or text/turtle.
example-hosts-title = Who hosted which meeting
example-hosts-description = Every event with its organizers and its start date, earliest first.
example-by-year-title = Events by year
example-by-year-description = How many events started in each year, with their names.
example-rankings-title = Rankings over time
example-rankings-description = Ranks (and scores, when stated) from each survey edition, one ranking result per edition.
example-officials-title = Officials and their posts
example-officials-description = People, the posts they hold and the organization each post belongs to, named in English where a label exists.
example-bilingual-title = Mentioned in both languages
example-bilingual-description = Things named both in a Korean notice and in an English one.
example-attendees-title = Countries at an event
example-attendees-description = Which countries took part in which event.
