# Warnzeichen-Regeln: Name des Zeichens, was es bedeutet, was jetzt zu tun ist, die Schwelle in
# Worten und warum diese Schwelle (src-tauri/core/src/rules/catalogue.rs; Ids sind
# red-flag-<Regel-Id>-<Teil>). Die Quellen bleiben im Code und unübersetzt. Übersetzt nach
# Bedeutung: keine Diagnose; Notrufnummern wie im Englischen nach Land genannt, dazu der
# ärztliche Bereitschaftsdienst 116 117 für Deutschland, wo das Englische 111 (UK) nennt.

## saddle_numbness
red-flag-saddle_numbness-title = Taubheit oder Kribbeln im Reithosenbereich
red-flag-saddle_numbness-meaning = Taubheit oder Kribbeln im Bereich der Genitalien, des Gesäßes, der Innenseiten der Oberschenkel oder des Afters zusammen mit Rückenschmerzen kann bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeengt werden (Fachbegriff: Reithosenanästhesie). Das muss innerhalb von Stunden im Krankenhaus abgeklärt werden, weil eine Behandlung früh am besten wirkt.
red-flag-saddle_numbness-what-to-do = Rufen Sie jetzt Ihre örtliche Notrufnummer an (112 in der EU, 999 im Vereinigten Königreich, 911 in den USA) oder suchen Sie sofort eine Notaufnahme auf. Sagen Sie dort, dass Sie Rückenschmerzen mit Taubheit im Reithosenbereich haben. Warten Sie nicht ab, ob es vorbeigeht.
red-flag-saddle_numbness-threshold = Ein Schmerzeintrag in den letzten 14 Tagen, bei dem „Taubheit oder Kribbeln im Reithosenbereich“ angekreuzt ist.
red-flag-saddle_numbness-reason = Eine Angabe genügt: Die Leitlinien werten dieses Zeichen schon allein als Notfall, und auf eine Wiederholung zu warten, würde Stunden kosten, die zählen.

## bladder_bowel_change
red-flag-bladder_bowel_change-title = Veränderung an Blase oder Darm: kein Wasserlassen möglich, Urinverlust, neue Verstopfung oder Verlust der Darmkontrolle
red-flag-bladder_bowel_change-meaning = Zusammen mit Rückenschmerzen kann jedes dieser Zeichen bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeengt werden: kein Wasserlassen möglich oder kein Harndrang spürbar (Urin bleibt in der Blase); Schwierigkeiten, das Wasserlassen zu beginnen, oder ein schwacher Strahl; Urinverlust oder Verlust der Blasenkontrolle; neue Verstopfung, Verlust der Darmkontrolle oder kein Stuhldrang mehr spürbar. Das muss innerhalb von Stunden im Krankenhaus abgeklärt werden.
red-flag-bladder_bowel_change-what-to-do = Rufen Sie jetzt Ihre örtliche Notrufnummer an (112 in der EU, 999 im Vereinigten Königreich, 911 in den USA) oder suchen Sie sofort eine Notaufnahme auf. Sagen Sie dort, dass Sie Rückenschmerzen mit einer neuen Veränderung an Blase oder Darm haben. Warten Sie nicht ab, ob es vorbeigeht.
red-flag-bladder_bowel_change-threshold = Ein Schmerzeintrag in den letzten 14 Tagen, bei dem die Frage zu Blase oder Darm angekreuzt ist (kein Wasserlassen möglich oder kein Harndrang, Schwierigkeiten beim Beginnen oder schwacher Strahl, Urinverlust, neue Verstopfung oder Verlust der Darmkontrolle).
red-flag-bladder_bowel_change-reason = Eine Angabe genügt: Die Leitlinien werten dieses Zeichen schon allein als Notfall, und auf eine Wiederholung zu warten, würde Stunden kosten, die zählen. Die Frage nennt jede Form, die die Quellen aufführen (Harnverhalt, Inkontinenz, neue Veränderung beim Stuhlgang), in einfachen Worten, weil kaum jemand das eigene Symptom „eine Blasenveränderung“ nennt.

