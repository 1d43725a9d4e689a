# Was ein Warnzeichen-Hinweis gemessen hat, in der Sprache, die beim Lesen gilt
# (src-tauri/core/src/rules/detail.rs hält die Nachrichten-IDs und ihre Argumente). Nur
# Zahlen, Daten und Zeichen, nie die eigenen Notizen der Person.

## Ein Zeichen, das bei Schmerzeinträgen angekreuzt wurde ($what), einmal oder mehrmals.

alerts-detail-sign-saddle_numbness = Taubheit oder Kribbeln im Reithosenbereich
alerts-detail-sign-bladder_bowel_change = Eine Veränderung an Blase oder Darm (Harnverhalt, ungewollter Urinverlust oder eine neue Veränderung beim Stuhlgang)
alerts-detail-sign-sexual_function_change = Eine Veränderung des sexuellen Empfindens oder der sexuellen Funktion
alerts-detail-sign-both_legs = Beschwerden in beiden Beinen
alerts-detail-sign-leg_weakness_worsening = Zunehmende Beinschwäche oder Schwierigkeiten beim Gehen
alerts-detail-sign-fever = Fieber oder Schüttelfrost
alerts-detail-sign-night_pain = Nächtliche Schmerzen, die in Ruhe nicht nachlassen
alerts-detail-sign-back_lump = Eine Beule, Schwellung oder Formveränderung
alerts-detail-sign-pain = Schmerzen
alerts-detail-interference = Beeinträchtigung
alerts-detail-logged = { $count ->
    [one] { $what }: eingetragen am { $when }.
   *[other] { $what }: eingetragen in { $count } Einträgen der letzten { $days } Tage, zuletzt am { $when }.
  }
# $from ist left oder right: das Bein, in dem die Beschwerden zuerst auftraten.
alerts-detail-spread = { $from ->
    [left] Beschwerden im linken Bein am { $first }, dann im rechten Bein am { $later }: Sie haben sich von einem Bein auf das andere ausgebreitet.
   *[right] Beschwerden im rechten Bein am { $first }, dann im linken Bein am { $later }: Sie haben sich von einem Bein auf das andere ausgebreitet.
  }

## Die Vorgeschichte im Profil ($what: einer oder mehrere der Punkte unten, im Akkusativ).

alerts-detail-profile-records = Ihr Profil nennt { $what }.
alerts-detail-history-immunosuppressed = ein geschwächtes Immunsystem
alerts-detail-history-iv_drug_use = das Spritzen von Drogen
alerts-detail-history-recent_infection = eine kürzliche Infektion
alerts-detail-history-cancer = eine frühere Krebserkrankung
alerts-detail-history-weight_loss = einen unerklärten Gewichtsverlust
alerts-detail-history-major_trauma = eine schwere Verletzung (Sturz aus der Höhe, Verkehrsunfall oder heftiger Schlag)
alerts-detail-history-minor_trauma = einen leichten Sturz oder eine Zerrung
# Ein Punkt der Vorgeschichte und die Antwort dazu: „eine kürzliche Infektion (am 3. März 2025)“.
alerts-detail-dated = { $what } ({ $answer })
alerts-detail-answer-on = am { $date }
alerts-detail-answer-ongoing = fortbestehend
alerts-detail-answer-unknown-date = ja, ohne Datum
alerts-detail-answer-no = nein
alerts-detail-with-reasons = { $what }, zusammen mit { $reasons }
alerts-detail-reason-over_50 = einem Alter von 50 oder mehr
alerts-detail-reason-osteoporosis = Osteoporose oder einem Wirbelkörpereinbruch
alerts-detail-reason-steroids = langfristiger Einnahme von Kortisontabletten
alerts-detail-and = { $first } und { $second }
# $band ist under_20 oder over_50.
alerts-detail-age-onset-profile = Laut Ihrem Profil sind Sie { $band ->
    [under_20] unter 20
   *[over_50] 50 oder älter
  }, und diese Episode begann am { $date } (vor { $weeks ->
    [0] weniger als einer Woche
    [one] 1 Woche
   *[other] { $weeks } Wochen
  }).
