# The sharing screen: pairing and signed shares, a share with a passphrase, importing a
# partner's share, the partners and the Together view, the clinician report and its preview,
# the FHIR file, and backups.

sharing-intro = Share a part of your journal with your partner, take a report to your clinician, and keep backups. Files are chosen in your computer's own file dialogs.
sharing-include = Include
sharing-private-legend = Private (off unless you choose)
sharing-private-note = (private: off unless you choose)
sharing-entry-counts = { $pain ->
    [one] 1 pain entry
   *[other] { $pain } pain entries
  }, { $activities ->
    [one] 1 activity
   *[other] { $activities } activities
  }, { $checkIns ->
    [one] 1 check-in
   *[other] { $checkIns } check-ins
  }
sharing-remove = Remove…

## What a share, a FHIR file or the report may include (the everyday parts, then the
## private ones), and how a left-out part is named in a sentence.

sharing-include-pain = Pain entries
sharing-include-pain-detail = the score, where it hurts, what it feels like, when it started, how much it got in the way of the day, the activity it followed
sharing-include-activities = Activities
sharing-include-activities-detail = what, when, how long, the exercises done
sharing-include-check-ins = Daily check-ins
sharing-include-check-ins-detail = stress, sleep, morning stiffness
sharing-include-warning-signs = Warning-sign answers and leg symptoms
sharing-include-warning-signs-detail = numbness around the bottom or genitals, bladder or bowel changes, a change in sexual function, fever, worsening leg weakness, night pain, a lump; leg numbness, tingling or weakness and in which leg
sharing-include-region-details = Body-map details
sharing-include-region-details-detail = each region's own pain score and what it feels like (without it, only which regions hurt)
sharing-include-alerts = Red-flag alerts
sharing-include-alerts-detail = which warning-sign rules were raised, and when
sharing-include-intimacy = Intimacy details
sharing-include-intimacy-detail = positions, role, props, warm-up, pain before, how much pain got in the way of intimacy
sharing-include-notes = My private notes
sharing-include-notes-detail = on every entry
# For the experiments include of partner shares (branch i14): these two and sharing-left-out-experiments.
sharing-include-experiments = Experiments
sharing-include-experiments-detail = each experiment you ran: the change, its schedule, pain with and without it, and the verdict (a position’s name or your own words only with intimacy details / notes)
sharing-left-out-warning-signs = warning-sign answers and leg symptoms
sharing-left-out-alerts = red-flag alerts
sharing-left-out-region-details = body-map details
sharing-left-out-intimacy = intimacy details
sharing-left-out-notes = your notes
sharing-left-out-experiments = experiments

## Pairing and signed shares

sharing-pairing-title = Pair with your partner
sharing-pairing-intro = Pair once, in person or over any channel: each of you shows your code, the other pastes it, and you both compare the safety phrase aloud. After that, shares between you need no passphrase: each is encrypted to the other's key and signed, so Backstory refuses a file your partner did not make, an old file sent again, and a file meant for someone else.
sharing-pairing-qr = QR code of your pairing code
sharing-pairing-own-code = Your pairing code (it holds no secret)
sharing-pairing-key-id = Key id { $keyId }
sharing-pairing-key-id-name = Key id { $keyId } · it carries your name “{ $name }”
sharing-pairing-their-code = Your partner's pairing code
sharing-pairing-their-name = Name for them (optional)
sharing-pairing-pair = Pair
sharing-pairing-paired = Paired with { $name }. Safety phrase:
sharing-pairing-read-aloud = Read it aloud together: { $name }'s screen shows the same digits. If they differ, someone swapped a code: remove this pairing and pair again in person.
sharing-pairing-phrase = Safety phrase
sharing-pairing-last-share = last share from them no. { $sequence }
sharing-pairing-no-share = no share from them yet
sharing-pairing-expires = Their data here is removed on { $date }, as they chose.
sharing-pairing-expired = { $name }'s last share expired: its data was removed from this journal on { $date }.
sharing-pairing-pair-again = Your keys changed after you paired: show { $name } your new code and pair again before sending.
sharing-pairing-send = Send a share…
sharing-pairing-new-name = New name
sharing-pairing-save-name = Save name
sharing-pairing-rename = Rename
sharing-pairing-remove-confirm = Remove the pairing and { $name }'s entries
sharing-pairing-send-title = Send a share to { $name }
sharing-pairing-evening-notes = My notes on our evenings that I marked “share”
sharing-pairing-expiry = Remove from their journal after
sharing-pairing-expiry-none = no expiry
sharing-pairing-expiry-days = { $days } days
sharing-pairing-expiry-year = a year
sharing-pairing-cannot-take-back = A file already given cannot be taken back.
sharing-pairing-expiry-hint = The expiry asks your partner's Backstory to remove the data on that day, and it does; but a copy of the file, or a photo of the screen, made before then stays with them.
sharing-pairing-save = Save signed share…
sharing-pairing-open = Open a share from your partner…
sharing-pairing-rekey-confirm = Make new keys (every partner pairs again)
sharing-pairing-rekey = New keys for this journal…
sharing-pairing-sent = Saved “{ $file }” for { $name } (encrypted to their key and signed): { $counts }. Give it to them any way you like.
sharing-pairing-imported = Imported share no. { $sequence } from { $name } (signature checked): { $added } new, { $updated } updated, { $removed } removed, { $notes ->
    [one] 1 evening note
   *[other] { $notes } evening notes
  }.
