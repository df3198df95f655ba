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