alerts-detail-age-onset-journal = Laut Ihrem Profil sind Sie { $band ->
    [under_20] unter 20
   *[over_50] 50 oder älter
  }, und Ihr Tagebuch zeigt Schmerzen ab dem { $date } nach mindestens { $free } Tagen ohne eingetragene Schmerzen (vor { $weeks ->
    [0] weniger als einer Woche
    [one] 1 Woche
   *[other] { $weeks } Wochen
  }).

## Stärke und Verlauf der Schmerzen.

# $what ist Schmerzen oder Beeinträchtigung.
alerts-detail-level = { $what } von { $threshold }/10 oder mehr: { $count ->
    [one] einmal
   *[other] { $count }-mal
  } eingetragen in den letzten { $days } Tagen (höchster Wert { $highest }/10, zuletzt am { $when }).
alerts-detail-persisting = Schmerzen an { $days } Tagen in Folge, vom { $start } bis zum { $end } (am ersten Tag höchstens { $first }/10, am letzten { $last }/10), über Ihrem üblichen Niveau ({ $usual }/10 an den { $logged } Tagen, die Sie in den 4 Wochen davor eingetragen haben).
alerts-detail-not-improving = Durchschnitt des stärksten Schmerzes je Tag: { $before }/10 in der Woche davor, { $now }/10 in den letzten 7 Tagen.
alerts-detail-worsening = Der Durchschnitt des stärksten Schmerzes je Tag ist von { $before }/10 (Tage 8 bis 28 davor) auf { $now }/10 (letzte 7 Tage) gestiegen, um { $rise } Punkte.
# $kinds zählt Taubheit, Kribbeln, Schwäche auf.
alerts-detail-one-leg = { $kinds } in einem Bein: { $count ->
    [one] einmal
   *[other] { $count }-mal
  } eingetragen in den letzten { $days } Tagen, zuletzt am { $when }.
alerts-detail-leg-numbness = Taubheit
alerts-detail-leg-tingling = Kribbeln
alerts-detail-leg-weakness = Schwäche
alerts-detail-with-movement = { $count ->
    [one] Einmal
   *[other] { $count }-mal
  } eingetragen in den letzten { $days } Tagen, zuletzt während oder direkt nach { $activity } am { $when }.

## Warum ein Hinweis erledigt ist (sein Verlauf).

alerts-detail-resolved-evidence-changed = Ein Eintrag, auf dem dieser Hinweis beruhte, wurde geändert oder gelöscht, und die Regel trifft nicht mehr zu.
alerts-detail-resolved-no-longer-met = Das Tagebuch erfüllt diese Regel nicht mehr (Zeit ist vergangen, oder neuere Einträge haben das Bild verändert).

## Die Einträge neben einem Hinweis: Zahlen und angekreuzte Zeichen, mit „ · “ verbunden.

alerts-detail-entry-deleted = Dieser Eintrag wurde inzwischen gelöscht.
alerts-detail-entry-check-in = Check-in vom { $date }
alerts-detail-entry-minutes = { $activity } ({ $minutes } Min.)
alerts-detail-entry-pain = Schmerz { $nrs }/10
alerts-detail-entry-saddle_numbness = Taubheit im Reithosenbereich
alerts-detail-entry-bladder_bowel_change = Veränderung an Blase oder Darm
alerts-detail-entry-sexual_function_change = Veränderung des sexuellen Empfindens oder der sexuellen Funktion
alerts-detail-entry-leg_weakness_worsening = zunehmende Beinschwäche
alerts-detail-entry-fever = Fieber oder Schüttelfrost
alerts-detail-entry-night_pain = nächtliche Schmerzen
alerts-detail-entry-back_lump = Beule oder Formveränderung
# $kinds zählt Taubheit, Kribbeln, Schwäche auf; $side ist both oder one.
alerts-detail-entry-leg = Bein: { $kinds } ({ $side ->
    [both] beide Beine
   *[one] ein Bein
  })
alerts-detail-entry-below-knee = Schmerzen unterhalb des Knies
alerts-detail-entry-interference = Beeinträchtigung { $value }/10