## sexual_function_change
red-flag-sexual_function_change-title = Eine neue Veränderung des sexuellen Empfindens oder der sexuellen Funktion
red-flag-sexual_function_change-meaning = Neuer Gefühlsverlust an den Genitalien, ein verändertes oder fehlendes Empfinden beim Sex oder neue Erektions- oder Ejakulationsprobleme zusammen mit Rückenschmerzen können von denselben Nerven ausgehen, die Blase und Darm steuern. Aus demselben Grund wird das dringend im Krankenhaus abgeklärt.
red-flag-sexual_function_change-what-to-do = Rufen Sie jetzt Ihre örtliche Notrufnummer an (112 in der EU, 999 im Vereinigten Königreich, 911 in den USA) oder suchen Sie sofort eine Notaufnahme auf. Es kann unangenehm sein, das anzusprechen; das Personal hört so etwas jeden Tag, und gerade diese Angabe hilft ihm am meisten.
red-flag-sexual_function_change-threshold = Ein Schmerzeintrag in den letzten 14 Tagen, bei dem „neue Veränderung des sexuellen Empfindens oder der sexuellen Funktion“ angekreuzt ist.
red-flag-sexual_function_change-reason = Eine Angabe genügt. Wer hier Intimität einträgt, bemerkt diese Veränderung oft als Erstes; deshalb gewichtet die App sie genauso wie die Zeichen an Blase und im Reithosenbereich, wie es auch die Leitlinien tun.

## both_legs
red-flag-both_legs-title = Beschwerden in beiden Beinen
red-flag-both_legs-meaning = Schmerzen, Taubheit, Kribbeln oder Schwäche in beiden Beinen gleichzeitig, oder Beinschmerzen, die sich von einem Bein auf beide ausgebreitet haben, können bedeuten, dass Nerven auf beiden Seiten gedrückt werden. Das muss noch am selben Tag im Krankenhaus abgeklärt werden.
red-flag-both_legs-what-to-do = Rufen Sie jetzt Ihre örtliche Notrufnummer an (112 in der EU, 999 im Vereinigten Königreich, 911 in den USA) oder suchen Sie sofort eine Notaufnahme auf. Sagen Sie dort, dass die Beschwerden in beiden Beinen sind. Fahren Sie nicht selbst.
red-flag-both_legs-threshold = Ein Schmerzeintrag in den letzten 14 Tagen mit: „Schmerzen, Taubheit, Kribbeln oder Schwäche in beiden Beinen“ angekreuzt; oder Taubheit, Kribbeln oder Schwäche im Bein mit „beide Beine“ markiert; oder Schmerzen in beiden Beinen markiert (unterhalb des Knies, oder im Oberschenkel oder Knie, wenn der Schmerz dort oder der des Eintrags einschießend, brennend, elektrisierend, kribbelnd wie Ameisenlaufen oder taub ist). Außerdem ein Eintrag mit diesen Beschwerden in einem Bein, auf den innerhalb der 14 Tage ein Eintrag mit ihnen im anderen Bein folgt (Ausbreitung); Taubheit oder Kribbeln im Bein mit „ein Bein“ zählt für das Bein, dessen Oberschenkel oder Wade der Eintrag markiert.
red-flag-both_legs-reason = Bei beiden Beinen ziehen die Leitlinien die Grenze zwischen „ärztlich abklären lassen“ (ein Bein) und „Notfall“, auch bei Ischiasschmerzen, die sich von einem Bein auf beide ausbreiten. Schmerzen unterhalb des Knies sind die übliche Reichweite von Nervenschmerzen (Ischias), und einschießende, brennende oder elektrisierende Schmerzen oder Kribbeln im Oberschenkel sind ebenfalls nervenartig; deshalb zählen sie an beiden Stellen. Ein Ziehen in beiden Oberschenkeln allein ist häufig und löst dies nicht aus. Die Ausbreitung wird innerhalb derselben 14 Tage beurteilt wie jedes Zeichen hier.

## leg_weakness_worsening
red-flag-leg_weakness_worsening-title = Zunehmende Beinschwäche, Fußheberschwäche oder neue Schwierigkeiten beim Gehen
red-flag-leg_weakness_worsening-meaning = Eine starke oder rasch zunehmende Schwäche in einem Bein, ein Fuß, der beim Gehen schleift oder aufklatscht (Fußheberschwäche), oder neue Schwierigkeiten beim Gehen können bedeuten, dass ein Nerv stark unter Druck steht.
red-flag-leg_weakness_worsening-what-to-do = Rufen Sie jetzt Ihre örtliche Notrufnummer an (112 in der EU, 999 im Vereinigten Königreich, 911 in den USA) oder suchen Sie sofort eine Notaufnahme auf. Fahren Sie nicht selbst.
red-flag-leg_weakness_worsening-threshold = Ein Schmerzeintrag in den letzten 14 Tagen, bei dem „zunehmende Beinschwäche, Fußheberschwäche oder neue Schwierigkeiten beim Gehen“ angekreuzt ist.
red-flag-leg_weakness_worsening-reason = Die Leitlinien führen eine starke oder fortschreitende Schwäche schon allein als Notfallzeichen. Ob eine Schwäche zunimmt, kann nur die betroffene Person beurteilen; deshalb fragt die App direkt, statt es aus Werten zu erraten.

