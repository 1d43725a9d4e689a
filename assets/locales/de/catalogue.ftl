# Der Katalog des Übungsbereichs: Übungen, Abläufe, das Rumpfprogramm und die Entspannungshilfen.
# Aufbau, Ids, Dosierung und Quellen stehen in assets/catalogue/*.json; die Wörter stehen hier,
# mit Ids, die sich aus dem Eintrag ergeben (exercise-<id>-name, exercise-<id>-steps-1, …).
# Übersetzt nach Bedeutung und an der englischen Fassung geprüft; keine Diagnosen.

## exercises.json: exercises
exercise-knee_to_chest-name = Knie zur Brust (ein Bein)
exercise-knee_to_chest-target = Muskeln des unteren Rückens und Gesäß
exercise-knee_to_chest-steps-1 = Legen Sie sich auf einer festen Unterlage auf den Rücken, Knie gebeugt, Füße flach aufgestellt.
exercise-knee_to_chest-steps-2 = Heben Sie ein Knie an und halten Sie es mit beiden Händen fest, hinter dem Oberschenkel oder knapp unterhalb der Kniescheibe.
exercise-knee_to_chest-steps-3 = Ziehen Sie dieses Knie sanft zur Brust, bis Sie eine leichte Dehnung im unteren Rücken oder im Gesäß spüren; der andere Fuß bleibt am Boden.
exercise-knee_to_chest-steps-4 = Halten Sie die Position und atmen Sie langsam, dann senken Sie das Bein kontrolliert ab und wechseln die Seite.
exercise-knee_to_chest-cautions-1 = Dabei beugt sich der untere Rücken nach vorn: Lassen Sie die Übung weg, wenn Sitzen oder Vorbeugen das ist, was meist wehtut, oder wenn Ihnen geraten wurde, eine Bandscheibe zu schonen.
exercise-knee_to_chest-cautions-2 = Hören Sie auf, wenn Schmerzen ins Bein ausstrahlen.
exercise-knee_to_chest-safety = Ein Knie zur Brust zu ziehen rundet den unteren Rücken: Flexion (Beugung nach vorn).

exercise-bottom_to_heels-name = Gesäß zu den Fersen
exercise-bottom_to_heels-target = Unterer Rücken, sanfte Beugung nach vorn
exercise-bottom_to_heels-steps-1 = Beginnen Sie im Vierfüßlerstand: Hände unter den Schultern, Knie unter den Hüften, Ellbogen locker.
exercise-bottom_to_heels-steps-2 = Halten Sie den Nacken lang und schieben Sie das Gesäß langsam in Richtung Fersen, so weit es angenehm ist.
exercise-bottom_to_heels-steps-3 = Bleiben Sie dort für einen langsamen Atemzug.
exercise-bottom_to_heels-steps-4 = Kommen Sie wieder nach vorn in den Vierfüßlerstand und wiederholen Sie.
exercise-bottom_to_heels-cautions-1 = Eine Dehnung mit Beugung nach vorn: Lassen Sie sie weg, wenn Vorbeugen meist wehtut, oder bei einem Bandscheibenproblem.
exercise-bottom_to_heels-cautions-2 = Bei schmerzenden Knien gehen Sie nicht ganz zurück oder legen ein Kissen in die Kniekehlen.
exercise-bottom_to_heels-safety = Das Zurücksetzen zu den Fersen rundet den unteren Rücken: Flexion (Beugung nach vorn).

exercise-knee_rolls-name = Knie zur Seite rollen
exercise-knee_rolls-target = Unterer Rücken, sanfte Drehung
exercise-knee_rolls-steps-1 = Legen Sie sich auf den Rücken, ein dünnes Kissen unter dem Kopf, Knie gebeugt und geschlossen, Füße flach aufgestellt.
exercise-knee_rolls-steps-2 = Lassen Sie beide Schultern am Boden und die Knie langsam zu einer Seite rollen.
exercise-knee_rolls-steps-3 = Verweilen Sie einen Atemzug lang, führen Sie die Knie zurück zur Mitte und rollen Sie dann zur anderen Seite.
exercise-knee_rolls-steps-4 = Gehen Sie nur so weit, wie es leicht fällt; ein Kissen zwischen den Knien kann es angenehmer machen.
exercise-knee_rolls-cautions-1 = Halten Sie die Bewegung klein, wenn sie schmerzt.
exercise-knee_rolls-safety = Wenn die Knie zur Seite rollen und die Schultern unten bleiben, dreht sich der untere Rücken: Rotation.

exercise-pelvic_tilt-name = Beckenkippung
exercise-pelvic_tilt-target = Kontrolle von unterem Rücken und Becken
exercise-pelvic_tilt-steps-1 = Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach, Arme neben dem Körper.
exercise-pelvic_tilt-steps-2 = Spannen Sie den Bauch leicht an und drücken Sie den unteren Rücken in Richtung Boden.
exercise-pelvic_tilt-steps-3 = Halten Sie kurz, dann lassen Sie den unteren Rücken in sein natürliches kleines Hohlkreuz zurückkehren.
exercise-pelvic_tilt-steps-4 = Halten Sie die Bewegung klein und fließend und atmen Sie weiter.
exercise-pelvic_tilt-cautions-1 = Nur in einem kleinen, schmerzfreien Bewegungsumfang: Den Rücken nach unten zu drücken ist eine kleine Beugung des unteren Rückens nach vorn.
exercise-pelvic_tilt-safety = Den unteren Rücken an den Boden zu drücken ist eine kleine Beugung des unteren Rückens nach vorn (Kippung des Beckens nach hinten); das Loslassen führt nur zur natürlichen Krümmung zurück, nicht darüber hinaus: Flexion, kleiner Umfang. Vor Issue 12 als Flexion und Extension markiert.

