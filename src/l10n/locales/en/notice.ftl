# Notice page.
notice-published = Published
notice-publisher = Publisher
notice-language = Language
notice-source = Original
notice-events = Events in this notice
notice-entities = Also mentioned
notice-text = Text, with mentions highlighted
notice-summary = { $has-publisher ->
        [yes] { $publisher } published this notice
       *[no] This notice was published
    }{ $has-date ->
        [yes] {" "}on { $date }
       *[no] {""}
    }. It mentions { $events ->
        [one] one event
       *[other] { $events } events
    } and { $things ->
        [one] one other entity
       *[other] { $things } other entities
    }.