## fever
red-flag-fever-title = Fieber oder Schüttelfrost mit Rückenschmerzen
red-flag-fever-meaning = Hohe Temperatur oder Schüttelfrost zusammen mit Rückenschmerzen können ein Zeichen für eine Infektion sein, die zügig ärztlich abgeklärt werden sollte.
red-flag-fever-what-to-do = Holen Sie sich noch heute ärztlichen Rat: Bitten Sie Ihre Hausarztpraxis um einen dringenden Termin oder rufen Sie den ärztlichen Bereitschaftsdienst an (116 117 in Deutschland, 111 im Vereinigten Königreich). Wenn Sie sich sehr krank oder verwirrt fühlen, rufen Sie Ihre Notrufnummer an.
red-flag-fever-threshold = Ein Schmerzeintrag in den letzten 14 Tagen, bei dem „Fieber oder Schüttelfrost“ angekreuzt ist.
red-flag-fever-reason = Fieber mit Rückenschmerzen ist in jeder hier verwendeten Liste ein Warnzeichen für eine Infektion; eine Angabe genügt.

## infection_risk
red-flag-infection_risk-title = Rückenschmerzen bei erhöhtem Infektionsrisiko
red-flag-infection_risk-meaning = Ein geschwächtes Immunsystem (durch eine Erkrankung oder Medikamente), das Spritzen von Drogen oder eine kürzliche Infektion machen eine Infektion an der Wirbelsäule wahrscheinlicher; deshalb lohnt sich bei Rückenschmerzen auch ohne Fieber eine zügige Abklärung.
red-flag-infection_risk-what-to-do = Holen Sie sich noch heute ärztlichen Rat: Bitten Sie Ihre Hausarztpraxis um einen dringenden Termin oder rufen Sie den ärztlichen Bereitschaftsdienst an (116 117 in Deutschland, 111 im Vereinigten Königreich), und nennen Sie den Risikofaktor aus Ihrem Profil.
red-flag-infection_risk-threshold = Ihr Profil nennt das Spritzen von Drogen; oder ein geschwächtes Immunsystem, das fortbesteht oder in den letzten 12 Wochen endete; oder eine Infektion in den letzten 12 Wochen (oder fortbestehend); und in den letzten 14 Tagen wurde ein Schmerz von 1/10 oder mehr eingetragen.
red-flag-infection_risk-reason = Das sind die Risikofaktoren für eine Infektion in der von NICE CKS abgeleiteten Warnzeichen-Liste. Es kommt auf den Risikofaktor an, nicht auf die Schmerzstärke; deshalb zählt jeder eingetragene Schmerz. Die Leitlinien nennen keine Frist für „kürzlich“; 12 Wochen nach einer Infektion oder dem Ende einer immunsupprimierenden Behandlung sind Backstorys eigene Wahl. Eine Antwort, die gespeichert wurde, bevor nach Daten gefragt wurde, gilt als fortbestehend, bis Sie ein Datum angeben.

## cancer_history
red-flag-cancer_history-title = Rückenschmerzen nach einer Krebserkrankung
red-flag-cancer_history-meaning = Nach einer Krebserkrankung werden Rückenschmerzen zügig abgeklärt, um sicherzugehen, dass sie nicht mit dem Krebs zusammenhängen. Meist stellen sie sich als gewöhnliche Rückenschmerzen heraus, aber es lohnt sich, sicher zu sein.
red-flag-cancer_history-what-to-do = Holen Sie sich noch heute ärztlichen Rat: Bitten Sie Ihre Hausarztpraxis oder Ihr onkologisches Behandlungsteam um einen dringenden Termin oder rufen Sie den ärztlichen Bereitschaftsdienst an (116 117 in Deutschland, 111 im Vereinigten Königreich).
red-flag-cancer_history-threshold = Ihr Profil gibt an, dass Sie eine Krebserkrankung hatten, und in den letzten 14 Tagen wurde ein Schmerz von 1/10 oder mehr eingetragen.
red-flag-cancer_history-reason = Eine Krebserkrankung in der Vorgeschichte ist eines der stärksten Warnzeichen in den Leitlinien zu Rückenschmerzen. Es kommt auf die Vorgeschichte an, nicht auf die Schmerzstärke; deshalb zählt jeder eingetragene Schmerz.

