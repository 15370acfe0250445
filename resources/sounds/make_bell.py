#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: CC0-1.0
# Writes bell.wav, Comptoir's built-in order alert (issue 16): two soft bell strokes (a fundamental
# and its inharmonic partials, decaying), 16-bit mono 22 050 Hz, about 1.2 s. Run: python3 make_bell.py
import math
import struct
import wave

RATE = 22050
PARTIALS = [(1.0, 1.0), (2.76, 0.45), (5.40, 0.25), (8.93, 0.12)]  # ratio, amplitude


def stroke(freq, length, start, samples):
    for i in range(int(length * RATE)):
        t = i / RATE
        value = sum(a * math.exp(-t * (3.0 + 2.0 * r)) * math.sin(2 * math.pi * freq * r * t) for r, a in PARTIALS)
        attack = min(1.0, t / 0.004)
        j = start + i
        if j < len(samples):
            samples[j] += 0.25 * attack * value


samples = [0.0] * int(1.2 * RATE)
stroke(880.0, 1.2, 0, samples)
stroke(659.25, 0.9, int(0.28 * RATE), samples)
with wave.open("bell.wav", "wb") as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(b"".join(struct.pack("<h", max(-32767, min(32767, int(s * 32767)))) for s in samples))
