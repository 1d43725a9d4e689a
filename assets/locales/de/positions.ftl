# Die Stellungen für die Intimität und der Stellungs-Leitfaden. Aufbau, Ids, Ränge, Quellen und
# die Belegangaben (aus den Studien zitiert, auf Englisch belassen) stehen in assets/positions.json;
# die Wörter stehen hier. Neutrale Wörter: „aktive Person“ (bewegt sich) und „ruhende Person“
# (englisch moving / resting partner); respektvoll und sachlich, ohne Diagnosen.

## positions.json: positions
position-all_fours_kneeling_behind-name = Vierfüßlerstand, aktive Person kniet dahinter
position-all_fours_kneeling_behind-summary = Die ruhende Person im Vierfüßlerstand (auf die Hände gestützt), die aktive Person kniet dahinter und bewegt sich aus den Hüften.
position-all_fours_kneeling_behind-measured = QUAD2 (ruhende Person auf den Händen)

position-all_fours_on_elbows-name = Vierfüßlerstand, ruhende Person auf den Ellbogen
position-all_fours_on_elbows-summary = Wie oben, die ruhende Person ist auf die Unterarme (Ellbogen) abgesenkt.
position-all_fours_on_elbows-measured = QUAD1 (ruhende Person auf den Ellbogen)

position-on_top_straight_arms-name = Von Angesicht zu Angesicht, aktive Person oben auf gestreckten Armen
position-on_top_straight_arms-summary = Die ruhende Person liegt auf dem Rücken; die aktive Person ist darüber, das Gewicht auf gestreckten Armen, und bewegt sich aus Hüften und Knien.
position-on_top_straight_arms-measured = MISS1 (aktive Person auf den Händen; Hüften und Knie der ruhenden Person wenig gebeugt)

position-on_top_elbows-name = Von Angesicht zu Angesicht, aktive Person oben auf den Ellbogen
position-on_top_elbows-summary = Die ruhende Person liegt auf dem Rücken; die aktive Person ist darüber und stützt sich auf die Unterarme.
position-on_top_elbows-measured = MISS2 (aktive Person auf den Ellbogen; Hüften und Knie der ruhenden Person stärker gebeugt)

position-on_back_pillow_lower_back-name = Ruhende Person auf dem Rücken, Kissen unter dem unteren Rücken
position-on_back_pillow_lower_back-summary = Ein kleines Kissen oder ein gerolltes Handtuch stützt die natürliche Krümmung des unteren Rückens.

position-on_back_knees_high-name = Ruhende Person auf dem Rücken, Knie hoch angezogen
position-on_back_knees_high-summary = Die ruhende Person liegt auf dem Rücken, die Knie zur Brust hin angezogen.
position-on_back_knees_high-measured = MISS2 aus Sicht der ruhenden Person (Hüften und Knie stärker gebeugt)

position-spooning-name = Löffelchen (Seitenlage, beide schauen in dieselbe Richtung)
position-spooning-summary = Beide liegen auf der Seite, die aktive Person dahinter.
position-spooning-measured = SIDE (Seitenlage, aktive Person dahinter)

position-spooning_modified-name = Abgewandeltes Löffelchen, weniger Hohlkreuz
position-spooning_modified-summary = Seitenlage, die Hüften der ruhenden Person etwas stärker gebeugt und der Rücken lang statt im Hohlkreuz.

position-side_lying_face_to_face-name = Seitenlage, einander zugewandt
position-side_lying_face_to_face-summary = Beide liegen auf der Seite und schauen einander an, bei Bedarf mit einem Kissen zwischen den Knien.

position-seated_supported-name = Im Sitzen, Rücken gestützt
position-seated_supported-summary = Eine Person sitzt mit vollständig gestütztem Rücken (Kopfteil, Wand oder fester Stuhl), die andere ist oben.

position-other-name = Andere Stellung
position-other-summary = Eine Stellung, die nicht in dieser Liste steht; wenn Sie möchten, beschreiben Sie sie in den Notizen.

