# Die Worte der Kommandozeile für die Kopplung, den Ratgeber, die Verschlüsselung,
# `generate`, die Einzelheiten eines Experiments, die Zusammenfassungen von Export und
# Sicherung und ihre eigenen Aufruffehler (nicht die von clap). Optionen ($flag, $nrs…) und
# Befehle sind Argumente: sie bleiben in jeder Sprache, wie man sie tippt.

## Aufruffehler
cli-tools-whole-number = { $flag } muss eine ganze Zahl sein
cli-tools-number = { $flag } muss eine Zahl sein
cli-tools-minutes = { $flag } muss eine Anzahl Minuten sein
cli-tools-minutes-or-off = Geben Sie eine Anzahl Minuten an oder { $off }
cli-tools-either = { $flag } muss { $a } oder { $b } sein
cli-tools-capped = { $flag } ist auf höchstens { $max } begrenzt
cli-tools-date = { $flag } muss ein Datum wie 2026-11-27 sein
cli-tools-time = { $flag } muss eine Zeit nach RFC 3339 sein, z. B. 2026-11-27T21:30:00+01:00
cli-tools-json = { $flag } muss JSON sein: { $error }
cli-tools-not-json = kein JSON: { $error }
cli-tools-unreadable = { $file } konnte nicht gelesen werden ({ $reason })
cli-tools-required = { $flag } ist erforderlich
cli-tools-unknown = unbekannter Wert für { $flag }: „{ $value }“
cli-tools-unknown-sign = unbekannter Wert für { $flag }: „{ $value }“ (bekannt: { $known })
cli-tools-unknown-command = unbekannter Befehl „{ $command }“
cli-tools-answer = { $flag } erwartet ID=yes oder ID=no
cli-tools-nrs-required = { $nrs } ist erforderlich (0–10), außer eine { $region } hat einen Wert
cli-tools-none-or-nrs = Geben Sie { $none } oder { $nrs } N (0–10) an
cli-tools-no-data-dir = kein { $flag } angegeben und kein Home-Ordner gefunden
cli-tools-partner-id = { $flag } muss eine ID sein, wie `{ $command }` sie zeigt
cli-tools-env-unset = die Umgebungsvariable { $var } ist nicht gesetzt
cli-tools-passphrase-file = die Passphrasen-Datei konnte nicht gelesen werden ({ $reason })
cli-tools-set-passphrase = Setzen Sie { $var } auf die Passphrase (sie wird nie von der Kommandozeile gelesen)
cli-tools-set-new-passphrase = Setzen Sie { $var } auf die neue Passphrase (sie wird nie von der Kommandozeile gelesen)
cli-tools-import-what = Sagen Sie, was die Datei ist: { $partner } NAME (die Freigabe einer Partnerperson) oder { $backup } (Ihre eigene Sicherung)
cli-tools-generate-not-empty = dieses Tagebuch enthält schon Einträge; erzeugen Sie in einen leeren Datenordner
cli-tools-no-pairing = keine Kopplung heißt „{ $name }“: siehe `{ $command }`
cli-tools-pairing-ambiguous = mehr als eine Kopplung heißt „{ $name }“: Geben Sie ihre ID an (siehe `{ $command }`)
cli-tools-made-private = der Datenordner ist jetzt privat ({ $count ->
        [one] 1 Datei oder Ordner war
       *[other] { $count } Dateien oder Ordner waren
    } für andere Konten lesbar)

## Kopplung
cli-tools-pairing-line = { $id }  { $name }  Sicherheitsnummer: { $phrase }
cli-tools-pairing-last-share = letzte Freigabe: Nr. { $sequence }
cli-tools-pairing-expires = ihre Daten laufen ab am { $date }
cli-tools-pairing-expired = (ihre Freigabe ist abgelaufen; ihre Daten wurden am { $date } entfernt)
cli-tools-pairing-again = MUSS NEU GEKOPPELT WERDEN (Ihre Schlüssel haben sich geändert)
cli-tools-pair-code = Ihr Kopplungscode (geben Sie ihn Ihrer Partnerperson; er enthält kein Geheimnis):
cli-tools-pair-key-id = Schlüssel-ID { $id }
cli-tools-paired = Gekoppelt mit { $name }.
cli-tools-safety-phrase = Sicherheitsnummer: { $phrase }  (vergleichen Sie sie mit der auf dem Bildschirm von { $name }; weicht sie ab, entfernen Sie diese Kopplung)
cli-tools-not-paired = Mit niemandem gekoppelt.
cli-tools-renamed = Umbenannt in { $name }.
cli-tools-pairing-removed = Die Kopplung und { $count ->
        [one] 1 ihrer Einträge wurden
       *[other] { $count } ihrer Einträge wurden
    } entfernt.
