# SPDX-License-Identifier: GPL-3.0-or-later
"""The CSV benchmark's yardstick: the same job as read + map + validate, in plain Python.

Reads the generated CSV with the csv module, trims every cell the way the app does (whitespace,
NBSP and zero-width characters), checks the email column with a regular expression that follows
checkEmail()'s main rules, and finds duplicates case-insensitively. It does less than the app
(no dates, no contact properties, no repairs), which favours Python.

Usage: python3 bench_csv_python.py FILE EMAIL_COLUMN
Prints one JSON object: seconds (reading and checking, start-up excluded), cpu, and the counts.
"""

import csv
import json
import re
import sys
import time

TRIM = " \t\r\n\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff"
# Local part: RFC 5322 atom characters or letters of any script, no dot at either end, at most
# 64; domain: labels of letters/digits/hyphens (no hyphen at either end), a top-level domain of
# two or more characters starting with a letter; no ".." anywhere; at most 254 in all.
EMAIL = re.compile(
    r"(?=.{1,254}$)(?!.*\.\.)"
    r"(?!\.)[\w!#$%&'*+/=?^`{|}~.-]{1,64}(?<!\.)"
    r"@(?:(?!-)[^\W_](?:[^\W_]|-){0,62}(?<!-)\.)+[^\W\d_][^\W_]*(?:-[^\W_]+)*"
)


def main():
    path, email_column = sys.argv[1], int(sys.argv[2])
    wall = time.perf_counter()
    cpu = time.process_time()
    valid = invalid = duplicates = 0
    seen = {}
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)  # header
        for number, row in enumerate(reader, start=2):
            cells = [cell.strip(TRIM) for cell in row]
            if not any(cells):
                continue
            email = cells[email_column] if email_column < len(cells) else ""
            if not EMAIL.fullmatch(email):
                invalid += 1
                continue
            key = email.casefold()
            if key in seen:
                duplicates += 1
                continue
            seen[key] = number
            valid += 1
    print(json.dumps({
        "seconds": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "attendees": valid,
        "invalid": invalid,
        "duplicates": duplicates,
    }))


if __name__ == "__main__":
    main()