exercise-cat_camel-name = Katzenbuckel und Pferderücken
exercise-cat_camel-target = Leichte Bewegung jedes Abschnitts der Wirbelsäule
exercise-cat_camel-steps-1 = Beginnen Sie im Vierfüßlerstand: Hände unter den Schultern, Knie unter den Hüften.
exercise-cat_camel-steps-2 = Beim Ausatmen machen Sie den Rücken langsam rund zur Decke (Katzenbuckel) und lassen den Kopf sinken.
exercise-cat_camel-steps-3 = Beim Einatmen lassen Sie den Rücken langsam in ein sanftes Hohlkreuz sinken (Pferderücken) und schauen nach vorn.
exercise-cat_camel-steps-4 = Bleiben Sie deutlich in einem angenehmen Bewegungsumfang: Ziel ist lockere Bewegung, keine Dehnung.
exercise-cat_camel-cautions-1 = Nur im schmerzfreien Bereich.
exercise-cat_camel-cautions-2 = Nicht in den ersten ein bis zwei Stunden nach dem Aufstehen, wenn die Bandscheiben am empfindlichsten auf Beugung reagieren.
exercise-cat_camel-safety = Rundet den unteren Rücken (Flexion) und lässt ihn dann in ein Hohlkreuz sinken (Extension).

exercise-sphinx-name = Sphinx (Aufrichten auf die Unterarme)
exercise-sphinx-target = Unterer Rücken, sanfte Beugung nach hinten
exercise-sphinx-steps-1 = Legen Sie sich auf den Bauch, die Ellbogen unter den Schultern, die Unterarme auf dem Boden.
exercise-sphinx-steps-2 = Drücken Sie sich sanft über die Unterarme hoch, um die Brust anzuheben; die Hüften bleiben schwer am Boden.
exercise-sphinx-steps-3 = Entspannen Sie das Gesäß und atmen Sie ruhig, während Sie halten.
exercise-sphinx-steps-4 = Senken Sie sich langsam ab. Bleibt es über mehrere Tage angenehm, können Sie die Arme etwas weiter strecken.
exercise-sphinx-cautions-1 = Dabei geht der untere Rücken ins Hohlkreuz: Lassen Sie die Übung weg, wenn ein Hohlkreuz oder langes Stehen die Schmerzen verstärkt, oder bei einer Spinalkanalstenose.
exercise-sphinx-cautions-2 = Hören Sie auf, wenn Schmerzen ins Gesäß oder Bein ausstrahlen.
exercise-sphinx-safety = Das Aufstützen auf die Unterarme bringt den unteren Rücken ins Hohlkreuz: Extension (Beugung nach hinten).

exercise-kneeling_rock-name = Schaukeln im Vierfüßlerstand
exercise-kneeling_rock-target = Rückenmuskeln entlang der Wirbelsäule und an den Seiten der Taille
exercise-kneeling_rock-steps-1 = Beginnen Sie im Vierfüßlerstand mit entspanntem Rücken.
exercise-kneeling_rock-steps-2 = Schaukeln Sie die Hüften langsam zurück in Richtung Fersen und zählen Sie dabei bis fünf.
exercise-kneeling_rock-steps-3 = Schaukeln Sie langsam nach vorn über die Hände und zählen Sie bis fünf; dabei darf der Rücken etwas durchhängen.
exercise-kneeling_rock-steps-4 = Halten Sie den Rhythmus langsam und leicht und hören Sie auf, bevor es schmerzt.
exercise-kneeling_rock-cautions-1 = Bewegt den unteren Rücken nach vorn und nach hinten: Bleiben Sie in einem angenehmen Bewegungsumfang.
exercise-kneeling_rock-safety = Das Zurückschaukeln rundet den unteren Rücken (Flexion); das Vorschaukeln lässt ihn durchhängen (Extension).

exercise-standing_back_bend-name = Rückbeuge im Stehen
exercise-standing_back_bend-target = Unterer Rücken, Beugung nach hinten nach dem Sitzen
exercise-standing_back_bend-steps-1 = Stellen Sie sich hüftbreit hin und legen Sie die Hände hinten auf die Hüften, die Finger zeigen nach unten.
exercise-standing_back_bend-steps-2 = Schauen Sie nach vorn und lehnen Sie sich langsam aus der Taille nach hinten; die Hände stützen Sie dabei.
exercise-standing_back_bend-steps-3 = Verweilen Sie kurz und kommen Sie dann zurück in den aufrechten Stand.
exercise-standing_back_bend-steps-4 = Wiederholen Sie einige Male und über den Tag immer wieder nach längerem Sitzen.
exercise-standing_back_bend-cautions-1 = Dabei geht der untere Rücken ins Hohlkreuz: Lassen Sie die Übung weg, wenn ein Hohlkreuz oder langes Stehen die Schmerzen verstärkt, oder bei einer Spinalkanalstenose.
exercise-standing_back_bend-cautions-2 = Stellen Sie sich in die Nähe einer Wand oder Arbeitsplatte, wenn Ihr Gleichgewicht unsicher ist.
exercise-standing_back_bend-safety = Sich aus der Taille nach hinten zu lehnen bringt den unteren Rücken ins Hohlkreuz: Extension.

exercise-hamstring_strap-name = Dehnung der Oberschenkelrückseite mit Gurt
exercise-hamstring_strap-target = Rückseite der Oberschenkel (ischiocrurale Muskulatur)
exercise-hamstring_strap-steps-1 = Legen Sie sich mit beiden Knien gebeugt auf den Rücken und legen Sie ein Handtuch, einen Gürtel oder Gurt um die Fußsohle eines Fußes.
exercise-hamstring_strap-steps-2 = Halten Sie die Enden fest und strecken Sie dieses Bein zur Decke, bis Sie eine Dehnung hinten am Oberschenkel spüren.
exercise-hamstring_strap-steps-3 = Lassen Sie den unteren Rücken auf dem Boden ruhen und das andere Knie gebeugt.
exercise-hamstring_strap-steps-4 = Halten Sie und atmen Sie langsam, dann beugen Sie das Knie, um herauszukommen, und wechseln das Bein.
exercise-hamstring_strap-cautions-1 = Hören Sie sofort auf, wenn Sie Schmerzen, Kribbeln oder Taubheit unterhalb des Knies spüren: Dann wird ein Nerv gedehnt, kein Muskel.
exercise-hamstring_strap-cautions-2 = Eine Dehnung soll sich wie ein Ziehen anfühlen, nie stechend.
exercise-hamstring_strap-safety = Der untere Rücken ruht auf dem Boden (neutral), aber das Anheben des gestreckten Beins ist dieselbe Bewegung, mit der Fachleute die Spannung am Ischiasnerv prüfen (Anheben des gestreckten Beins, Lasègue-Test): Sie zieht an den Nervenwurzeln; deshalb wird die Übung bei Ischiasbeschwerden oder einem Bandscheibenvorfall und nach Schmerzen unterhalb des Knies weggelassen. Vor Issue 12 führten nur kürzliche Schmerzen unterhalb des Knies dazu.

