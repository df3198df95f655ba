# Locale formats. Dates, digit grouping, plural categories and lists come from ICU4X
# (see l10n/formats.rs); only the words around numbers live here.

# An ordinal: $n is the number (shown with grouping), $category its CLDR ordinal plural
# category chosen by ICU4X (one: 1st, 21st; two: 2nd, 22nd; few: 3rd, 23rd; other: 4th, 11th).
number-ordinal = { $category ->
        [one] { $n }st
        [two] { $n }nd
        [few] { $n }rd
       *[other] { $n }th
    }

# A date range ($start to $end). When $shared is yes, both ends are in the year $year,
# which is written once: $start and $end are then a month and day (`November 10`), a day
# (`11`) or a month (`March`); $precision is day or month.
date-range = from { $start } to { $end }{ $shared ->
        [yes] { $precision ->
            [day] , { $year }
           *[other] {" "}{ $year }
        }
       *[no] {""}
    }

# A figure from its value $n (shown with grouping) and its unit $unit as the graph names it
# (persons, countries, USD, …; another noun is written as it is), singular when $n is one
# (CLDR plural rules, PLURAL: "1 country"); $precision is exact, approximate, at-least or at-most.
quantity = { $precision ->
        [approximate] about{" "}
        [at-least] at least{" "}
        [at-most] up to{" "}
       *[other] {""}
    }{ $unit ->
        [persons] { PLURAL($n) ->
            [one] { $n } person
           *[other] { $n } people
        }
        [countries] { PLURAL($n) ->
            [one] { $n } country
           *[other] { $n } countries
        }
        [companies] { PLURAL($n) ->
            [one] { $n } company
           *[other] { $n } companies
        }
        [institutions] { PLURAL($n) ->
            [one] { $n } institution
           *[other] { $n } institutions
        }
        [places] { PLURAL($n) ->
            [one] { $n } place
           *[other] { $n } places
        }
        [cities] { PLURAL($n) ->
            [one] { $n } city
           *[other] { $n } cities
        }
        [items] { PLURAL($n) ->
            [one] { $n } item
           *[other] { $n } items
        }
        [cases] { PLURAL($n) ->
            [one] { $n } case
           *[other] { $n } cases
        }
        [percent] { $n }%
        [days] { PLURAL($n) ->
            [one] { $n } day
           *[other] { $n } days
        }
        [weeks] { PLURAL($n) ->
            [one] { $n } week
           *[other] { $n } weeks
        }
        [months] { PLURAL($n) ->
            [one] { $n } month
           *[other] { $n } months
        }
        [years] { PLURAL($n) ->
            [one] { $n } year
           *[other] { $n } years
        }
        [USD] USD { $n }
        [KRW] KRW { $n }
        [EUR] EUR { $n }
        [GBP] GBP { $n }
        [JPY] JPY { $n }
        [none] { $n }
       *[other] { $n } { $unit }
    }
