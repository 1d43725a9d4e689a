# The sharing screen: pairing and signed shares, a share with a passphrase, importing a
# partner's share, the partners and the Together view, the clinician report and its preview,
# the FHIR file, and backups.

sharing-intro = Teilen Sie einen Teil Ihres Tagebuchs mit Ihrem Partner oder Ihrer Partnerin, nehmen Sie einen Bericht mit zu Ihrer Ärztin oder Ihrem Arzt und legen Sie Sicherungen an. Dateien wählen Sie in den Dateidialogen Ihres Computers.
sharing-include = Einschließen
sharing-private-legend = Privat (aus, außer Sie wählen es)
sharing-private-note = (privat: aus, außer Sie wählen es)
sharing-entry-counts = { $pain ->
    [one] 1 Schmerzeintrag
   *[other] { $pain } Schmerzeinträge
  }, { $activities ->
    [one] 1 Aktivität
   *[other] { $activities } Aktivitäten
  }, { $checkIns ->
    [one] 1 Tagesabfrage
   *[other] { $checkIns } Tagesabfragen
  }
sharing-remove = Entfernen …

## What a share, a FHIR file or the report may include (the everyday parts, then the
## private ones), and how a left-out part is named in a sentence.

sharing-include-pain = Schmerzeinträge
sharing-include-pain-detail = die Stärke, wo es wehtut, wie es sich anfühlt, wann es begann, wie sehr es den Tag beeinträchtigt hat, die Aktivität davor
sharing-include-activities = Aktivitäten
sharing-include-activities-detail = was, wann, wie lange, die gemachten Übungen
sharing-include-check-ins = Tägliche Abfragen
sharing-include-check-ins-detail = Stress, Schlaf, Morgensteifigkeit
sharing-include-warning-signs = Antworten zu Warnzeichen und Beinbeschwerden
sharing-include-warning-signs-detail = Taubheit um Gesäß oder Genitalien, Veränderungen bei Blase oder Darm, eine veränderte Sexualfunktion, Fieber, zunehmende Beinschwäche, nächtliche Schmerzen, eine Schwellung; Taubheit, Kribbeln oder Schwäche im Bein und in welchem Bein
sharing-include-region-details = Details der Körperkarte
sharing-include-region-details-detail = die eigene Schmerzstärke jeder Region und wie es sich dort anfühlt (ohne sie nur, welche Regionen wehtun)
sharing-include-alerts = Warnhinweise (Red Flags)
sharing-include-alerts-detail = welche Warnzeichen-Regeln ausgelöst wurden, und wann
sharing-include-intimacy = Details zur Intimität
sharing-include-intimacy-detail = Stellungen, Rolle, Hilfsmittel, Aufwärmen, Schmerz vorher, wie sehr Schmerz die Intimität beeinträchtigt hat
sharing-include-notes = Meine privaten Notizen
sharing-include-notes-detail = zu jedem Eintrag
# For the experiments include of partner shares (branch i14): these two and sharing-left-out-experiments.
sharing-include-experiments = Experimente
sharing-include-experiments-detail = jedes Experiment, das Sie gemacht haben: die Änderung, ihr Zeitplan, Schmerz mit und ohne sie und das Ergebnis (den Namen einer Stellung oder Ihre eigenen Worte nur mit Details zur Intimität / Notizen)
sharing-left-out-warning-signs = Antworten zu Warnzeichen und Beinbeschwerden
sharing-left-out-alerts = Warnhinweise (Red Flags)
sharing-left-out-region-details = Details der Körperkarte
sharing-left-out-intimacy = Details zur Intimität
sharing-left-out-notes = Ihre Notizen
sharing-left-out-experiments = Experimente

## Pairing and signed shares

