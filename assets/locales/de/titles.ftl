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
