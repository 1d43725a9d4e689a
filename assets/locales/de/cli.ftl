# Was die Kommandozeile für Menschen ausgibt (nicht die --json-Ausgabe, nicht clap's --help).
# IDs, Daten als JJJJ-MM-TT und Zeiten bleiben, wie das Tagebuch sie schreibt, damit man sie
# in den nächsten Befehl kopieren kann.

cli-status-opens = { $path }: lässt sich öffnen
cli-more = (weitere: mit --offset { $offset })
cli-line-pain = { $at }  Schmerz { $nrs }/10  { $id }
cli-line-check-in = { $date }  Check-in Stress { $stress }/10  { $id }
cli-saved-pain = Schmerzeintrag { $id } gespeichert
cli-saved-activity = Aktivität { $id } gespeichert
cli-saved-relief = Linderung { $id } gespeichert
cli-relief-helped = Linderung { $id } hat { $relief }/10 geholfen
cli-relief-unknown = Linderung { $id }: wie sehr sie geholfen hat, ist unbekannt
cli-saved-outcome = Gespeichert: { $nrs }/10 danach ({ $at }), Schmerzeintrag { $id }
cli-nothing-pending = nichts wartet auf eine Antwort (letzte { $days } Tage)
cli-outcome-unknown = { $id }  unbekannt (noch keine Antwort)
cli-asked-after = Nachgefragt nach: { $kinds }
cli-alert-raised = Warnzeichen-Hinweis ausgelöst: { $rule } (siehe `backstory alerts`)
cli-saved-check-in = Check-in vom { $date } gespeichert
cli-no-check-in = kein Check-in am { $date }
cli-deleted = { $id } gelöscht
cli-restored = { $id } wiederhergestellt
cli-suggested = Vorschlag:
cli-no-link = keine Aktivität zum Verknüpfen

## Warnzeichen
cli-no-alerts = keine Warnzeichen-Hinweise vorhanden
cli-alert-needs-attention = braucht Aufmerksamkeit
cli-alert-acknowledged-at = zur Kenntnis genommen { $at }
cli-alert-resolved = erledigt
cli-alert-line = [{ $tier }] { $rule }: { $title } ({ $state }; { $count ->
        [one] 1-mal
       *[other] { $count }-mal
    } ausgelöst, zuletzt { $last })
cli-alert-acknowledged = { $rule } zur Kenntnis genommen

## PEG
cli-peg-saved = PEG-Check für { $from } bis { $to } gespeichert: Wert { $score } (Schmerz { $pain }, Lebensfreude { $enjoyment }, Aktivität { $activity })
cli-peg-none = Noch kein PEG-Check.
cli-peg-latest = Letzter PEG: { $score } am { $date }
cli-peg-latest-due = Letzter PEG: { $score } am { $date } (ein neuer Check ist fällig)
cli-peg-week = Woche ab { $week }: { $score } (Schmerz { $pain }, Lebensfreude { $enjoyment }, Aktivität { $activity })
cli-peg-week-none = Woche ab { $week }: kein Check

## Experimente
cli-no-experiment = Noch kein Experiment.

## Teilen
cli-wrote-csv = CSV nach { $file } geschrieben
cli-wrote-report = Arztbericht ({ $from } bis { $to }) nach { $file } geschrieben
cli-imported = Importiert: { $added } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $removed } entfernt
cli-imported-partner = In das Tagebuch von { $name } importiert: { $added } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $removed } entfernt
cli-no-partners = Keine geteilten Daten von Partnern importiert.
