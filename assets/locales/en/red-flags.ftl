# Red-flag rules: the sign's name, what it means, what to do now, the threshold in words and
# why that threshold (src-tauri/core/src/rules/catalogue.rs; ids are red-flag-<rule id>-<part>).
# Sources stay in the code, untranslated. docs/red-flags.md is rendered from the English.

## saddle_numbness
red-flag-saddle_numbness-title = Numbness or tingling in the saddle area
red-flag-saddle_numbness-meaning = Numbness or tingling around the genitals, buttocks, inner thighs or back passage, together with back pain, can mean the nerves at the bottom of the spine are being squeezed. That needs checking in hospital within hours, because treatment works best early.
red-flag-saddle_numbness-what-to-do = Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. Tell them you have back pain with numbness in the saddle area. Do not wait to see whether it passes.
red-flag-saddle_numbness-threshold = Any pain entry in the last 14 days with "numbness or tingling in the saddle area" ticked.
red-flag-saddle_numbness-reason = One report is enough: guidance treats this sign as an emergency on its own, and waiting for it to repeat would lose hours that matter.

## bladder_bowel_change
red-flag-bladder_bowel_change-title = Bladder or bowel change: can't pass urine, leaking, or new constipation or loss of bowel control
red-flag-bladder_bowel_change-meaning = Together with back pain, any of these can mean the nerves at the bottom of the spine are being squeezed: not being able to pass urine, or not feeling the need to go (urine held in the bladder); trouble starting or a weak flow; leaking urine or losing control of the bladder; new constipation, or losing control of the bowels or not feeling the need to open them. That needs checking in hospital within hours.
red-flag-bladder_bowel_change-what-to-do = Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. Tell them you have back pain with a new bladder or bowel change. Do not wait to see whether it passes.
red-flag-bladder_bowel_change-threshold = Any pain entry in the last 14 days with the bladder or bowel question ticked (can't pass urine or no urge to go, trouble starting or weak flow, leaking urine, new constipation, or loss of bowel control).
red-flag-bladder_bowel_change-reason = One report is enough: guidance treats this sign as an emergency on its own, and waiting for it to repeat would lose hours that matter. The question names each form the sources list (retention, incontinence, new bowel change) in plain words, because people rarely call their own symptom "a bladder change".

## sexual_function_change
red-flag-sexual_function_change-title = A new change in sexual sensation or function
red-flag-sexual_function_change-meaning = New loss of feeling in the genitals, feeling during sex that is different or missing, or new erection or ejaculation problems, together with back pain, can come from the same nerves that control the bladder and bowel. It is checked in hospital urgently for the same reason.
red-flag-sexual_function_change-what-to-do = Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. It can feel awkward to mention; staff hear it every day, and it is the detail that helps them most.
red-flag-sexual_function_change-threshold = Any pain entry in the last 14 days with "new change in sexual sensation or function" ticked.
red-flag-sexual_function_change-reason = One report is enough. People who log intimacy here are often the first to notice this change, so the app treats it with the same weight as the bladder and saddle signs, as the guidance does.

## both_legs
red-flag-both_legs-title = Symptoms in both legs
red-flag-both_legs-meaning = Pain, numbness, tingling or weakness in both legs at once, or leg pain that has spread from one leg to both, can mean nerves on both sides are being pressed. That needs checking in hospital the same day.
red-flag-both_legs-what-to-do = Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. Tell them your symptoms are in both legs. Do not drive yourself.
red-flag-both_legs-threshold = Any pain entry in the last 14 days with: "pain, numbness, tingling or weakness in both legs" ticked; or leg numbness, tingling or weakness marked "both legs"; or pain marked in both legs (below the knee, or in the thigh or knee when the pain there, or the entry's, is shooting, burning, electric, pins and needles or numb). Also an entry with these symptoms in one leg followed, within the 14 days, by an entry with them in the other leg (spreading); leg numbness or tingling marked "one leg" counts in the leg whose thigh or calf the entry marks.
red-flag-both_legs-reason = Both legs is where guidance draws the line between "see a doctor" (one leg) and "emergency", including sciatica that spreads from one leg to both. Pain below the knee is the usual reach of nerve (sciatic) pain, and shooting, burning or electric pain or tingling in a thigh is nerve-like too, so these count in either place; an ache in both thighs alone is common and does not trigger this. Spreading is judged within the same 14 days as every sign here.

## leg_weakness_worsening
red-flag-leg_weakness_worsening-title = Leg weakness getting worse, foot drop or new trouble walking
red-flag-leg_weakness_worsening-meaning = Weakness in a leg that is severe or getting worse quickly, a foot that drags or slaps when you walk, or new difficulty walking can mean a nerve is under serious pressure.
red-flag-leg_weakness_worsening-what-to-do = Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now. Do not drive yourself.
red-flag-leg_weakness_worsening-threshold = Any pain entry in the last 14 days with "leg weakness getting worse, foot drop or new trouble walking" ticked.
red-flag-leg_weakness_worsening-reason = Guidance lists severe or progressing weakness as an emergency sign on its own. Whether weakness is getting worse is something only the person can judge, so the app asks directly rather than guessing from scores.

## fever
red-flag-fever-title = Fever or chills with back pain
red-flag-fever-meaning = A high temperature or shivering together with back pain can be a sign of an infection, which should be looked at promptly.
red-flag-fever-what-to-do = Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK). If you feel very unwell or confused, call your emergency number.
red-flag-fever-threshold = Any pain entry in the last 14 days with "fever or chills" ticked.
red-flag-fever-reason = Fever with back pain is an infection warning sign in every list used here; one report is enough.

## infection_risk
red-flag-infection_risk-title = Back pain with a higher risk of infection
red-flag-infection_risk-meaning = A weakened immune system (from an illness or medicines), injecting drugs, or a recent infection makes an infection in the spine more likely, so back pain is worth a prompt check even without a fever.
red-flag-infection_risk-what-to-do = Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK), and mention the risk factor in your profile.
red-flag-infection_risk-threshold = Your profile says injecting drug use; or a weakened immune system that is ongoing or ended in the last 12 weeks; or an infection in the last 12 weeks (or ongoing); and pain of 1/10 or more was logged in the last 14 days.
red-flag-infection_risk-reason = These are the infection risk factors in the CKS-derived red-flag list. The risk factor, not the pain level, is what matters, so any logged pain counts. The guidance gives no time limit for "recent"; 12 weeks after an infection or the end of immune-suppressing treatment is Backstory's own choice. An answer saved before dates were asked counts as ongoing until you give a date.