sharing-pairing-imported-expires = { $name } chose to have it removed on { $date }.
sharing-pairing-removed = Removed the pairing with { $name } and { $count ->
    [one] 1 of their entries
   *[other] { $count } of their entries
  }.
sharing-pairing-rekeyed = This journal has new keys. Show your new code to each partner and pair again.

## A share with a passphrase

sharing-share-title = Share with a passphrase (without pairing)
sharing-share-intro = Your partner imports the file into their Backstory, where it stays apart from their own entries and cannot be changed. The file is encrypted with a passphrase you choose.
sharing-share-weaker = The weaker choice.
sharing-share-weaker-why = Anyone who learns the passphrase can read the file, and it does not prove that you made it: someone who knows the passphrase could make a “newer” share in your name. Pairing (above) has neither problem. A file already given cannot be taken back.
sharing-share-left-out-label = Left out of this share:
sharing-share-left-out = { $list }. Your partner sees them as not shared, never as “no”.
sharing-share-nothing-left-out = Nothing private is left out of this share.
sharing-share-always = Always in the file: the dates it covers, the name you go by (from your profile) and a random id of this journal, so a newer share replaces the older one. Never in it: your profile (conditions, health history, age band, movement profile) or anyone else's entries.
sharing-share-pass-again = Passphrase again
sharing-share-pass-hint = At least 8 characters. Tell it to your partner in person or another way, never together with the file.
sharing-share-save = Save encrypted share…
sharing-share-pass-short = Choose a passphrase of at least 8 characters.
sharing-share-pass-differ = The two passphrases are not the same.
sharing-share-saved = Saved “{ $file }” (encrypted): { $counts }. Tell your partner the passphrase in person, not with the file.

## Importing a partner's share

sharing-import-title = Import your partner's share
sharing-import-name = Their name
sharing-import-hint = Importing a newer share from the same partner updates it; nothing is duplicated. A file that does not check out is refused and nothing changes.
sharing-import-importing = Importing…
sharing-import-open = Open share file…
sharing-import-done = Imported { $name }: { $added } new, { $updated } updated.
sharing-import-done-removed = Imported { $name }: { $added } new, { $updated } updated, { $removed } removed (no longer shared).
sharing-import-the-share = the share

## Partners and the Together view

sharing-partners-title = Partners
sharing-partners-none = No partner share imported yet.
sharing-partners-read-only = read-only
sharing-partners-shared = Shared { $date } · { $counts }
sharing-partners-together = Together
sharing-partners-their-entries = Their entries
sharing-partners-remove-confirm = Remove all of { $name }'s entries
sharing-together-title = Together with { $name }
sharing-together-window = Same evening if logged within
sharing-together-hours = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
  }
sharing-together-prompts = Something to talk about
sharing-together-open-experiments = Open Experiments
sharing-together-open-positions = Open Positions
sharing-together-none = No intimacy that you both logged within that window yet.
sharing-together-caption = Intimacy you both logged, with pain before and after (0-10)
sharing-together-your-pain = Your pain before → after
sharing-together-their-pain = { $name }: before → after
sharing-together-positions = Positions (yours / theirs)
sharing-together-your-note = Your note on this evening
sharing-together-note-placeholder = What helped, what I noticed
sharing-together-share-note = share with { $name }
sharing-together-save-note = Save note
sharing-together-their-note = { $name }'s note:
sharing-together-no-note = No note from { $name }.
sharing-together-note-shared = Saved. It goes to { $name } with your next signed share (when you include your notes).
sharing-together-note-kept = Saved. It stays in your journal.
sharing-together-your-partner = your partner
sharing-together-unmatched = Logged by only one of you: { $mine } by you, { $theirs } by { $name }. "After" is the highest pain logged in the 24 hours after (or linked to that evening).
sharing-partner-entries-title = { $name }'s entries
sharing-partner-unknown-signs-all = { $name } did not share warning-sign answers or leg symptoms for their pain entries: here they are unknown, not “no”.
sharing-partner-unknown-signs = { $name } did not share warning-sign answers or leg symptoms for { $count ->
    [one] 1 pain entry
   *[other] { $count } pain entries
  }: here they are unknown, not “no”.
