# The weekly PEG check (Today's card and Insights' trend). The three questions follow the
# PEG scale (Krebs EE et al., J Gen Intern Med 2009;24(6):733-738), put in our own words;
# each answer covers the past seven days.

peg-card-title = Wöchentliche Abfrage: drei Fragen
peg-card-intro = Einmal pro Woche, über die letzten 7 Tage. Sie dauert ein paar Sekunden und zeigt über Monate das größere Bild.
peg-pain-question = Wie stark waren Ihre Schmerzen in der letzten Woche im Durchschnitt?
peg-pain-low = kein Schmerz
peg-pain-high = so schlimm, wie Sie es sich vorstellen können
peg-enjoyment-question = Wie sehr haben Schmerzen Sie in der letzten Woche darin beeinträchtigt, das Leben zu genießen?
peg-activity-question = Wie sehr haben Schmerzen Sie in der letzten Woche bei Ihren üblichen Tätigkeiten beeinträchtigt?
peg-interference-low = überhaupt nicht
peg-interference-high = vollständig
peg-answer-all = Beantworten Sie alle drei Fragen (0 bis 10).
peg-save = Wöchentliche Abfrage speichern
peg-not-this-week = Diese Woche nicht
peg-saved = Wöchentliche Abfrage gespeichert: Wert { $score } von 10.
peg-trend-title = Wöchentliche Abfrage (PEG)
peg-trend-intro = Der Wert ist der Durchschnitt Ihrer drei wöchentlichen Antworten (Schmerz und wie sehr er Sie beim Genießen des Lebens und bei Ihren üblichen Tätigkeiten beeinträchtigt hat), 0 bis 10.
peg-trend-empty = In diesen Wochen gibt es noch keine wöchentliche Abfrage. „Heute“ bietet sie einmal pro Woche an.
peg-no-check = keine Abfrage
peg-week-score = { $week }: { $score }
peg-week-of = Woche ab
peg-scores-by-week = Werte nach Woche
peg-score = Wert
peg-item-pain = Schmerz
peg-item-enjoyment = Lebensfreude
peg-item-activity = Tätigkeiten
peg-missing-note = Wochen ohne Abfrage bleiben leer (sie zählen nicht als null).
peg-source = Quelle: Krebs EE et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med 2009;24(6):733-738.