cli-tools-rekeyed = Neue Schlüssel. Jede Partnerperson muss mit diesem Code neu koppeln:
cli-tools-note-shared = Gespeichert; die Notiz geht mit Ihrer nächsten Freigabe an Ihre Partnerperson (mit { $flag }).
cli-tools-note-private = Gespeichert; die Notiz bleibt in Ihrem Tagebuch.
cli-tools-signed-share-written = Signierte Freigabe für { $name } nach { $file } geschrieben: { $pain } Schmerz, { $activities } Aktivitäten, { $checkIns } Check-ins. Eine weitergegebene Datei lässt sich nicht zurückholen.
cli-tools-signed-share-imported = Freigabe Nr. { $sequence } von { $name } importiert (Signatur geprüft): { $added } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $removed } entfernt, { $notes } Notizen zu Abenden
cli-tools-signed-share-imported-expires = Freigabe Nr. { $sequence } von { $name } importiert (Signatur geprüft): { $added } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $removed } entfernt, { $notes } Notizen zu Abenden; wird am { $expires } entfernt, wie { $name } es gewählt hat

## Heute, Erinnerungen, die Sperre bei Inaktivität
cli-tools-paused = pausiert: { $reason }
cli-tools-get-help-first = zuerst Hilfe holen: { $action }
cli-tools-core-programme = Rumpfprogramm: Stufe { $level } ({ $routine }): { $reason }
cli-tools-snoozed = zurückgestellt bis { $until }
cli-tools-idle-lock = Sperre bei Inaktivität: { $minutes }

## generate
cli-tools-generated = { $entries } Einträge erzeugt ({ $pain } Schmerz, { $activities } Aktivitäten, { $checkIns } Check-ins) von { $from } bis { $to } in { $seconds } s

## Einzelheiten eines Experiments
cli-tools-experiment-title = { $title } (Seed { $seed })
cli-tools-experiment-block = Block { $block }: { $from } bis { $to } { $arm ->
        [with] mit
       *[without] ohne
    }
cli-tools-experiment-today = Heute: { $text }
cli-tools-experiment-no-arm = Heute: keine Phase ({ $state ->
        [running] läuft
        [paused] pausiert
        [finished] beendet
       *[abandoned] abgebrochen
    }).
cli-tools-experiment-difference = Unterschied { $difference } (95-%-Intervall über die Blöcke { $lo } bis { $hi })
cli-tools-experiment-p = Randomisierungstest p = { $p }
cli-tools-experiment-adherence = die Phase an { $percent } % der beantworteten Tage eingehalten

## Export, Import, Sicherungen
cli-tools-fhir-written = FHIR-R4-Bundle nach { $file } geschrieben: { $pain } Schmerz, { $peg } PEG, { $activities } Aktivitäten, { $checkIns } Check-ins, { $flags } Warnzeichen{ $patient ->
        [yes] , mit einem Patient-Eintrag
       *[no] {""}
    }
cli-tools-export-written = { $kind ->
        [partner] Freigabe für die Partnerperson
       *[backup] Eigene Sicherung
    } ({ $encrypted ->
        [yes] verschlüsselt
       *[no] UNVERSCHLÜSSELTES JSON für den eigenen Gebrauch
    }) nach { $file } geschrieben: { $pain } Schmerz, { $activities } Aktivitäten, { $checkIns } Check-ins, { $alerts } Warnzeichen-Hinweise
cli-tools-partner-line = { $id }  { $name }  exportiert am { $date }  { $pain } Schmerz, { $activities } Aktivitäten, { $checkIns } Check-ins
cli-tools-partner-removed = Die Partnerperson und { $count ->
        [one] 1 Eintrag wurden
       *[other] { $count } Einträge wurden
    } entfernt.
cli-tools-together = Gemeinsam mit { $name } (innerhalb von { $minutes } Minuten):
cli-tools-together-line = { $at }  Sie: Schmerz { $before } -> { $after }   { $name }: Schmerz { $theirBefore } -> { $theirAfter }
cli-tools-together-unmatched = Nur von einem von Ihnen eingetragen: { $mine } (Sie), { $theirs } ({ $name })
cli-tools-auto-backup-written = Heutige Sicherung nach { $file } geschrieben
cli-tools-auto-backup-exists = Die heutige Sicherung gibt es schon.
cli-tools-backed-up = Gesichert nach { $file } ({ $pain } Schmerz, { $activities } Aktivitäten, { $checkIns } Check-ins; geprüft)
cli-tools-restored = Wiederhergestellt ({ $pain } Schmerz, { $activities } Aktivitäten, { $checkIns } Check-ins). Das Tagebuch, wie es war, ist gesichert unter { $file }
