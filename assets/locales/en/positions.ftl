# The intimacy positions and the positions guide. Structure, ids, ranks, sources and the
# evidence notes (quoted from the studies, left in English) are in assets/positions.json;
# the words are here (position-<id>-name, positions-guide-intro, ...), filled in by
# backstory_domain::content_text when the list is built for a language.

## positions.json: positions
position-all_fours_kneeling_behind-name = All fours, moving partner kneeling behind
position-all_fours_kneeling_behind-summary = Resting partner on hands and knees (supported on the hands), moving partner kneeling behind and moving from the hips.
position-all_fours_kneeling_behind-measured = QUAD2 (resting partner on the hands)

position-all_fours_on_elbows-name = All fours, resting partner on elbows
position-all_fours_on_elbows-summary = As above, with the resting partner lowered onto the forearms (elbows).
position-all_fours_on_elbows-measured = QUAD1 (resting partner on the elbows)

position-on_top_straight_arms-name = Face to face, moving partner on top on straight arms
position-on_top_straight_arms-summary = Resting partner on the back; moving partner above, weight on straight arms, moving from the hips and knees.
position-on_top_straight_arms-measured = MISS1 (moving partner on the hands; resting partner's hips and knees little bent)

position-on_top_elbows-name = Face to face, moving partner on top on elbows
position-on_top_elbows-summary = Resting partner on the back; moving partner above, resting on the forearms.
position-on_top_elbows-measured = MISS2 (moving partner on the elbows; resting partner's hips and knees bent more)

position-on_back_pillow_lower_back-name = Resting partner on the back, pillow under the lower back
position-on_back_pillow_lower_back-summary = A small pillow or rolled towel supports the natural curve of the lower back.

position-on_back_knees_high-name = Resting partner on the back, knees drawn high
position-on_back_knees_high-summary = Resting partner on the back with the knees pulled up toward the chest.
position-on_back_knees_high-measured = MISS2 seen from the resting partner (hips and knees bent more)

position-spooning-name = Spooning (side-lying, both facing the same way)
position-spooning-summary = Both partners on their sides, the moving partner behind.
position-spooning-measured = SIDE (side-lying, moving partner behind)

position-spooning_modified-name = Modified spooning, less arching
position-spooning_modified-summary = Side-lying with the resting partner's hips bent a little more and the back kept long rather than arched.

position-side_lying_face_to_face-name = Side-lying, face to face
position-side_lying_face_to_face-summary = Both partners on their sides facing each other, a pillow between the knees if it helps.

position-seated_supported-name = Seated, back supported
position-seated_supported-summary = One partner sitting with the back fully supported (headboard, wall or firm chair), the other on top.

position-other-name = Other
position-other-summary = A position not in this list; describe it in the notes if you like.

## positions.json: guide
positions-guide-intro = Which position suits a sore back depends on which movements provoke your pain. A small motion-capture study measured how much the lower back bends during sex in five positions; the suggestions below follow from it. They are starting points to try together, not rules.
positions-guide-principles-1-text = The moving partner moves from the hips and knees (a hip hinge), not by rounding or arching the lower back.
positions-guide-principles-2-text = The resting partner keeps the back in its natural curve and supported, for example with a pillow under the lower back.
positions-guide-principles-3-text = If a position sends pain down a leg, stop and change position.
positions-guide-principles-4-text = Log pain before, right after and the next morning: your own journal is the best guide to what suits you.
positions-guide-hip_hinge-title = The hip-hinge cue
positions-guide-hip_hinge-steps-1 = Brace the stomach lightly, as if expecting a poke.
positions-guide-hip_hinge-steps-2 = Let the movement come from the hips and knees, as in a squat, while the lower back stays in its natural curve.
positions-guide-hip_hinge-steps-3 = If you feel the lower back rounding or arching with each movement, make the movement smaller or change position.
positions-guide-hip_hinge-steps-4 = Practise the bird-dog and bridge from the core programme: they train exactly this control.
positions-guide-profiles-flexion-title = Bending forward or sitting hurts (flexion-intolerant)
positions-guide-profiles-flexion-explanation = Positions that keep the lower back from rounding tend to suit you. The ranks are from the studies (1 = the least forward bending of the five positions measured).
positions-guide-profiles-flexion-moving-try-1-note = With the resting partner on the elbows, the moving partner's lower back moved least of the five positions measured: ranked first.
positions-guide-profiles-flexion-moving-try-2-note = On top with the weight on straight arms (the resting partner's legs lower): ranked second.
positions-guide-profiles-flexion-moving-try-3-note = Kneeling behind with the resting partner on the hands: ranked third, still ahead of the rest. Move from the hips.
positions-guide-profiles-flexion-moving-avoid-1-note = Spooning moved the moving partner's lower back the most: ranked last of five.
positions-guide-profiles-flexion-moving-avoid-2-note = On top on the elbows, with the resting partner's knees drawn higher: ranked fourth of five.
positions-guide-profiles-flexion-resting-try-1-note = On all fours supported on the hands: ranked first for a resting partner whose back dislikes bending forward.
positions-guide-profiles-flexion-resting-try-2-note = Lying on the side with the back kept long: ranked second.
positions-guide-profiles-flexion-resting-try-3-note = On the elbows: ranked third of five. The hands or side-lying are better, but it still ranked ahead of both on-the-back variants, so it is a second choice rather than one to avoid.
positions-guide-profiles-flexion-resting-avoid-1-note = On the back with the knees drawn high toward the chest: ranked last of five.
positions-guide-profiles-extension-title = Arching back or standing long hurts (extension-intolerant)
positions-guide-profiles-extension-explanation = Positions that keep the lower back from arching tend to suit you.
positions-guide-profiles-extension-moving-try-1-note = Side-lying with less arching of the back.
positions-guide-profiles-extension-moving-try-2-note = On top, resting on the elbows. This comes from the lead author's interview, not from the paper's measurements.
positions-guide-profiles-extension-resting-try-1-note = On the back with a small pillow or rolled towel under the lower back: the on-the-back positions were the only ones in which the resting partner's back did not mostly arch.
positions-guide-profiles-extension-resting-avoid-1-note = On all fours the resting partner's back mostly arched.
positions-guide-profiles-extension-resting-avoid-2-note = On the elbows the back also mostly arched.
positions-guide-profiles-extension-resting-avoid-3-note = Side-lying used mostly arching for the resting partner.
positions-guide-profiles-mixed-title = Both directions hurt (mixed)
positions-guide-profiles-mixed-explanation = Aim for a neutral back with plenty of support, and small movements from the hips.
positions-guide-profiles-mixed-moving-try-1-note = Side-lying with pillows keeps both backs supported; move from the hips with small movements.
positions-guide-profiles-mixed-resting-try-1-note = On the back with the natural curve supported: the on-the-back positions moved the resting partner's back least.
positions-guide-profiles-mixed-resting-try-2-note = On the side with a pillow between the knees.
positions-guide-profiles-mixed-resting-avoid-1-note = On all fours on the elbows the resting partner's back moved the most of the five positions: last when any movement hurts.
positions-guide-profiles-unknown-title = Not sure yet
positions-guide-profiles-unknown-explanation = Start with a neutral, supported back and learn from your journal. The short questionnaire below can suggest a profile.
positions-guide-profiles-unknown-moving-try-1-note = Side-lying with pillows, moving from the hips.
positions-guide-profiles-unknown-resting-try-1-note = On the back with the natural curve supported.
positions-guide-props-pillow_under_lower_back-name = Pillow under the lower back
positions-guide-props-pillow_under_lower_back-use = Supports the natural curve for a resting partner on the back.
positions-guide-props-rolled_towel-name = Rolled towel
positions-guide-props-rolled_towel-use = A smaller, firmer support under the lower back or neck.
positions-guide-props-pillow_between_knees-name = Pillow between the knees
positions-guide-props-pillow_between_knees-use = Keeps the pelvis level when lying on the side.
positions-guide-props-pillow_under_hips-name = Pillow under the hips
positions-guide-props-pillow_under_hips-use = Changes the angle so the moving partner needs to bend less; check it does not make the lower back arch.
positions-guide-props-wedge-name = Wedge cushion
positions-guide-props-wedge-use = Firm support that keeps its shape better than a pillow.
positions-guide-props-bed_edge-name = Edge of the bed
positions-guide-props-bed_edge-use = Lets the moving partner stand or kneel and move from the hips with a straight back.
positions-guide-limits-1 = The studies measured 10 healthy couples without back pain, not people with back pain.
positions-guide-limits-2 = All couples were heterosexual, and only five positions were compared.
positions-guide-limits-3 = They measured how the lower back moved, not whether anyone's pain changed.
positions-guide-limits-4 = Their rankings come from healthy people's range of motion in each position; we could read only the papers' abstracts and summaries, so each note in this guide says where its claim comes from, and where a table number could not be confirmed it says so.
positions-guide-limits-5 = Some advice (for extension-intolerant moving partners) comes from an interview with the lead author, not from the measurements.
positions-guide-limits-6 = So treat these as sensible starting points and let your own journal decide.
positions-guide-questionnaire-intro = Which everyday movements make your back pain worse? Answer for a typical week.
positions-guide-questionnaire-questions-sitting-text = Sitting for a long time (more than about 30 minutes)
positions-guide-questionnaire-questions-bending-text = Bending forward, such as putting on socks or picking something up
positions-guide-questionnaire-questions-arching-text = Leaning or arching backwards
positions-guide-questionnaire-questions-standing-text = Standing or walking for a long time
positions-guide-questionnaire-questions-lying_front-text = Lying on your stomach
positions-guide-questionnaire-rule = Movements in only one direction suggest that profile; both directions suggest mixed, unless one direction has at least two more answers; none suggests not sure yet. You can always choose a different profile yourself.
positions-guide-conversation-intro = Talking openly is the first thing that helps. A few prompts to make it easier:
positions-guide-conversation-prompts-1-topic = Bringing it up
positions-guide-conversation-prompts-1-text = Choose a calm moment, not in the middle of things. For example: "My back has been sore after sex. I want to keep enjoying it with you, so can we work out together what helps?"
positions-guide-conversation-prompts-2-topic = What feels good
positions-guide-conversation-prompts-2-text = Tell each other which positions and movements feel good, and what you would like more of.
positions-guide-conversation-prompts-3-topic = What hurts
positions-guide-conversation-prompts-3-text = Say which movements hurt and when: during, right after or the next morning. Your partner cannot feel it, so be specific.
positions-guide-conversation-prompts-4-topic = A pause signal
positions-guide-conversation-prompts-4-text = Agree a word or touch that means "pause or change position", no explanation needed. Using it is not a rejection.
positions-guide-conversation-prompts-5-topic = Who moves
positions-guide-conversation-prompts-5-text = Agree who does more of the moving today; the partner with the sorer back can rest in a supported position.
positions-guide-conversation-prompts-6-topic = Other kinds of closeness
positions-guide-conversation-prompts-6-text = On bad days closeness can take other forms. Agreeing that in advance takes the pressure off both of you.
positions-guide-conversation-prompts-7-topic = Getting help together
positions-guide-conversation-prompts-7-text = If the pain keeps coming back, think about seeing a GP or physiotherapist, together if you like, and bring the report from this journal.
positions-guide-check-before-1 = How is the back right now, from 0 to 10?
positions-guide-check-before-2 = Any movement to avoid today?
positions-guide-check-before-3 = Pillow, wedge or towel within reach?
positions-guide-check-before-4 = Warm-up or warm shower done?
positions-guide-check-before-5 = Pause signal agreed?
positions-guide-check-after-1 = How is the back now, from 0 to 10? Log it while you remember.
positions-guide-check-after-2 = Did a position or movement hurt? Which one?
positions-guide-check-after-3 = Any pain, tingling or numbness going down a leg?
positions-guide-check-after-4 = What would you change next time?
positions-guide-check-after-5 = Check again tomorrow morning and log that too.
positions-guide-check-urgent = New numbness around the genitals, buttocks or inner thighs, a change in bladder or bowel control, or a new change in sexual sensation needs emergency care now.
positions-guide-condition_notes-1-title = Osteoporosis or a compression fracture
positions-guide-condition_notes-1-text = Bending the spine forward or twisting it under load is what to avoid, so the advice for a back that dislikes bending forward applies. In the men's study the moving partner's lower back bent forward in every position measured, so the supported resting role usually asks less of the spine; whoever moves should hinge at the hips and not twist. Ask your clinician what suits your bones.
positions-guide-condition_notes-2-title = Spinal stenosis or spondylolisthesis
positions-guide-condition_notes-2-text = Arching the lower back under load tends to bring symptoms on, so the advice for a back that dislikes arching applies: in the women's study the resting partner's back mostly arched on all fours and lying on the side, and did not on the back.
positions-guide-condition_notes-3-title = Sciatica or a disc herniation
positions-guide-condition_notes-3-text = A raised straight leg (for example a leg resting high on a partner's shoulder) stretches the sciatic nerve the way the straight-leg-raise test does: keep that knee bent. Any position that sends pain down a leg: stop and change position.