exercise-hip_flexor_half_kneeling-name = Hüftbeuger-Dehnung im Halbkniestand
exercise-hip_flexor_half_kneeling-target = Vorderseite der Hüfte (Hüftbeuger)
exercise-hip_flexor_half_kneeling-steps-1 = Knien Sie auf einem Knie mit einem Kissen darunter, der andere Fuß steht flach davor, beide Knie etwa im rechten Winkel.
exercise-hip_flexor_half_kneeling-steps-2 = Kippen Sie das Becken etwas nach hinten (Steißbein leicht nach unten) und spannen Sie das Gesäß auf der knienden Seite an.
exercise-hip_flexor_half_kneeling-steps-3 = Verlagern Sie das Gewicht sanft nach vorn, bis Sie eine Dehnung vorn an dieser Hüfte spüren.
exercise-hip_flexor_half_kneeling-steps-4 = Halten Sie den Oberkörper aufrecht, ohne ins Hohlkreuz zu gehen; halten Sie, dann wechseln Sie die Seite.
exercise-hip_flexor_half_kneeling-cautions-1 = Gehen Sie nicht ins Hohlkreuz, um weiter zu kommen: Die Dehnung entsteht durch das nach hinten gekippte Becken.
exercise-hip_flexor_half_kneeling-cautions-2 = Halten Sie sich zum Gleichgewicht an einem Stuhl oder einer Wand fest und polstern Sie das Knie.
exercise-hip_flexor_half_kneeling-safety = Mit nach hinten gekipptem Becken und aufrechtem Oberkörper bleibt der untere Rücken neutral; ins Hohlkreuz zu gehen, um weiter zu kommen, würde daraus eine Beugung nach hinten machen; deshalb raten Schritte und Hinweise davon ab.

exercise-figure_four_piriformis-name = Hüftöffner in Viererstellung (Piriformis)
exercise-figure_four_piriformis-target = Tiefe Muskeln an der Rückseite der Hüfte
exercise-figure_four_piriformis-steps-1 = Legen Sie sich auf den Rücken, beide Knie gebeugt, Füße flach aufgestellt.
exercise-figure_four_piriformis-steps-2 = Legen Sie einen Knöchel über das gegenüberliegende Knie und lassen Sie das übergeschlagene Knie nach außen fallen.
exercise-figure_four_piriformis-steps-3 = Für mehr Dehnung fassen Sie hinter den Oberschenkel des Standbeins und ziehen ihn sanft zu sich heran.
exercise-figure_four_piriformis-steps-4 = Lassen Sie Kopf und unteren Rücken beim Halten auf dem Boden ruhen, dann wechseln Sie die Seite.
exercise-figure_four_piriformis-cautions-1 = Hören Sie auf, wenn es Schmerzen, Kribbeln oder Taubheit bis ins Bein verursacht.
exercise-figure_four_piriformis-cautions-2 = Das Heranziehen des Beins rundet den unteren Rücken: Lassen Sie diesen Teil weg, wenn Vorbeugen schmerzt.
exercise-figure_four_piriformis-safety = Nur den Knöchel überzuschlagen hält den Rücken neutral, aber das Heranziehen des Standbein-Oberschenkels zur Brust (Schritt 3) kippt das Becken nach hinten und rundet den unteren Rücken: Flexion. Vor Issue 12 war die Übung als neutral markiert, sodass sie Menschen angeboten wurde, die sich nicht nach vorn beugen sollten. Der Ischiasnerv verläuft neben dem Piriformis; deshalb wird sie auch nach Schmerzen unterhalb des Knies weggelassen.

exercise-butterfly-name = Schmetterling (Hüftöffner im Sitzen)
exercise-butterfly-target = Innenseite der Oberschenkel und Hüften
exercise-butterfly-steps-1 = Setzen Sie sich auf eine gefaltete Decke auf den Boden und bringen Sie die Fußsohlen zusammen; die Knie fallen nach außen.
exercise-butterfly-steps-2 = Halten Sie Ihre Knöchel und sitzen Sie aufrecht, die Wirbelsäule lang.
exercise-butterfly-steps-3 = Lassen Sie die Knie sanft in Richtung Boden sinken; neigen Sie sich aus den Hüften nur wenig nach vorn und halten Sie den Rücken lang.
exercise-butterfly-steps-4 = Halten Sie und atmen Sie, dann bringen Sie die Knie mit Hilfe der Hände zusammen und strecken die Beine.
exercise-butterfly-cautions-1 = Sitzen und Vorneigen beugen den unteren Rücken: Lassen Sie die Übung weg, wenn Sitzen oder Vorbeugen das ist, was wehtut.
exercise-butterfly-safety = Auf dem Boden zu sitzen und sich vorzuneigen rundet den unteren Rücken: Flexion.

