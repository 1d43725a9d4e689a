# Warum das Ergebnis eines Experiments nicht entschieden ist (Statussatz, Kommandozeile, Bericht).

experiment-head-no-clear-difference = kein klarer Unterschied
experiment-head-not-settled = nicht entschieden
experiment-why-blocks-not-done = erst { $done } der { $needed } nötigen Blöcke sind abgeschlossen
experiment-why-too-few-rated-days = weniger als { $min } bewertete Tage in einer Phase
experiment-why-unknowns-could-change = die Tage ohne Bewertung könnten den Unterschied aufheben oder umkehren
experiment-why-below-change-that-matters = der Unterschied ist kleiner als die bedeutsame Veränderung (2 Punkte oder 30 %)
experiment-why-interval-crosses-zero = sein 95-%-Intervall ({ $lo } bis { $hi }) schließt auch „kein Unterschied“ ein
experiment-why-no-interval = es gibt noch kein Intervall (dafür müssen 2 Blöcke in beiden Phasen bewertet sein)
experiment-why-chance-not-ruled-out = Zufall ist nicht ausgeschlossen (p = { $p }; die Regel verlangt { $alpha } oder weniger)
experiment-p-unknown = unbekannt
experiment-why-too-few-blocks-planned = mit { $planned } Blöcken kann der Test nie { $alpha } erreichen: mindestens { $needed } sind nötig
# Mehrere Gründe: „a, b und c“.
experiment-why-list = { $rest } und { $last }
