# Die Seite „Experimente“: ein N-of-1-Experiment, eine Änderung im Wechsel in zufällig
# geordneten Zeiträumen mit und ohne sie erprobt (das Multi-Crossover-Design von StudyMe;
# die N-of-1-Studie PREEMPT).

experiments-intro = Probieren Sie eine Änderung im Wechsel aus: einige Wochen mit ihr, einige ohne, in einer zufällig gezogenen Reihenfolge, damit sich gute und schlechte Wochen ausgleichen. Backstory vergleicht dann, wie es Ihrem Rücken jeweils ging. Das ist Ihr eigener Test, keine Diagnose.
experiments-start-title = Ein Experiment starten
experiments-change-label = Die Änderung, die Sie ausprobieren
experiments-change-warm_up = Aufwärmen vor der Intimität
experiments-change-hip_pillow = Ein Kissen unter der Hüfte
experiments-change-position = Eine Stellung aus dem Stellungsratgeber
experiments-change-hip_hinge = Der Hinweis „aus der Hüfte beugen“
experiments-change-morning_stretch = Eine Dehnroutine am Morgen danach
experiments-change-core_days = Tage mit dem Rumpfprogramm
experiments-change-custom = Etwas anderes (selbst beschreiben)
experiments-text-position = Welche Stellung
experiments-text-custom = Beschreiben Sie die Änderung
experiments-outcome-label = Was verglichen wird
experiments-outcome-next_morning = Schmerz am nächsten Morgen
experiments-outcome-pain_after = Schmerz nach der Aktivität
experiments-period-label = Tage pro Zeitraum
experiments-blocks-label = Blöcke (jeder ist ein Zeitraum mit und einer ohne)
experiments-rules = Vorab festgelegte Regeln: kein Ergebnis, bevor 2 Blöcke abgeschlossen sind; „hilft“ oder „schadet“ nur, wenn der Unterschied die bedeutsame Veränderung erreicht (2 Punkte oder 30 %), sein 95-%-Intervall die Null nicht einschließt und der Randomisierungstest p von 0,05 oder weniger ergibt; sonst sagt das Ergebnis „nicht entschieden“ oder „kein klarer Unterschied“ und warum. Tage, an denen ein dringender oder Notfall-Warnhinweis offen ist, werden pausiert und nicht gezählt; ein Tag ohne Bewertung bleibt unbekannt, nie 0.
experiments-start = Heute starten
experiments-today-title = Der Plan für heute: { $title }
experiments-followed-question = Haben Sie sich heute an den Plan gehalten?
experiments-yes = Ja
experiments-no = Nein
experiments-followed-yes = Vermerkt: eingehalten.
experiments-followed-no = Vermerkt: nicht eingehalten.
experiments-paused = Pausiert: Ein dringender oder Notfall-Warnhinweis ist offen. Pausierte Tage werden nicht gezählt.
experiments-abandon = Dieses Experiment abbrechen
experiments-abandon-confirm = Abbrechen? Das Ergebnis wird sagen, dass es abgebrochen wurde, mit dem, was bis dahin eingetragen ist.
experiments-abandon-yes = Ja, abbrechen
experiments-result-title = Ergebnis bisher: { $title }
experiments-result-final-title = Ergebnis: { $title }
experiments-with = Mit der Änderung
experiments-without = Ohne
experiments-arm = Phase
experiments-mean = Durchschnitt
experiments-known = Bewertete Tage
experiments-unknown = Nicht bewertet
experiments-followed = Eingehalten
experiments-followed-count = { $followed } / { $answered }
experiments-difference = Unterschied (mit − ohne): { $d } Punkte
experiments-interval = 95-%-Intervall über die Blöcke: { $lo } bis { $hi }
experiments-p-value = Randomisierungstest: p = { $p } (Anteil der { $orders } möglichen Abfolgen, die einen mindestens so großen Unterschied ergeben)
experiments-adherence = Sie haben sich an { $pct } % der Tage, für die Sie geantwortet haben, an den Plan gehalten.
experiments-schedule-title = Ablaufplan und Einträge
experiments-day = Datum
experiments-outcome = Ergebnis
experiments-not-rated = unbekannt
experiments-not-said = —
experiments-paused-day = pausiert
experiments-seed = Ablaufplan gezogen aus dem Startwert { $seed }; { $blocks } Blöcke mit Zeiträumen von je { $days } Tagen.
experiments-none = Noch kein Experiment.

experiments-few-blocks = Mit { $blocks } Blöcken kann der Randomisierungstest nie 0,05 erreichen: Dieses Experiment kann einen Unterschied zeigen, ihn aber nicht entscheiden. Wählen Sie dafür mindestens { $needed } Blöcke.

## Die Ansicht „Gemeinsam“ (Teilen): die Experimente beider Partner zur selben Änderung nebeneinander.

experiments-together-title = Experimente, die Sie beide gemacht haben
experiments-together-you = Sie
experiments-together-with-row = Schmerz mit der Änderung
experiments-together-without-row = Schmerz ohne
experiments-together-verdict-row = Ergebnis
experiments-together-arm = { $mean } ({ $n ->
    [one] 1 Tag bewertet
   *[other] { $n } Tage bewertet
  }, { $unknown } nicht bewertet)
experiments-together-no-ratings = keine bewerteten Tage
experiments-together-hint = Für Sie beide gilt dieselbe Regel: ein Unterschied von 2 Punkten oder 30 %, ein Intervall, das ganz auf einer Seite der Null bleibt, und p von 0,05 oder weniger. Das Ergebnis jeder Person ist so, wie ihr eigenes Tagebuch es beim Teilen berechnet hat.
experiments-verdict-lower_with = Weniger Schmerz damit
experiments-verdict-higher_with = Mehr Schmerz damit
experiments-verdict-no_clear_difference = Kein klarer Unterschied
experiments-verdict-not_settled = Noch nicht entschieden
experiments-verdict-too_many_unknown = Nicht entschieden: Die unbewerteten Tage könnten es ändern
experiments-verdict-too_few_cases = Noch kein Ergebnis