sharing-pairing-title = Mit Ihrem Partner oder Ihrer Partnerin koppeln
sharing-pairing-intro = Koppeln Sie einmal, persönlich oder auf beliebigem Weg: Jede Person zeigt ihren Code, die andere fügt ihn ein, und Sie vergleichen beide die Sicherheitsnummer laut. Danach brauchen Freigaben zwischen Ihnen keine Passphrase: Jede wird für den Schlüssel der anderen Person verschlüsselt und signiert, sodass Backstory eine Datei ablehnt, die Ihre Partnerperson nicht erstellt hat, eine alte, erneut gesendete Datei und eine Datei, die für jemand anderen bestimmt ist.
sharing-pairing-qr = QR-Code Ihres Kopplungscodes
sharing-pairing-own-code = Ihr Kopplungscode (er enthält kein Geheimnis)
sharing-pairing-key-id = Schlüssel-ID { $keyId }
sharing-pairing-key-id-name = Schlüssel-ID { $keyId } · der Code enthält Ihren Namen „{ $name }“
sharing-pairing-their-code = Kopplungscode Ihrer Partnerperson
sharing-pairing-their-name = Name für diese Person (optional)
sharing-pairing-pair = Koppeln
sharing-pairing-paired = Gekoppelt mit { $name }. Sicherheitsnummer:
sharing-pairing-read-aloud = Lesen Sie sie gemeinsam laut vor: Auf dem Bildschirm von { $name } stehen dieselben Ziffern. Weichen sie ab, hat jemand einen Code vertauscht: Entfernen Sie diese Kopplung und koppeln Sie erneut, persönlich.
sharing-pairing-phrase = Sicherheitsnummer
sharing-pairing-last-share = letzte Freigabe von dieser Person: Nr. { $sequence }
sharing-pairing-no-share = noch keine Freigabe von dieser Person
sharing-pairing-expires = Die Daten dieser Person werden hier am { $date } entfernt, wie sie es gewählt hat.
sharing-pairing-expired = Die letzte Freigabe von { $name } ist abgelaufen: Die Daten daraus wurden am { $date } aus diesem Tagebuch entfernt.
sharing-pairing-pair-again = Ihre Schlüssel haben sich nach der Kopplung geändert: Zeigen Sie { $name } Ihren neuen Code und koppeln Sie erneut, bevor Sie etwas senden.
sharing-pairing-send = Freigabe senden …
sharing-pairing-new-name = Neuer Name
sharing-pairing-save-name = Name speichern
sharing-pairing-rename = Umbenennen
sharing-pairing-remove-confirm = Kopplung und Einträge von { $name } entfernen
sharing-pairing-send-title = Freigabe an { $name } senden
sharing-pairing-evening-notes = Meine Notizen zu unseren Abenden, die ich mit „teilen“ markiert habe
sharing-pairing-expiry = Aus dem Tagebuch der anderen Person entfernen nach
sharing-pairing-expiry-none = kein Ablauf
sharing-pairing-expiry-days = { $days } Tagen
sharing-pairing-expiry-year = einem Jahr
sharing-pairing-cannot-take-back = Eine bereits weitergegebene Datei lässt sich nicht zurückholen.
sharing-pairing-expiry-hint = Der Ablauf bittet das Backstory Ihrer Partnerperson, die Daten an diesem Tag zu entfernen, und das geschieht auch; eine vorher gemachte Kopie der Datei oder ein Foto des Bildschirms bleibt aber bei ihr.
sharing-pairing-save = Signierte Freigabe speichern …
sharing-pairing-open = Freigabe Ihrer Partnerperson öffnen …
sharing-pairing-rekey-confirm = Neue Schlüssel erstellen (alle Partnerpersonen koppeln erneut)
sharing-pairing-rekey = Neue Schlüssel für dieses Tagebuch …
sharing-pairing-sent = „{ $file }“ für { $name } gespeichert (für den Schlüssel dieser Person verschlüsselt und signiert): { $counts }. Geben Sie die Datei auf beliebigem Weg weiter.
sharing-pairing-imported = Freigabe Nr. { $sequence } von { $name } importiert (Signatur geprüft): { $added } neu, { $updated } aktualisiert, { $removed } entfernt, { $notes ->
    [one] 1 Notiz zu einem Abend
   *[other] { $notes } Notizen zu Abenden
  }.
sharing-pairing-imported-expires = { $name } hat festgelegt, dass die Freigabe am { $date } entfernt wird.
sharing-pairing-removed = Die Kopplung mit { $name } und { $count ->
    [one] 1 Eintrag dieser Person
   *[other] { $count } Einträge dieser Person
  } entfernt.
sharing-pairing-rekeyed = Dieses Tagebuch hat neue Schlüssel. Zeigen Sie jeder Partnerperson Ihren neuen Code und koppeln Sie erneut.

## A share with a passphrase

