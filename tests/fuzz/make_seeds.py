#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus of the fuzz targets from the fixtures in tests/data.

    python3 tests/fuzz/make_seeds.py

csv:  every CSV fixture, behind the options byte fuzz_csv reads first (0 = detect everything).
xlsx: every .xlsx fixture as it is (the archive layer), and its parts joined by 0x1E in the order
      fuzz_xlsx expects (workbook, relationships, styles, shared strings, first sheet).
ods:  every .ods fixture as it is, and its content.xml alone.
xml:  the parts of the .xlsx fixtures behind a piece-size byte, for fuzz_xml.
"""
import glob
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
CORPUS = os.path.join(HERE, "corpus")


def write(kind, name, data):
    with open(os.path.join(CORPUS, kind, name), "wb") as out:
        out.write(data)


def main():
    for path in sorted(glob.glob(os.path.join(DATA, "csv", "*"))):
        with open(path, "rb") as source:
            write("csv", os.path.basename(path), b"\0" + source.read())
    for path in sorted(glob.glob(os.path.join(DATA, "xlsx", "*.xlsx"))):
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, "rb") as source:
            data = source.read()
        write("xlsx", name + ".xlsx", data)
        if not data.startswith(b"PK"):
            continue
        with zipfile.ZipFile(path) as book:
            names = book.namelist()
            sheet = next((n for n in names if n.startswith("xl/worksheets/")), None)
            parts = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                     "xl/sharedStrings.xml", sheet]
            contents = [book.read(p) if p in names else b"" for p in parts]
        write("xlsx", name + ".parts", b"\x1e".join(contents))
        for index, content in enumerate(contents):
            if content:
                write("xml", "%s-%d.xml" % (name, index), bytes([1 + index * 3]) + content)
    for path in sorted(glob.glob(os.path.join(DATA, "ods", "*.ods"))):
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, "rb") as source:
            write("ods", name + ".ods", source.read())
        with zipfile.ZipFile(path) as book:
            if "content.xml" in book.namelist():
                content = book.read("content.xml")
                if content.lstrip().startswith(b"<"):
                    write("ods", name + ".content.xml", content)


if __name__ == "__main__":
    main()
