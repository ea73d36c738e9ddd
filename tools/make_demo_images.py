"""Draw the demo content's illustrations into demo/images/ (committed; run again after a change).

Flat pictures in the site's palette, made for this project and free to use (CC0 1.0, see
demo/images/README.md): no photographs of real people, no third-party material.
    .venv/bin/python tools/make_demo_images.py
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "demo" / "images"
SIZE = (1200, 800)
SEA, DEEP, SAND, MIST, ACCENT, GREEN, DARK_GREEN, WHITE, RED = (
    "#2f6f9f",
    "#00467f",
    "#f4dcb4",
    "#e8f0f8",
    "#f2a93b",
    "#5a9a5b",
    "#2f6b3a",
    "#ffffff",
    "#c4553b",
)


def canvas(top="#cfe3f3", bottom="#f7fbff"):
    image = Image.new("RGB", SIZE, bottom)
    draw = ImageDraw.Draw(image)
    for y in range(SIZE[1]):
        t = y / SIZE[1]
        colour = tuple(
            round(int(top[i : i + 2], 16) * (1 - t) + int(bottom[i : i + 2], 16) * t) for i in (1, 3, 5)
        )
        draw.line([(0, y), (SIZE[0], y)], fill=colour)
    return image, draw


def waves(draw, y, colour, amplitude=14, length=160, width=10, rows=1, gap=40, span=(-20, SIZE[0] + 20)):
    for row in range(rows):
        base = y + row * gap
        points = [
            (x, base + amplitude * math.sin(2 * math.pi * x / length)) for x in range(span[0], span[1] + 1, 8)
        ]
        draw.line(points, fill=colour, width=width, joint="curve")


def sea(draw, horizon):
    draw.rectangle([0, horizon, SIZE[0], SIZE[1]], fill=SEA)
    waves(draw, horizon + 60, MIST, rows=4, gap=90, width=6)


def tree(draw, x, ground, height, colour=GREEN):
    draw.rectangle([x - 8, ground - height * 0.35, x + 8, ground], fill="#7a5230")
    draw.ellipse([x - height * 0.3, ground - height, x + height * 0.3, ground - height * 0.3], fill=colour)


def bubble(draw, box, colour, tail="left"):
    x0, _y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=28, fill=colour)
    tx = x0 + 60 if tail == "left" else x1 - 60
    draw.polygon(
        [(tx - 20, y1 - 2), (tx + 20, y1 - 2), (tx - 10 if tail == "left" else tx + 10, y1 + 40)], fill=colour
    )


def person(draw, x, ground, colour, scale=1.0):
    """A simple figure, not anyone in particular."""
    head = 26 * scale
    draw.ellipse([x - head, ground - 190 * scale, x + head, ground - 190 * scale + 2 * head], fill="#e9b98f")
    draw.rounded_rectangle(
        [x - 40 * scale, ground - 130 * scale, x + 40 * scale, ground], radius=int(30 * scale), fill=colour
    )


def archipelago():
    image, draw = canvas()
    sea(draw, 470)
    draw.ellipse([820, 90, 960, 230], fill=ACCENT)
    draw.polygon([(0, 480), (180, 400), (420, 430), (560, 480)], fill=DARK_GREEN)
    for x in (120, 200, 300, 380):
        tree(draw, x, 470, 120, GREEN)
    draw.rectangle([640, 300, 700, 480], fill=WHITE)  # a lighthouse
    draw.polygon([(630, 300), (710, 300), (670, 250)], fill=RED)
    draw.rectangle([655, 330, 685, 360], fill=ACCENT)
    draw.polygon([(560, 480), (900, 470), (1200, 490), (1200, 500), (560, 500)], fill=DARK_GREEN)
    return image


def park_stage():
    image, draw = canvas("#d9ecd5", "#f5faf2")
    draw.rectangle([0, 560, SIZE[0], SIZE[1]], fill="#9cc98f")
    waves(draw, 700, SEA, amplitude=10, length=200, width=18)
    for x, h in ((90, 260), (230, 320), (1000, 300), (1120, 240)):
        tree(draw, x, 570, h, DARK_GREEN if x % 2 else GREEN)
    draw.rounded_rectangle([380, 300, 820, 560], radius=20, fill=DEEP)  # the summer stage
    draw.rectangle([420, 340, 780, 560], fill=MIST)
    for i, colour in enumerate((ACCENT, RED, SEA, GREEN)):
        person(draw, 470 + i * 85, 560, colour, 0.75)
    return image


def workshop():
    image, draw = canvas(MIST, "#ffffff")
    draw.rounded_rectangle([150, 470, 1050, 560], radius=30, fill=DEEP)  # the table
    for x, colour in ((260, ACCENT), (460, SEA), (740, RED), (940, GREEN)):
        person(draw, x, 480, colour, 1.0)
    random.seed(7)
    for i in range(9):  # sticky notes on the wall
        x, y = 180 + i * 100, 90 + (i % 3) * 70
        draw.rectangle([x, y, x + 80, y + 60], fill=(ACCENT, "#fff1a8", "#cde6f7")[i % 3])
    bubble(draw, [300, 260, 520, 360], WHITE)
    bubble(draw, [680, 250, 900, 350], SAND, tail="right")
    return image


def dunes():
    image, draw = canvas("#cfe7f6", "#fff8ec")
    sea(draw, 420)
    draw.polygon(
        [(0, 560), (300, 500), (620, 540), (900, 490), (1200, 540), (1200, 800), (0, 800)], fill=SAND
    )
    draw.polygon([(0, 640), (400, 590), (800, 650), (1200, 600), (1200, 800), (0, 800)], fill="#ebc98f")
    for x in (150, 170, 190, 980, 1000):
        draw.line([(x, 560), (x + 14, 500)], fill=DARK_GREEN, width=5)
    draw.ellipse([140, 110, 260, 230], fill=ACCENT)
    return image


def pool():
    image, draw = canvas("#d6ecf7", "#eef7fc")
    draw.rectangle([80, 260, 1120, 720], fill="#5fb1d9")
    for y in range(320, 720, 90):
        draw.line([(80, y), (1120, y)], fill=WHITE, width=6)
        for x in range(100, 1100, 40):
            draw.ellipse([x, y - 6, x + 12, y + 6], fill=(RED if (x // 40) % 2 else WHITE))
    waves(draw, 420, MIST, amplitude=8, length=120, width=5, rows=3, gap=90)
    draw.rounded_rectangle([80, 120, 1120, 220], radius=16, fill=DEEP)  # a quiet hour: the clock
    draw.ellipse([560, 130, 640, 210], fill=WHITE)
    draw.line([(600, 170), (600, 145)], fill=DEEP, width=6)
    draw.line([(600, 170), (620, 170)], fill=DEEP, width=6)
    return image


def wellbeing_money():
    image, draw = canvas("#fdf3e3", "#ffffff")
    for x, y in ((300, 520), (360, 470), (420, 520), (480, 470), (540, 520)):
        draw.ellipse([x, y, x + 140, y + 140], fill=ACCENT, outline="#c98518", width=8)
    draw.ellipse([700, 180, 820, 300], fill=RED)  # a heart
    draw.ellipse([820, 180, 940, 300], fill=RED)
    draw.polygon([(706, 262), (934, 262), (820, 420)], fill=RED)
    bubble(draw, [180, 150, 560, 330], DEEP)
    waves(draw, 215, WHITE, amplitude=12, length=110, width=10, span=(220, 520))
    waves(draw, 265, ACCENT, amplitude=12, length=110, width=10, span=(220, 520))
    return image


def street():
    image, draw = canvas("#e4eef8", "#f8fbfe")
    draw.rectangle([0, 600, SIZE[0], SIZE[1]], fill="#b9b9b9")
    for x in range(0, SIZE[0], 160):
        draw.rectangle([x + 40, 690, x + 110, 705], fill=WHITE)
    for x, h, colour in (
        (40, 330, "#d7c3a3"),
        (260, 400, "#e8d8c0"),
        (520, 300, SAND),
        (760, 420, "#d9e3ec"),
        (980, 350, "#e4cfb5"),
    ):
        draw.rectangle([x, 600 - h, x + 200, 600], fill=colour)
        for wy in range(600 - h + 30, 580, 70):
            for wx in (x + 30, x + 90, x + 150):
                draw.rectangle([wx, wy, wx + 30, wy + 40], fill=DEEP)
    draw.rounded_rectangle([470, 520, 560, 600], radius=10, fill=GREEN)  # a bench
    person(draw, 640, 640, SEA, 0.8)
    draw.ellipse([680, 560, 760, 640], outline=DEEP, width=8)  # a wheelchair's wheel beside a walker
    return image


PICTURES = {
    "archipelago": archipelago,
    "park-stage": park_stage,
    "workshop": workshop,
    "dunes": dunes,
    "pool": pool,
    "wellbeing-money": wellbeing_money,
    "street": street,
}


def main():
    OUT.mkdir(exist_ok=True)
    for name, draw in PICTURES.items():
        draw().save(OUT / f"{name}.png", optimize=True)


if __name__ == "__main__":
    main()