## cancer_history
red-flag-cancer_history-title = Back pain with a history of cancer
red-flag-cancer_history-meaning = After cancer, back pain is checked promptly to make sure it is not linked to the cancer. Most of the time it turns out to be ordinary back pain, but it is worth being sure.
red-flag-cancer_history-what-to-do = Get medical advice today: ask your GP or your cancer team for an urgent appointment, or call a non-emergency medical helpline (111 in the UK).
red-flag-cancer_history-threshold = Your profile says you have had cancer, and pain of 1/10 or more was logged in the last 14 days.
red-flag-cancer_history-reason = A history of cancer is one of the strongest warning signs in back pain guidance. The history, not the pain level, is what matters, so any logged pain counts.

## weight_loss
red-flag-weight_loss-title = Back pain with unexplained weight loss
red-flag-weight_loss-meaning = Losing weight without trying, together with back pain, is something doctors like to check promptly.
red-flag-weight_loss-what-to-do = Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK).
red-flag-weight_loss-threshold = Your profile says unexplained weight loss that is ongoing or was noticed in the last 26 weeks, and pain of 1/10 or more was logged in the last 14 days.
red-flag-weight_loss-reason = Unexplained weight loss is a warning sign in the CKS-derived list and the NHS patient guidance; with it, any logged pain counts. The guidance gives no time limit; 26 weeks (about six months) from when it was noticed is Backstory's own choice. An answer saved before dates were asked counts as ongoing until you give a date.

