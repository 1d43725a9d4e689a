# Error messages a person reads, in the window and on the command line. A message shown
# next to a form field may start in lower case: the field's name comes before it. Never
# put journal content or a secret in an argument.

## Values checked by the journal's types (domain crate)

error-sleep-hours-range = must be between 0 and 24 hours
error-unknown-region = unknown region "{ $region }" (one of: { $allowed })
error-region-score-not-whole = the score for { $region } must be a whole number from 0 to 10 (got "{ $value }")
error-unknown-pain-quality = unknown pain quality "{ $quality }" for { $region }
error-pain-range = pain must be between 0 and 10 (got { $value })
error-region-pain-range = a region's pain must be between 0 and 10 (got { $value })
error-region-twice = a region is listed twice; give each region once, with its own score
error-leg-side-missing = say whether the leg symptoms are in one leg or both
error-medicine-only-for-medicine = a medicine name or dose belongs only to "medicine"
error-duration-too-long = must be at most { $max } minutes
error-unknown-position = unknown position "{ $position }"
error-intimacy-details-misplaced = intimacy details belong only to an intimacy activity
error-relief-details-misplaced = relief details belong only to a pain-relief activity
error-relief-details-missing = a pain-relief activity needs to say what was done
error-score-range = must be between 0 and 10 (got { $value })
error-text-too-long = is too long: { $count } characters, the limit is { $max }
error-text-nul = contains a NUL character
error-list-too-long = has too many items (limit { $max })
error-in-the-future = is in the future
error-before-year = is before { $year }
# serde's own English description of a wrong type or value.
error-input-malformed = { $detail }

## The journal file and the disk

error-storage = storage error: { $detail }
error-io = file error: { $detail }
error-not-found = { $what } { $id } was not found
error-record-activity = activity
error-record-alert = alert
error-record-deleted-entry = deleted entry
error-record-entry = entry
error-record-intimacy-evening = intimacy evening
error-record-pain-entry = pain entry
error-record-pairing = pairing
error-record-partner = partner
error-db-locked = The journal is in use by another Backstory window or program.
error-db-corrupt = The journal file is damaged.
error-db-not-a-database = The journal file is not a Backstory database (or it is encrypted).
error-db-read-only = The journal is open read-only; nothing can be changed.
error-disk-full = the disk is full; nothing was saved
error-disk-failing = the disk could not be written or read (it may be full or failing); nothing was saved
