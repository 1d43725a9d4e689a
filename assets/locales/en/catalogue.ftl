# The guide's catalogue: exercises, routines, the core programme and the stress tools.
# Structure, ids, doses and sources are in assets/catalogue/*.json; the words are here, with
# ids derived from the item (exercise-<id>-name, exercise-<id>-steps-1, ...), filled in by
# backstory_domain::content_text when the catalogue is built for a language.

## exercises.json: exercises
exercise-knee_to_chest-name = Knee to chest (one leg)
exercise-knee_to_chest-target = Lower back muscles and buttock
exercise-knee_to_chest-steps-1 = Lie on your back on a firm surface, knees bent and feet flat.
exercise-knee_to_chest-steps-2 = Lift one knee and hold it with both hands, behind the thigh or just below the kneecap.
exercise-knee_to_chest-steps-3 = Ease that knee toward your chest until you feel a mild stretch in the lower back or buttock; the other foot stays on the floor.
exercise-knee_to_chest-steps-4 = Hold and breathe slowly, then lower the leg with control and change sides.
exercise-knee_to_chest-cautions-1 = This bends the lower back forward: leave it out if sitting or bending forward is what usually hurts, or if you have been told to protect a disc.
exercise-knee_to_chest-cautions-2 = Stop if pain spreads into the leg.
exercise-knee_to_chest-safety = Pulling a knee to the chest rounds the lower back: flexion.

exercise-bottom_to_heels-name = Bottom to heels
exercise-bottom_to_heels-target = Lower back, gentle forward bending
exercise-bottom_to_heels-steps-1 = Start on hands and knees, hands under the shoulders and knees under the hips, elbows soft.
exercise-bottom_to_heels-steps-2 = Keeping the neck long, slowly move your bottom back toward your heels as far as is comfortable.
exercise-bottom_to_heels-steps-3 = Stay there for one slow breath.
exercise-bottom_to_heels-steps-4 = Come forward again to hands and knees and repeat.
exercise-bottom_to_heels-cautions-1 = A forward-bending stretch: leave it out if bending forward usually hurts or with a disc problem.
exercise-bottom_to_heels-cautions-2 = With sore knees, do not go all the way back, or put a cushion behind the knees.
exercise-bottom_to_heels-safety = Sitting back toward the heels rounds the lower back: flexion.

exercise-knee_rolls-name = Knee rolls
exercise-knee_rolls-target = Lower back, gentle rotation
exercise-knee_rolls-steps-1 = Lie on your back with a thin cushion under your head, knees bent and together, feet flat.
exercise-knee_rolls-steps-2 = Keeping both shoulders on the floor, let your knees roll slowly to one side.
exercise-knee_rolls-steps-3 = Pause for a breath, bring them back to the middle, then roll to the other side.
exercise-knee_rolls-steps-4 = Go only as far as feels easy; a pillow between the knees can make it more comfortable.
exercise-knee_rolls-cautions-1 = Keep the movement small if it is painful.
exercise-knee_rolls-safety = Letting the knees roll to one side while the shoulders stay down twists the lower back: rotation.

exercise-pelvic_tilt-name = Pelvic tilt
exercise-pelvic_tilt-target = Control of the lower back and pelvis
exercise-pelvic_tilt-steps-1 = Lie on your back, knees bent, feet flat and arms by your sides.
exercise-pelvic_tilt-steps-2 = Tighten your stomach gently and press the small of your back toward the floor.
exercise-pelvic_tilt-steps-3 = Hold for a moment, then let the lower back return to its natural small arch.
exercise-pelvic_tilt-steps-4 = Keep the movement small and smooth and keep breathing.
exercise-pelvic_tilt-cautions-1 = Small, pain-free range only: pressing the back down is a small forward bend of the lower back.
exercise-pelvic_tilt-safety = Pressing the small of the back to the floor is a small forward bend of the lower back (a posterior tilt); letting go only returns to the natural curve, not past it: flexion, small range. Tagged flexion and extension before issue 12.

