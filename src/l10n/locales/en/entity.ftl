# Pages of things: events, organizations, people, places, posts, series, topics.

## Fact names
fact-what = What
fact-hosts = Hosted by
fact-where = Where
fact-when = When
fact-until = Until
fact-series = Series
fact-participants = Participants
fact-topics = Topics
fact-status = Status
fact-part-of = Part of
fact-post-in = In
fact-also-known-as = Also known as
fact-figures = Figures
fact-same-as = Same as
fact-published-by = Published by
fact-ranked = Ranked
fact-valid = Name in use
fact-in-office = In office
fact-period = Period
fact-preceded-by = Preceded by
fact-succeeded-by = Succeeded by
status-planned = Planned
status-held = Held
status-was-planned = Planned (date passed)

## Sections
section-organizes = Events it organizes
section-organizes-series = Event series it organizes
section-attends = Events attended
section-posts = Posts
section-holds = Posts held
section-holders = Held by
section-location-of = Events held here
section-contains = Places within it
section-sub-orgs = Organizations under it
section-editions = Editions
section-other-editions = Other editions of the series
section-topic-of = Events about this topic
section-rankings-on = Rankings on this index
section-edition-results = Results
section-mentioned-in = Mentioned in notices

## Generated summaries
# $type is the kind of event (meeting, seminar…), $vowel whether it starts with a vowel;
# $precision is day, month, year or range ($date is then a whole range: `from November 10
# to 11, 2016`).
event-summary = { $event }{ $has-type ->
        [yes] , { $vowel ->
            [yes] an
           *[no] a
        } { $type }{ $has-hosts ->
            [yes] {" "}hosted by { $hosts }
           *[no] {""}
        },
       *[no] { $has-hosts ->
            [yes] , hosted by { $hosts },
           *[no] {""}
        }
    } { event-verb-end }{ $has-place ->
        [yes] {" "}in { $place }
       *[no] {""}
    }{ $has-date ->
        [yes] { $precision ->
            [day] {" "}on { $date }
            [range] {" "}{ $date }
           *[other] {" "}in { $date }
        }
       *[no] {""}
    }.
# A survey edition: its results are published, not held like a meeting.
survey-summary = { $event } { $status ->
        [planned] is to be published
       *[held] was published
    }{ $has-hosts ->
        [yes] {" "}by { $hosts }
       *[no] {""}
    }{ $has-date ->
        [yes] { $precision ->
            [day] {" "}on { $date }
            [range] {" "}{ $date }
           *[other] {" "}in { $date }
        }
       *[no] {""}
    }.
# Korean words an event's summary in two shapes, with the kind of event named and
# without; English has one, and one verb form (event-verb-end).
event-summary-typed = { event-summary }
event-summary-plain = { event-summary }
event-verb-attr = { event-verb-end }
# The verb of an event's summary by the kind of event ($verb: held for meetings, forums
# and seminars, signing, visit, training, survey, other) and its $status.
event-verb-end = { $verb ->
        [survey] { $status ->
            [planned] is to be published
            [was-planned] was to be published
           *[held] was published
        }
        [signing] { $status ->
            [planned] is to take place
            [was-planned] was to take place
           *[held] took place
        }
        [visit] { $status ->
            [planned] is to take place
            [was-planned] was to take place
           *[held] took place
        }
        [training] { $status ->
            [planned] is to be held
            [was-planned] was to be held
           *[held] was held
        }
        [other] { $status ->
            [planned] is to take place
            [was-planned] was to take place
           *[held] took place
        }
       *[held] { $status ->
            [planned] is to take place
            [was-planned] was to take place
           *[held] took place
        }
    }
org-summary = { $name } is { $government ->
        [yes] a government organization
       *[no] an organization
    }{ $has-parent ->
        [yes] {" "}under { $parent }
       *[no] {""}
    }.
# $clauses: what is known of the person, joined (person-post, person-attended, clause-join).
person-summary = { $has-clauses ->
        [yes] { $name } { $clauses }.
       *[no] { $name } is a person.
    }
place-summary = { $name } is a { $kind }{ $has-parent ->
        [yes] {" "}in { $parent }
       *[no] {""}
    }.
post-summary = { $name } is a post{ $has-org ->
        [yes] {" "}in { $org }
       *[no] {""}
    }{ $has-holders ->
        [yes] , held by { $holders }
       *[no] {""}
    }.