## weight_loss
red-flag-weight_loss-title = Rückenschmerzen mit unerklärtem Gewichtsverlust
red-flag-weight_loss-meaning = Gewichtsverlust ohne eigenes Zutun zusammen mit Rückenschmerzen ist etwas, das Ärztinnen und Ärzte gern zügig abklären.
red-flag-weight_loss-what-to-do = Holen Sie sich noch heute ärztlichen Rat: Bitten Sie Ihre Hausarztpraxis um einen dringenden Termin oder rufen Sie den ärztlichen Bereitschaftsdienst an (116 117 in Deutschland, 111 im Vereinigten Königreich).
red-flag-weight_loss-threshold = Ihr Profil nennt einen unerklärten Gewichtsverlust, der fortbesteht oder in den letzten 26 Wochen bemerkt wurde, und in den letzten 14 Tagen wurde ein Schmerz von 1/10 oder mehr eingetragen.
red-flag-weight_loss-reason = Unerklärter Gewichtsverlust ist ein Warnzeichen in der von CKS abgeleiteten Liste und in den Patienteninformationen des NHS; damit zählt jeder eingetragene Schmerz. Die Leitlinien nennen keine Frist; 26 Wochen (etwa sechs Monate) ab dem Bemerken sind Backstorys eigene Wahl. Eine Antwort, die gespeichert wurde, bevor nach Daten gefragt wurde, gilt als fortbestehend, bis Sie ein Datum angeben.

## trauma
red-flag-trauma-title = Rückenschmerzen nach einem Sturz, Unfall oder einer Verletzung
red-flag-trauma-meaning = Schmerzen nach einer erheblichen Verletzung (Sturz aus der Höhe, Verkehrsunfall, heftiger Schlag) oder schon nach einem leichten Sturz oder einer Zerrung, wenn Sie über 50 sind, Osteoporose (oder früher einen Wirbelkörpereinbruch) haben oder langfristig Kortison einnehmen, können von einem verletzten Knochen kommen und sollten abgeklärt werden.
red-flag-trauma-what-to-do = Holen Sie sich noch heute ärztlichen Rat: Bitten Sie Ihre Hausarztpraxis um einen dringenden Termin oder rufen Sie den ärztlichen Bereitschaftsdienst an (116 117 in Deutschland, 111 im Vereinigten Königreich). Nach einem schweren Unfall oder wenn sich Ihre Beine taub oder schwach anfühlen, rufen Sie Ihre Notrufnummer an.
red-flag-trauma-threshold = Ihr Profil verzeichnet eine schwere Verletzung (Sturz aus der Höhe, Verkehrsunfall, heftiger Schlag) in den letzten 12 Wochen; oder einen leichten Sturz oder eine Zerrung in den letzten 12 Wochen, wenn Sie 50 oder älter sind, Osteoporose oder einen Wirbelkörpereinbruch haben oder langfristig Kortisontabletten einnehmen (oder sie im letzten Jahr abgesetzt haben); und in den letzten 14 Tagen wurde ein Schmerz von 1/10 oder mehr eingetragen, am Tag der Verletzung oder danach.
red-flag-trauma-reason = Die Leitlinien werten Schmerzen nach einer erheblichen Verletzung als Warnzeichen, ebenso nach einer leichten Verletzung, wenn die Knochen brüchig sein können (Osteoporose, langfristiges Kortison, höheres Alter). Die Leitlinien nennen keine Frist: 12 Wochen nach der Verletzung, ein Jahr nach dem Absetzen von Kortison und 50 als Altersgrenze (dieselbe wie bei der Regel zu neuen Schmerzen) sind Backstorys eigene Wahl. Eine Antwort, die gespeichert wurde, bevor nach Daten gefragt wurde („ein Sturz, Unfall oder Schlag“), gilt als schwere Verletzung ohne Datum und löst den Warnhinweis daher weiter aus, bis Sie ein Datum angeben.

## night_pain
red-flag-night_pain-title = Nächtliche Schmerzen, die in Ruhe nicht nachlassen
red-flag-night_pain-meaning = Rückenschmerzen, die nachts deutlich schlimmer sind oder in Ruhe oder bei einem Wechsel der Lage nicht nachlassen, verhalten sich anders als alltägliche Rückenschmerzen und sollten zügig abgeklärt werden.
red-flag-night_pain-what-to-do = Holen Sie sich noch heute ärztlichen Rat: Bitten Sie Ihre Hausarztpraxis um einen dringenden Termin oder rufen Sie den ärztlichen Bereitschaftsdienst an (116 117 in Deutschland, 111 im Vereinigten Königreich).
red-flag-night_pain-threshold = Ein Schmerzeintrag in den letzten 14 Tagen, bei dem „nächtliche Schmerzen, die in Ruhe oder bei einem Lagewechsel nicht nachlassen“ angekreuzt ist.
red-flag-night_pain-reason = Ob Schmerzen in Ruhe nachlassen, lässt sich nicht an der Uhrzeit eines Eintrags ablesen (viele tragen nachts ein, einfach weil sie wach sind); deshalb stellt die App die Frage direkt, statt aus nächtlichen Einträgen zu raten.

