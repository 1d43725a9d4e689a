# Fehlermeldungen, die ein Mensch liest, im Fenster und in der Kommandozeile. Eine Meldung
# neben einem Formularfeld darf klein beginnen: Der Name des Feldes steht davor. Nie
# Tagebuchinhalte oder Geheimnisse in ein Argument setzen.

## Werte, die die Typen des Tagebuchs prüfen (Domain-Crate)

error-sleep-hours-range = muss zwischen 0 und 24 Stunden liegen
error-unknown-region = unbekannte Körperregion „{ $region }“ (möglich: { $allowed })
error-region-score-not-whole = der Wert für { $region } muss eine ganze Zahl von 0 bis 10 sein (angegeben: „{ $value }“)
error-unknown-pain-quality = unbekannte Schmerzart „{ $quality }“ für { $region }
error-pain-range = der Schmerz muss zwischen 0 und 10 liegen (angegeben: { $value })
error-region-pain-range = der Schmerz einer Körperregion muss zwischen 0 und 10 liegen (angegeben: { $value })
error-region-twice = eine Körperregion ist doppelt aufgeführt; nennen Sie jede Region nur einmal, mit ihrem eigenen Wert
error-leg-side-missing = geben Sie an, ob die Beinbeschwerden in einem Bein oder in beiden sind
error-medicine-only-for-medicine = ein Medikamentenname oder eine Dosis gehört nur zu „Medikament“
error-duration-too-long = darf höchstens { $max } Minuten betragen
error-unknown-position = unbekannte Stellung „{ $position }“
error-intimacy-details-misplaced = Angaben zur Intimität gehören nur zu einer Intimitäts-Aktivität
error-relief-details-misplaced = Angaben zur Linderung gehören nur zu einer Aktivität zur Schmerzlinderung
error-relief-details-missing = bei einer Aktivität zur Schmerzlinderung fehlt, was gemacht wurde
error-score-range = muss zwischen 0 und 10 liegen (angegeben: { $value })
error-text-too-long = ist zu lang: { $count } Zeichen, erlaubt sind { $max }
error-text-nul = enthält ein NUL-Zeichen
error-list-too-long = hat zu viele Einträge (höchstens { $max })
error-in-the-future = liegt in der Zukunft
error-before-year = liegt vor { $year }
# serdes eigene englische Beschreibung eines falschen Typs oder Werts.
error-input-malformed = ungültige Eingabe ({ $detail })

## Die Tagebuchdatei und der Datenträger

error-storage = Speicherfehler: { $detail }
error-io = Dateifehler: { $detail }
error-not-found = { $what } { $id } wurde nicht gefunden
error-record-activity = Aktivität
error-record-alert = Warnung
error-record-deleted-entry = Gelöschter Eintrag
error-record-entry = Eintrag
error-record-intimacy-evening = Intimer Abend
error-record-pain-entry = Schmerzeintrag
error-record-pairing = Kopplung
error-record-partner = Partnerperson
error-db-locked = Das Tagebuch wird von einem anderen Backstory-Fenster oder Programm verwendet.
error-db-corrupt = Die Tagebuchdatei ist beschädigt.
error-db-not-a-database = Die Tagebuchdatei ist keine Backstory-Datenbank (oder sie ist verschlüsselt).
error-db-read-only = Das Tagebuch ist nur zum Lesen geöffnet; es lässt sich nichts ändern.
error-disk-full = der Datenträger ist voll; nichts wurde gespeichert
error-disk-failing = der Datenträger ließ sich nicht beschreiben oder lesen (vielleicht ist er voll oder defekt); nichts wurde gespeichert
