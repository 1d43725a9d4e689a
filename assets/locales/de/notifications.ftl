# Die Benachrichtigungen des Desktops. Sie können auf dem Sperrbildschirm erscheinen: nie
# Inhalte aus dem Tagebuch, nie ein Wort über Intimität (src-tauri/core/src/reminders/tests.rs
# prüft jede Sprache).

notification-check-in-title = Zeit für Ihren Check-in
notification-check-in-body = Stress, Schlaf und Morgensteifigkeit: ein paar Sekunden in Backstory.
notification-programme-title = Ihr Rückenprogramm
notification-programme-body = Ein paar Minuten Dehnen und Rumpftraining. Öffnen Sie Backstory, um eine angeleitete Übungsfolge zu starten.
notification-morning-after-title = Wie geht es Ihrem Rücken heute Morgen?
notification-morning-after-body = Ein Klick in Backstory: kein Schmerz oder ein Wert. Ein guter Morgen zählt so viel wie ein schlechter.
notification-weekly-check-title = Ihr wöchentlicher Check
notification-weekly-check-body = Drei kurze Fragen zur vergangenen Woche, in Backstory.
# Die Erinnerung des Experiments nennt weder das Experiment noch die erprobte Änderung.
notification-experiment-day-title = Backstory
notification-experiment-day-body = Der Plan für heute ist bereit.
# Eine Erinnerung, die nach dem Zurückstellen wiederkommt; $body ist einer der Texte oben.
notification-snoozed = Zurückgestellte Erinnerung. { $body }
# Eine verspätet gezeigte Erinnerung (der Computer war zur Zeit aus oder im Ruhezustand).
notification-late = Verpasste Erinnerung von vorhin. { $body }
# Die Schaltflächen der Benachrichtigung.
notification-action-open = Öffnen
notification-action-snooze = Später erinnern
