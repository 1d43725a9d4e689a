# The Profile screen and the health-history questions the red-flag rules read (Profile and
# first-run setup ask them). Items that stop mattering with time take a date or "still the
# case" (issue 12); the rules' windows for each are in docs/red-flags.md.

profile-intro = Das bleibt auf Ihrem Computer. Es passt Vorschläge an und lässt die Sicherheitsprüfungen die richtigen Fragen stellen.
profile-movement-question = Welche Bewegungen machen es schlimmer?
profile-age = Alter
profile-history-hint = Manche Rückenschmerzen brauchen früher ärztliche Abklärung, wenn eines davon zutrifft.
profile-save = Profil speichern
profile-saved = Profil gespeichert.
profile-missing-dates = Einige Gesundheitsangaben brauchen ein Datum oder „trifft noch zu“: Siehe die Hinweise oben.

profile-history-cancer_history = Ich hatte Krebs
profile-history-iv_drug_use = Ich spritze Drogen
profile-history-major_trauma = Eine schwere Verletzung: ein Sturz aus der Höhe, ein Verkehrsunfall oder ein heftiger Schlag
profile-history-major_trauma-date = Es geschah am
profile-history-minor_trauma = Ein leichter Sturz, ein Ausrutschen oder eine Zerrung (zum Beispiel beim Heben)
profile-history-minor_trauma-date = Es geschah am
profile-history-recent_infection = Ich hatte kürzlich eine Infektion (zum Beispiel der Harnwege oder der Atemwege)
profile-history-recent_infection-ongoing = Ich habe sie noch
profile-history-recent_infection-date = Sie begann am
profile-history-unexplained_weight_loss = Ich habe ungewollt abgenommen
profile-history-unexplained_weight_loss-ongoing = Ich nehme weiter ab
profile-history-unexplained_weight_loss-date = Zuerst bemerkt am
profile-history-immunosuppressed = Mein Immunsystem ist geschwächt (durch Krankheit oder Medikamente)
profile-history-immunosuppressed-ongoing = Trifft noch zu
profile-history-immunosuppressed-date = Es endete am
profile-history-long_term_steroids = Ich nehme dauerhaft Kortison-Tabletten (Steroide)
profile-history-long_term_steroids-ongoing = Ich nehme sie noch
profile-history-long_term_steroids-date = Abgesetzt am
profile-history-when = Wann: { $question }
profile-history-date-of = { $date }: { $question }
profile-history-missing-ongoing = Geben Sie das Datum an oder wählen Sie „{ $ongoing }“. Bis dahin behandeln die Sicherheitsprüfungen es als kürzlich.
profile-history-missing = Geben Sie das Datum an (ungefähr genügt). Bis dahin behandeln die Sicherheitsprüfungen es als kürzlich.