exercise-sit_tall-name = Aufrecht sitzen: Haltung neu einstellen
exercise-sit_tall-target = Sitzhaltung, eine Pause vom Zusammensacken
exercise-sit_tall-steps-1 = Setzen Sie sich vorn auf einen festen Stuhl, die Füße flach und hüftbreit auseinander.
exercise-sit_tall-steps-2 = Heben Sie die Brust und lassen Sie das Becken nach vorn rollen, bis Sie aufrecht auf den Sitzbeinhöckern sitzen.
exercise-sit_tall-steps-3 = Lassen Sie etwas locker, sodass die Haltung entspannt und nicht erzwungen ist, mit dem unteren Rücken in seiner natürlichen Krümmung.
exercise-sit_tall-steps-4 = Halten Sie ein paar Atemzüge lang; wenn Sie lange gesessen haben, stehen Sie auf und gehen Sie umher.
exercise-sit_tall-cautions-1 = Nutzen Sie es zum Neueinstellen, nicht als Haltung für den ganzen Tag: Sich oft zu bewegen ist wichtiger als jede einzelne Haltung.
exercise-sit_tall-safety = Aufrecht auf den Sitzbeinhöckern zu sitzen bringt den unteren Rücken in seine natürliche Krümmung, nicht darüber hinaus: neutral.

exercise-crook_lying_breathing-name = Rückenlage mit langsamem Atmen
exercise-crook_lying_breathing-target = Entspannung von Rücken und Hüften
exercise-crook_lying_breathing-steps-1 = Legen Sie sich auf den Rücken, die Knie gebeugt und die Füße flach, oder die Unterschenkel auf einer Stuhlfläche abgelegt.
exercise-crook_lying_breathing-steps-2 = Legen Sie ein dünnes Kissen unter den Kopf und lassen Sie den unteren Rücken in seiner natürlichen Krümmung ruhen.
exercise-crook_lying_breathing-steps-3 = Atmen Sie sanft etwa vier Zählzeiten durch die Nase ein und etwa sechs aus; der Bauch hebt und senkt sich.
exercise-crook_lying_breathing-steps-4 = Lassen Sie mit jedem Ausatmen die Muskeln von Rücken und Hüften noch etwas weicher werden.
exercise-crook_lying_breathing-cautions-1 = Wenn flaches Liegen unangenehm ist, lagern Sie die Knie höher oder legen sich auf die Seite mit einem Kissen zwischen den Knien.
exercise-crook_lying_breathing-safety = Gestütztes Liegen mit dem unteren Rücken in seiner natürlichen Krümmung: neutral.

exercise-abdominal_bracing-name = Bauchspannung (Bracing)
exercise-abdominal_bracing-target = Tiefe Bauchmuskeln (querer Bauchmuskel, Transversus abdominis)
exercise-abdominal_bracing-steps-1 = Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach, der untere Rücken in seiner natürlichen Krümmung.
exercise-abdominal_bracing-steps-2 = Legen Sie die Fingerspitzen knapp innen neben die Knochenvorsprünge vorn am Becken.
exercise-abdominal_bracing-steps-3 = Spannen Sie den Bauch an, als würden Sie einen leichten Stups erwarten, ohne ihn einzuziehen oder den Rücken flach zu drücken; Sie sollten die Spannung unter den Fingern spüren.
exercise-abdominal_bracing-steps-4 = Atmen Sie beim Halten normal weiter, dann lassen Sie ganz los.
exercise-abdominal_bracing-cautions-1 = Halten Sie nicht die Luft an.
exercise-abdominal_bracing-cautions-2 = Das ist die Grundlage jeder anderen Rumpfübung: Lernen Sie sie zuerst.
exercise-abdominal_bracing-safety = Die Bauchmuskeln spannen sich um eine ruhige Wirbelsäule in ihrer natürlichen Krümmung an: neutral.

exercise-mcgill_curl_up-name = McGill-Curl-up
exercise-mcgill_curl_up-target = Vorderseite des Rumpfes, ohne den unteren Rücken zu beugen
exercise-mcgill_curl_up-steps-1 = Legen Sie sich auf den Rücken, ein Knie gebeugt, das andere Bein gestreckt; schieben Sie die Hände mit den Handflächen nach unten unter den unteren Rücken.
exercise-mcgill_curl_up-steps-2 = Spannen Sie den Bauch leicht an.
exercise-mcgill_curl_up-steps-3 = Heben Sie Kopf und Schultern als Einheit knapp vom Boden ab, das Kinn leicht angezogen; der untere Rücken bewegt sich nicht.
exercise-mcgill_curl_up-steps-4 = Halten Sie und atmen Sie dabei, dann legen Sie sich ab. Wechseln Sie nach der Hälfte das gebeugte Knie.
exercise-mcgill_curl_up-cautions-1 = Das ist kein Sit-up: Nur Kopf und Schultern heben sich, der untere Rücken bleibt ruhig.
exercise-mcgill_curl_up-cautions-2 = Hören Sie auf, wenn es den Nacken belastet.
exercise-mcgill_curl_up-safety = Der untere Rücken bleibt ruhig auf den Händen (neutral), aber Kopf und Schultern heben sich: eine kleine Beugung des oberen Rückens nach vorn. Bei Osteoporose oder einem Wirbelkörpereinbruch, bei denen eine Beugung der Wirbelsäule nach vorn unter Last zu vermeiden ist, wird die Übung weggelassen und stattdessen eine neutrale Übung verwendet; diese Vorsicht ist Backstorys eigene Wahl für eine wirbelsäulenschonende Übung.

exercise-side_plank_bent_knee-name = Seitstütz mit gebeugten Knien
exercise-side_plank_bent_knee-target = Seiten des Rumpfes (schräge Bauchmuskeln, quadratischer Lendenmuskel)
exercise-side_plank_bent_knee-steps-1 = Legen Sie sich auf die Seite und stützen Sie sich auf den Unterarm, der Ellbogen unter der Schulter, die Knie nach hinten gebeugt.
exercise-side_plank_bent_knee-steps-2 = Spannen Sie den Bauch leicht an.
exercise-side_plank_bent_knee-steps-3 = Heben Sie die Hüften, sodass Sie auf Unterarm und Knieaußenseite ruhen und der Körper von Kopf bis Knie eine gerade Linie bildet.
exercise-side_plank_bent_knee-steps-4 = Halten Sie und atmen Sie dabei, legen Sie sich sanft ab, dann die andere Seite.
exercise-side_plank_bent_knee-cautions-1 = Hören Sie auf, wenn die Schulter schmerzt.
exercise-side_plank_bent_knee-cautions-2 = Halten Sie die Hüften vorn: Lassen Sie sie nicht absinken oder nach hinten kippen.
exercise-side_plank_bent_knee-safety = Der Rumpf wird gegen eine seitliche Last gerade und ruhig gehalten: neutral.