## back_lump
red-flag-back_lump-title = Eine Beule, Schwellung oder Formveränderung am Rücken
red-flag-back_lump-meaning = Eine neue Beule oder Schwellung am Rücken oder eine Veränderung seiner Form sollte zügig ärztlich angesehen werden.
red-flag-back_lump-what-to-do = Holen Sie sich noch heute ärztlichen Rat: Bitten Sie Ihre Hausarztpraxis um einen dringenden Termin oder rufen Sie den ärztlichen Bereitschaftsdienst an (116 117 in Deutschland, 111 im Vereinigten Königreich).
red-flag-back_lump-threshold = Ein Schmerzeintrag in den letzten 14 Tagen, bei dem „Beule, Schwellung oder Formveränderung am Rücken“ angekreuzt ist.
red-flag-back_lump-reason = In den Patienteninformationen des NHS und in der von CKS abgeleiteten Liste als dringendes Zeichen genannt; eine Angabe genügt.

## severe_pain
red-flag-severe_pain-title = Starke Schmerzen
red-flag-severe_pain-meaning = Schmerzen von 8 von 10 oder mehr sind die Stärke, bei der Schmerzen meist fast alles beeinträchtigen. Eine Hausarztpraxis oder Physiotherapiepraxis kann bei der Schmerzlinderung und mit einem Plan helfen.
red-flag-severe_pain-what-to-do = Vereinbaren Sie in den nächsten Tagen einen Termin in Ihrer Hausarztpraxis oder einer Physiotherapiepraxis. Wenn starke Schmerzen mit Taubheit im Reithosenbereich, einer Veränderung an Blase oder Darm oder Beschwerden in beiden Beinen einhergehen, rufen Sie stattdessen Ihre Notrufnummer an.
red-flag-severe_pain-threshold = Ein Schmerzeintrag von 8/10 oder mehr in den letzten 14 Tagen. Erneut ausgelöst, wenn ein höherer Wert eingetragen wird.
red-flag-severe_pain-reason = Der NHS rät, sich Hilfe zu holen, wenn Rückenschmerzen sehr stark sind. Bei Menschen mit lang anhaltenden Schmerzen des Bewegungsapparats ist 8 und mehr der Bereich, in dem Schmerzen den Alltag am stärksten beeinträchtigen (Boonstra 2016). 7 liegt noch in ihrem mittleren Bereich, mit dem viele Menschen mit chronischen Rückenschmerzen jeden Tag leben; daher löst 7 allein dies nicht aus.

## persisting_pain
red-flag-persisting_pain-title = Neue Schmerzen, die länger als ein paar Tage anhalten
red-flag-persisting_pain-meaning = Ihre Schmerzen lagen mehrere Tage hintereinander deutlich über Ihrem üblichen Niveau und lassen nicht nach. Das sollte fachlich angesehen werden, um sicherzugehen, dass nichts anderes dahintersteckt, und um Rat zur Erholung zu bekommen.
red-flag-persisting_pain-what-to-do = Vereinbaren Sie in den nächsten Tagen einen Termin in Ihrer Hausarztpraxis oder einer Physiotherapiepraxis, und tragen Sie weiter ein, damit Sie zeigen können, wie die Schmerzen verlaufen sind.
red-flag-persisting_pain-threshold = Schmerzen an mindestens 3 aufeinanderfolgenden Tagen innerhalb der letzten 14 eingetragen, der stärkste Schmerz jedes Tages über Ihrem eigenen Ausgangswert um die Veränderung, die zählt (2 Punkte oder 30 %, mindestens 1 Punkt), und der letzte Tag nicht um die Veränderung, die zählt, niedriger als der erste. Ihr Ausgangswert ist der Durchschnitt des stärksten Schmerzes der Tage, die Sie in den 28 Tagen vor dieser Folge eingetragen haben (mindestens 3 eingetragene Tage; eine eingetragene 0 zählt). Mit oder ohne verknüpfte Aktivität.
red-flag-persisting_pain-reason = Der NHS rät, sich Hilfe zu holen, wenn Rückenschmerzen nicht anfangen, besser zu werden; wie viele Tage „mehr als ein paar“ sind, ist Backstorys eigene Wahl: 3, die kleinste Zahl, die mehr als zwei ist. Fehlendes ist unbekannt: Ein Tag ohne Eintrag setzt eine Folge weder fort, noch zählt er als schmerzfrei, und ohne 3 eingetragene Tage in den 4 Wochen davor kann die Regel neue Schmerzen nicht von Ihrem üblichen Niveau unterscheiden und bleibt still (die Regeln zu starken Schmerzen und zu fehlender Besserung gelten weiter). Der Vergleich mit Ihrem eigenen Ausgangswert verhindert, dass gleichbleibende, lang bestehende Schmerzen dies alle paar Tage auslösen, und Schmerzen, die um die Veränderung, die zählt, sinken (Farrar 2001; Ostelo 2008), etwa 4, 3, 2 nach dem Sex, bessern sich und lösen es nicht aus.

