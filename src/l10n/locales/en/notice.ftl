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
        [yes] { $precision ->
            [day] {" "}on { $date }
           *[other] {" "}in { $date }
        }
       *[no] {""}
    }.
notice-reports = It reports on { $events }.
notice-contributed = { PLURAL($facts) ->
        [one] It adds one fact to the graph
       *[other] It adds { $facts } facts to the graph
    }, listed beside the text with links to where each is stated.
notice-panel = Facts drawn from this notice
notice-in-text = in the text
notice-status = Status
notice-ranking = Ranked
notice-figures = Figures
notice-itself = This notice