exercise-side_plank_full-name = Seitstütz mit gestreckten Beinen
exercise-side_plank_full-target = Seiten des Rumpfes (schräge Bauchmuskeln, quadratischer Lendenmuskel)
exercise-side_plank_full-steps-1 = Legen Sie sich auf die Seite und stützen Sie sich auf den Unterarm, der Ellbogen unter der Schulter, die Beine gestreckt, der obere Fuß vor dem unteren.
exercise-side_plank_full-steps-2 = Spannen Sie den Bauch leicht an.
exercise-side_plank_full-steps-3 = Heben Sie die Hüften, sodass der Körper von Kopf bis Fuß eine gerade Linie bildet.
exercise-side_plank_full-steps-4 = Halten Sie und atmen Sie dabei, legen Sie sich sanft ab, dann die andere Seite.
exercise-side_plank_full-cautions-1 = Gehen Sie zurück zur Variante mit gebeugten Knien, wenn Sie die gerade Linie nicht halten können.
exercise-side_plank_full-cautions-2 = Hören Sie auf, wenn die Schulter schmerzt.
exercise-side_plank_full-safety = Der Rumpf wird gegen eine seitliche Last gerade und ruhig gehalten: neutral.

exercise-bird_dog-name = Vierfüßler-Diagonalstütz (Bird-Dog)
exercise-bird_dog-target = Rückenstrecker (Multifidus) und Gesäß
exercise-bird_dog-steps-1 = Beginnen Sie im Vierfüßlerstand: Hände unter den Schultern, Knie unter den Hüften, der Rücken in seiner natürlichen Krümmung.
exercise-bird_dog-steps-2 = Spannen Sie den Bauch leicht an.
exercise-bird_dog-steps-3 = Strecken Sie langsam einen Arm nach vorn und das gegenüberliegende Bein nach hinten, bis beide auf Höhe des Körpers sind, ohne dass der Rücken durchhängt oder sich die Hüften drehen.
exercise-bird_dog-steps-4 = Halten Sie, führen Sie beide kontrolliert zurück und wiederholen Sie; beenden Sie eine Seite, bevor Sie wechseln.
exercise-bird_dog-cautions-1 = Wenn Sie wackeln oder der Rücken durchhängt, nehmen Sie die leichtere Variante im Vierfüßlerstand (nur Arm oder nur Bein).
exercise-bird_dog-safety = Der Rücken wird ruhig gehalten, während sich ein Arm und das gegenüberliegende Bein bewegen; trainiert wird, Hohlkreuz und Drehung zu widerstehen: neutral.

exercise-bird_dog_arm_or_leg-name = Vierfüßlerstand: Arm oder Bein strecken
exercise-bird_dog_arm_or_leg-target = Rückenstrecker und Gesäß, leichtere Variante des Vierfüßler-Diagonalstützes
exercise-bird_dog_arm_or_leg-steps-1 = Beginnen Sie im Vierfüßlerstand mit dem Rücken in seiner natürlichen Krümmung.
exercise-bird_dog_arm_or_leg-steps-2 = Spannen Sie den Bauch leicht an.
exercise-bird_dog_arm_or_leg-steps-3 = Schieben Sie ein Bein gestreckt am Boden nach hinten und heben Sie es auf Hüfthöhe, oder strecken Sie stattdessen einen Arm nach vorn.
exercise-bird_dog_arm_or_leg-steps-4 = Halten Sie, kehren Sie kontrolliert zurück und wiederholen Sie; der Rücken bleibt dabei ruhig.
exercise-bird_dog_arm_or_leg-cautions-1 = Halten Sie die Hüften waagerecht: Wenn eine Seite absinkt, heben Sie weniger hoch.
exercise-bird_dog_arm_or_leg-safety = Der Rücken wird ruhig gehalten, während sich ein Arm oder Bein bewegt: neutral.

exercise-glute_bridge-name = Brücke (Gesäßbrücke)
exercise-glute_bridge-target = Gesäß und Rückseite der Oberschenkel
exercise-glute_bridge-steps-1 = Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach und hüftbreit, Arme neben dem Körper.
exercise-glute_bridge-steps-2 = Spannen Sie den Bauch leicht an und das Gesäß fest an.
exercise-glute_bridge-steps-3 = Drücken Sie sich über die Fersen hoch und heben Sie die Hüften, bis der Körper von den Schultern bis zu den Knien gerade ist, ohne ins Hohlkreuz zu gehen.
exercise-glute_bridge-steps-4 = Halten Sie, dann senken Sie sich langsam ab.
exercise-glute_bridge-cautions-1 = Heben Sie mit dem Gesäß, nicht durch ein Hohlkreuz.
exercise-glute_bridge-safety = Mit dem Gesäß zu heben hält den unteren Rücken neutral; ins Hohlkreuz zu gehen, um höher zu kommen, würde daraus eine Beugung nach hinten machen, wovor der Hinweis warnt.

exercise-single_leg_bridge-name = Brücke mit einem gestreckten Bein
exercise-single_leg_bridge-target = Gesäß und Rumpfkontrolle
exercise-single_leg_bridge-steps-1 = Gehen Sie mit beiden Füßen am Boden in die Brücke.
exercise-single_leg_bridge-steps-2 = Halten Sie die Hüften waagerecht und strecken Sie ein Knie, sodass dieses Bein in einer Linie mit dem anderen Oberschenkel ist.
exercise-single_leg_bridge-steps-3 = Halten Sie, ohne dass die Hüften absinken oder sich drehen.
exercise-single_leg_bridge-steps-4 = Stellen Sie den Fuß wieder ab, senken Sie die Hüften und wiederholen Sie; beenden Sie eine Seite, bevor Sie wechseln.
exercise-single_leg_bridge-cautions-1 = Gehen Sie zurück zur Brücke mit beiden Füßen, wenn die Hüften absinken oder der Rücken ins Hohlkreuz geht.
exercise-single_leg_bridge-safety = Neutral, wobei die Hüften weder absinken noch sich drehen.

