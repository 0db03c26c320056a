#!/usr/bin/env python3
"""Writes Tests/KennwortTests/Fixtures/german-weak.txt: weak passwords built from German patterns.

Nothing here comes from a leak list. Patterns: first names and pet names with years or
birthdays, clubs with numbers, seasons/months/holidays with years, QWERTZ walks, dates,
German words (many with umlauts) with digits, and couples' names. Seeded, so the file
is reproducible: python3 Tests/Scripts/make_german_weak.py
"""
import random

rng = random.Random(20261128)
names = ["Anna", "Lena", "Lukas", "Jonas", "Leon", "Sophie", "Marie", "Felix", "Paul", "Emma", "Mia",
         "Thomas", "Michael", "Andreas", "Stefan", "Sabine", "Petra", "Claudia", "Jürgen", "Günter",
         "Uwe", "Dieter", "Monika", "Ursula", "Heike", "Jörg", "Björn", "Katrin", "Tobias", "Florian",
         "Mehmet", "Ayşe", "Kevin", "Jacqueline", "Chantal", "Dennis", "Sven", "Nadine", "Jens", "Maik"]
pets = ["Mausi", "Schatzi", "Hasi", "Bärchen", "Bello", "Hasso", "Mietze", "Schnucki", "Spatz", "Purzel"]
clubs = ["Schalke", "Bayern", "Borussia", "BVB", "Werder", "HSV", "Eintracht", "Hertha", "Fortuna",
         "StPauli", "Union", "Kaiserslautern", "Freiburg", "Mainz", "Bochum", "Nürnberg", "Hannover", "Köln"]
club_numbers = ["04", "09", "1904", "1909", "96", "05", "1860", "1899", "1848", "01", "1", "123"]
seasons = ["Sommer", "Winter", "Herbst", "Frühling", "Januar", "Februar", "März", "April", "Mai", "Juni",
           "Juli", "August", "September", "Oktober", "November", "Dezember", "Weihnachten", "Ostern"]
walks = ["qwertz", "qwertzu", "qwertzui", "yxcvbnm", "1qay2wsx", "1qay2wsx3edc", "asdfghjkl", "asdfghjklö",
         "ztrewq", "mnbvcxy", "qaywsx", "wsxedc", "123qwe", "qwe123", "yxcvb", "üpoiuz", "147258369",
         "poiuztrewq", "1234qwer", "qwertz123", "<yxcvbnm", "!qay\"wsx", "QWERTZ", "Qwertz1!"]
words = ["Passwort", "Geheim", "Hallo", "Schatz", "Sonne", "Blume", "Fußball", "Glück", "Schön", "Käse",
         "Bär", "Müller", "Größe", "Kühlschrank", "Tür", "Schlüssel", "Mädchen", "Straße", "Grüße",
         "Liebe", "Himmel", "Engel", "Drache", "Sommer", "Schule", "Arbeit", "Fenster", "König", "Löwe"]
suffixes = ["1", "12", "123", "1234", "!", "!!", "01", "99", "2020", "2023", "2024", "#1", "?"]


def year():
    return str(rng.choice(range(1950, 2026)))


def birthday(sep=""):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.randint(1950, 2015)
    style = rng.choice(["ddmmyyyy", "ddmmyy", "ddmm", "dd.mm.yyyy", "yyyy-mm-dd", "mm/yy"])
    return {"ddmmyyyy": f"{d:02}{m:02}{y}", "ddmmyy": f"{d:02}{m:02}{y % 100:02}", "ddmm": f"{d:02}{m:02}",
            "dd.mm.yyyy": f"{d:02}.{m:02}.{y}", "yyyy-mm-dd": f"{y}-{m:02}-{d:02}", "mm/yy": f"{m:02}/{y % 100:02}"}[style]


out = set()
while len(out) < 360:
    kind = rng.randrange(7)
    if kind == 0:
        out.add(rng.choice(names + pets) + rng.choice([year(), year()[2:], birthday()]))
    elif kind == 1:
        out.add(rng.choice(clubs) + rng.choice(club_numbers) + rng.choice(["", "!", ""]))
    elif kind == 2:
        out.add(rng.choice(seasons) + rng.choice([str(rng.randint(2015, 2026)), str(rng.randint(15, 26))]) + rng.choice(["", "!", "?", "."]))
    elif kind == 3:
        out.add(rng.choice(walks))
    elif kind == 4:
        out.add(birthday())
    elif kind == 5:
        w = rng.choice(words)
        out.add(rng.choice([w, w.lower()]) + rng.choice(suffixes))
    else:
        # Couples: two first names joined, sometimes with a year.
        a, b = rng.sample(names, 2)
        out.add(a + rng.choice(["und", "&", "+", ""]) + b + rng.choice(["", "", year()]))

with open("Tests/KennwortTests/Fixtures/german-weak.txt", "w", encoding="utf-8") as f:
    for p in sorted(out):
        f.write(p + "\n")
