# The quick-log window (tray menu "Log pain", the quick-log shortcut). The score, region and
# warning-sign words are shared with the pain form (shared.ftl).

quicklog-region = Wo tut es am meisten weh?
quicklog-region-none = Nicht sicher / überspringen
quicklog-after-none = In den 48 Stunden vor jetzt ist keine Aktivität eingetragen.
quicklog-save = Speichern und schließen
quicklog-close = Schließen
quicklog-keys = Tasten: 0–9 oder die Pfeiltasten wählen den Wert, Eingabe speichert, Esc schließt.
quicklog-urgent-saved = Gespeichert. Sie haben ein Warnzeichen angekreuzt: Das Hauptfenster öffnet sich mit dem, was jetzt zu tun ist.