## not_improving
red-flag-not_improving-title = Keine Besserung nach zwei Wochen
red-flag-not_improving-meaning = Die meisten Rückenschmerzen lassen innerhalb von etwa zwei Wochen nach. Ihre haben sich in den letzten zwei Wochen nicht in einem Maß gebessert, das zählt; deshalb möchte eine Hausarztpraxis oder Physiotherapiepraxis vielleicht mit Ihnen ansehen, was Sie tun.
red-flag-not_improving-what-to-do = Vereinbaren Sie in den nächsten Tagen einen Termin in Ihrer Hausarztpraxis oder einer Physiotherapiepraxis. Ihr Backstory-Bericht kann dort die letzten Wochen zeigen.
red-flag-not_improving-threshold = Schmerzen an mindestens 3 Tagen in jeder der letzten zwei Wochen eingetragen, die letzte Woche im Durchschnitt weiterhin bei 3/10 oder mehr (stärkster Schmerz jedes Tages) und um weniger als 2 Punkte und weniger als 30 % niedriger als die Woche davor. Nicht angewendet, wenn das Profil angibt, dass diese Episode vor mehr als 12 Wochen begann.
red-flag-not_improving-reason = NHS inform sagt, dass die meisten Rückenschmerzen innerhalb von etwa zwei Wochen nachlassen, und G-Care wertet fehlende Besserung nach etwa einem Monat als Warnzeichen. Besserung wird an der Veränderung gemessen, die auf der Skala von 0 bis 10 zählt: 2 Punkte oder 30 % (Farrar 2001; Ostelo 2008). Drei eingetragene Tage pro Woche verhindern, dass ein einzelner schlechter Tag entscheidet; eine Woche mit einem Durchschnitt unter 3/10 bedeutet leichte Schmerzen und löst dies nicht aus. Die Zwei-Wochen-Marke gilt für eine neue Episode: Lang bestehende Schmerzen (über 12 Wochen) verfolgt stattdessen die Regel zur Verschlechterung, damit nicht alle zwei Wochen dieselbe Frage kommt.

## one_leg_symptoms
red-flag-one_leg_symptoms-title = Taubheit, Kribbeln oder Schwäche in einem Bein
red-flag-one_leg_symptoms-meaning = Taubheit, Kribbeln oder Schwäche in einem Bein können bedeuten, dass ein Nerv im unteren Rücken gereizt ist. Allein ist das kein Notfall, sollte aber abgeklärt werden.
red-flag-one_leg_symptoms-what-to-do = Vereinbaren Sie in den nächsten Tagen einen Termin in Ihrer Hausarztpraxis oder einer Physiotherapiepraxis. Wenn es sich auf beide Beine ausbreitet oder die Schwäche rasch zunimmt, behandeln Sie es als Notfall.
red-flag-one_leg_symptoms-threshold = Ein Schmerzeintrag in den letzten 14 Tagen mit Taubheit, Kribbeln oder Schwäche in einem Bein. Erneut ausgelöst, wenn eine neue Art von Beschwerde (zum Beispiel Schwäche) hinzukommt.
red-flag-one_leg_symptoms-reason = Der NHS rät, sich Hilfe zu holen, wenn Rückenschmerzen mit Taubheit oder Schwäche in den Beinen einhergehen, und die Leitlinien unterscheiden ein Bein (ärztlich abklären lassen) von beiden Beinen (Notfall).

