#!/usr/bin/env python3
"""Writes assets/illustrations/<id>.svg: simple original line figures for the guide.

Each figure is drawn with stroke="currentColor" so the UI can colour it for the light or dark
theme. Limbs on the far side of the body are drawn fainter. Run from the repository root:
    python3 scripts/illustrations.py
The SVGs are committed; this script only exists so they can be regenerated consistently.
"""
import os

FLOOR = 104
OUT = os.path.join("assets", "illustrations")


def pts(points):
    return " ".join(f"{x},{y}" for x, y in points)


class Figure:
    def __init__(self, title):
        self.title = title
        self.parts = []

    def limb(self, *points, far=False):
        op = ' stroke-opacity="0.45"' if far else ""
        self.parts.append(f'<polyline points="{pts(points)}"{op}/>')
        return self

    def spine(self, a, ctrl, b, dashed=False):
        d = ' stroke-dasharray="5 5" stroke-opacity="0.5"' if dashed else ""
        self.parts.append(f'<path d="M{a[0]},{a[1]} Q{ctrl[0]},{ctrl[1]} {b[0]},{b[1]}"{d}/>')
        return self

    def neck(self, shoulder, head, r=8):
        """A short line from the shoulder to the edge of the head circle."""
        dx, dy = head[0] - shoulder[0], head[1] - shoulder[1]
        dist = (dx * dx + dy * dy) ** 0.5
        if dist > r + 1:
            k = (dist - r) / dist
            end = (round(shoulder[0] + dx * k, 1), round(shoulder[1] + dy * k, 1))
            self.parts.append(f'<polyline points="{pts([shoulder, end])}"/>')
        return self

    def head(self, x, y, r=8):
        self.parts.append(f'<circle cx="{x}" cy="{y}" r="{r}"/>')
        return self

    def floor(self, x0=8, x1=192, y=FLOOR):
        self.parts.append(f'<line x1="{x0}" y1="{y}" x2="{x1}" y2="{y}" stroke-width="2" stroke-opacity="0.35"/>')
        return self

    def arrow(self, a, ctrl, b, both=False):
        """A thin curved arrow showing the direction of movement."""
        marker = ' marker-end="url(#tip)"' + (' marker-start="url(#tip)"' if both else "")
        self.parts.append(
            f'<path d="M{a[0]},{a[1]} Q{ctrl[0]},{ctrl[1]} {b[0]},{b[1]}" stroke-width="2"{marker}/>'
        )
        return self

    def prop(self, svg):
        self.parts.append(svg)
        return self

    def svg(self):
        body = "\n  ".join(self.parts)
        return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 120" width="200" height="120" role="img">
  <title>{self.title}</title>
  <defs><marker id="tip" viewBox="0 0 10 10" refX="7" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor" stroke="none"/></marker></defs>
  <g fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">
  {body}
  </g>