## trauma
red-flag-trauma-title = Back pain after a fall, accident or injury
red-flag-trauma-meaning = Pain after a significant injury (a fall from a height, a road accident, a heavy blow), or after even a minor fall or strain if you are over 50, have osteoporosis (or a past compression fracture) or take long-term steroids, can come from an injured bone and should be checked.
red-flag-trauma-what-to-do = Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK). After a serious accident, or if your legs feel numb or weak, call your emergency number.
red-flag-trauma-threshold = Your profile records a major injury (fall from a height, road accident, heavy blow) in the last 12 weeks; or a minor fall or strain in the last 12 weeks when you are 50 or over, have osteoporosis or a compression fracture, or take steroid tablets long-term (or stopped in the last year); and pain of 1/10 or more was logged in the last 14 days, on or after the injury's date.
red-flag-trauma-reason = Guidance flags pain after significant trauma, and after minor trauma when bones may be fragile (osteoporosis, long-term steroids, older age). The guidance gives no time limit: 12 weeks after the injury, a year after stopping steroids, and 50 as the age (the same age as the new-pain rule) are Backstory's own choices. An answer saved before dates were asked ("a fall, accident or blow") counts as a major injury with no date, so it keeps raising the alert until you give a date.

## night_pain
red-flag-night_pain-title = Night pain that rest does not ease
red-flag-night_pain-meaning = Back pain that is much worse at night, or does not ease with rest or a change of position, behaves differently from everyday back pain and is worth checking promptly.
red-flag-night_pain-what-to-do = Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK).
red-flag-night_pain-threshold = Any pain entry in the last 14 days with "night pain that does not ease with rest or a change of position" ticked.
red-flag-night_pain-reason = Whether pain eases with rest cannot be read from the time of an entry (many people log at night simply because they are awake), so the app asks the question directly instead of guessing from entries made at night.

## back_lump
red-flag-back_lump-title = A lump, swelling or change in the shape of the back
red-flag-back_lump-meaning = A new lump or swelling on the back, or a change in its shape, is something a doctor should see promptly.
red-flag-back_lump-what-to-do = Get medical advice today: ask your GP for an urgent appointment or call a non-emergency medical helpline (111 in the UK).
red-flag-back_lump-threshold = Any pain entry in the last 14 days with "lump, swelling or change in the shape of the back" ticked.
red-flag-back_lump-reason = Listed as an urgent sign in the NHS patient guidance and the CKS-derived list; one report is enough.

## severe_pain
red-flag-severe_pain-title = Severe pain
red-flag-severe_pain-meaning = Pain of 8 out of 10 or more is the level at which pain usually gets in the way of most things. A GP or physiotherapist can help with pain relief and a plan.
red-flag-severe_pain-what-to-do = Book an appointment with your GP or a physiotherapist in the next few days. If severe pain comes with numbness in the saddle area, a bladder or bowel change, or symptoms in both legs, call your emergency number instead.
red-flag-severe_pain-threshold = A pain entry of 8/10 or more in the last 14 days. Raised again when a higher score is logged.
red-flag-severe_pain-reason = NHS advice is to get help when back pain is very severe. In people with long-lasting musculoskeletal pain, 8 and above is the band where pain interferes most with daily life (Boonstra 2016). 7 still falls in their moderate band, which many people with chronic back pain live with every day, so it does not trigger this on its own.

## persisting_pain
red-flag-persisting_pain-title = New pain lasting more than a few days
red-flag-persisting_pain-meaning = Your pain has stayed clearly above your usual level for several days in a row and is not easing. That is worth a professional look, to check nothing more is going on and to get advice on recovering.
red-flag-persisting_pain-what-to-do = Book an appointment with your GP or a physiotherapist in the next few days, and keep logging so you can show how the pain has gone.
red-flag-persisting_pain-threshold = Pain logged on at least 3 consecutive days within the last 14, each day's worst pain above your own baseline by the change that matters (2 points or 30%, at least 1 point), and the last day not lower than the first by the change that matters. Your baseline is the average worst pain of the days you logged in the 28 days before the run (at least 3 logged days, a logged 0 counts). With or without a linked activity.
red-flag-persisting_pain-reason = NHS advice is to get help when back pain does not start to improve; how many days counts as "more than a few" is Backstory's own choice: 3, the smallest number that is more than a couple. Missing is unknown: a day with no entry neither continues a run nor counts as pain-free, and without 3 logged days in the 4 weeks before, the rule cannot tell new pain from your usual level and stays silent (the severe-pain and not-improving rules still apply). Comparing with your own baseline keeps steady long-standing pain from raising this every few days, and pain that is falling by the change that matters (Farrar 2001; Ostelo 2008), such as 4, 3, 2 after sex, is improving and does not raise it.