exercise-cat_camel-name = Cat-camel
exercise-cat_camel-target = Easy movement of each level of the spine
exercise-cat_camel-steps-1 = Start on hands and knees, hands under the shoulders and knees under the hips.
exercise-cat_camel-steps-2 = Breathing out, round your back slowly up toward the ceiling and let your head drop.
exercise-cat_camel-steps-3 = Breathing in, let your back sink slowly into a gentle arch and look ahead.
exercise-cat_camel-steps-4 = Stay well inside a comfortable range: the aim is easy motion, not a stretch.
exercise-cat_camel-cautions-1 = Pain-free range only.
exercise-cat_camel-cautions-2 = Not in the first hour or two after getting up, when the discs are most sensitive to bending.
exercise-cat_camel-safety = Rounds the lower back (flexion), then lets it sink into an arch (extension).

exercise-sphinx-name = Sphinx (forearm press-up)
exercise-sphinx-target = Lower back, gentle backward bending
exercise-sphinx-steps-1 = Lie on your front with your elbows under your shoulders and forearms on the floor.
exercise-sphinx-steps-2 = Press gently through the forearms to lift your chest, letting your hips stay heavy on the floor.
exercise-sphinx-steps-3 = Relax your buttocks and breathe easily while you hold.
exercise-sphinx-steps-4 = Lower slowly. If it stays comfortable over several days, you can straighten the arms a little further.
exercise-sphinx-cautions-1 = This arches the lower back: leave it out if arching or standing for a long time makes pain worse, or with spinal stenosis.
exercise-sphinx-cautions-2 = Stop if pain spreads into the buttock or leg.
exercise-sphinx-safety = Propping up on the forearms arches the lower back: extension.

exercise-kneeling_rock-name = Kneeling rock
exercise-kneeling_rock-target = Back muscles along the spine and at the sides of the waist
exercise-kneeling_rock-steps-1 = Start on hands and knees with a relaxed back.
exercise-kneeling_rock-steps-2 = Rock your hips slowly back toward your heels for a count of five.
exercise-kneeling_rock-steps-3 = Rock slowly forward over your hands for a count of five, letting the back sink a little.
exercise-kneeling_rock-steps-4 = Keep the rhythm slow and easy and stop short of any pain.
exercise-kneeling_rock-cautions-1 = Moves the lower back both forward and backward: keep to a comfortable range.
exercise-kneeling_rock-safety = Rocking back rounds the lower back (flexion); rocking forward lets it sink (extension).

exercise-standing_back_bend-name = Standing back bend
exercise-standing_back_bend-target = Lower back, backward bending after sitting
exercise-standing_back_bend-steps-1 = Stand with feet hip-width apart and your hands on the back of your hips, fingers pointing down.
exercise-standing_back_bend-steps-2 = Look ahead and lean back slowly from the waist, letting your hands support you.
exercise-standing_back_bend-steps-3 = Pause for a moment, then come back to upright.
exercise-standing_back_bend-steps-4 = Repeat a few times, and again through the day after long spells of sitting.
exercise-standing_back_bend-cautions-1 = This arches the lower back: leave it out if arching or long standing makes pain worse, or with spinal stenosis.
exercise-standing_back_bend-cautions-2 = Stand near a wall or counter if your balance is unsure.
exercise-standing_back_bend-safety = Leaning back from the waist arches the lower back: extension.

exercise-hamstring_strap-name = Hamstring stretch with a strap
exercise-hamstring_strap-target = Back of the thighs (hamstrings)
exercise-hamstring_strap-steps-1 = Lie on your back with both knees bent and loop a towel, belt or strap around the sole of one foot.
exercise-hamstring_strap-steps-2 = Holding the ends, straighten that leg up toward the ceiling until you feel a stretch behind the thigh.
exercise-hamstring_strap-steps-3 = Let your lower back rest on the floor and keep the other knee bent.
exercise-hamstring_strap-steps-4 = Hold and breathe slowly, then bend the knee to come out and change legs.
exercise-hamstring_strap-cautions-1 = Stop straight away if you feel pain, tingling or numbness below the knee: that is a nerve being stretched, not a muscle.
exercise-hamstring_strap-cautions-2 = A stretch should feel like a pull, never sharp.
exercise-hamstring_strap-safety = The lower back rests on the floor (neutral), but lifting the straight leg is the same movement clinicians use to test tension on the sciatic nerve (the straight-leg raise): it pulls on the nerve roots, so it is left out with sciatica or a disc herniation, and after pain below the knee. Before issue 12 only recent pain below the knee left it out.