</svg>
"""


def supine(f, far_leg=True, arms=True):
    """Lying on the back, knees bent: head left, feet right."""
    f.floor().head(26, 92)
    f.limb((36, 97), (86, 98))
    if far_leg:
        f.limb((86, 98), (110, 74), (130, 102), far=True)
    if arms:
        f.limb((40, 98), (58, 101), (76, 101), far=True)
    return f


def all_fours(f, hip=(125, 70), shoulder=(65, 70), near_arm=True, near_leg=True, ctrl=None):
    head = (shoulder[0] - 17, shoulder[1] - 10)
    f.floor().head(*head).neck(shoulder, head)
    c = ctrl or ((shoulder[0] + hip[0]) / 2, shoulder[1] - 2)
    f.spine(shoulder, c, hip)
    f.limb(shoulder, (shoulder[0], FLOOR), far=True)
    f.limb(hip, (hip[0], FLOOR), (hip[0] + 32, FLOOR), far=True)
    if near_arm:
        f.limb(shoulder, (shoulder[0] + 2, FLOOR))
    if near_leg:
        f.limb(hip, (hip[0] + 2, FLOOR), (hip[0] + 34, FLOOR))
    return f


FIGURES = {}


def figure(fid, title):
    def wrap(fn):
        FIGURES[fid] = lambda: fn(Figure(title))
        return fn
    return wrap


@figure("knee_to_chest", "Lying on the back, one knee drawn toward the chest")
def _(f):
    supine(f, arms=False)
    f.limb((86, 98), (74, 66), (100, 64))
    f.limb((40, 98), (56, 80), (72, 70))
    f.arrow((112, 52), (96, 40), (80, 50))
    return f


@figure("bottom_to_heels", "On hands and knees, sitting the bottom back toward the heels")
def _(f):
    f.floor().head(56, 84).neck((74, 86), (56, 84))
    f.spine((74, 86), (108, 62), (140, 84))
    f.limb((74, 86), (56, 100), (38, 104), far=True)
    f.limb((74, 86), (58, 100), (40, 104))
    f.limb((140, 84), (114, 104), (152, 104))
    f.arrow((112, 48), (134, 46), (150, 60))
    return f


@figure("knee_rolls", "Lying on the back, knees together rolling from side to side")
def _(f):
    supine(f, far_leg=False)
    f.limb((86, 98), (112, 70), (130, 102))
    f.arrow((96, 56), (114, 42), (132, 56), both=True)
    return f


@figure("pelvic_tilt", "Lying on the back, gently flattening and releasing the lower back")
def _(f):
    supine(f)
    f.limb((86, 98), (112, 72), (132, 102))
    f.arrow((64, 80), (70, 86), (64, 92), both=True)
    return f


@figure("cat_camel", "On hands and knees, rounding and then gently arching the back")
def _(f):
    all_fours(f, ctrl=(95, 44))
    f.spine((65, 70), (95, 88), (125, 70), dashed=True)
    f.arrow((95, 26), (104, 34), (95, 42), both=True)
    return f


@figure("sphinx", "Lying on the front, propped on the forearms with the chest lifted")
def _(f):
    f.floor().head(58, 56).neck((68, 70), (58, 56))
    f.spine((68, 70), (96, 98), (122, 100))
    f.limb((122, 100), (186, 102))
    f.limb((68, 70), (70, 102), (46, 102))
    f.arrow((40, 46), (52, 34), (66, 40))
    return f


@figure("kneeling_rock", "On hands and knees, rocking slowly back and forward")
def _(f):
    all_fours(f)
    f.arrow((70, 46), (95, 40), (122, 46), both=True)
    return f


@figure("standing_back_bend", "Standing, hands on the hips, leaning gently backwards")
def _(f):
    f.floor().head(76, 18).neck((84, 30), (76, 18))
    f.spine((84, 30), (90, 50), (100, 62))
    f.limb((100, 62), (102, 84), (100, 104))
    f.limb((100, 62), (96, 84), (92, 104), far=True)
    f.limb((85, 32), (84, 52), (98, 64))
    f.arrow((62, 46), (54, 32), (60, 18))
    return f


@figure("hamstring_strap", "Lying on the back, one leg straight up held by a strap around the foot")
def _(f):
    supine(f, arms=False)
    f.limb((86, 98), (94, 60), (100, 24))
    f.limb((40, 98), (56, 80), (70, 64))
    f.prop('<path d="M70,64 L99,20 M70,64 L104,24" stroke-width="2" stroke-dasharray="3 3"/>')
    return f


@figure("hip_flexor_half_kneeling", "Kneeling on one knee, front foot flat, trunk upright")
def _(f):
    f.floor().head(104, 18)
    f.limb((104, 27), (104, 70))
    f.limb((104, 70), (136, 72), (138, 104))
    f.limb((104, 70), (92, 102), (62, 102), far=True)
    f.limb((104, 32), (116, 52), (132, 68))
    f.prop('<rect x="82" y="100" width="22" height="5" rx="2" stroke-width="2"/>')
    f.arrow((120, 88), (112, 80), (108, 90))
    return f


@figure("figure_four_piriformis", "Lying on the back, one ankle crossed over the opposite knee")
def _(f):
    supine(f, arms=False)
    f.limb((86, 98), (88, 66), (112, 72))
    f.limb((40, 98), (58, 84), (76, 78))
    return f


@figure("butterfly", "Sitting tall with the soles of the feet together, knees falling out")
def _(f):
    f.floor().head(92, 40)
    f.limb((92, 52), (90, 100))
    f.limb((90, 100), (126, 84), (108, 102))
    f.limb((90, 100), (118, 96), (106, 103), far=True)
    f.limb((92, 56), (98, 80), (106, 98))
    f.arrow((140, 70), (148, 82), (142, 94))
    return f


@figure("sit_tall", "Sitting tall on a firm chair, feet flat")
def _(f):
    f.floor()
    f.prop('<path d="M62,76 L112,76 M66,76 L66,104 M108,76 L108,104 M62,76 L62,32" stroke-width="2" stroke-opacity="0.5"/>')
    f.head(88, 16)
    f.limb((88, 28), (86, 72))
    f.limb((86, 72), (124, 72), (124, 104))
    f.limb((88, 32), (94, 54), (112, 70))
    f.arrow((72, 28), (70, 16), (76, 6))
    return f


@figure("crook_lying_breathing", "Lying on the back, knees bent, breathing slowly")
def _(f):
    supine(f)
    f.limb((86, 98), (112, 72), (132, 102))
    f.prop('<rect x="14" y="98" width="24" height="6" rx="3" stroke-width="2"/>')
    f.prop('<path d="M52,82 q6,-6 12,0 t12,0 M56,72 q6,-6 12,0 t12,0" stroke-width="2" stroke-opacity="0.6"/>')
    return f


@figure("abdominal_bracing", "Lying on the back, fingertips on the stomach, gently bracing")
def _(f):
    supine(f, arms=False)
    f.limb((86, 98), (112, 72), (132, 102))
    f.limb((40, 98), (58, 88), (74, 90))
    f.prop('<path d="M62,80 L70,86 M78,80 L70,86" stroke-width="2"/>')
    return f


@figure("mcgill_curl_up", "Lying on the back, one knee bent, head and shoulders just lifted")
def _(f):
    f.floor().head(30, 78)
    f.limb((40, 86), (86, 98))
    f.limb((86, 98), (110, 74), (130, 102), far=True)
    f.limb((86, 98), (124, 100), (160, 102))
    f.limb((44, 88), (60, 102), (78, 100))
    f.arrow((22, 62), (30, 54), (40, 60))
    return f


@figure("side_plank_bent_knee", "Side plank on the forearm with the knees bent")
def _(f):
    f.floor().head(38, 58).neck((50, 68), (38, 58))
    f.limb((50, 68), (104, 84), (140, 102), (160, 84))
    f.limb((50, 68), (50, 102), (74, 102))
    f.limb((54, 70), (76, 72), (98, 80))
    f.arrow((104, 60), (110, 52), (118, 58))
    return f


@figure("side_plank_full", "Side plank on the forearm with the legs straight")
def _(f):
    f.floor().head(38, 58).neck((50, 68), (38, 58))
    f.limb((50, 68), (108, 84), (172, 102))
    f.limb((50, 68), (50, 102), (74, 102))
    f.limb((54, 70), (78, 72), (102, 80))
    f.arrow((108, 60), (114, 52), (122, 58))
    return f


@figure("bird_dog", "On hands and knees, one arm reaching forward and the opposite leg back")
def _(f):
    all_fours(f, near_arm=False, near_leg=False)
    f.limb((65, 70), (40, 72), (14, 72))
    f.limb((125, 70), (154, 68), (184, 66))
    return f


@figure("bird_dog_arm_or_leg", "On hands and knees, one leg reaching straight back")
def _(f):
    all_fours(f, near_leg=False)
    f.limb((125, 70), (154, 70), (184, 70))
    return f


@figure("glute_bridge", "Lying on the back with the hips lifted in a straight line")
def _(f):
    f.floor().head(26, 94)
    f.limb((36, 98), (88, 74))
    f.limb((88, 74), (122, 62), (130, 102))
    f.limb((88, 74), (118, 66), (126, 103), far=True)
    f.limb((40, 100), (58, 102), (76, 102), far=True)
    f.arrow((86, 104 - 50), (92, 44), (98, 52))
    return f


@figure("single_leg_bridge", "Hips lifted in a bridge with one leg straightened")
def _(f):
    f.floor().head(26, 94)
    f.limb((36, 98), (88, 74))
    f.limb((88, 74), (122, 62), (130, 102), far=True)
    f.limb((88, 74), (122, 62), (162, 52))
    f.limb((40, 100), (58, 102), (76, 102), far=True)
    return f


@figure("dead_bug", "Lying on the back, opposite arm and leg lowering slowly")
def _(f):
    f.floor().head(26, 92)
    f.limb((36, 97), (86, 98))
    f.limb((86, 98), (86, 66), (114, 66), far=True)
    f.limb((86, 98), (124, 88), (162, 86))
    f.limb((40, 96), (42, 76), (44, 56), far=True)
    f.limb((40, 96), (26, 76), (10, 70))
    return f


@figure("forearm_plank_knees", "Plank on the forearms and knees, body in a straight line")
def _(f):
    f.floor().head(38, 60).neck((50, 70), (38, 60))
    f.limb((50, 70), (104, 86), (142, 102), (166, 90))
    f.limb((50, 70), (50, 102), (74, 102))
    return f


@figure("forearm_plank_toes", "Plank on the forearms and toes, body in a straight line")
def _(f):
    f.floor().head(38, 60).neck((50, 70), (38, 60))
    f.limb((50, 70), (110, 84), (176, 102))
    f.limb((50, 70), (50, 102), (74, 102))
    return f


@figure("clamshell", "Lying on the side, knees bent, top knee opening")
def _(f):
    f.floor().head(26, 86)
    f.limb((36, 92), (98, 96))
    f.limb((40, 94), (24, 100), (14, 90), far=True)
    f.limb((98, 97), (134, 98), (120, 103), far=True)
    f.limb((98, 95), (128, 66), (122, 100))
    f.arrow((146, 92), (154, 78), (144, 64))
    return f


@figure("walking", "Walking tall at a comfortable pace")
def _(f):
    f.floor().head(100, 14)
    f.limb((100, 26), (100, 60))
    f.limb((100, 60), (112, 82), (120, 104))
    f.limb((100, 60), (92, 82), (80, 102), far=True)
    f.limb((100, 30), (110, 46), (118, 56), far=True)
    f.limb((100, 30), (92, 46), (84, 58))
    return f


def main():
    os.makedirs(OUT, exist_ok=True)
    for fid, make in sorted(FIGURES.items()):
        with open(os.path.join(OUT, f"{fid}.svg"), "w") as fh:
            fh.write(make().svg())
    print(f"wrote {len(FIGURES)} illustrations to {OUT}")


if __name__ == "__main__":
    main()