exercise-dead_bug-name = Dead Bug (Käfer in Rückenlage)
exercise-dead_bug-target = Vorderseite des Rumpfes, gegen das Hohlkreuz
exercise-dead_bug-steps-1 = Legen Sie sich auf den Rücken, die Arme zur Decke gestreckt, die Knie über den Hüften im rechten Winkel gebeugt.
exercise-dead_bug-steps-2 = Spannen Sie den Bauch an, sodass der untere Rücken in seiner natürlichen Krümmung ruhig am Boden bleibt.
exercise-dead_bug-steps-3 = Senken Sie langsam einen Arm über den Kopf und das gegenüberliegende Bein Richtung Boden, nur so weit, wie der Rücken ruhig bleibt.
exercise-dead_bug-steps-4 = Kommen Sie zurück in die Ausgangsstellung und wechseln Sie die Seite.
exercise-dead_bug-cautions-1 = Wenn der Rücken ins Hohlkreuz geht, machen Sie die Bewegung kleiner oder lassen die Fersen am Boden.
exercise-dead_bug-safety = Der Rücken wird in seiner natürlichen Krümmung ruhig gehalten, während sich Arme und Beine bewegen, und widersteht dem Hohlkreuz: neutral.

exercise-forearm_plank_knees-name = Unterarmstütz auf den Knien
exercise-forearm_plank_knees-target = Gesamter Rumpf
exercise-forearm_plank_knees-steps-1 = Legen Sie sich auf den Bauch und stützen Sie sich auf die Unterarme, die Ellbogen unter den Schultern.
exercise-forearm_plank_knees-steps-2 = Spannen Sie den Bauch und das Gesäß an.
exercise-forearm_plank_knees-steps-3 = Heben Sie die Hüften, sodass Sie auf Unterarmen und Knien ruhen, in einer geraden Linie vom Kopf bis zu den Knien.
exercise-forearm_plank_knees-steps-4 = Halten Sie und atmen Sie dabei, dann legen Sie sich sanft ab.
exercise-forearm_plank_knees-cautions-1 = Lassen Sie den unteren Rücken nicht durchhängen; legen Sie sich lieber früher als später ab.
exercise-forearm_plank_knees-cautions-2 = Gehen Sie zum vollen Unterarmstütz über, sobald sich 45 Sekunden stabil anfühlen.
exercise-forearm_plank_knees-safety = Der Rumpf wird gerade gehalten: neutral, solange der untere Rücken nicht durchhängt (Durchhängen ist eine Beugung nach hinten).

exercise-forearm_plank_toes-name = Unterarmstütz auf den Zehen
exercise-forearm_plank_toes-target = Gesamter Rumpf
exercise-forearm_plank_toes-steps-1 = Stützen Sie sich auf die Unterarme, die Ellbogen unter den Schultern, die Beine gestreckt nach hinten.
exercise-forearm_plank_toes-steps-2 = Spannen Sie den Bauch und das Gesäß an.
exercise-forearm_plank_toes-steps-3 = Heben Sie sich auf die Zehen, in einer geraden Linie vom Kopf bis zu den Fersen.
exercise-forearm_plank_toes-steps-4 = Halten Sie und atmen Sie dabei, dann legen Sie sich sanft auf die Knie ab.
exercise-forearm_plank_toes-cautions-1 = Gehen Sie zurück zur Variante auf den Knien, wenn der Rücken durchhängt oder zittert.
exercise-forearm_plank_toes-cautions-2 = Hören Sie auf, wenn sie Rückenschmerzen auslöst.
exercise-forearm_plank_toes-safety = Der Rumpf wird gerade gehalten: neutral, solange der untere Rücken nicht durchhängt (Durchhängen ist eine Beugung nach hinten).

exercise-clamshell-name = Muschel (Clamshell)
exercise-clamshell-target = Seite der Hüfte (mittlerer Gesäßmuskel, Gluteus medius)
exercise-clamshell-steps-1 = Legen Sie sich auf die Seite, Hüften und Knie gebeugt, die Füße zusammen, der Kopf ruht auf dem Arm.
exercise-clamshell-steps-2 = Lassen Sie die Füße aneinander und das Becken ruhig.
exercise-clamshell-steps-3 = Öffnen Sie das obere Knie wie eine Muschel, nur so weit, wie das Becken ruhig bleibt.
exercise-clamshell-steps-4 = Schließen Sie es langsam; beenden Sie den Satz, dann wechseln Sie die Seite.
exercise-clamshell-cautions-1 = Kippen Sie das Becken nicht nach hinten, um das Knie höher zu heben.
exercise-clamshell-safety = Das Becken bleibt ruhig, während sich die Hüfte dreht: neutral.

exercise-walking-name = Gehen
exercise-walking-target = Ausdauer und allgemeine Bewegung
exercise-walking-steps-1 = Gehen Sie in einem Tempo, bei dem Sie sich noch bequem unterhalten können.
exercise-walking-steps-2 = Richten Sie sich auf und lassen Sie die Arme natürlich mitschwingen.
exercise-walking-steps-3 = Beginnen Sie mit dem, was heute leicht fällt, auch wenn es nur fünf oder zehn Minuten sind.
exercise-walking-steps-4 = Legen Sie alle paar Tage ein paar Minuten zu, solange die Schmerzen nicht schlimmer werden.
exercise-walking-cautions-1 = Teilen Sie das Gehen in kürzere Spaziergänge auf, wenn längere die Schmerzen aufflammen lassen.
exercise-walking-safety = Aufrecht mit der natürlichen Krümmung: neutral.