## condition_worsening
red-flag-condition_worsening-title = Schmerzen, die über die Wochen zunehmen
red-flag-condition_worsening-meaning = Ihre Schmerzen sind im Vergleich zu Ihrem eigenen Niveau der Wochen davor in einem Maß gestiegen, das zählt. Schmerzen, die immer weiter zunehmen, sind ein Grund, sie ansehen zu lassen, ob Sie eine bekannte Rückenerkrankung haben oder nicht und wie lange Sie sie auch schon haben.
red-flag-condition_worsening-what-to-do = Vereinbaren Sie in den nächsten Tagen einen Termin in Ihrer Hausarztpraxis, einer Physiotherapiepraxis oder bei dem Team, das Ihren Rücken betreut.
red-flag-condition_worsening-threshold = Der Durchschnitt des stärksten Schmerzes jedes Tages in den letzten 7 Tagen liegt mindestens 2 Punkte, oder mindestens 30 % und mindestens 1 Punkt, höher als an den Tagen 8 bis 28 davor. Nur eingetragene Tage zählen: 2 in der letzten Woche und 3 davor sind nötig. Gilt für alle, mit oder ohne bekannte Erkrankung, bei neuen oder lang bestehenden Schmerzen. Erneut ausgelöst, wenn der Anstieg um einen ganzen Punkt wächst.
red-flag-condition_worsening-reason = Der NHS rät, sich Hilfe zu holen, wenn Rückenschmerzen mit der Zeit schlimmer werden. 2 Punkte oder 30 % ist die kleinste Veränderung bei Schmerzen auf der Skala von 0 bis 10, die Menschen mit Rückenschmerzen als bedeutsam einstufen (Farrar 2001; Ostelo 2008). Ein Anstieg unter 1 Punkt ist kleiner als eine Stufe der Skala; 30 % eines niedrigen Niveaus allein lösen dies daher nicht aus. Gleichbleibende Schmerzen, wie hoch auch immer, steigen nie so weit über Ihren eigenen Ausgangswert, und ein bestätigter Warnhinweis kehrt nur zurück, wenn der Anstieg um einen ganzen Punkt wächst; so werden gleichbleibende chronische Schmerzen nicht ständig gemeldet. Tage ohne Eintrag sind unbekannt und zählen nie als 0. (Die gespeicherte Id behält ihren alten Namen, condition_worsening, damit bestehende Warnhinweise erhalten bleiben; bis Issue 12 galt sie nur für Menschen mit einer bekannten Erkrankung.)

## high_interference
red-flag-high_interference-title = Schmerzen, die den Alltag oder die Intimität beeinträchtigen
red-flag-high_interference-meaning = Wenn Schmerzen Sie an alltäglichen Dingen hindern oder der Intimität im Weg stehen, kann eine Hausarztpraxis oder Physiotherapiepraxis mit einem Plan helfen, unabhängig von der Schmerzstärke.
red-flag-high_interference-what-to-do = Vereinbaren Sie in den nächsten Tagen einen Termin in Ihrer Hausarztpraxis oder einer Physiotherapiepraxis. Sie können ruhig sagen, dass die Schmerzen Ihr Sexualleben beeinträchtigen; das ist ein anerkannter Teil der Behandlung von Rückenschmerzen.
red-flag-high_interference-threshold = Ein Schmerzeintrag in den letzten 14 Tagen, der die Beeinträchtigung im Alltag oder bei der Intimität mit 7/10 oder mehr bewertet. Erneut ausgelöst, wenn ein höherer Wert eingetragen wird.
red-flag-high_interference-reason = Der NHS rät, sich Hilfe zu holen, wenn Rückenschmerzen Sie an alltäglichen Tätigkeiten hindern. 7 bis 10 ist der oberste Bereich bei Beeinträchtigungsfragen von 0 bis 10, etwa denen des PEG (Krebs 2009); die Frage zur Intimität und die Grenze bei 7 dafür sind Backstorys eigene und werden genauso bewertet.

## age_at_onset
red-flag-age_at_onset-title = Neue Rückenschmerzen, die vor 20 oder nach 50 beginnen
red-flag-age_at_onset-meaning = Rückenschmerzen, die im Jugendalter oder nach 50 beginnen, sind seltener die alltägliche Art; deshalb empfehlen die Leitlinien eine zügige hausärztliche Abklärung.
red-flag-age_at_onset-what-to-do = Vereinbaren Sie in den nächsten Tagen einen Termin in Ihrer Hausarztpraxis und sagen Sie, wann diese Rückenschmerzen begonnen haben.
red-flag-age_at_onset-threshold = Die Altersgruppe in Ihrem Profil ist unter 20 oder 50 und älter; diese Episode begann in den letzten 12 Wochen; und in den letzten 14 Tagen wurde ein Schmerz von 1/10 oder mehr eingetragen. Der Beginn der Episode ist das Datum in Ihrem Profil oder, wenn das Tagebuch ihn zeigt, der erste Schmerzeintrag nach mindestens 30 Tagen Tagebuchführung ohne eingetragene Schmerzen (das spätere von beiden).
red-flag-age_at_onset-reason = G-Care führt Rückenschmerzen, die unter 20 oder über 50 beginnen, als Warnzeichen (manche Listen nennen 55; die App nimmt das vorsichtigere 50). Rückenschmerzen gelten 12 Wochen lang als neu, die übliche Grenze zwischen akuten oder subakuten und lang bestehenden Schmerzen. Ein Monat ohne Schmerzen trennt eine Episode von der nächsten (de Vet 2002); deshalb beginnt der erste Schmerz nach 30 schmerzfreien Tagen eine neue Episode, auch wenn Sie nie ein Datum eingetragen haben. Fehlendes ist unbekannt: Das Tagebuch muss vor und während dieser 30 Tage genutzt worden sein (irgendein Eintrag oder Check-in), sonst könnte ein erster Eintrag alte Schmerzen sein, die zum ersten Mal eingetragen werden, und die Regel wartet auf ein Datum in Ihrem Profil.

