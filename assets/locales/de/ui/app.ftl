# The window's frame (App.svelte): the sidebar and the start-up line.

app-opening = Ihr Tagebuch wird geöffnet …
app-nav-label = Hauptnavigation
app-alerts-count = { $count ->
        [one] { $count } braucht Aufmerksamkeit
       *[other] { $count } brauchen Aufmerksamkeit
    }
app-demo-badge = Demo-Tagebuch
app-demo-leave = Zurück zu meinem Tagebuch
app-demo-open = Demo-Tagebuch öffnen
app-footer = Privat: nur auf diesem Computer gespeichert. Kein Medizinprodukt.