## routines.json: routines
routine-before_intimacy-name = Vor der Intimität: 5 Minuten Aufwärmen
routine-before_intimacy-summary = Sanfte Bewegung für Rücken und Hüften, damit die Muskeln vorher warm und entspannt sind.
routine-before_intimacy-when = In der halben Stunde vor der Intimität, am besten nach einer warmen Dusche.
routine-before_intimacy-cautions-1 = Bleiben Sie in einem angenehmen Bewegungsumfang: Das ist ein Aufwärmen, kein Training.
routine-before_intimacy-cautions-2 = Hören Sie auf, wenn Schmerzen bis unter das Knie ausstrahlen.

routine-after_intimacy-name = Nach der Intimität: sanftes Ausklingen
routine-after_intimacy-summary = Langsame Dehnungen im Liegen und ruhiges Atmen, damit Rücken und Hüften zur Ruhe kommen.
routine-after_intimacy-when = Bald nach der Intimität, oder vor dem Schlafen, wenn sich der Rücken verspannt anfühlt.
routine-after_intimacy-cautions-1 = Wenn der Schmerz stechend ist oder in ein Bein ausstrahlt, ruhen Sie sich stattdessen aus und tragen Sie ihn ein.

routine-morning_gentle-name = Morgens: sanfter Start ohne Vorbeugen
routine-morning_gentle-summary = Weckt den Rücken mit Bewegungen bei neutraler Wirbelsäule und ohne tiefes Vorbeugen.
routine-morning_gentle-when = Jederzeit in den ersten Stunden nach dem Aufstehen.
routine-morning_gentle-cautions-1 = In den ersten Stunden nach dem Aufwachen enthalten die Bandscheiben mehr Flüssigkeit, und Vorbeugen belastet sie stärker: Dieser Ablauf lässt Beugungen nach vorn weg, und es hilft, sie auch im Alltag bis zum Vormittag zu vermeiden (zum Beispiel die Schuhe mit dem Fuß auf einer Stufe binden).

routine-sitting_break-name = Sitzpause: 2 Minuten
routine-sitting_break-summary = Ein kurzes Neueinstellen nach langem Sitzen am Schreibtisch oder im Auto.
routine-sitting_break-when = Nach jeweils 30–60 Minuten Sitzen.
routine-sitting_break-cautions-1 = Aufzustehen und eine Minute zu gehen ist der nützlichste Teil.

routine-core_level_1-name = Rumpf Stufe 1: Grundlagen
routine-core_level_1-summary = Lernen, den Bauch anzuspannen und die Hüften zu bewegen, während der Rücken ruhig bleibt.
routine-core_level_1-when = An den meisten Tagen; gönnen Sie sich einen Ruhetag, wenn Sie Muskelkater oder Schmerzen haben.
routine-core_level_1-cautions-1 = Nur leichte Anstrengung. Beenden Sie jede Übung, die starke Schmerzen verursacht.

routine-core_level_2-name = Rumpf Stufe 2: Beginn der „Big 3“
routine-core_level_2-summary = McGills Curl-up, Seitstütz und Vierfüßler-Diagonalstütz mit kurzen Haltezeiten.
routine-core_level_2-when = An den meisten Tagen; gönnen Sie sich einen Ruhetag, wenn Sie Muskelkater oder Schmerzen haben.
routine-core_level_2-cautions-1 = Kurze Haltezeiten mit guter Ausführung sind besser als lange, wackelige.

routine-core_level_3-name = Rumpf Stufe 3: Aufbau der „Big 3“
routine-core_level_3-summary = Mehr Wiederholungen der „Big 3“, dazu Dead Bug und Muschel.
routine-core_level_3-when = An den meisten Tagen; gönnen Sie sich einen Ruhetag, wenn Sie Muskelkater oder Schmerzen haben.
routine-core_level_3-cautions-1 = Wenn Sie beim Halten zittern oder die gerade Linie verlieren, halten Sie kürzer.

routine-core_level_4-name = Rumpf Stufe 4: längere Haltezeiten
routine-core_level_4-summary = Längere Haltezeiten im Seitstütz und der erste Unterarmstütz, durchgehend mit Kontrolle wie im Pilates.
routine-core_level_4-when = An den meisten Tagen; gönnen Sie sich einen Ruhetag, wenn Sie Muskelkater oder Schmerzen haben.
routine-core_level_4-cautions-1 = Atmen Sie bei jedem Halten weiter.

routine-core_level_5-name = Rumpf Stufe 5: die vollen „Big 3“
routine-core_level_5-summary = Seitstütz auf den Füßen, voller Unterarmstütz und die Brücke mit einem Bein.
routine-core_level_5-when = An den meisten Tagen; gönnen Sie sich einen Ruhetag, wenn Sie Muskelkater oder Schmerzen haben.
routine-core_level_5-cautions-1 = Gehen Sie zur leichteren Variante jeder Übung zurück, die Sie nicht mit guter Ausführung halten können.

routine-core_level_6-name = Rumpf Stufe 6: kräftig und stabil
routine-core_level_6-summary = Ausdauer für den ganzen Rumpf: Behalten Sie das drei- oder mehrmals pro Woche bei.
routine-core_level_6-when = Drei- oder mehrmals pro Woche, um das Erreichte zu halten.
routine-core_level_6-cautions-1 = Auf dieser Stufe zu bleiben ist das Ziel: Mehr braucht ein gesunder Rücken nicht.

## stress.json: tools
stress-breathing_4_6-name = Langsames Atmen, 4 ein und 6 aus
stress-breathing_4_6-summary = Länger aus- als einzuatmen, etwa sechs Atemzüge pro Minute, beruhigt die Stressreaktion des Körpers.
stress-breathing_4_6-steps-1 = Setzen oder legen Sie sich bequem hin und lassen Sie die Schultern sinken.
stress-breathing_4_6-steps-2 = Atmen Sie sanft durch die Nase ein, während der Kreis wächst.
stress-breathing_4_6-steps-3 = Atmen Sie langsam durch den Mund oder die Nase aus, während er kleiner wird.
stress-breathing_4_6-steps-4 = Wenn Ihnen schwindelig wird, atmen Sie sanfter oder hören Sie auf.
stress-breathing_4_6-phases-1-label = Einatmen
stress-breathing_4_6-phases-2-label = Ausatmen