## pain_below_knee_with_movement
red-flag-pain_below_knee_with_movement-title = Schmerzen, die bei einer Bewegung bis unter das Knie ausstrahlen
red-flag-pain_below_knee_with_movement-meaning = Schmerzen, die während oder direkt nach einer Dehnung, Übung oder Stellung bis unter das Knie ziehen, sprechen dafür, dass die Bewegung einen Nerv reizt.
red-flag-pain_below_knee_with_movement-what-to-do = Hören Sie mit dieser Dehnung, Übung oder Stellung auf und lassen Sie sie vorerst weg; wählen Sie eine, bei der Schmerzen oberhalb des Knies bleiben. Wenn es immer wieder passiert oder danach Taubheit oder Schwäche auftreten, lassen Sie sich in einer Hausarztpraxis oder Physiotherapiepraxis untersuchen.
red-flag-pain_below_knee_with_movement-threshold = Ein Schmerzeintrag in den letzten 14 Tagen, unterhalb des Knies markiert, der während oder direkt nach einer verknüpften Aktivität (Dehnen, Rumpftraining oder Intimität) begann.
red-flag-pain_below_knee_with_movement-reason = Anleitungen zum Dehnen bitten darum aufzuhören, wenn Schmerzen bis unter das Knie ausstrahlen: Schmerzen, die unter das Knie reichen, sind typisch für einen gereizten Nerv und nicht für einen verspannten Muskel.

## exercise_severe_pain
red-flag-exercise_severe_pain-title = Eine Übung, die starke Schmerzen verursacht hat
red-flag-exercise_severe_pain-meaning = Eine Übung soll sich nach Anstrengung anfühlen, nicht nach starken Schmerzen. Schmerzen von 8/10 oder mehr während oder direkt nach einer Übung bedeuten, dass diese Übung oder die Art, wie sie ausgeführt wird, für Sie noch nicht passt.
red-flag-exercise_severe_pain-what-to-do = Hören Sie mit dieser Übung auf und lassen Sie sie in einer Physiotherapiepraxis prüfen, bevor Sie sie wieder versuchen. In der Zwischenzeit können Sie sanftere Übungen aus dem Bereich „Übungen“ nutzen.
red-flag-exercise_severe_pain-threshold = Ein Schmerzeintrag von 8/10 oder mehr in den letzten 14 Tagen, der während oder direkt nach einer verknüpften Einheit (Dehnen, Rumpftraining oder Gehen/Sport) begann.
red-flag-exercise_severe_pain-reason = Die Übungsanleitung des NHS sagt, jede Übung zu beenden, die starke Schmerzen verursacht, und eine Physiotherapiepraxis aufzusuchen; 8/10 ist der Bereich starker Schmerzen (Boonstra 2016).

## What each tier asks of the person, in one sentence (Tier::action).
red-flag-tier-emergency-action = Rufen Sie jetzt Ihre örtliche Notrufnummer an (112 in der EU, 999 im Vereinigten Königreich, 911 in den USA) oder gehen Sie sofort in eine Notaufnahme.
red-flag-tier-urgent-action = Holen Sie sich noch heute ärztlichen Rat: Bitten Sie Ihre Hausarztpraxis um einen dringenden Termin oder rufen Sie eine medizinische Beratungsnummer an, die kein Notruf ist (116 117 in Deutschland, 111 im Vereinigten Königreich).
red-flag-tier-see_doctor_soon-action = Vereinbaren Sie in den nächsten Tagen einen Termin in Ihrer Hausarztpraxis oder in einer Physiotherapiepraxis.
red-flag-tier-self_care-action = Allein deswegen ist kein Arztbesuch nötig: Beenden oder ändern Sie die Bewegung und tragen Sie ein, wie es weitergeht.