sharing-partner-no-entries = No entries in this share.
sharing-partner-newest = Showing the newest 100.

## The clinician report

sharing-report-title = For your clinician
sharing-report-intro = A PDF whose first page a clinician can read in a minute: the period, the PEG, the weekly pain trend, red-flag history, what was tried and your questions. Details by month, exercise adherence and the full alert list follow. See the preview before you save.
sharing-report-name = Name on the report (optional)
sharing-report-name-placeholder = No name
sharing-report-parts = In the report
sharing-report-part-pain = Pain entries and the weekly PEG (the trend chart, the key figures, details by month)
sharing-report-part-activities = Activities (what was tried, exercise adherence)
sharing-report-part-check-ins = Daily check-ins (stress, sleep, morning stiffness)
sharing-report-part-alerts = Red-flag history (the alerts the app raised, when, and what it told you)
sharing-report-part-warning-signs = Warning signs logged on entries (saddle numbness, bladder or bowel change, fever, leg symptoms…)
sharing-report-part-intimacy = Pain after intimacy (positions, warm-up, props, with case counts)
sharing-report-part-notes = My notes (listed by month; they can be in any language)
sharing-report-left-out-label = Left out of this report:
sharing-report-left-out = { $list }.
sharing-report-nothing-left-out = Nothing private is left out of this report.
sharing-report-questions = Questions I want to ask (printed in a box on page 1; leave empty for a blank box to write in)
sharing-report-preparing = Preparing the preview…
sharing-report-preview = Preview the report
sharing-report-save = Save PDF report…
sharing-report-csv = Save entries as CSV…
sharing-report-csv-notes = Include my notes in the CSV
sharing-report-stale = You changed the choices: preview the report again to see what will be saved.
sharing-report-saved = Saved the report “{ $file }”.
sharing-csv-saved = Saved “{ $file }” with { $rows ->
    [one] 1 row
   *[other] { $rows } rows
  }.

## The report's first page, previewed

sharing-preview-label = Preview of the report's first page
sharing-preview-title = Back pain summary for a clinician
sharing-preview-period = Period: { $from } – { $to } ({ $days ->
    [one] 1 day
   *[other] { $days } days
  })
sharing-preview-generated = Generated { $date } from your own Backstory journal (self-reported). Pain is on the 0-10 numeric rating scale. The app records and counts; it does not diagnose.
sharing-preview-mean = Mean pain
sharing-preview-mean-note = of { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
  }, 0-10
sharing-preview-worst = Worst pain
sharing-preview-worst-note = highest rating
sharing-preview-days = Days logged
sharing-preview-days-note = of { $days ->
    [one] 1 day
   *[other] { $days } days
  }
sharing-preview-peg-latest = PEG, latest (0-10)
sharing-preview-peg-taken = taken { $date }
sharing-preview-peg = PEG (0-10)
sharing-preview-peg-none = no check in the period
sharing-preview-peg-left-out = left out with pain
sharing-preview-alerts = Red-flag alerts
sharing-preview-alerts-raised = raised in the period
sharing-preview-left-out = left out
sharing-preview-trend = Pain trend, weekly mean (0-10)
sharing-preview-chart = Weekly mean pain, 0 to 10
sharing-preview-chart-peg = Weekly mean pain and weekly PEG score, 0 to 10
sharing-preview-key-pain = mean of the week's pain entries
sharing-preview-key-pain-gaps = mean of the week's pain entries; the line breaks at { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
  } without entries
sharing-preview-key-peg = weekly PEG score: mean of pain, and its interference with enjoyment of life and with general activity (Krebs 2009)
sharing-preview-intimacy = Pain after intimacy
sharing-preview-intimacy-summary = { $cases ->
    [one] Once
   *[other] { $cases } times
  } with pain logged after; mean pain after { $mean }. Case counts under 3 say little.
