# The alert screens: the Alerts page, the banner above every screen and the emergency
# screen. The rules' own texts (titles, meaning, thresholds, sources) come from the Rust side.

alerts-acknowledge = Acknowledge
alerts-acknowledge-one = Acknowledge: { $title }
alerts-what-to-do = What to do now:

## The Alerts page

alerts-intro = Backstory checks your journal and profile for signs that mean you should get care, and how soon. It is not a medical device and never diagnoses: if you are worried, contact a health professional whatever this page shows.
alerts-status-unacknowledged-resolved = Not acknowledged yet. The journal no longer meets this rule since { $resolved }.
alerts-status-needs-attention = Needs your attention.
alerts-status-evidence-changed = Resolved { $resolved }: an entry it rested on was edited or deleted.
alerts-status-no-longer-met = Acknowledged { $acknowledged }; no longer met since { $resolved }.
alerts-status-acknowledged = Acknowledged { $acknowledged }.
alerts-raised-first = First raised { $first }.
alerts-raised-again = First raised { $first }; raised again { $again ->
        [one] once
       *[other] { $again } times
    }, last { $last }.
alerts-measured = What was measured:
alerts-evidence = Entries behind it
alerts-why = Why this alert, and sources
alerts-threshold = Threshold:
alerts-threshold-why = Why this threshold:
alerts-ack-hint = It stays on record; if the sign comes back or gets worse, it is raised again.
alerts-needs-attention = Needs your attention
alerts-nothing-open = Nothing needs your attention right now.
alerts-on-record = On record
alerts-history = History
alerts-no-history = No alerts have been raised.
alerts-history-item = { $event }: { $title }
alerts-rules = What Backstory checks ({ $count } rules)
alerts-rules-hint = Each rule names its threshold, why that threshold, and where the guidance comes from.
alerts-rule-why = Why:
alerts-rule-sources = Sources: { $sources }

## The banner

alerts-banner-label = Alerts needing your attention
alerts-banner-announcement = { $count ->
        [one] 1 alert needs your attention: { $titles }.
       *[other] { $count } alerts need your attention: { $titles }.
    }
alerts-advice-emergency = Get emergency help now.
alerts-advice-urgent = Get medical advice today.
alerts-advice-see_doctor_soon = Book a GP or physiotherapist appointment in the next few days.
alerts-advice-self_care = Stop or change that movement.
alerts-banner-title = { $title }.
alerts-read-more = Read more
alerts-banner-more = and { $count } more on the Alerts page

## The emergency screen

alerts-emergency-kicker = Emergency sign logged
alerts-emergency-title = Get emergency help now
alerts-emergency-action = Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now.
alerts-emergency-sub = Do not wait to see whether it passes, and do not drive yourself if your legs are affected.
alerts-emergency-why = You logged { $count ->
        [one] a sign
       *[other] { $count } signs
    } that can mean the nerves at the bottom of the spine are under pressure. This needs to be checked in hospital within hours, because treatment works best early.
alerts-emergency-logged = What you logged
alerts-emergency-sources = { $count ->
        [one] Source:
       *[other] Sources:
    }
alerts-emergency-disclaimer = Backstory is not a medical device and cannot examine you. It shows this screen because of what you logged; only a health professional can tell what is going on.
alerts-emergency-read = I have read this
alerts-emergency-mistake = Ticked by mistake? Close this screen, then edit or delete the entry in the Timeline. The alert is then marked resolved and kept in your alert history.