sharing-share-title = Mit einer Passphrase teilen (ohne Kopplung)
sharing-share-intro = Ihre Partnerperson importiert die Datei in ihr Backstory, wo sie getrennt von den eigenen Einträgen bleibt und nicht geändert werden kann. Die Datei wird mit einer Passphrase verschlüsselt, die Sie wählen.
sharing-share-weaker = Die schwächere Wahl.
sharing-share-weaker-why = Wer die Passphrase erfährt, kann die Datei lesen, und sie beweist nicht, dass Sie sie erstellt haben: Wer die Passphrase kennt, könnte in Ihrem Namen eine „neuere“ Freigabe erstellen. Die Kopplung (oben) hat keines dieser Probleme. Eine bereits weitergegebene Datei lässt sich nicht zurückholen.
sharing-share-left-out-label = Nicht in dieser Freigabe:
sharing-share-left-out = { $list }. Ihre Partnerperson sieht sie als nicht geteilt, nie als „nein“.
sharing-share-nothing-left-out = Nichts Privates fehlt in dieser Freigabe.
sharing-share-always = Immer in der Datei: der abgedeckte Zeitraum, der Name, unter dem Sie auftreten (aus Ihrem Profil), und eine zufällige Kennung dieses Tagebuchs, damit eine neuere Freigabe die ältere ersetzt. Nie darin: Ihr Profil (Erkrankungen, Vorgeschichte, Altersgruppe, Bewegungsprofil) oder Einträge anderer Personen.
sharing-share-pass-again = Passphrase wiederholen
sharing-share-pass-hint = Mindestens 8 Zeichen. Sagen Sie sie Ihrer Partnerperson persönlich oder auf anderem Weg, nie zusammen mit der Datei.
sharing-share-save = Verschlüsselte Freigabe speichern …
sharing-share-pass-short = Wählen Sie eine Passphrase mit mindestens 8 Zeichen.
sharing-share-pass-differ = Die beiden Passphrasen stimmen nicht überein.
sharing-share-saved = „{ $file }“ gespeichert (verschlüsselt): { $counts }. Sagen Sie Ihrer Partnerperson die Passphrase persönlich, nicht mit der Datei.

## Importing a partner's share

sharing-import-title = Freigabe Ihrer Partnerperson importieren
sharing-import-name = Name der Person
sharing-import-hint = Eine neuere Freigabe derselben Person aktualisiert die bisherige; nichts wird doppelt angelegt. Eine Datei, die die Prüfung nicht besteht, wird abgelehnt, und nichts ändert sich.
sharing-import-importing = Wird importiert …
sharing-import-open = Freigabedatei öffnen …
sharing-import-done = { $name } importiert: { $added } neu, { $updated } aktualisiert.
sharing-import-done-removed = { $name } importiert: { $added } neu, { $updated } aktualisiert, { $removed } entfernt (nicht mehr geteilt).
sharing-import-the-share = Die Freigabe

## Partners and the Together view

sharing-partners-title = Partnerpersonen
sharing-partners-none = Noch keine Freigabe einer Partnerperson importiert.
sharing-partners-read-only = nur lesen
sharing-partners-shared = Geteilt am { $date } · { $counts }
sharing-partners-together = Gemeinsam
sharing-partners-their-entries = Einträge der Person
sharing-partners-remove-confirm = Alle Einträge von { $name } entfernen
sharing-together-title = Gemeinsam mit { $name }
sharing-together-window = Gleicher Abend bei Einträgen im Abstand von höchstens
sharing-together-hours = { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
  }