sharing-preview-cases = Cases
sharing-preview-mean-after = Mean pain after
sharing-preview-flags = Red-flag history
sharing-preview-flags-left-out = You chose to leave alerts out of this report.
sharing-preview-flags-none = No red-flag alert was raised in this period.
sharing-preview-flag-first = first { $date }
sharing-preview-flag-last = last { $date }
sharing-preview-flag-seen = seen { $date }
sharing-preview-flag-resolved = resolved { $date }
sharing-preview-told = The app told you: { $told }
sharing-preview-flags-more = and { $count } more in the full alert list.
sharing-preview-tried = What was tried, and pain logged after it
sharing-preview-activity = Activity
sharing-preview-times = Times
sharing-preview-linked = Linked entries
sharing-preview-all-pain = All pain entries
sharing-preview-unlinked = Also logged, with no pain entry linked after: { $list }.
sharing-preview-unlinked-item = { $activity } ({ $times ->
    [one] once
   *[other] { $times } times
  })
sharing-preview-few-linked = Fewer than 3 linked entries say little.
sharing-preview-questions = Questions I want to ask
sharing-preview-lines = Empty lines to write on
sharing-preview-following = Following pages: { $list }.
sharing-preview-following-months = details by month ({ $months ->
    [one] 1 month
   *[other] { $months } months
  })
sharing-preview-following-months-notes = details by month ({ $months ->
    [one] 1 month
   *[other] { $months } months
  }, with your notes)
sharing-preview-following-experiment = the experiment you ran ({ $change }: { $status })
sharing-preview-following-numbers = all numbers
sharing-preview-following-adherence = exercise adherence
sharing-preview-following-alerts = the full alert list
sharing-preview-following-warning-signs = the entries with warning signs

## The FHIR file

sharing-fhir-title = For your clinician's records (FHIR)
sharing-fhir-intro = A FHIR R4 file many health record systems can read: pain scores coded LOINC 72514-3, weekly checks as the PEG scale, and what you choose below. It is not encrypted: hand it over directly.
sharing-fhir-left-out-label = Left out of this file:
sharing-fhir-left-out = { $list }.
sharing-fhir-nothing-left-out = Nothing private is left out of this file.
sharing-fhir-name = Name on the file (optional)
sharing-fhir-name-placeholder = Leave empty to name no one
sharing-fhir-name-hint = With a name, the file has a patient record with that name only (no birth date, no address). Without one, it names no one.
sharing-fhir-save = Save FHIR file…
sharing-fhir-saved = Saved “{ $file }”: { $pain ->
    [one] 1 pain score
   *[other] { $pain } pain scores
  }, { $peg ->
    [one] 1 weekly check
   *[other] { $peg } weekly checks
  }, { $activities ->
    [one] 1 activity
   *[other] { $activities } activities
  }, { $checkIns ->
    [one] 1 check-in
   *[other] { $checkIns } check-ins
  }, { $flags ->
    [one] 1 alert
   *[other] { $flags } alerts
  }.

## Backups

sharing-backups-title = Backups
sharing-backups-kept = Backstory keeps a backup of each of the last 7 days in its data folder.
sharing-backups-kept-now = Backstory keeps a backup of each of the last 7 days in its data folder ({ $count } there now, newest { $newest }).
sharing-backups-save = Save a full backup…
sharing-backups-restore-warning = Restoring replaces your journal with the backup. Your current journal is saved first.
sharing-backups-choose = Choose the backup to restore…
sharing-backups-restore = Restore from a backup…
sharing-backups-pass = Passphrase (optional)
sharing-backups-export = Export everything for my own use…
sharing-backups-plain-warning = Without a passphrase, this export is plain, unencrypted JSON.
sharing-backups-plain-hint = Keep it somewhere private. It is for you, not for sharing.
sharing-backups-import-pass = Its passphrase, if any
sharing-backups-import = Import my own export…
sharing-backups-exported-encrypted = Saved “{ $file }” (encrypted with your passphrase): { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
  }.
sharing-backups-exported-plain = Saved “{ $file }” (plain, unencrypted JSON: anyone who opens the file can read it): { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
  }.
sharing-backups-merged = Merged your export: { $added } new, { $updated } updated, { $unchanged } already up to date.
sharing-backups-saved = Saved and checked the backup “{ $file }” ({ $pain ->
    [one] 1 pain entry
   *[other] { $pain } pain entries
  }, { $activities ->
    [one] 1 activity
   *[other] { $activities } activities
  }).
sharing-backups-restored = Restored: { $counts }. Your journal as it was is kept as “{ $backup }” in the backups folder.
