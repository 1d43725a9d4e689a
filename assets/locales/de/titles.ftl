# Titel, die die Rust-Seite Dingen gibt, die ein Mensch liest: die Änderung eines
# Experiments, die Dateidialoge und die Gründe des Ratgebers, eine Bewegung zu meiden.

## Die Änderung eines Experiments, benannt, wenn sie gezeigt wird ($kind: ihr Schlüssel)
titles-change = { $kind ->
        [warm_up] Aufwärmen vor der Intimität
        [hip_pillow] Ein Kissen unter der Hüfte
        [hip_hinge] Der Hinweis „aus der Hüfte beugen“
        [morning_stretch] Eine Dehnroutine am Morgen danach
       *[core_days] Tage mit dem Rumpfprogramm
    }
titles-change-position = Die Stellung „{ $name }“
# Das Experiment einer Partnerperson, dessen Worte nicht geteilt wurden.
titles-change-position-unshared = Eine Stellung aus dem Stellungsratgeber
titles-change-custom-unshared = Eine Änderung in eigenen Worten (nicht geteilt)

## Die Dateidialoge: ihre Titel und die Dateitypen, die sie anbieten
titles-dialog-partner-share-save = Verschlüsselte Freigabe für die Partnerperson speichern
titles-dialog-backup-encrypted-save = Verschlüsselte Sicherung speichern
titles-dialog-export-plain-save = Unverschlüsselten Export speichern
titles-dialog-csv-save = Einträge als CSV speichern
titles-dialog-fhir-save = FHIR-Bundle speichern
titles-dialog-partner-share-open = Freigabe Ihrer Partnerperson öffnen
titles-dialog-export-open = Ihren eigenen Backstory-Export öffnen
titles-dialog-report-save = Arztbericht speichern
titles-dialog-backup-save = Vollständige Sicherung speichern
titles-dialog-backup-restore = Backstory-Sicherung wiederherstellen
titles-dialog-signed-share-save = Freigabe für Ihre Partnerperson speichern
titles-dialog-signed-share-open = Signierte Freigabe Ihrer Partnerperson öffnen
titles-filter-partner-share = Backstory-Freigabe
titles-filter-export-encrypted = Verschlüsselter Backstory-Export
titles-filter-export-json = Backstory-Export (JSON)
titles-filter-csv = CSV
titles-filter-fhir = FHIR-R4-Bundle (JSON)
titles-filter-export = Backstory-Export
titles-filter-pdf = PDF
titles-filter-backup = Backstory-Sicherung
titles-filter-signed-share = Signierte Backstory-Freigabe
titles-filter-all = Alle Dateien

## Der Ratgeber: warum eine Bewegung gemieden wird ($movement: flexion, extension oder rotation)
# Nach „bei“ (Dativ), einer der Gründe.
titles-avoided-profile = { $movement ->
        [flexion] Ihrem Bewegungsprofil (Vorbeugen verstärkt die Schmerzen)
       *[extension] Ihrem Bewegungsprofil (ein Hohlkreuz verstärkt die Schmerzen)
    }
# $because: die Gründe, als Liste (im Dativ).
titles-avoided-movement = { $movement ->
        [flexion] Vorbeugen
        [extension] Ein Hohlkreuz
       *[rotation] Verdrehen
    } wird bei { $because } vermieden

## Das Ergebnis eines Experiments und die heutige Phase, gebildet, wenn sie gezeigt werden
titles-experiment-abandoned = Nach { $days ->
        [one] 1 Tag
       *[other] { $days } Tagen
    } abgebrochen.
titles-experiment-paused = Pausiert, solange ein Warnzeichen-Hinweis offen ist; pausierte Tage zählen nicht.
titles-experiment-no-verdict = { $title }: noch kein Ergebnis ({ $done } von { $planned } Blöcken abgeschlossen, mindestens { $minBlocks } nötig; { $knownWith } zu { $knownWithout } Tage bekannt, { $unknownWith } zu { $unknownWithout } unbekannt; mindestens { $minDays } bekannte Tage in jeder Phase).
# $head und $why: experiment-head-… und die Gründe (experiments.ftl).
titles-experiment-averages = { $title }: Schmerz im Schnitt { $with } mit und { $without } ohne ({ $knownWith } zu { $knownWithout } Tage bekannt, { $unknownWith } zu { $unknownWithout } unbekannt) – { $verdict ->
        [lower] weniger Schmerz damit, um einen Unterschied, der zählt
        [higher] mehr Schmerz damit, um einen Unterschied, der zählt
       *[unsettled] { $head }: { $why }
    }.
titles-experiment-chance = Der Zufall allein ergäbe einen so großen Unterschied in { $percent } % der möglichen Zeitpläne.
titles-experiment-today = Experimenttag { $day } von { $total }: ein Tag { $arm ->
        [with] MIT
       *[without] OHNE
    } die Änderung.
