# First-run setup and the welcome screen.

## Welcome

welcome-title = Welcome to Backstory
welcome-intro = A private journal for lower back pain, including pain after sex. Log how your back feels and what you did before, and Backstory shows what helps and what hurts.
welcome-does = What Backstory does
welcome-private-title = Private.
welcome-private = Everything stays on this computer. No account, no cloud, no tracking.
welcome-quick-title = Quick.
welcome-quick = A pain entry takes a few seconds: a score, where it hurts, what came before.
welcome-safe-title = Safe.
welcome-safe = Backstory points out signs that need a doctor, and when to get help straight away.
welcome-does-not = What Backstory does not do
welcome-does-not-diagnose = It does not diagnose, treat or replace a doctor or physiotherapist.
welcome-does-not-send = It does not send anything anywhere: no account, no cloud, no tracking, no network.
welcome-does-not-judge = It does not judge. What you log about sex and intimacy is there only to find what suits your back.
welcome-not-a-device = Backstory is not a medical device and does not diagnose. If you have numbness around the genitals or bottom, new bladder or bowel problems, or weakness in both legs, call emergency services now.
welcome-set-up = Set up my journal
welcome-set-up-hint = About two minutes: a few health questions, your movement profile and reminders.
welcome-skip = Start my journal without setup
welcome-demo = Look around with demo data first
welcome-demo-hint = The demo uses a separate journal; your own stays empty until you log something.

## Setup steps

onboarding-progress = Step { $step } of { $total }
onboarding-steps-label = Setup steps
onboarding-step-welcome = Welcome
onboarding-step-conditions = Known conditions
onboarding-step-movement = Movement profile
onboarding-step-done = Ready
onboarding-missing-dates = Some answers need a date, or "still the case".
onboarding-history-title = A few health questions
onboarding-history-intro = Some back pain needs a doctor sooner. These answers let Backstory tell you when. They stay on this computer, and you can change them any time in Profile.
onboarding-age = Your age
onboarding-history-legend = Tick any that apply to you
onboarding-episode-hint = Leave empty if you are not sure.
onboarding-conditions-intro = Only conditions a doctor or physiotherapist has told you about. Backstory uses them to leave out exercises and positions that are not advised for them.
onboarding-conditions-legend = Conditions you have been told you have
onboarding-movement-title = Which movements bother your back?
onboarding-movement-intro = Many people find that bending forward or arching back makes their pain worse. Knowing which helps Backstory suggest exercises and positions.
onboarding-movement-use-suggestion = Use the suggestion: { $profile }
onboarding-reminders-intro = Gentle nudges, only while Backstory is running (it can stay minimised or in the tray). You can change or switch them off at any time in Settings.
onboarding-start-at-login = Start Backstory at login, in the tray, with no window (so reminders come all day)
onboarding-start-at-login-hint = Optional; change it any time in Settings.
onboarding-privacy-title = Your data stays here
onboarding-privacy-intro = Your journal is a file on this computer. Nothing is uploaded. If other people use this computer, you can also lock the journal with a passphrase (encryption at rest).
onboarding-privacy-optional = Encryption is optional. If you forget the passphrase the journal cannot be opened, so keep it somewhere safe.
onboarding-privacy-later = Encryption is optional: press Next to go on without it. You can turn it on or off in Settings, under Privacy, whenever you like.
onboarding-done-title = You are ready
onboarding-done-intro = Press N to log pain, A to log an activity. Everything you set here can be changed in Settings and Profile.
onboarding-finish = Start my journal
onboarding-save-failed = This step could not be saved: { $message }
