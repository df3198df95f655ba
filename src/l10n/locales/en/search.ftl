# The search page (/en/search?q=) and the search box in every page's header.
search-title = Search
search-label = Search names
search-placeholder = An organization, country, person, event or headline
search-button = Search
search-hint = Type a name in English or Korean. Every word you type must appear in a name or alias of what you look for.
# $count: how many things were found (more than zero); $q: the query as typed.
search-count = { PLURAL($count) ->
        [one] { NUMBER($count) } result for “{ $q }”
       *[other] { NUMBER($count) } results for “{ $q }”
    }
# $q: the query as typed.
search-nothing = Nothing found for “{ $q }”. Try fewer words, or the name in the other language.
# $count: how many results are shown.
search-capped = Only the best { NUMBER($count) } results are shown; add a word to narrow the search.
