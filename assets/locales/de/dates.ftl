# Daten, wie die Rust-Seite sie schreibt (Arztbericht, Kommandozeile).

month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.
# Ein Kalendertag: „6. Dez. 2026“.
date-day-month-year = { $day }. { $month } { $year }