sharing-together-prompts = Etwas zum Besprechen
sharing-together-open-experiments = Experimente öffnen
sharing-together-open-positions = Stellungen öffnen
sharing-together-none = Noch keine Intimität, die Sie beide innerhalb dieses Zeitraums eingetragen haben.
sharing-together-caption = Intimität, die Sie beide eingetragen haben, mit Schmerz vorher und nachher (0–10)
sharing-together-your-pain = Ihr Schmerz vorher → nachher
sharing-together-their-pain = { $name }: vorher → nachher
sharing-together-positions = Stellungen (Ihre / die der anderen Person)
sharing-together-your-note = Ihre Notiz zu diesem Abend
sharing-together-note-placeholder = Was geholfen hat, was mir aufgefallen ist
sharing-together-share-note = mit { $name } teilen
sharing-together-save-note = Notiz speichern
sharing-together-their-note = Notiz von { $name }:
sharing-together-no-note = Keine Notiz von { $name }.
sharing-together-note-shared = Gespeichert. Sie geht mit Ihrer nächsten signierten Freigabe an { $name } (wenn Sie Ihre Notizen einschließen).
sharing-together-note-kept = Gespeichert. Sie bleibt in Ihrem Tagebuch.
sharing-together-your-partner = Ihre Partnerperson
sharing-together-unmatched = Nur von einer Person eingetragen: { $mine } von Ihnen, { $theirs } von { $name }. „Nachher“ ist der höchste Schmerz, der in den 24 Stunden danach eingetragen (oder mit diesem Abend verknüpft) wurde.
sharing-partner-entries-title = Einträge von { $name }
sharing-partner-unknown-signs-all = { $name } hat für die Schmerzeinträge keine Antworten zu Warnzeichen oder Beinbeschwerden geteilt: Hier sind sie unbekannt, nicht „nein“.
sharing-partner-unknown-signs = { $name } hat für { $count ->
    [one] 1 Schmerzeintrag
   *[other] { $count } Schmerzeinträge
  } keine Antworten zu Warnzeichen oder Beinbeschwerden geteilt: Hier sind sie unbekannt, nicht „nein“.
sharing-partner-no-entries = Keine Einträge in dieser Freigabe.
sharing-partner-newest = Die neuesten 100 werden angezeigt.

## The clinician report

sharing-report-title = Für Ihre Ärztin oder Ihren Arzt
sharing-report-intro = Ein PDF, dessen erste Seite sich in einer Minute lesen lässt: der Zeitraum, der PEG, der wöchentliche Schmerzverlauf, Warnhinweise, was ausprobiert wurde, und Ihre Fragen. Danach folgen Details nach Monat, die Übungstreue und die vollständige Liste der Warnhinweise. Sehen Sie sich vor dem Speichern die Vorschau an.
sharing-report-name = Name im Bericht (optional)
sharing-report-name-placeholder = Kein Name
sharing-report-parts = Im Bericht
sharing-report-part-pain = Schmerzeinträge und der wöchentliche PEG (die Verlaufsgrafik, die wichtigsten Zahlen, Details nach Monat)
sharing-report-part-activities = Aktivitäten (was ausprobiert wurde, Übungstreue)
sharing-report-part-check-ins = Tägliche Abfragen (Stress, Schlaf, Morgensteifigkeit)
sharing-report-part-alerts = Verlauf der Warnhinweise (was die App wann gemeldet und Ihnen geraten hat)
sharing-report-part-warning-signs = Bei Einträgen angegebene Warnzeichen (Reithosenanästhesie – Taubheit im Sattelbereich, Veränderung bei Blase oder Darm, Fieber, Beinbeschwerden …)
sharing-report-part-intimacy = Schmerz nach Intimität (Stellungen, Aufwärmen, Hilfsmittel, mit Fallzahlen)
sharing-report-part-notes = Meine Notizen (nach Monat aufgelistet; sie können in jeder Sprache sein)
sharing-report-left-out-label = Nicht in diesem Bericht:
sharing-report-left-out = { $list }.
sharing-report-nothing-left-out = Nichts Privates fehlt in diesem Bericht.
sharing-report-questions = Fragen, die ich stellen möchte (auf Seite 1 in einem Kasten gedruckt; leer lassen für einen leeren Kasten zum Hineinschreiben)
sharing-report-preparing = Vorschau wird erstellt …
sharing-report-preview = Vorschau des Berichts
sharing-report-save = PDF-Bericht speichern …
sharing-report-csv = Einträge als CSV speichern …
sharing-report-csv-notes = Meine Notizen in die CSV aufnehmen
sharing-report-stale = Sie haben die Auswahl geändert: Erstellen Sie die Vorschau erneut, um zu sehen, was gespeichert wird.
sharing-report-saved = Bericht „{ $file }“ gespeichert.
sharing-csv-saved = „{ $file }“ mit { $rows ->
    [one] 1 Zeile
   *[other] { $rows } Zeilen
  } gespeichert.

## The report's first page, previewed

sharing-preview-label = Vorschau der ersten Seite des Berichts
sharing-preview-title = Zusammenfassung der Rückenschmerzen für Ärztin oder Arzt
sharing-preview-period = Zeitraum: { $from } – { $to } ({ $days ->
    [one] 1 Tag
   *[other] { $days } Tage
  })