## not_improving
red-flag-not_improving-title = Pain not improving after two weeks
red-flag-not_improving-meaning = Most back pain eases within about two weeks. Yours has not improved by an amount that matters over the last two weeks, so a GP or physiotherapist may want to review what you are doing.
red-flag-not_improving-what-to-do = Book an appointment with your GP or a physiotherapist in the next few days. Your Backstory report can show them the last weeks.
red-flag-not_improving-threshold = Pain logged on at least 3 days in each of the last two weeks, the last week still averaging 3/10 or more (worst pain of each day), and less than 2 points and less than 30% lower than the week before. Not used when the profile says this episode started more than 12 weeks ago.
red-flag-not_improving-reason = NHS inform says most back pain eases within about two weeks, and G-Care treats no improvement by about a month as a flag. Improvement is judged by the change that matters on the 0-10 scale, 2 points or 30% (Farrar 2001; Ostelo 2008). Three logged days a week keep one bad day from deciding; a week averaging under 3/10 is mild pain and does not trigger this. The two-week mark belongs to a new episode: long-standing pain (over 12 weeks) is followed by the known-condition rule instead, so it does not ask the same question every fortnight.

## one_leg_symptoms
red-flag-one_leg_symptoms-title = Numbness, tingling or weakness in one leg
red-flag-one_leg_symptoms-meaning = Numbness, tingling or weakness in one leg can mean a nerve in the lower back is irritated. On its own it is not an emergency, but it should be checked.
red-flag-one_leg_symptoms-what-to-do = Book an appointment with your GP or a physiotherapist in the next few days. If it spreads to both legs, or weakness gets worse quickly, treat it as an emergency.
red-flag-one_leg_symptoms-threshold = A pain entry in the last 14 days with leg numbness, tingling or weakness in one leg. Raised again when a new kind of symptom (for example weakness) appears.
red-flag-one_leg_symptoms-reason = NHS advice is to get help when back pain comes with numbness or weakness in the legs, and guidance separates one leg (see a doctor) from both legs (emergency).

## condition_worsening
red-flag-condition_worsening-title = Pain getting worse over the weeks
red-flag-condition_worsening-meaning = Your pain has risen by an amount that matters compared with your own level in the weeks before. Pain that keeps getting worse is a reason to have it reviewed, whether or not you have a known back condition and however long you have had it.
red-flag-condition_worsening-what-to-do = Book an appointment with your GP, physiotherapist or the team that looks after your back in the next few days.
red-flag-condition_worsening-threshold = The average of each day's worst pain over the last 7 days is at least 2 points, or at least 30% and at least 1 point, higher than over days 8 to 28 before. Only logged days count: 2 in the last week and 3 before are needed. Applies to everyone, with or without a known condition, in new or long-standing pain. Raised again when the rise grows by a whole point.
red-flag-condition_worsening-reason = NHS advice is to get help when back pain is getting worse over time. 2 points or 30% is the smallest change in 0-10 pain that people with back pain rate as meaningful (Farrar 2001; Ostelo 2008). A rise under 1 point is smaller than one step of the scale, so 30% of a low level alone does not trigger this. Stable pain, however high, never rises by that much over your own baseline, and an acknowledged alert comes back only when the rise grows by a whole point, so steady chronic pain is not nagged. Days with nothing logged are unknown, never counted as 0. (The stored id keeps its old name, condition_worsening, so existing alerts carry on; until issue 12 it applied only to people with a known condition.)