## positions.json: guide
positions-guide-intro = Welche Stellung einem schmerzenden Rücken guttut, hängt davon ab, welche Bewegungen Ihre Schmerzen auslösen. Eine kleine Studie mit Bewegungsanalyse hat gemessen, wie stark sich der untere Rücken beim Sex in fünf Stellungen beugt; die Vorschläge unten folgen daraus. Sie sind Ausgangspunkte zum gemeinsamen Ausprobieren, keine Regeln.
positions-guide-principles-1-text = Die aktive Person bewegt sich aus Hüften und Knien (Hüftbeuge), nicht durch Runden oder Hohlkreuz im unteren Rücken.
positions-guide-principles-2-text = Die ruhende Person hält den Rücken in seiner natürlichen Krümmung und gestützt, zum Beispiel mit einem Kissen unter dem unteren Rücken.
positions-guide-principles-3-text = Wenn eine Stellung Schmerzen in ein Bein ausstrahlen lässt, hören Sie auf und wechseln Sie die Stellung.
positions-guide-principles-4-text = Tragen Sie Schmerzen vorher, direkt danach und am nächsten Morgen ein: Ihr eigenes Tagebuch zeigt am besten, was Ihnen guttut.
positions-guide-hip_hinge-title = Der Hinweis zur Hüftbeuge
positions-guide-hip_hinge-steps-1 = Spannen Sie den Bauch leicht an, als würden Sie einen Stups erwarten.
positions-guide-hip_hinge-steps-2 = Lassen Sie die Bewegung aus Hüften und Knien kommen, wie bei einer Kniebeuge, während der untere Rücken in seiner natürlichen Krümmung bleibt.
positions-guide-hip_hinge-steps-3 = Wenn Sie spüren, dass sich der untere Rücken bei jeder Bewegung rundet oder ins Hohlkreuz geht, machen Sie die Bewegung kleiner oder wechseln Sie die Stellung.
positions-guide-hip_hinge-steps-4 = Üben Sie den Vierfüßler-Diagonalstütz und die Brücke aus dem Rumpfprogramm: Sie trainieren genau diese Kontrolle.
positions-guide-profiles-flexion-title = Vorbeugen oder Sitzen schmerzt (flexionsempfindlich)
positions-guide-profiles-flexion-explanation = Stellungen, in denen sich der untere Rücken nicht rundet, passen meist zu Ihnen. Die Ränge stammen aus den Studien (1 = die geringste Beugung nach vorn unter den fünf gemessenen Stellungen).
positions-guide-profiles-flexion-moving-try-1-note = Mit der ruhenden Person auf den Ellbogen bewegte sich der untere Rücken der aktiven Person am wenigsten von den fünf gemessenen Stellungen: Rang 1.
positions-guide-profiles-flexion-moving-try-2-note = Oben mit dem Gewicht auf gestreckten Armen (die Beine der ruhenden Person tiefer): Rang 2.
positions-guide-profiles-flexion-moving-try-3-note = Dahinter kniend, die ruhende Person auf den Händen: Rang 3, immer noch vor den übrigen. Bewegen Sie sich aus den Hüften.
positions-guide-profiles-flexion-moving-avoid-1-note = Beim Löffelchen bewegte sich der untere Rücken der aktiven Person am meisten: letzter von fünf Rängen.
positions-guide-profiles-flexion-moving-avoid-2-note = Oben auf den Ellbogen, die Knie der ruhenden Person höher angezogen: Rang 4 von 5.
positions-guide-profiles-flexion-resting-try-1-note = Im Vierfüßlerstand auf die Hände gestützt: Rang 1 für eine ruhende Person, deren Rücken Vorbeugen nicht mag.
positions-guide-profiles-flexion-resting-try-2-note = Auf der Seite liegend mit langem Rücken: Rang 2.
positions-guide-profiles-flexion-resting-try-3-note = Auf den Ellbogen: Rang 3 von 5. Die Hände oder die Seitenlage sind besser, aber diese Stellung lag noch vor beiden Varianten in Rückenlage; sie ist also eine zweite Wahl und keine, die man meiden müsste.
positions-guide-profiles-flexion-resting-avoid-1-note = Auf dem Rücken mit den Knien hoch zur Brust angezogen: letzter von fünf Rängen.
positions-guide-profiles-extension-title = Hohlkreuz oder langes Stehen schmerzt (extensionsempfindlich)
positions-guide-profiles-extension-explanation = Stellungen, in denen der untere Rücken nicht ins Hohlkreuz geht, passen meist zu Ihnen.
positions-guide-profiles-extension-moving-try-1-note = Seitenlage mit weniger Hohlkreuz.
positions-guide-profiles-extension-moving-try-2-note = Oben, auf die Ellbogen gestützt. Das stammt aus dem Interview mit dem Erstautor, nicht aus den Messungen der Studie.
positions-guide-profiles-extension-resting-try-1-note = Auf dem Rücken mit einem kleinen Kissen oder gerollten Handtuch unter dem unteren Rücken: Nur in den Stellungen in Rückenlage ging der Rücken der ruhenden Person nicht überwiegend ins Hohlkreuz.
positions-guide-profiles-extension-resting-avoid-1-note = Im Vierfüßlerstand ging der Rücken der ruhenden Person überwiegend ins Hohlkreuz.
positions-guide-profiles-extension-resting-avoid-2-note = Auf den Ellbogen ging der Rücken ebenfalls überwiegend ins Hohlkreuz.
positions-guide-profiles-extension-resting-avoid-3-note = In Seitenlage ging der Rücken der ruhenden Person überwiegend ins Hohlkreuz.
positions-guide-profiles-mixed-title = Beide Richtungen schmerzen (gemischt)
positions-guide-profiles-mixed-explanation = Streben Sie einen neutralen, gut gestützten Rücken und kleine Bewegungen aus den Hüften an.
positions-guide-profiles-mixed-moving-try-1-note = Seitenlage mit Kissen hält beide Rücken gestützt; bewegen Sie sich mit kleinen Bewegungen aus den Hüften.
positions-guide-profiles-mixed-resting-try-1-note = Auf dem Rücken mit gestützter natürlicher Krümmung: In den Stellungen in Rückenlage bewegte sich der Rücken der ruhenden Person am wenigsten.
positions-guide-profiles-mixed-resting-try-2-note = Auf der Seite mit einem Kissen zwischen den Knien.
positions-guide-profiles-mixed-resting-avoid-1-note = Im Vierfüßlerstand auf den Ellbogen bewegte sich der Rücken der ruhenden Person am meisten von den fünf Stellungen: an letzter Stelle, wenn jede Bewegung schmerzt.
positions-guide-profiles-unknown-title = Noch nicht sicher
positions-guide-profiles-unknown-explanation = Beginnen Sie mit einem neutralen, gestützten Rücken und lernen Sie aus Ihrem Tagebuch. Der kurze Fragebogen unten kann ein Profil vorschlagen.
positions-guide-profiles-unknown-moving-try-1-note = Seitenlage mit Kissen, Bewegung aus den Hüften.
positions-guide-profiles-unknown-resting-try-1-note = Auf dem Rücken mit gestützter natürlicher Krümmung.
positions-guide-props-pillow_under_lower_back-name = Kissen unter dem unteren Rücken
positions-guide-props-pillow_under_lower_back-use = Stützt die natürliche Krümmung, wenn die ruhende Person auf dem Rücken liegt.
positions-guide-props-rolled_towel-name = Gerolltes Handtuch
positions-guide-props-rolled_towel-use = Eine kleinere, festere Stütze unter dem unteren Rücken oder dem Nacken.
positions-guide-props-pillow_between_knees-name = Kissen zwischen den Knien
positions-guide-props-pillow_between_knees-use = Hält das Becken in Seitenlage waagerecht.
positions-guide-props-pillow_under_hips-name = Kissen unter den Hüften
positions-guide-props-pillow_under_hips-use = Verändert den Winkel, sodass sich die aktive Person weniger beugen muss; achten Sie darauf, dass der untere Rücken dabei nicht ins Hohlkreuz geht.
positions-guide-props-wedge-name = Keilkissen
positions-guide-props-wedge-use = Feste Stütze, die ihre Form besser hält als ein Kissen.
positions-guide-props-bed_edge-name = Bettkante
positions-guide-props-bed_edge-use = Die aktive Person kann stehen oder knien und sich mit geradem Rücken aus den Hüften bewegen.
positions-guide-limits-1 = Die Studien haben 10 gesunde Paare ohne Rückenschmerzen gemessen, nicht Menschen mit Rückenschmerzen.
positions-guide-limits-2 = Alle Paare waren heterosexuell, und es wurden nur fünf Stellungen verglichen.
positions-guide-limits-3 = Gemessen wurde, wie sich der untere Rücken bewegte, nicht, ob sich bei jemandem Schmerzen veränderten.
positions-guide-limits-4 = Die Ränge beruhen auf dem Bewegungsumfang gesunder Menschen in jeder Stellung; wir konnten nur die Zusammenfassungen (Abstracts) und Übersichten der Studien lesen; deshalb sagt jeder Hinweis in diesem Leitfaden, woher seine Aussage stammt, und wo eine Tabellennummer nicht bestätigt werden konnte, steht das dabei.
positions-guide-limits-5 = Manche Ratschläge (für aktive Personen, die extensionsempfindlich sind) stammen aus einem Interview mit dem Erstautor, nicht aus den Messungen.
positions-guide-limits-6 = Sehen Sie sie deshalb als vernünftige Ausgangspunkte und lassen Sie Ihr eigenes Tagebuch entscheiden.
positions-guide-questionnaire-intro = Welche alltäglichen Bewegungen verstärken Ihre Rückenschmerzen? Antworten Sie für eine typische Woche.
positions-guide-questionnaire-questions-sitting-text = Langes Sitzen (mehr als etwa 30 Minuten)
positions-guide-questionnaire-questions-bending-text = Vorbeugen, etwa beim Anziehen von Socken oder beim Aufheben von etwas
positions-guide-questionnaire-questions-arching-text = Sich nach hinten lehnen oder ins Hohlkreuz gehen
positions-guide-questionnaire-questions-standing-text = Langes Stehen oder Gehen
positions-guide-questionnaire-questions-lying_front-text = Auf dem Bauch liegen
positions-guide-questionnaire-rule = Bewegungen nur in eine Richtung sprechen für dieses Profil; beide Richtungen für „gemischt“, außer eine Richtung hat mindestens zwei Antworten mehr; keine für „noch nicht sicher“. Sie können jederzeit selbst ein anderes Profil wählen.
positions-guide-conversation-intro = Offen zu reden ist das Erste, was hilft. Ein paar Anregungen, die es leichter machen:
positions-guide-conversation-prompts-1-topic = Das Thema ansprechen
positions-guide-conversation-prompts-1-text = Wählen Sie einen ruhigen Moment, nicht mittendrin. Zum Beispiel: „Mein Rücken tut nach dem Sex oft weh. Ich möchte es weiter mit dir genießen – können wir gemeinsam herausfinden, was hilft?“
positions-guide-conversation-prompts-2-topic = Was sich gut anfühlt
positions-guide-conversation-prompts-2-text = Sagen Sie einander, welche Stellungen und Bewegungen sich gut anfühlen und wovon Sie gern mehr hätten.
positions-guide-conversation-prompts-3-topic = Was wehtut
positions-guide-conversation-prompts-3-text = Sagen Sie, welche Bewegungen wehtun und wann: währenddessen, direkt danach oder am nächsten Morgen. Ihr Partner oder Ihre Partnerin kann es nicht spüren, seien Sie also konkret.
positions-guide-conversation-prompts-4-topic = Ein Zeichen für eine Pause
positions-guide-conversation-prompts-4-text = Vereinbaren Sie ein Wort oder eine Berührung, die „Pause oder Stellung wechseln“ bedeutet, ohne dass eine Erklärung nötig ist. Es zu benutzen ist keine Zurückweisung.
positions-guide-conversation-prompts-5-topic = Wer sich bewegt
positions-guide-conversation-prompts-5-text = Vereinbaren Sie, wer sich heute mehr bewegt; wessen Rücken mehr schmerzt, kann in einer gestützten Stellung ruhen.
positions-guide-conversation-prompts-6-topic = Andere Arten von Nähe
positions-guide-conversation-prompts-6-text = An schlechten Tagen kann Nähe andere Formen annehmen. Das vorher abzusprechen nimmt Ihnen beiden den Druck.
positions-guide-conversation-prompts-7-topic = Gemeinsam Hilfe holen
positions-guide-conversation-prompts-7-text = Wenn die Schmerzen immer wiederkommen, denken Sie an einen Termin in einer Hausarztpraxis oder Physiotherapiepraxis, gern auch gemeinsam, und bringen Sie den Bericht aus diesem Tagebuch mit.
positions-guide-check-before-1 = Wie geht es dem Rücken gerade, von 0 bis 10?
positions-guide-check-before-2 = Gibt es heute eine Bewegung, die Sie meiden sollten?
positions-guide-check-before-3 = Kissen, Keil oder Handtuch in Reichweite?
positions-guide-check-before-4 = Aufwärmen oder warme Dusche erledigt?
positions-guide-check-before-5 = Pausenzeichen vereinbart?
positions-guide-check-after-1 = Wie geht es dem Rücken jetzt, von 0 bis 10? Tragen Sie es ein, solange Sie es noch wissen.
positions-guide-check-after-2 = Hat eine Stellung oder Bewegung wehgetan? Welche?
positions-guide-check-after-3 = Schmerzen, Kribbeln oder Taubheit, die in ein Bein ziehen?
positions-guide-check-after-4 = Was würden Sie beim nächsten Mal ändern?
positions-guide-check-after-5 = Prüfen Sie morgen früh noch einmal und tragen Sie auch das ein.
positions-guide-check-urgent = Neue Taubheit im Bereich der Genitalien, des Gesäßes oder der Oberschenkelinnenseiten (Reithosenbereich), eine Veränderung der Blasen- oder Darmkontrolle oder eine neue Veränderung des sexuellen Empfindens braucht jetzt Notfallversorgung.
positions-guide-condition_notes-1-title = Osteoporose oder ein Wirbelkörpereinbruch
positions-guide-condition_notes-1-text = Zu vermeiden ist, die Wirbelsäule unter Last nach vorn zu beugen oder zu verdrehen; deshalb gilt der Rat für einen Rücken, der Vorbeugen nicht mag. In der Studie mit Männern beugte sich der untere Rücken der aktiven Person in jeder gemessenen Stellung nach vorn; die gestützte ruhende Rolle verlangt der Wirbelsäule daher meist weniger ab. Wer sich bewegt, sollte aus den Hüften beugen und sich nicht verdrehen. Fragen Sie Ihre Ärztin oder Ihren Arzt, was zu Ihren Knochen passt.
positions-guide-condition_notes-2-title = Spinalkanalstenose oder Wirbelgleiten (Spondylolisthese)
positions-guide-condition_notes-2-text = Ein Hohlkreuz unter Last löst meist Beschwerden aus; deshalb gilt der Rat für einen Rücken, der das Hohlkreuz nicht mag: In der Studie mit Frauen ging der Rücken der ruhenden Person im Vierfüßlerstand und in Seitenlage überwiegend ins Hohlkreuz, in Rückenlage nicht.
positions-guide-condition_notes-3-title = Ischiasbeschwerden oder ein Bandscheibenvorfall
positions-guide-condition_notes-3-text = Ein hoch gestrecktes Bein (zum Beispiel ein Bein, das hoch auf der Schulter des Gegenübers liegt) dehnt den Ischiasnerv so, wie es der Test mit dem Anheben des gestreckten Beins (Lasègue-Test) tut: Lassen Sie dieses Knie gebeugt. Bei jeder Stellung, die Schmerzen in ein Bein ausstrahlen lässt: aufhören und die Stellung wechseln.