sharing-preview-generated = Erstellt am { $date } aus Ihrem eigenen Backstory-Tagebuch (Selbstauskunft). Schmerz auf der numerischen Rating-Skala (NRS) von 0 bis 10. Die App zeichnet auf und zählt; sie stellt keine Diagnose.
sharing-preview-mean = Mittlerer Schmerz
sharing-preview-mean-note = aus { $entries ->
    [one] 1 Eintrag
   *[other] { $entries } Einträgen
  }, 0–10
sharing-preview-worst = Stärkster Schmerz
sharing-preview-worst-note = höchste Angabe
sharing-preview-days = Tage mit Eintrag
sharing-preview-days-note = von { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
  }
sharing-preview-peg-latest = PEG, zuletzt (0–10)
sharing-preview-peg-taken = erhoben am { $date }
sharing-preview-peg = PEG (0–10)
sharing-preview-peg-none = keine Abfrage im Zeitraum
sharing-preview-peg-left-out = mit dem Schmerz weggelassen
sharing-preview-alerts = Warnhinweise (Red Flags)
sharing-preview-alerts-raised = im Zeitraum ausgelöst
sharing-preview-left-out = weggelassen
sharing-preview-trend = Schmerzverlauf, Wochenmittel (0–10)
sharing-preview-chart = Wöchentlicher mittlerer Schmerz, 0 bis 10
sharing-preview-chart-peg = Wöchentlicher mittlerer Schmerz und wöchentlicher PEG-Wert, 0 bis 10
sharing-preview-key-pain = Mittel der Schmerzeinträge der Woche
sharing-preview-key-pain-gaps = Mittel der Schmerzeinträge der Woche; die Linie ist unterbrochen bei { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
  } ohne Einträge
sharing-preview-key-peg = wöchentlicher PEG-Wert: Mittel aus Schmerz und seiner Beeinträchtigung von Lebensfreude und allgemeiner Aktivität (Krebs 2009)
sharing-preview-intimacy = Schmerz nach Intimität
sharing-preview-intimacy-summary = { $cases ->
    [one] Einmal
   *[other] { $cases }-mal
  } mit danach eingetragenem Schmerz; mittlerer Schmerz danach { $mean }. Fallzahlen unter 3 sagen wenig aus.
sharing-preview-cases = Fälle
sharing-preview-mean-after = Mittlerer Schmerz danach
sharing-preview-flags = Verlauf der Warnhinweise
sharing-preview-flags-left-out = Sie haben Warnhinweise aus diesem Bericht herausgelassen.
sharing-preview-flags-none = In diesem Zeitraum wurde kein Warnhinweis ausgelöst.
sharing-preview-flag-first = zuerst { $date }
sharing-preview-flag-last = zuletzt { $date }
sharing-preview-flag-seen = gesehen { $date }
sharing-preview-flag-resolved = erledigt { $date }
sharing-preview-told = Die App riet Ihnen: { $told }
sharing-preview-flags-more = und { $count } weitere in der vollständigen Liste der Warnhinweise.
sharing-preview-tried = Was ausprobiert wurde, und Schmerz danach
sharing-preview-activity = Aktivität
sharing-preview-times = Anzahl
sharing-preview-linked = Verknüpfte Einträge
sharing-preview-all-pain = Alle Schmerzeinträge
sharing-preview-unlinked = Ebenfalls eingetragen, ohne danach verknüpften Schmerzeintrag: { $list }.
sharing-preview-unlinked-item = { $activity } ({ $times ->
    [one] einmal
   *[other] { $times }-mal
  })
sharing-preview-few-linked = Weniger als 3 verknüpfte Einträge sagen wenig aus.
sharing-preview-questions = Fragen, die ich stellen möchte
sharing-preview-lines = Leere Zeilen zum Hineinschreiben
sharing-preview-following = Folgende Seiten: { $list }.
sharing-preview-following-months = Details nach Monat ({ $months ->
    [one] 1 Monat
   *[other] { $months } Monate
  })
sharing-preview-following-months-notes = Details nach Monat ({ $months ->
    [one] 1 Monat
   *[other] { $months } Monate
  }, mit Ihren Notizen)