series-summary = { $name } is a series of events{ $has-organizer ->
        [yes] {" "}organized by { $organizer }
       *[no] {""}
    }. { $editions ->
        [0] No edition of it is recorded yet.
       *[other] { PLURAL($editions) ->
            [one] One edition of it is recorded.
           *[other] { $editions } editions of it are recorded.
        }
    }
topic-summary = { $events ->
        [0] No event about { $name } is recorded yet.
       *[other] { PLURAL($events) ->
            [one] One event in the graph is about { $name }.
           *[other] { $events } events in the graph are about { $name }.
        }
    }

## More sentences of the generated summaries, each added when its facts are known.
event-edition = { $has-number ->
        [yes] It is the { ORDINAL($number) } edition{ $has-series ->
            [yes] {" "}of { $series }
           *[no] {""}
        }.
       *[no] It is an edition of { $series }.
    }
event-participants = { $participants } { $status ->
        [planned] { PLURAL($count) ->
            [one] is
           *[other] are
        } to take part.
        [was-planned] { PLURAL($count) ->
            [one] was
           *[other] were
        } to take part.
       *[held] took part.
    }
event-topics = { $status ->
        [planned] It is to deal with { $topics }.
        [was-planned] It was to deal with { $topics }.
       *[held] It dealt with { $topics }.
    }
summary-hosted = { $status ->
        [planned] It is to host { $events }.
        [was-planned] It was to host { $events }.
       *[held] It hosted { $events }.
    }
summary-attended = { $status ->
        [planned] It is to take part in { $events }.
        [was-planned] It was to take part in { $events }.
       *[held] It took part in { $events }.
    }
person-post = has held the post of { $posts }
person-attended = { $status ->
        [planned] is to take part in { $events }
        [was-planned] was to take part in { $events }
       *[held] took part in { $events }
    }{ $has-date ->
        [yes] { $precision ->
            [day] {" "}on { $date }
            [range] {" "}{ $date }
           *[other] {" "}in { $date }
        }
       *[no] {""}
    }
# Clauses of one subject: `A and B`, `A, B, and C` ($head is the clauses but the last,
# joined by clause-separator).
clause-join = { $serial ->
        [yes] { $head }, and { $last }
       *[no] { $head } and { $last }
    }
clause-separator = {", "}
summary-hosts-series = It organizes the series { $series }.
# A place named with one it lies within: a city with its country.
place-within = { $place }, { $container }
place-events = { $status ->
        [planned] { $events } { PLURAL($count) ->
            [one] is
           *[other] are
        } to take place here.
        [was-planned] { $events } { PLURAL($count) ->
            [one] was
           *[other] were
        } to take place here.
       *[held] { $events } took place here.
    }
org-officials = { $officials } { PLURAL($count) ->
        [one] has held a post
       *[other] have held posts
    } in it.
official = { $person } ({ $post })
list-more = { PLURAL($count) ->
        [one] one more
       *[other] { $count } more
    }
ranking-clause = { $joint ->
        [yes] joint{" "}
       *[no] {""}
    }{ ORDINAL($rank) }{ $has-years ->
        [yes] {" "}in { $years }
       *[no] {""}
    }
ranking-join = { $serial ->
        [yes] { $head }, and { $last }
       *[no] { $head } and { $last }
    }
# $index and $survey come with their article when they take one (the OECD … Survey).
ranking-where = { $has-index ->
        [yes] { $index } of { $survey }
       *[no] { $survey }
    }
ranking-sentence = In { $where }, { $name } ranked { $clauses }.
section-rankings = Rankings
ranking-item = { ORDINAL($rank) }{ $joint ->
        [yes] {" "}(joint)
       *[no] {""}
    }{ $has-score ->
        [yes] , score { $score }
       *[no] {""}
    }
fact-edition = Edition
edition-number = { ORDINAL($number) }
# The period an organization's name was in force (ng:validFrom, ng:validUntil), as a list detail or fact.
period = { $has-from ->
        [yes] { $has-until ->
            [yes] { $from } – { $until }
           *[no] since { $from }
        }
       *[no] until { $until }
    }
org-valid = { $has-from ->
        [yes] { $has-until ->
            [yes] The name was in use from { $from } to { $until }.
           *[no] The name has been in use since { $from }.
        }
       *[no] The name was in use until { $until }.
    }
org-preceded-by = It took over from { $others }.
org-succeeded-by = It was succeeded by { $others }.
