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
fact-same-as = Same as
status-planned = planned
status-held = held

## Sections
section-organizes = Events it organizes
section-attends = Events it takes part in
section-posts = Posts
section-holds = Posts held
section-holders = Held by
section-location-of = Events held here
section-contains = Places within it
section-sub-orgs = Organizations under it
section-editions = Editions
section-other-editions = Other editions of the series
section-topic-of = Events about this topic
section-mentioned-in = Mentioned in notices

## Generated summaries
event-summary = { $event }{ $has-hosts ->
        [yes] , hosted by { $hosts },
       *[no] {""}
    }{ $status ->
        [planned] {" "}is to take place
       *[held] {" "}took place
    }{ $has-place ->
        [yes] {" "}in { $place }
       *[no] {""}
    }{ $has-date ->
        [yes] { $precision ->
            [day] {" "}on { $date }
           *[other] {" "}in { $date }
        }
       *[no] {""}
    }.{ $has-series ->
        [yes] {" "}It is an edition of { $series }.
       *[no] {""}
    }
org-summary = { $name } is an organization{ $has-parent ->
        [yes] {" "}under { $parent }
       *[no] {""}
    }. In the graph it organizes { $organized ->
        [one] one event
       *[other] { $organized } events
    } and takes part in { $attended ->
        [one] one
       *[other] { $attended }
    }.
person-summary = { $name }{ $has-posts ->
        [yes] {" "}holds the post of { $posts }
       *[no] {" "}holds no post recorded here
    }{ $events ->
        [0] {""}
        [one] {" "}and takes part in one event
       *[other] {" "}and takes part in { $events } events
    }.
place-summary = { $name } is a { $kind }{ $has-parent ->
        [yes] {" "}in { $parent }
       *[no] {""}
    }. { $events ->
        [0] No event in the graph takes place here.
        [one] One event in the graph takes place here.
       *[other] { $events } events in the graph take place here.
    }
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
    }; the graph knows { $editions ->
        [one] one edition
       *[other] { $editions } editions
    }.
topic-summary = { $events ->
        [0] No event in the graph is about { $name }.
        [one] One event in the graph is about { $name }.
       *[other] { $events } events in the graph are about { $name }.
    }
