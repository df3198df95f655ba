# Layout: header, footer, language switcher, shared labels.
site-title = { -site-name }
site-tagline = Government notices as a knowledge graph
nav-home = Notices and events
nav-sparql = SPARQL endpoint
switch-language = 한국어
other-lang-note = ({ $lang })
data-link = This page as data (Turtle)
footer-generated = Summaries on this page are generated from the knowledge graph, not copied from the notices.
language-ko = { -lang-ko }
language-en = { -lang-en }
# A label with the kind of its thing, to tell two things of the same label apart.
label-with-kind = { $label } ({ $kind })
# A Wikidata item linked as the same thing, by its id.
wikidata-item = Wikidata { $id }
no-label = (unnamed)
not-found-title = Not found
not-found-text = Nothing is known at this address. A search for its name (above) may find what you are looking for.
kind-org = organization
kind-country = country
kind-city = city
kind-venue = venue
kind-region = region
kind-person = person
kind-post = post
kind-event = event
kind-series = event series
kind-topic = topic
kind-notice = notice
