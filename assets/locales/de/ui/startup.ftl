# Start-up: the screen of a journal that cannot be opened, its restore offer, and the
# banners about the data folder. The reasons themselves come from the Rust side.

startup-error-title = Ihr Tagebuch konnte nicht geöffnet werden
startup-error-unknown = Ein unbekanntes Problem hat Backstory daran gehindert, Ihr Tagebuch zu öffnen.
startup-journal-file = Tagebuchdatei
startup-untouched = Backstory hat diese Datei nicht verändert, überschrieben oder gelöscht.
startup-what-you-can-do = Was Sie tun können:
startup-advice-too_new = Installieren Sie die neueste Version von Backstory und öffnen Sie es dann erneut.
startup-advice-corrupt = Kopieren Sie die Datei an einen sicheren Ort, bevor Sie etwas anderes versuchen. Sie können eine Sicherung aus dem Sicherungsordner daneben wiederherstellen.
startup-advice-locked = Schließen Sie andere Backstory-Fenster oder Programme, die das Tagebuch verwenden, und starten Sie Backstory dann erneut.
startup-advice-not_a_database = Die Datei ist kein Backstory-Tagebuch oder sie ist verschlüsselt. Verschieben Sie sie, um ein neues Tagebuch zu beginnen.
startup-advice-read_only = Prüfen Sie, ob Sie im Datenordner schreiben dürfen.
startup-restore-title = Eine Sicherung wiederherstellen
startup-restore-none = Im Sicherungsordner neben dem Tagebuch wurden keine Sicherungen gefunden.
startup-restore-intro = Backstory legt jeden Tag eine Sicherung an. Wählen Sie eine, die an die Stelle der beschädigten Datei tritt; die beschädigte Datei bleibt unter neuem Namen daneben erhalten, falls sich noch etwas daraus retten lässt.
startup-restore-list = Sicherungen, die neueste zuerst
startup-restoring = Wird wiederhergestellt …
startup-restore = Diese Sicherung wiederherstellen
startup-folder-unsafe = Der Ordner Ihres Tagebuchs ist möglicherweise nicht sicher.
startup-folder-hide = Bis zum nächsten Start ausblenden
startup-folder-private = Der Ordner Ihres Tagebuchs ist wieder privat.
startup-ok = OK
