# Dates as the Rust side writes them (the clinician report, the command line).

month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
# A calendar day: "6 Dec 2026".
date-day-month-year = { $day } { $month } { $year }