exercise-hip_flexor_half_kneeling-name = Half-kneeling hip flexor stretch
exercise-hip_flexor_half_kneeling-target = Front of the hip (hip flexors)
exercise-hip_flexor_half_kneeling-steps-1 = Kneel on one knee with a cushion under it and the other foot flat in front, both knees at about a right angle.
exercise-hip_flexor_half_kneeling-steps-2 = Tuck your tailbone under a little and tighten the buttock on the kneeling side.
exercise-hip_flexor_half_kneeling-steps-3 = Shift your weight forward gently until you feel a stretch at the front of that hip.
exercise-hip_flexor_half_kneeling-steps-4 = Keep your trunk upright without arching the lower back; hold, then change sides.
exercise-hip_flexor_half_kneeling-cautions-1 = Do not arch your back to go further: the stretch comes from the tucked pelvis.
exercise-hip_flexor_half_kneeling-cautions-2 = Hold a chair or wall for balance and pad the knee.
exercise-hip_flexor_half_kneeling-safety = With the pelvis tucked and the trunk upright the lower back stays neutral; arching to go further would turn it into a backward bend, which is why the steps and cautions say not to.

exercise-figure_four_piriformis-name = Figure-4 hip opener (piriformis)
exercise-figure_four_piriformis-target = Deep muscles at the back of the hip
exercise-figure_four_piriformis-steps-1 = Lie on your back with both knees bent and feet flat.
exercise-figure_four_piriformis-steps-2 = Cross one ankle over the opposite knee and let the crossed knee fall outward.
exercise-figure_four_piriformis-steps-3 = For more stretch, hold behind the thigh of the supporting leg and draw it gently toward you.
exercise-figure_four_piriformis-steps-4 = Keep your head and lower back resting on the floor while you hold, then change sides.
exercise-figure_four_piriformis-cautions-1 = Stop if it causes pain, tingling or numbness down the leg.
exercise-figure_four_piriformis-cautions-2 = Drawing the leg in rounds the lower back: leave that part out if bending forward hurts.
exercise-figure_four_piriformis-safety = Crossing the ankle alone keeps the back neutral, but drawing the supporting thigh toward the chest (step 3) tilts the pelvis back and rounds the lower back: flexion. It was tagged neutral before issue 12, so people who should not bend forward were offered it. The sciatic nerve runs beside the piriformis, so it is also left out after pain below the knee.

exercise-butterfly-name = Butterfly (seated hip opener)
exercise-butterfly-target = Inner thighs and hips
exercise-butterfly-steps-1 = Sit on the floor on a folded blanket and bring the soles of your feet together, knees falling outward.
exercise-butterfly-steps-2 = Hold your ankles and sit tall, lengthening the spine.
exercise-butterfly-steps-3 = Let your knees sink gently toward the floor; lean forward from the hips only a little, keeping the back long.
exercise-butterfly-steps-4 = Hold and breathe, then use your hands to help bring the knees together and straighten the legs.
exercise-butterfly-cautions-1 = Seated and leaning forward bends the lower back: leave it out if sitting or bending forward is what hurts.
exercise-butterfly-safety = Sitting on the floor and leaning forward rounds the lower back: flexion.

