# Die Namen der Werte im Tagebuch: eine Gruppe je Art von Wert; die ID ist das Präfix der
# Gruppe und der Schlüssel des Werts, wie ihn das Tagebuch schreibt (src-tauri/core/src/labels.rs).

## Wo der Schmerz ist (die Regionen der Körperkarte; links und rechts der Person selbst).
region-lower_back_centre = Unterer Rücken, Mitte
region-lower_back_left = Unterer Rücken, links
region-lower_back_right = Unterer Rücken, rechts
region-sacrum = Steißbein und Kreuzbein
region-buttock_left = Linkes Gesäß
region-buttock_right = Rechtes Gesäß
region-hip_left = Linke Hüfte
region-hip_right = Rechte Hüfte
region-groin_left = Linke Leiste
region-groin_right = Rechte Leiste
region-saddle = Reithosenbereich (zwischen den Beinen)
region-genitals = Genitalbereich
region-thigh_front_left = Linker Oberschenkel, vorne
region-thigh_front_right = Rechter Oberschenkel, vorne
region-thigh_back_left = Linker Oberschenkel, hinten
region-thigh_back_right = Rechter Oberschenkel, hinten
region-knee_left = Linkes Knie
region-knee_right = Rechtes Knie
region-shin_left = Linkes Schienbein
region-shin_right = Rechtes Schienbein
region-calf_left = Linke Wade
region-calf_right = Rechte Wade
region-foot_left = Linker Fuß
region-foot_right = Rechter Fuß
region-thigh_left = Linker Oberschenkel
region-thigh_right = Rechter Oberschenkel
region-below_knee_left = Linkes Bein unterhalb des Knies
region-below_knee_right = Rechtes Bein unterhalb des Knies

## Wie sich der Schmerz anfühlt.
quality-aching = Dumpf, ziehend
quality-stiff = Steif
quality-sharp = Scharf
quality-stabbing = Stechend
quality-burning = Brennend
quality-shooting = Einschießend
quality-throbbing = Pochend
quality-cramping = Krampfartig
quality-electric = Elektrisierend
quality-pins_and_needles = Kribbeln
quality-numb = Taub

## Wann der Schmerz begann, bezogen auf die Aktivität davor.
onset-during = Währenddessen
onset-right_after = Direkt danach
onset-hours_later = Stunden später
onset-next_morning = Am nächsten Morgen
onset-not_linked = Nicht mit einer Aktivität verbunden

## Welche Art von Aktivität.
activity-intimacy = Intimität
activity-stretching = Dehnen
activity-core_session = Rumpftraining
activity-walking_sport = Gehen / Sport
activity-sitting = Langes Sitzen
activity-lifting = Heben
activity-stress_relief = Stressabbau
activity-pain_relief = Etwas gegen den Schmerz
activity-other = Sonstiges

## Was gegen den Schmerz getan wurde.
relief-heat = Wärme
relief-cold = Kälte
relief-rest = Ruhe
relief-massage = Massage
relief-bath = Ein Bad
relief-medicine = Medikament
relief-tens = TENS
relief-physio = Physiotherapie-Termin
relief-other = Etwas anderes

## Wer sich hauptsächlich bewegt hat.
role-moving = Aktiver Part
role-resting = Ruhender Part
role-both = Beide / abwechselnd

## Hilfsmittel bei der Intimität.
prop-pillow_under_lower_back = Kissen unter dem unteren Rücken
prop-pillow_under_hips = Kissen unter der Hüfte
prop-pillow_between_knees = Kissen zwischen den Knien
prop-wedge = Keilkissen
prop-rolled_towel = Gerolltes Handtuch
prop-bed_edge = Bettkante
prop-other = Anderes Hilfsmittel

## Bekannte Rückenerkrankungen im Profil.
condition-disc_herniation = Bandscheibenvorfall
condition-sciatica = Ischias
condition-arthritis = Arthrose oder Arthritis
condition-stenosis = Spinalkanalstenose
condition-osteoporosis = Osteoporose
condition-pelvic_alignment = Beckenschiefstand
condition-spondylolisthesis = Wirbelgleiten (Spondylolisthesis)
condition-compression_fracture = Kompressionsbruch der Wirbelsäule

## Welche Bewegungen den Schmerz verschlimmern.
movement-flexion = Vorbeugen tut weh (Flexionsintoleranz)
movement-extension = Nach hinten strecken tut weh (Extensionsintoleranz)
movement-mixed = Beide Richtungen tun weh (gemischt)
movement-unknown = Noch nicht sicher

## Altersgruppen im Profil.
age-under20 = Unter 20
age-from20_to34 = 20–34
age-from35_to49 = 35–49
age-from50_to64 = 50–64
age-from65 = 65 oder älter

## Wie schnell Hilfe nötig ist, als kurze Überschrift eines Warnzeichens.
tier-emergency = Notfall
tier-urgent = Dringend: heute
tier-see_doctor_soon = Bald zum Arzt oder zur Ärztin
tier-self_care = Vorsicht bei der Selbsthilfe

## Wofür eine Erinnerung ist.
reminder-check_in = Täglicher Check-in
reminder-programme = Dehn- und Rumpfprogramm
reminder-morning_after = Check am Morgen danach
reminder-weekly_check = Wöchentlicher Check (PEG)
reminder-experiment_day = Plan für heute (während ein Experiment läuft)

## Was mit einem Warnzeichen geschah, in seinem Verlauf.
alert-event-raised = Ausgelöst
alert-event-re_raised = Erneut ausgelöst (neue oder schlimmere Hinweise)
alert-event-acknowledged = Zur Kenntnis genommen
alert-event-resolved = Erledigt
alert-event-reopened = Trifft wieder zu (gleiche Hinweise)

## Arten von Tagebucheinträgen, wie der Filter der Zeitleiste sie nennt.
entry-kind-pain = Schmerz
entry-kind-activity = Aktivitäten
entry-kind-check_in = Check-ins