sharing-preview-following-experiment = das Experiment, das Sie gemacht haben ({ $change }: { $status })
sharing-preview-following-numbers = alle Zahlen
sharing-preview-following-adherence = Übungstreue
sharing-preview-following-alerts = die vollständige Liste der Warnhinweise
sharing-preview-following-warning-signs = die Einträge mit Warnzeichen

## The FHIR file

sharing-fhir-title = Für die Unterlagen Ihrer Praxis (FHIR)
sharing-fhir-intro = Eine FHIR-R4-Datei, die viele Praxis- und Kliniksysteme lesen können: Schmerzwerte mit dem LOINC-Code 72514-3, wöchentliche Abfragen als PEG-Skala und was Sie unten wählen. Sie ist nicht verschlüsselt: Übergeben Sie sie direkt.
sharing-fhir-left-out-label = Nicht in dieser Datei:
sharing-fhir-left-out = { $list }.
sharing-fhir-nothing-left-out = Nichts Privates fehlt in dieser Datei.
sharing-fhir-name = Name in der Datei (optional)
sharing-fhir-name-placeholder = Leer lassen, um niemanden zu nennen
sharing-fhir-name-hint = Mit einem Namen enthält die Datei einen Patientendatensatz nur mit diesem Namen (kein Geburtsdatum, keine Adresse). Ohne Namen nennt sie niemanden.
sharing-fhir-save = FHIR-Datei speichern …
sharing-fhir-saved = „{ $file }“ gespeichert: { $pain ->
    [one] 1 Schmerzwert
   *[other] { $pain } Schmerzwerte
  }, { $peg ->
    [one] 1 wöchentliche Abfrage
   *[other] { $peg } wöchentliche Abfragen
  }, { $activities ->
    [one] 1 Aktivität
   *[other] { $activities } Aktivitäten
  }, { $checkIns ->
    [one] 1 Tagesabfrage
   *[other] { $checkIns } Tagesabfragen
  }, { $flags ->
    [one] 1 Warnhinweis
   *[other] { $flags } Warnhinweise
  }.

## Backups

sharing-backups-title = Sicherungen
sharing-backups-kept = Backstory bewahrt in seinem Datenordner eine Sicherung von jedem der letzten 7 Tage auf.
sharing-backups-kept-now = Backstory bewahrt in seinem Datenordner eine Sicherung von jedem der letzten 7 Tage auf (derzeit { $count }, die neueste: { $newest }).
sharing-backups-save = Vollständige Sicherung speichern …
sharing-backups-restore-warning = Beim Wiederherstellen wird Ihr Tagebuch durch die Sicherung ersetzt. Ihr aktuelles Tagebuch wird vorher gesichert.
sharing-backups-choose = Sicherung zum Wiederherstellen wählen …
sharing-backups-restore = Aus einer Sicherung wiederherstellen …
sharing-backups-pass = Passphrase (optional)
sharing-backups-export = Alles für meinen eigenen Gebrauch exportieren …
sharing-backups-plain-warning = Ohne Passphrase ist dieser Export unverschlüsseltes JSON im Klartext.
sharing-backups-plain-hint = Bewahren Sie ihn an einem privaten Ort auf. Er ist für Sie, nicht zum Teilen.
sharing-backups-import-pass = Seine Passphrase, falls vorhanden
sharing-backups-import = Meinen eigenen Export importieren …
sharing-backups-exported-encrypted = „{ $file }“ gespeichert (mit Ihrer Passphrase verschlüsselt): { $entries ->
    [one] 1 Eintrag
   *[other] { $entries } Einträge
  }.
sharing-backups-exported-plain = „{ $file }“ gespeichert (unverschlüsseltes JSON im Klartext: Wer die Datei öffnet, kann sie lesen): { $entries ->
    [one] 1 Eintrag
   *[other] { $entries } Einträge
  }.
sharing-backups-merged = Ihr Export wurde zusammengeführt: { $added } neu, { $updated } aktualisiert, { $unchanged } bereits aktuell.
sharing-backups-saved = Sicherung „{ $file }“ gespeichert und geprüft ({ $pain ->
    [one] 1 Schmerzeintrag
   *[other] { $pain } Schmerzeinträge
  }, { $activities ->
    [one] 1 Aktivität
   *[other] { $activities } Aktivitäten
  }).
sharing-backups-restored = Wiederhergestellt: { $counts }. Ihr Tagebuch, wie es vorher war, liegt als „{ $backup }“ im Sicherungsordner.