## high_interference
red-flag-high_interference-title = Pain getting in the way of daily life or intimacy
red-flag-high_interference-meaning = When pain stops you doing everyday things, or gets in the way of intimacy, a GP or physiotherapist can help with a plan, whatever the pain score.
red-flag-high_interference-what-to-do = Book an appointment with your GP or a physiotherapist in the next few days. It is fine to say that pain is affecting your sex life; it is a recognised part of back pain care.
red-flag-high_interference-threshold = A pain entry in the last 14 days rating interference with daily life or with intimacy at 7/10 or more. Raised again when a higher score is logged.
red-flag-high_interference-reason = NHS advice is to get help when back pain stops you doing day-to-day activities. 7 to 10 is the top band on 0-10 interference items such as the PEG's (Krebs 2009); the intimacy item and the line at 7 for it are Backstory's own, rated the same way.

## age_at_onset
red-flag-age_at_onset-title = New back pain starting before 20 or after 50
red-flag-age_at_onset-meaning = Back pain that starts in the teenage years or after 50 is less often the everyday kind, so guidance suggests a prompt GP review.
red-flag-age_at_onset-what-to-do = Book an appointment with your GP in the next few days and say when this back pain started.
red-flag-age_at_onset-threshold = Your profile's age band is under 20, or 50 and over; this episode started within the last 12 weeks; and pain of 1/10 or more was logged in the last 14 days. The episode start is the date in your profile or, when the journal shows it, the first pain entry after at least 30 days of keeping the journal with no pain logged (whichever is later).
red-flag-age_at_onset-reason = G-Care lists back pain starting under 20 or over 50 as a warning sign (some lists use 55; the app uses the more cautious 50). Back pain counts as new for 12 weeks, the usual line between acute or subacute and long-standing pain. A month without pain separates one episode from the next (de Vet 2002), so the first pain after 30 pain-free days starts a new episode even if you never filled in a date. Missing is unknown: the journal must have been in use before and during those 30 days (any entry or check-in), otherwise a first entry could be old pain logged for the first time, and the rule waits for a date in your profile.

## pain_below_knee_with_movement
red-flag-pain_below_knee_with_movement-title = Pain spreading below the knee during a movement
red-flag-pain_below_knee_with_movement-meaning = Pain that travels below the knee during or right after a stretch, exercise or position suggests that the movement is irritating a nerve.
red-flag-pain_below_knee_with_movement-what-to-do = Stop that stretch, exercise or position and leave it out for now; choose one that keeps any pain above the knee. If it keeps happening, or numbness or weakness follows, see a GP or physiotherapist.
red-flag-pain_below_knee_with_movement-threshold = A pain entry in the last 14 days marked below the knee, starting during or right after a linked stretching, core or intimacy activity.
red-flag-pain_below_knee_with_movement-reason = Stretching guidance asks people to stop when pain spreads below the knee: pain that reaches below the knee is typical of an irritated nerve rather than a tight muscle.

## exercise_severe_pain
red-flag-exercise_severe_pain-title = An exercise that caused severe pain
red-flag-exercise_severe_pain-meaning = Exercise should feel like effort, not severe pain. Pain of 8/10 or more during or right after an exercise means that exercise, or the way it is done, is not right for you yet.
red-flag-exercise_severe_pain-what-to-do = Stop that exercise and ask a physiotherapist to check it before trying again. Gentler options from the guide can be used meanwhile.
red-flag-exercise_severe_pain-threshold = A pain entry of 8/10 or more in the last 14 days, starting during or right after a linked stretching, core or walking/sport session.
red-flag-exercise_severe_pain-reason = NHS exercise guidance says to stop any exercise that causes severe pain and see a physiotherapist; 8/10 is the severe band (Boonstra 2016).

## What each tier asks of the person, in one sentence (Tier::action).
red-flag-tier-emergency-action = Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency department (A&E) now.
red-flag-tier-urgent-action = Get medical advice today: ask your GP for an urgent appointment, or call a non-emergency medical helpline (111 in the UK).
red-flag-tier-see_doctor_soon-action = Book an appointment with your GP or a physiotherapist within the next few days.
red-flag-tier-self_care-action = No doctor visit is needed for this alone: stop or change the movement, and log how it goes.