exercise-sit_tall-name = Sit-tall posture reset
exercise-sit_tall-target = Sitting posture, a break from slouching
exercise-sit_tall-steps-1 = Sit toward the front of a firm chair with your feet flat and hip-width apart.
exercise-sit_tall-steps-2 = Lift your chest and let the pelvis roll forward until you sit up over your sitting bones.
exercise-sit_tall-steps-3 = Ease off a little so the position is relaxed, not forced, with the lower back in its natural curve.
exercise-sit_tall-steps-4 = Hold for a few breaths; if you have been sitting long, stand up and walk about.
exercise-sit_tall-cautions-1 = Use it as a reset, not a position to hold all day: moving often matters more than any one posture.
exercise-sit_tall-safety = Sitting up over the sitting bones brings the lower back to its natural curve, not past it: neutral.

exercise-crook_lying_breathing-name = Resting on your back with slow breathing
exercise-crook_lying_breathing-target = Relaxing the back and hips
exercise-crook_lying_breathing-steps-1 = Lie on your back with knees bent and feet flat, or with your calves resting on a chair seat.
exercise-crook_lying_breathing-steps-2 = Put a thin pillow under your head and let your lower back rest in its natural curve.
exercise-crook_lying_breathing-steps-3 = Breathe in gently through the nose for about four counts and out for about six, letting the belly rise and fall.
exercise-crook_lying_breathing-steps-4 = With each breath out, let the muscles of the back and hips soften a little more.
exercise-crook_lying_breathing-cautions-1 = If lying flat is uncomfortable, raise the knees higher or lie on your side with a pillow between the knees.
exercise-crook_lying_breathing-safety = Lying supported with the lower back in its natural curve: neutral.

exercise-abdominal_bracing-name = Abdominal bracing
exercise-abdominal_bracing-target = Deep stomach muscles (transversus abdominis)
exercise-abdominal_bracing-steps-1 = Lie on your back, knees bent and feet flat, with the lower back in its natural curve.
exercise-abdominal_bracing-steps-2 = Rest your fingertips just inside the bony points at the front of your hips.
exercise-abdominal_bracing-steps-3 = Firm up your stomach as if expecting a light poke, without sucking in or flattening your back; you should feel tension under your fingers.
exercise-abdominal_bracing-steps-4 = Keep breathing normally while you hold, then let go completely.
exercise-abdominal_bracing-cautions-1 = Do not hold your breath.
exercise-abdominal_bracing-cautions-2 = This is the base for every other core exercise: learn it first.
exercise-abdominal_bracing-safety = The stomach muscles firm up around a still spine in its natural curve: neutral.

exercise-mcgill_curl_up-name = McGill curl-up
exercise-mcgill_curl_up-target = Front of the trunk, without bending the lower back
exercise-mcgill_curl_up-steps-1 = Lie on your back with one knee bent and the other leg straight; slide your hands, palms down, under the small of your back.
exercise-mcgill_curl_up-steps-2 = Brace your stomach gently.
exercise-mcgill_curl_up-steps-3 = Lift your head and shoulders just clear of the floor as one piece, chin slightly tucked; the lower back does not move.
exercise-mcgill_curl_up-steps-4 = Hold while breathing, then lower. Change which knee is bent halfway through.
exercise-mcgill_curl_up-cautions-1 = This is not a sit-up: only the head and shoulders lift, the lower back stays still.
exercise-mcgill_curl_up-cautions-2 = Stop if it strains your neck.
exercise-mcgill_curl_up-safety = The lower back stays still on the hands (neutral), but the head and shoulders lift: a small forward bend of the upper back. With osteoporosis or a compression fracture, where bending the spine forward under load is what to avoid, it is left out and a neutral exercise used instead; that caution is Backstory's own choice for a spine-sparing exercise.

exercise-side_plank_bent_knee-name = Side plank, knees bent
exercise-side_plank_bent_knee-target = Sides of the trunk (obliques, quadratus lumborum)
exercise-side_plank_bent_knee-steps-1 = Lie on your side propped on your forearm, elbow under the shoulder, knees bent behind you.
exercise-side_plank_bent_knee-steps-2 = Brace your stomach gently.
exercise-side_plank_bent_knee-steps-3 = Lift your hips so that you rest on the forearm and the side of the knee, with the body in a straight line from head to knees.
exercise-side_plank_bent_knee-steps-4 = Hold while breathing, lower gently, then do the other side.
exercise-side_plank_bent_knee-cautions-1 = Stop if your shoulder hurts.
exercise-side_plank_bent_knee-cautions-2 = Keep the hips forward: do not let them drop or roll back.
exercise-side_plank_bent_knee-safety = The trunk is held straight and still against a sideways load: neutral.

