#!/usr/bin/env python3
"""Builds data/time/zones.tsv: each country's time zones with their offsets and summer-time rule.

Reads the IANA time zone database as Debian's tzdata package installs it (zone.tab for the zones of each
country and their principal city's coordinates; the compiled zones, through Python's zoneinfo, for the
offsets) and data/places/countries.tsv for ISO alpha-3 codes and capitals. Usage, from the repository root:

    python3 tools/time/build_zones.py [/usr/share/zoneinfo] > data/time/zones.tsv
"""
import csv
import datetime as dt
import math
import sys
import zoneinfo

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/zoneinfo"
YEAR = 2025


def coordinate(text, degrees):
    sign = -1 if text[0] == "-" else 1
    body = text[1:]
    deg, rest = int(body[:degrees]), body[degrees:]
    minutes = int(rest[:2])
    seconds = int(rest[2:4]) if len(rest) > 2 else 0
    return sign * (deg + minutes / 60 + seconds / 3600)


def split_coordinates(text):
    cut = max(text.rfind("+"), text.rfind("-"))
    return coordinate(text[:cut], 2), coordinate(text[cut:], 3)


def last_sunday(month):
    day = dt.date(YEAR, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def nth_sunday(month, n):
    first = dt.date(YEAR, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def offsets(zone):
    """The offset in minutes on 1 January, the offset between the year's two changes, and the days of the changes."""
    tz = zoneinfo.ZoneInfo(zone)
    changes, values, previous = [], [], None
    day = dt.date(YEAR, 1, 1)
    while day.year == YEAR:
        noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=tz)
        offset = int(noon.utcoffset().total_seconds() // 60)
        if previous is not None and offset != previous:
            changes.append(day)
            values.append(offset)
        previous = offset
        day += dt.timedelta(days=1)
    january = int(dt.datetime(YEAR, 1, 1, 12, tzinfo=tz).utcoffset().total_seconds() // 60)
    if len(changes) != 2:
        # No change, or a zone that moved for good during the year: its offset at the end of the year stands.
        return previous, previous, []
    return january, values[0], changes


def rule(january, between, changes):
    if not changes:
        return "none"
    # Changes are seen at noon, so a switch on a Sunday's night shows on the Sunday (early hours) or the Monday.
    near = lambda a, b: abs((a - b).days) <= 1
    if len(changes) == 2 and near(changes[0], last_sunday(3)) and near(changes[1], last_sunday(10)):
        return "eu"
    if len(changes) == 2 and near(changes[0], nth_sunday(3, 2)) and near(changes[1], nth_sunday(11, 1)):
        return "us"
    return "other"


# The capital's zone where the zone whose principal city is nearest to the capital is not the one it lies in.
CAPITAL_ZONE = {"BR": "America/Sao_Paulo"}


def main():
    countries = {}
    with open("data/places/countries.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            countries[row["iso2"]] = (row["iso3"], float(row["lat"] or 0), float(row["lon"] or 0))
    zones = {}
    with open(f"{ROOT}/zone.tab", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            iso2, coords, name = line.rstrip("\n").split("\t")[:3]
            if iso2 in countries:
                zones.setdefault(iso2, []).append((name, *split_coordinates(coords)))
    print("# country (ISO alpha-3); IANA zone; latitude and longitude of its principal city; the offset in minutes east of")
    print("# UTC on 1 January, and the offset between the two changes of the year (the same when there are none); the rule")
    print("# of the changes: none, eu (last Sunday of March to last Sunday of October), us (second Sunday of March to first")
    print(f"# Sunday of November) or other (the month-days of {YEAR}'s changes, from and to, taken as the same every year);")
    print("# 1 for the zone of the capital.")
    print(f"# Built by tools/time/build_zones.py from the IANA time zone database (tzdata), offsets of {YEAR}.")
    print("iso3\tzone\tlat\tlon\toffset\tbetween\trule\tfrom\tto\tcapital")
    for iso2 in sorted(zones):
        iso3, clat, clon = countries[iso2]
        capital = CAPITAL_ZONE.get(iso2) or min(
            zones[iso2], key=lambda z: math.hypot(z[1] - clat, (z[2] - clon) * math.cos(math.radians(clat))))[0]
        for name, lat, lon in zones[iso2]:
            january, between, changes = offsets(name)
            start, end = (f"{c:%m-%d}" for c in changes) if changes else ("", "")
            print(f"{iso3}\t{name}\t{lat:.2f}\t{lon:.2f}\t{january}\t{between}\t{rule(january, between, changes)}\t{start}\t{end}\t{1 if name == capital else 0}")


main()