stress-box_breathing-name = Box-Atmung (Quadratatmung)
stress-box_breathing-summary = Vier gleiche Seiten: ein, halten, aus, halten. Das gleichmäßige Zählen gibt dem Kopf etwas Einfaches, dem er folgen kann.
stress-box_breathing-steps-1 = Sitzen Sie aufrecht und bequem.
stress-box_breathing-steps-2 = Atmen Sie vier Zählzeiten ein, halten Sie vier, atmen Sie vier aus, halten Sie vier.
stress-box_breathing-steps-3 = Folgen Sie dem Kreis und den Worten; strengen Sie sich beim Halten nicht an.
stress-box_breathing-steps-4 = Halten Sie kürzer, wenn es sich unangenehm anfühlt.
stress-box_breathing-phases-1-label = Einatmen
stress-box_breathing-phases-2-label = Halten
stress-box_breathing-phases-3-label = Ausatmen
stress-box_breathing-phases-4-label = Halten

stress-body_scan-name = Kurzer Body-Scan
stress-body_scan-summary = Fünf Minuten, in denen Sie die Aufmerksamkeit langsam durch den Körper wandern lassen und wahrnehmen, ohne etwas verändern zu wollen. Achtsamkeitstraining half Menschen mit lang anhaltenden Kreuzschmerzen in einer großen Studie.
stress-body_scan-steps-1 = Legen Sie sich auf den Rücken, die Knie unterstützt, oder setzen Sie sich bequem hin.
stress-body_scan-steps-2 = Folgen Sie jeder Anregung und lassen Sie die Aufmerksamkeit bei diesem Teil des Körpers ruhen.
stress-body_scan-steps-3 = Nehmen Sie Wärme, Spannung, den Kontakt mit dem Boden oder gar nichts wahr: Alles ist in Ordnung.
stress-body_scan-steps-4 = Wenn Ihre Gedanken abschweifen, bringen Sie sie ohne Urteil zur Anregung zurück.
stress-body_scan-prompts-1-text = Nehmen Sie Ihren Atem wahr, ohne ihn zu verändern.
stress-body_scan-prompts-2-text = Ihre Füße und Knöchel.
stress-body_scan-prompts-3-text = Ihre Waden und Knie.
stress-body_scan-prompts-4-text = Ihre Oberschenkel und Hüften.
stress-body_scan-prompts-5-text = Ihr Gesäß und der untere Rücken, wo er den Boden oder den Stuhl berührt.
stress-body_scan-prompts-6-text = Ihr Bauch, wie er sich hebt und senkt.
stress-body_scan-prompts-7-text = Ihre Brust und Ihr oberer Rücken.
stress-body_scan-prompts-8-text = Ihre Hände, Arme und Schultern.
stress-body_scan-prompts-9-text = Ihr Nacken, Kiefer und Gesicht.
stress-body_scan-prompts-10-text = Der ganze Körper auf einmal, atmend.

stress-warm_bath-name = Warmes Bad oder warme Dusche
stress-warm_bath-summary = Wärme entspannt verspannte Muskeln: Ein warmes Bad oder eine warme Dusche vor der Intimität oder vor dem Aufwärmen kann die Bewegung erleichtern.
stress-warm_bath-steps-1 = Nehmen Sie 10 bis 15 Minuten lang ein warmes (nicht heißes) Bad oder eine warme Dusche.
stress-warm_bath-steps-2 = Lassen Sie das Wasser über den unteren Rücken und die Hüften laufen.
stress-warm_bath-steps-3 = Machen Sie danach das 5-Minuten-Aufwärmen, solange die Muskeln warm sind.
stress-warm_bath-steps-4 = Ein Wärmekissen auf dem unteren Rücken ist eine Alternative; schlafen Sie nie darauf ein.

## programme.json: the programme
programme-name = Rumpfprogramm
programme-summary = Sechs Stufen wirbelsäulenschonender Rumpfübungen rund um McGills „Big 3“ (Curl-up, Seitstütz, Vierfüßler-Diagonalstütz), mit Kontrolle wie im Pilates und Yoga. Bewegung ist die wichtigste Behandlung bei lang anhaltenden Kreuzschmerzen; Stabilisations- und Pilates-artige Programme schnitten im größten Vergleich von Übungsarten am besten ab.
programme-rules_text-up = Steigen Sie eine Stufe auf, wenn Sie die Anzahl Einheiten der Stufe geschafft haben (innerhalb der letzten 4 Wochen und über mindestens 10 Tage), solange Ihr durchschnittlicher Schmerz der letzten 7 Tage nicht schlimmer ist als in den 7 Tagen davor und keine kürzliche Einheit wehgetan hat. Langsam aufzubauen, alle paar Tage ein wenig, ist die Art, wie die Übungsempfehlungen des NHS steigern.
programme-rules_text-down = Gehen Sie eine Stufe zurück, wenn Ihr durchschnittlicher Schmerz der letzten 7 Tage um 2 Punkte oder mehr (oder um 30 % oder mehr) gegenüber den 7 Tagen davor gestiegen ist, oder wenn auf 2 Ihrer letzten 3 Einheiten auf dieser Stufe Schmerzen von 5/10 oder mehr folgten. Ein Anstieg um 2 Punkte oder 30 % ist die Veränderung, die für Menschen mit Rückenschmerzen zählt (Farrar 2001, Ostelo 2008).
programme-rules_text-stay = Andernfalls bleiben Sie auf Ihrer Stufe. Beenden Sie jede Übung, die starke Schmerzen verursacht, und suchen Sie eine Physiotherapiepraxis auf.