exercise-side_plank_full-name = Side plank, legs straight
exercise-side_plank_full-target = Sides of the trunk (obliques, quadratus lumborum)
exercise-side_plank_full-steps-1 = Lie on your side propped on your forearm, elbow under the shoulder, legs straight and the top foot in front of the bottom one.
exercise-side_plank_full-steps-2 = Brace your stomach gently.
exercise-side_plank_full-steps-3 = Lift your hips so the body makes a straight line from head to feet.
exercise-side_plank_full-steps-4 = Hold while breathing, lower gently, then do the other side.
exercise-side_plank_full-cautions-1 = Go back to the bent-knee version if you cannot keep a straight line.
exercise-side_plank_full-cautions-2 = Stop if your shoulder hurts.
exercise-side_plank_full-safety = The trunk is held straight and still against a sideways load: neutral.

exercise-bird_dog-name = Bird-dog
exercise-bird_dog-target = Back extensor muscles (multifidus) and buttocks
exercise-bird_dog-steps-1 = Start on hands and knees, hands under the shoulders, knees under the hips, back in its natural curve.
exercise-bird_dog-steps-2 = Brace your stomach gently.
exercise-bird_dog-steps-3 = Slowly reach one arm forward and the opposite leg back until both are level with your body, without letting the back sag or the hips turn.
exercise-bird_dog-steps-4 = Hold, bring them back down with control and repeat; finish one side before changing.
exercise-bird_dog-cautions-1 = If you wobble or your back sags, use the easier four-point reach (arm only or leg only).
exercise-bird_dog-safety = The back is held still while an arm and the opposite leg move; it trains resisting arching and twisting: neutral.

exercise-bird_dog_arm_or_leg-name = Four-point reach (arm or leg)
exercise-bird_dog_arm_or_leg-target = Back extensor muscles and buttocks, easier version of the bird-dog
exercise-bird_dog_arm_or_leg-steps-1 = Start on hands and knees with the back in its natural curve.
exercise-bird_dog_arm_or_leg-steps-2 = Brace your stomach gently.
exercise-bird_dog_arm_or_leg-steps-3 = Slide one leg straight back along the floor and lift it to hip height, or reach one arm forward instead.
exercise-bird_dog_arm_or_leg-steps-4 = Hold, return with control and repeat, keeping the back still.
exercise-bird_dog_arm_or_leg-cautions-1 = Keep the hips level: if one side drops, make the lift smaller.
exercise-bird_dog_arm_or_leg-safety = The back is held still while one limb moves: neutral.

exercise-glute_bridge-name = Glute bridge
exercise-glute_bridge-target = Buttocks and back of the thighs
exercise-glute_bridge-steps-1 = Lie on your back, knees bent, feet flat and hip-width apart, arms by your sides.
exercise-glute_bridge-steps-2 = Brace your stomach gently and squeeze your buttocks.
exercise-glute_bridge-steps-3 = Push through your heels to lift your hips until your body is straight from shoulders to knees, without arching the lower back.
exercise-glute_bridge-steps-4 = Hold, then lower slowly.
exercise-glute_bridge-cautions-1 = Lift with the buttocks, not by arching the back.
exercise-glute_bridge-safety = Lifting with the buttocks keeps the lower back neutral; arching to lift higher would make it a backward bend, which the caution warns against.

