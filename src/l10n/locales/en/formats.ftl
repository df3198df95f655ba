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
# (persons, countries, USD, …; another noun is written as it is); $precision is exact,
# approximate, at-least or at-most.
quantity = { $precision ->
        [approximate] about{" "}
        [at-least] at least{" "}
        [at-most] up to{" "}
       *[other] {""}
    }{ $unit ->
        [persons] { $n } people
        [countries] { $n } countries
        [companies] { $n } companies
        [institutions] { $n } institutions
        [places] { $n } places
        [cities] { $n } cities
        [items] { $n } items
        [cases] { $n } cases
        [percent] { $n }%
        [days] { $n } days
        [weeks] { $n } weeks
        [months] { $n } months
        [years] { $n } years
        [USD] USD { $n }
        [KRW] KRW { $n }
        [EUR] EUR { $n }
        [GBP] GBP { $n }
        [JPY] JPY { $n }
        [none] { $n }
       *[other] { $n } { $unit }
    }
