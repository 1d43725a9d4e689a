# The window's frame (App.svelte): the sidebar and the start-up line.

app-opening = Opening your journal…
app-nav-label = Main
app-alerts-count = { $count } need attention
app-demo-badge = Demo journal
app-demo-leave = Back to my journal
app-demo-open = Open the demo journal
app-footer = Private: stored only on this computer. Not a medical device.