exercise-single_leg_bridge-name = Bridge with one leg straightened
exercise-single_leg_bridge-target = Buttocks and trunk control
exercise-single_leg_bridge-steps-1 = Lift into a glute bridge with both feet on the floor.
exercise-single_leg_bridge-steps-2 = Keeping the hips level, straighten one knee so that leg lines up with the other thigh.
exercise-single_leg_bridge-steps-3 = Hold without letting the hips drop or twist.
exercise-single_leg_bridge-steps-4 = Put the foot back down, lower the hips, and repeat; finish one side before changing.
exercise-single_leg_bridge-cautions-1 = Go back to the two-foot bridge if the hips drop or the back arches.
exercise-single_leg_bridge-safety = Neutral, with the hips kept from dropping or twisting.

exercise-dead_bug-name = Dead bug
exercise-dead_bug-target = Front of the trunk, resisting arching
exercise-dead_bug-steps-1 = Lie on your back with arms toward the ceiling and knees above the hips, bent at a right angle.
exercise-dead_bug-steps-2 = Brace your stomach so the lower back stays still on the floor in its natural curve.
exercise-dead_bug-steps-3 = Slowly lower one arm overhead and the opposite leg toward the floor, only as far as the back stays still.
exercise-dead_bug-steps-4 = Come back to the start and change sides.
exercise-dead_bug-cautions-1 = If your back starts to arch, make the movement smaller or keep the heels touching the floor.
exercise-dead_bug-safety = The back is held still in its natural curve while the limbs move, resisting arching: neutral.

exercise-forearm_plank_knees-name = Forearm plank on the knees
exercise-forearm_plank_knees-target = Whole trunk
exercise-forearm_plank_knees-steps-1 = Lie on your front propped on your forearms, elbows under the shoulders.
exercise-forearm_plank_knees-steps-2 = Brace your stomach and squeeze your buttocks.
exercise-forearm_plank_knees-steps-3 = Lift your hips so that you rest on the forearms and knees with a straight line from head to knees.
exercise-forearm_plank_knees-steps-4 = Hold while breathing, then lower gently.
exercise-forearm_plank_knees-cautions-1 = Do not let the lower back sag; lower sooner rather than later.
exercise-forearm_plank_knees-cautions-2 = Move on to the full plank once 45 seconds feels steady.
exercise-forearm_plank_knees-safety = The trunk is held straight: neutral, as long as the lower back does not sag (a sag is a backward bend).

exercise-forearm_plank_toes-name = Forearm plank on the toes
exercise-forearm_plank_toes-target = Whole trunk
exercise-forearm_plank_toes-steps-1 = Prop yourself on your forearms with elbows under the shoulders and legs straight behind you.
exercise-forearm_plank_toes-steps-2 = Brace your stomach and squeeze your buttocks.
exercise-forearm_plank_toes-steps-3 = Lift onto your toes, keeping a straight line from head to heels.
exercise-forearm_plank_toes-steps-4 = Hold while breathing, then lower gently to your knees.
exercise-forearm_plank_toes-cautions-1 = Go back to the knee version if the back sags or shakes.
exercise-forearm_plank_toes-cautions-2 = Stop if it provokes back pain.
exercise-forearm_plank_toes-safety = The trunk is held straight: neutral, as long as the lower back does not sag (a sag is a backward bend).

exercise-clamshell-name = Clamshell
exercise-clamshell-target = Side of the hip (gluteus medius)
exercise-clamshell-steps-1 = Lie on your side with hips and knees bent, feet together and your head resting on your arm.
exercise-clamshell-steps-2 = Keep your feet touching and your pelvis still.
exercise-clamshell-steps-3 = Open the top knee like a shell, only as far as the pelvis stays still.
exercise-clamshell-steps-4 = Close it slowly; finish the set, then change sides.
exercise-clamshell-cautions-1 = Do not roll the pelvis back to lift the knee higher.
exercise-clamshell-safety = The pelvis stays still while the hip turns: neutral.

exercise-walking-name = Walking
exercise-walking-target = Fitness and general movement
exercise-walking-steps-1 = Walk at a pace where you can still talk comfortably.
exercise-walking-steps-2 = Stand tall and let your arms swing naturally.
exercise-walking-steps-3 = Start with what is easy today, even five or ten minutes.
exercise-walking-steps-4 = Add a few minutes every few days as long as the pain is no worse.
exercise-walking-cautions-1 = Split it into shorter walks if longer ones flare the pain.
exercise-walking-safety = Upright with the natural curve: neutral.

## routines.json: routines
routine-before_intimacy-name = Before intimacy: 5-minute warm-up
routine-before_intimacy-summary = Gentle movement for the back and hips, so muscles are warm and relaxed beforehand.
routine-before_intimacy-when = In the half hour before intimacy, ideally after a warm shower.
routine-before_intimacy-cautions-1 = Stay in a comfortable range: this is a warm-up, not a workout.
routine-before_intimacy-cautions-2 = Stop if pain spreads below the knee.

routine-after_intimacy-name = After intimacy: gentle cool-down
routine-after_intimacy-summary = Slow, lying-down stretches and easy breathing to let the back and hips settle.
routine-after_intimacy-when = Soon after intimacy, or before sleep if the back feels tight.
routine-after_intimacy-cautions-1 = If pain is sharp or spreads down a leg, rest instead and log it.

routine-morning_gentle-name = Morning: gentle start without forward bending
routine-morning_gentle-summary = Wakes the back up with neutral-spine moves and no deep forward bending.
routine-morning_gentle-when = Any time in the first hours after getting up.
routine-morning_gentle-cautions-1 = In the first hours after waking the discs hold more fluid and bending forward strains them more: this routine leaves out forward bends, and it helps to avoid them in daily life until mid-morning (tying shoes with a foot on a step, for example).

routine-sitting_break-name = Sitting break: 2 minutes
routine-sitting_break-summary = A short reset after a long spell at a desk or in the car.
routine-sitting_break-when = Every 30-60 minutes of sitting.
routine-sitting_break-cautions-1 = Standing up and walking for a minute is the most useful part.

routine-core_level_1-name = Core level 1: foundations
routine-core_level_1-summary = Learn to brace and to move the hips while the back stays still.
routine-core_level_1-when = Most days; allow a rest day when sore.
routine-core_level_1-cautions-1 = Mild effort only. Stop any exercise that causes severe pain.

routine-core_level_2-name = Core level 2: the big 3 begin
routine-core_level_2-summary = McGill's curl-up, side plank and bird-dog with short holds.
routine-core_level_2-when = Most days; allow a rest day when sore.
routine-core_level_2-cautions-1 = Short holds with good form beat long shaky ones.

routine-core_level_3-name = Core level 3: building the big 3
routine-core_level_3-summary = More repetitions of the big 3, plus the dead bug and clamshell.
routine-core_level_3-when = Most days; allow a rest day when sore.
routine-core_level_3-cautions-1 = If a hold makes you shake or lose the straight line, shorten it.

routine-core_level_4-name = Core level 4: longer holds
routine-core_level_4-summary = Longer side-plank holds and the first plank, Pilates-style control throughout.
routine-core_level_4-when = Most days; allow a rest day when sore.
routine-core_level_4-cautions-1 = Breathe throughout every hold.

routine-core_level_5-name = Core level 5: full big 3
routine-core_level_5-summary = Side plank on the feet, full plank and the single-leg bridge.
routine-core_level_5-when = Most days; allow a rest day when sore.
routine-core_level_5-cautions-1 = Drop back to the easier version of any exercise you cannot hold with good form.

routine-core_level_6-name = Core level 6: strong and steady
routine-core_level_6-summary = Endurance across the whole trunk: keep this up three or more times a week.
routine-core_level_6-when = Three or more times a week, to keep the gains.
routine-core_level_6-cautions-1 = Staying at this level is the goal: more is not needed for a healthy back.

## stress.json: tools
stress-breathing_4_6-name = Slow breathing, 4 in and 6 out
stress-breathing_4_6-summary = Breathing out for longer than you breathe in, about six breaths a minute, calms the body's stress response.
stress-breathing_4_6-steps-1 = Sit or lie comfortably and let your shoulders drop.
stress-breathing_4_6-steps-2 = Breathe in gently through your nose while the circle grows.
stress-breathing_4_6-steps-3 = Breathe out slowly through your mouth or nose while it shrinks.
stress-breathing_4_6-steps-4 = If you feel light-headed, breathe more gently or stop.
stress-breathing_4_6-phases-1-label = Breathe in
stress-breathing_4_6-phases-2-label = Breathe out

stress-box_breathing-name = Box breathing
stress-box_breathing-summary = Four equal sides: in, hold, out, hold. The steady count gives the mind something simple to follow.
stress-box_breathing-steps-1 = Sit upright and comfortable.
stress-box_breathing-steps-2 = Breathe in for four, hold for four, breathe out for four, hold for four.
stress-box_breathing-steps-3 = Follow the circle and the words; do not strain on the holds.
stress-box_breathing-steps-4 = Shorten the holds if they feel uncomfortable.
stress-box_breathing-phases-1-label = Breathe in
stress-box_breathing-phases-2-label = Hold
stress-box_breathing-phases-3-label = Breathe out
stress-box_breathing-phases-4-label = Hold

stress-body_scan-name = Short body scan
stress-body_scan-summary = Five minutes of moving your attention slowly through the body, noticing without trying to change anything. Mindfulness training helped people with long-lasting low back pain in a large trial.
stress-body_scan-steps-1 = Lie on your back with knees supported, or sit comfortably.
stress-body_scan-steps-2 = Follow each prompt, resting your attention on that part of the body.
stress-body_scan-steps-3 = Notice warmth, tension, contact with the floor, or nothing at all: all are fine.
stress-body_scan-steps-4 = If your mind wanders, bring it back to the prompt without judging.
stress-body_scan-prompts-1-text = Notice your breath, without changing it.
stress-body_scan-prompts-2-text = Your feet and ankles.
stress-body_scan-prompts-3-text = Your calves and knees.
stress-body_scan-prompts-4-text = Your thighs and hips.
stress-body_scan-prompts-5-text = Your buttocks and the lower back where it meets the floor or chair.
stress-body_scan-prompts-6-text = Your belly, rising and falling.
stress-body_scan-prompts-7-text = Your chest and upper back.
stress-body_scan-prompts-8-text = Your hands, arms and shoulders.
stress-body_scan-prompts-9-text = Your neck, jaw and face.
stress-body_scan-prompts-10-text = The whole body at once, breathing.

stress-warm_bath-name = Warm bath or shower
stress-warm_bath-summary = Warmth relaxes tight muscles: a warm bath or shower before intimacy, or before the warm-up, can make moving easier.
stress-warm_bath-steps-1 = Take a warm (not hot) bath or shower for 10 to 15 minutes.
stress-warm_bath-steps-2 = Let the water run over the lower back and hips.
stress-warm_bath-steps-3 = Follow it with the 5-minute warm-up while the muscles are warm.
stress-warm_bath-steps-4 = A heat pack on the lower back is an alternative; never sleep on one.

## programme.json: the programme
programme-name = Core programme

programme-summary = Six levels of spine-sparing core work built around McGill's big 3 (curl-up, side plank, bird-dog), with Pilates- and yoga-style control. Exercise is the main treatment for long-lasting low back pain; stabilisation and Pilates-type programmes did best in the largest comparison of exercise types.

programme-rules_text-up = Move up a level after the level's number of sessions (done within the last 4 weeks and over at least 10 days), as long as your average pain over the last 7 days is not worse than the 7 days before and no recent session hurt. Building up slowly, a little every few days, is how NHS exercise advice progresses.
programme-rules_text-down = Move down a level if your average pain over the last 7 days rose by 2 points or more (or by 30 % or more) compared with the 7 days before, or if 2 of your last 3 sessions at this level were followed by pain of 5/10 or more. A rise of 2 points or 30 % is the change that matters to people with back pain (Farrar 2001, Ostelo 2008).
programme-rules_text-stay = Otherwise stay at your level. Stop any exercise that causes severe pain and see a physiotherapist.
