#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the workbook fixtures under tests/data/xlsx and tests/data/ods.

The XML is written by hand so that each fixture holds exactly the constructs a reader must get
right: shared vs inline strings, rich-text runs and phonetic guides, the 1900 and 1904 date
systems, built-in and custom date formats, cached formula values, rows and cells left out or
formatted but empty, ODS repeated rows and columns. Entries carry a fixed timestamp, so running
this again gives byte-identical files.

    python3 tests/data/make_workbooks.py            # writes the hand-made fixtures
    python3 tests/data/make_workbooks.py --office   # also the files LibreOffice writes: xls/*.xls,
                                                    # ods/libreoffice.ods, ods/password.ods,
                                                    # xlsx/libreoffice.xlsx (needs soffice and
                                                    # python3-uno)

The unit tests read the committed files; neither Python nor LibreOffice is needed to run them.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 1, 1, 0, 0, 0)

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_zip(path, entries):
    """entries: list of (name, text, stored?)"""
    with zipfile.ZipFile(path, "w") as archive:
        for name, text, stored in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))


def serial(when, base=datetime.datetime(1899, 12, 30)):
    return (when - base).total_seconds() / 86400


# ---------------------------------------------------------------- XLSX


class SharedStrings:
    def __init__(self):
        self.items = []

    def add(self, xml_inside_si):
        self.items.append(xml_inside_si)
        return len(self.items) - 1

    def text(self, text):
        return self.add("<t xml:space=\"preserve\">%s</t>" % escape(text))

    def xml(self):
        body = "".join("<si>%s</si>" % item for item in self.items)
        return (XML_DECL + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
                % (MAIN_NS, len(self.items), len(self.items), body))


def cell(ref, value=None, kind=None, style=None, formula=None, inline=None):
    attrs = ' r="%s"' % ref if ref else ""
    if kind:
        attrs += ' t="%s"' % kind
    if style is not None:
        attrs += ' s="%d"' % style
    inner = ""
    if formula is not None:
        inner += "<f>%s</f>" % escape(formula)
    if inline is not None:
        inner += "<is>%s</is>" % inline
    if value is not None:
        inner += "<v>%s</v>" % value
    return "<c%s>%s</c>" % (attrs, inner) if inner else "<c%s/>" % attrs


def row(number, cells, extra=""):
    attrs = ' r="%d"' % number if number else ""
    return "<row%s%s>%s</row>" % (attrs, extra, "".join(cells))


def worksheet(rows, tail=""):
    return (XML_DECL + '<worksheet xmlns="%s" xmlns:r="%s"><dimension ref="A1"/>'
            '<sheetData>%s</sheetData>%s</worksheet>' % (MAIN_NS, REL_NS, "".join(rows), tail))


STYLES = XML_DECL + """<styleSheet xmlns="%s">
<numFmts count="5">
<numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm:ss"/>
<numFmt numFmtId="165" formatCode="[$-C0A]dd&quot; de &quot;mmmm&quot; de &quot;yyyy"/>
<numFmt numFmtId="166" formatCode="0.00&quot; días&quot;"/>
<numFmt numFmtId="167" formatCode="[Red]#,##0.00"/>
<numFmt numFmtId="168" formatCode="h:mm\\ AM/PM"/>
</numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="12">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="46" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
</styleSheet>""" % MAIN_NS

(GENERAL, DATE, DATETIME, CUSTOM_DATETIME, TIME, ELAPSED, SPANISH_DATE, DAYS_NUMBER, PERCENT,
 RED_NUMBER, TEXT, AMPM_TIME) = range(12)


def content_types(sheets, chartsheets=(), shared=True):
    overrides = ['<Override PartName="/xl/workbook.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
                 '<Override PartName="/xl/styles.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    if shared:
        overrides.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    for path in sheets:
        overrides.append('<Override PartName="/%s" ContentType="application/'
                         'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % path)
    for path in chartsheets:
        overrides.append('<Override PartName="/%s" ContentType="application/'
                         'vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>' % path)
    return (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>%s</Types>'
            % "".join(overrides))


ROOT_RELS = (XML_DECL + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument"'
             ' Target="xl/workbook.xml"/></Relationships>' % (PKG_REL_NS, REL_NS))


def xlsx(path, sheets, shared=None, date1904=False, chartsheets=()):
    """sheets: list of (name, xml, state); chartsheets: list of (name, position)."""
    rels, book_sheets, entries, sheet_paths, chart_paths = [], [], [], [], []
    order = [(name, xml, state, False) for name, xml, state in sheets]
    for name, position in chartsheets:
        order.insert(position, (name, None, None, True))
    for index, (name, xml, state, chart) in enumerate(order, start=1):
        rid = "rId%d" % index
        if chart:
            target = "chartsheets/sheet%d.xml" % index
            chart_paths.append("xl/" + target)
            entries.append(("xl/" + target, XML_DECL + '<chartsheet xmlns="%s" xmlns:r="%s">'
                            '<sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>'
                            % (MAIN_NS, REL_NS), False))
            rels.append('<Relationship Id="%s" Type="%s/chartsheet" Target="%s"/>'
                        % (rid, REL_NS, target))
        else:
            target = "worksheets/sheet%d.xml" % index
            sheet_paths.append("xl/" + target)
            entries.append(("xl/" + target, xml, False))
            rels.append('<Relationship Id="%s" Type="%s/worksheet" Target="%s"/>'
                        % (rid, REL_NS, target))
        state_attr = ' state="%s"' % state if state else ""
        book_sheets.append('<sheet name=%s sheetId="%d"%s r:id="%s"/>'
                           % (quoteattr(name), index, state_attr, rid))
    n = len(order)
    rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n + 1, REL_NS))
    if shared:
        rels.append('<Relationship Id="rId%d" Type="%s/sharedStrings" Target="/xl/sharedStrings.xml"/>'
                    % (n + 2, REL_NS))
    workbook = (XML_DECL + '<workbook xmlns="%s" xmlns:r="%s"><workbookPr%s/><bookViews>'
                '<workbookView/></bookViews><sheets>%s</sheets></workbook>'
                % (MAIN_NS, REL_NS, ' date1904="1"' if date1904 else "", "".join(book_sheets)))
    files = [("[Content_Types].xml", content_types(sheet_paths, chart_paths, bool(shared)), False),
             ("_rels/.rels", ROOT_RELS, False),
             ("xl/workbook.xml", workbook, False),
             ("xl/_rels/workbook.xml.rels",
              XML_DECL + '<Relationships xmlns="%s">%s</Relationships>' % (PKG_REL_NS, "".join(rels)),
              False),
             ("xl/styles.xml", STYLES, False)]
    if shared:
        files.append(("xl/sharedStrings.xml", shared.xml(), False))
    write_zip(path, files + entries)


def attendees_xlsx():
    s = SharedStrings()
    t = s.text
    attendees = worksheet([
        row(1, [cell("A1", t("Email"), "s"), cell("B1", t("First Name"), "s"),
                cell("C1", inline="<t>Last Name</t>", kind="inlineStr"), cell("D1", t("Joined"), "s"),
                cell("E1", t("Score"), "s"), cell("F1", t("Member"), "s"), cell("G1", t("Notes"), "s")]),
        row(2, [cell("A2", t("ana@example.es"), "s"), cell("B2", t("José"), "s"),
                cell("C2", s.add('<r><t>Nú</t></r><r><rPr><b/></rPr><t>ñez</t></r>'), "s"),
                cell("D2", repr(serial(datetime.datetime(2024, 3, 1, 10, 15))), style=DATETIME),
                cell("E2", "1"), cell("F2", "1", "b"), cell("G2", t("Tab_x0009_stop"), "s")]),
        row(3, [cell("A3", inline="<t>zoe@example.org</t>", kind="inlineStr"),
                cell("B3", inline="<t>Zoë</t>", kind="inlineStr"),
                cell("C3", inline='<r><t>Bron</t></r><r><rPr><i/></rPr><t xml:space="preserve">të </t></r>',
                     kind="inlineStr"),
                cell("D3", "61", style=DATE), cell("E3", "1.5"), cell("F3", "0", "b"),
                cell("G3", inline="<t>  two  spaces </t>", kind="inlineStr")]),
        row(4, [cell("A4", t("yamada@example.jp"), "s"),
                cell("B4", s.add('<t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh>'), "s"),
                cell("C4", t("太郎"), "s"),
                cell("D4", repr(serial(datetime.datetime(2024, 3, 1, 23, 59, 37))), style=CUSTOM_DATETIME),
                cell("E4", "9.9999999999999995E-8"), cell("F4", "2", formula="1+1"),
                cell("G4", "cached text", "str", formula='"cached "&"text"')]),
        row(5, [cell("A5", "#N/A", "e", formula="NA()"), cell("B5", "12345678901"),
                cell("C5", "0.5625", style=TIME), cell("D5", "1.5", style=ELAPSED),
                cell("E5", "0.10000000000000001"), cell("F5", "45352", style=SPANISH_DATE),
                cell("G5", "2.5", style=DAYS_NUMBER)]),
        row(6, [cell("A6", "0.25", style=PERCENT), cell("B6", "-1234.5", style=RED_NUMBER),
                cell("C6", t("00123"), "s", style=TEXT), cell("D6", "0.75", style=AMPM_TIME),
                cell("E6", "1E+20"), cell("F6", "-0"), cell("G6", "2024-03-01T09:30:00", "d")]),
    ])
    titled = worksheet([
        row(1, [cell("A1", t("Webinar attendance — March"), "s", style=GENERAL)]),
        row(3, [cell("A3", t("Email"), "s"), cell("B3", t("Name"), "s")]),
        row(4, [cell("A4", t("first@example.com"), "s"), cell("B4", t("Åsa Öberg"), "s")]),
        row(5, [cell("A5", t("second@example.com"), "s"), cell("B5", t("Chloé"), "s")]),
        row(6, [], ' s="1" customFormat="1"'),
        row(7, [cell("A7", style=DATE), cell("B7", style=DATE)]),
        row(8, [cell("A8", t("gap@example.com"), "s"), cell("C8", "3"), cell("XFD8", style=DATE)]),
        row(1048576, [cell("A1048576", style=DATE)], ' s="1" customFormat="1"'),
    ], tail='<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>')
    no_refs = worksheet([
        row(None, [cell(None, t("Email"), "s"), cell(None, t("Name"), "s")]),
        row(None, [cell(None, t("noref@example.com"), "s"), cell(None, t("No Ref"), "s")]),
        row(5, [cell(None, t("five@example.com"), "s"), cell("C5", t("third column"), "s"),
                cell(None, t("fourth"), "s")]),
    ])
    empty = worksheet([])
    xlsx(os.path.join(HERE, "xlsx", "attendees.xlsx"),
         [("Attendees", attendees, None), ("Title at row 3", titled, "hidden"),
          ("No references", no_refs, None), ("Empty", empty, "veryHidden")],
         shared=s, chartsheets=[("Chart", 2)])


def date1904_xlsx():
    base = datetime.datetime(1904, 1, 1)
    rows = [row(1, [cell("A1", inline="<t>When</t>", kind="inlineStr"),
                    cell("B1", inline="<t>What</t>", kind="inlineStr")])]
    samples = [
        (0, DATE, "1904-01-01"),
        (serial(datetime.datetime(2024, 3, 1), base), DATE, "2024-03-01"),
        (serial(datetime.datetime(2024, 3, 1, 18, 45, 5), base), DATETIME, "2024-03-01 18:45:05"),
        (0.25, TIME, "06:00"),
    ]
    for number, (value, style, label) in enumerate(samples, start=2):
        rows.append(row(number, [cell("A%d" % number, repr(value), style=style),
                                 cell("B%d" % number, inline="<t>%s</t>" % label, kind="inlineStr")]))
    xlsx(os.path.join(HERE, "xlsx", "date1904.xlsx"), [("Dates", worksheet(rows), None)],
         date1904=True)


def plain_xlsx(path):
    """What an old system exports: values only, no formulas (libfreexl cannot give their results)."""
    s = SharedStrings()
    t = s.text
    people = worksheet([
        row(1, [cell("A1", t("Email"), "s"), cell("B1", t("Name"), "s"), cell("C1", t("Joined"), "s"),
                cell("D1", t("Minutes"), "s"), cell("E1", t("Day"), "s"), cell("F1", t("Start"), "s")]),
        row(2, [cell("A2", t("ana@example.es"), "s"), cell("B2", t("José Núñez"), "s"),
                cell("C2", repr(serial(datetime.datetime(2024, 3, 1, 10, 15, 30))), style=CUSTOM_DATETIME),
                cell("D2", "42"), cell("E2", repr(serial(datetime.datetime(2024, 3, 1))), style=DATE),
                cell("F2", "0.4375", style=TIME)]),
        row(4, [cell("A4", t("yamada@example.jp"), "s"), cell("B4", t("山田 太郎"), "s"),
                cell("D4", "1.25"), cell("E4", "61", style=DATE)]),
        row(5, [cell("A5", t("zoe@example.org"), "s"), cell("C5", t("not a date"), "s"),
                cell("D5", "12345678901")]),
    ])
    other = worksheet([row(2, [cell("B2", t("Ærøskøbing"), "s")])])
    xlsx(path, [("People", people, None), ("Other", other, None)], shared=s)


# A workbook whose first sheet is a summary, with the attendees on the second and the speakers,
# with their own Email column, on the third: the importer opens the attendees (issue 10).
SUMMARY_FIRST = [
    ("Event summary", [["Event", "Jornada de puertas abiertas"], ["Date", "2026-03-14"],
                       ["Registered", "3"], ["Venue", "Sala Álvarez"]]),
    ("Attendees", [["First name", "Last name", "Email", "Company"],
                   ["José", "Núñez", "jose.nunez@example.es", "Ñandú S.L."],
                   ["Zoë", "Brontë", "zoe@example.org", "Café Société"],
                   ["Łukasz", "Żółć", "lukasz@example.pl", "Gdańsk Sp. z o.o."],
                   ["Françoise", "Dupré", "francoise@example.fr", "Crème"]]),
    ("Speakers", [["Name", "Email"], ["Ana Peña", "ana@example.es"],
                  ["Søren Ørsted", "soren@example.dk"]]),
]


def summary_first_xlsx():
    s = SharedStrings()
    sheets = []
    for name, rows in SUMMARY_FIRST:
        xml_rows = []
        for r, values in enumerate(rows, start=1):
            xml_rows.append(row(r, [cell("%s%d" % ("ABCD"[c], r), s.text(v), "s")
                                    for c, v in enumerate(values)]))
        sheets.append((name, worksheet(xml_rows), None))
    xlsx(os.path.join(HERE, "xlsx", "summary-first.xlsx"), sheets, shared=s)


def encrypted_xlsx(path):
    """An Office file protected by a password: an OLE2 compound file holding EncryptionInfo and
    EncryptedPackage streams instead of a zip (MS-OFFCRYPTO). The streams' content is filler; only
    the container matters to a reader that has to say "password-protected"."""
    import struct
    sector = 512
    end, free, fat_sector = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    stream_sectors = 4096 // sector  # at the mini-stream cutoff, so in regular sectors
    fat = [fat_sector, end]
    for first in (2, 2 + stream_sectors):
        fat += [first + i + 1 for i in range(stream_sectors - 1)] + [end]
    fat += [free] * (sector // 4 - len(fat))

    def entry(name, kind, child, right, start, size):
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, right, child) + b"\0" * 36
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 1, 0xFFFFFFFF, end, 0)
                 + entry("EncryptionInfo", 2, 0xFFFFFFFF, 2, 2, 4096)
                 + entry("EncryptedPackage", 2, 0xFFFFFFFF, 0xFFFFFFFF, 2 + stream_sectors, 4096)
                 + b"\0" * 128)
    header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    body = struct.pack("<%dI" % len(fat), *fat) + directory
    body += b"\x04\x00\x04\x00" + b"\x5A" * (4096 - 4) + b"\x10" * 4096
    with open(path, "wb") as out:
        out.write(header + body)


# ---------------------------------------------------------------- ODS

ODS_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}


def s_cell(text, repeat=None):
    attrs = ' table:number-columns-repeated="%d"' % repeat if repeat else ""
    return ('<table:table-cell office:value-type="string" calcext:value-type="string"%s>'
            '<text:p>%s</text:p></table:table-cell>' % (attrs, escape(text)))


def empty_cells(repeat):
    return '<table:table-cell table:number-columns-repeated="%d"/>' % repeat


def ods_row(cells, repeat=None, trailing=1018):
    attrs = ' table:number-rows-repeated="%d"' % repeat if repeat else ""
    return '<table:table-row%s>%s%s</table:table-row>' % (attrs, "".join(cells),
                                                          empty_cells(trailing) if trailing else "")


def ods(path, tables, encrypted=False):
    ns = " ".join('xmlns:%s="%s"' % item for item in ODS_NS.items())
    body = "".join('<table:table table:name=%s%s><table:table-column table:number-columns-repeated='
                   '"1024"/>%s</table:table>' % (quoteattr(name), extra, "".join(rows))
                   for name, rows, extra in tables)
    content = (XML_DECL + '<office:document-content %s office:version="1.3"><office:body>'
               '<office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>'
               % (ns, body))
    encryption = ('<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum='
                  '"AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
                  'manifest:initialisation-vector="AAAA"/></manifest:encryption-data>'
                  if encrypted else "")
    manifest = (XML_DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
                'xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path'
                '="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
                '"text/xml">%s</manifest:file-entry></manifest:manifest>' % encryption)
    write_zip(path, [("mimetype", "application/vnd.oasis.opendocument.spreadsheet", True),
                     ("content.xml", content, False),
                     ("META-INF/manifest.xml", manifest, False)])


def attendees_ods():
    people = [
        ods_row([s_cell(h) for h in ("Correo electrónico", "Nombre", "Fecha", "Importe",
                                     "Asistencia", "Activo")]),
        ods_row([s_cell("ana@example.es"),
                 '<table:table-cell office:value-type="string"><text:p>José '
                 '<text:span text:style-name="T1">Núñez</text:span></text:p></table:table-cell>',
                 '<table:table-cell office:value-type="date" office:date-value="2024-03-01T10:15:00">'
                 '<text:p>01/03/24 10:15</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="currency" office:currency="EUR" '
                 'office:value="12.5"><text:p>12,50 €</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="percentage" office:value="0.25">'
                 '<text:p>25%</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="boolean" office:boolean-value="true">'
                 '<text:p>VERDADERO</text:p></table:table-cell>']),
        ods_row([s_cell("yamada@example.jp"), s_cell("山田 太郎"),
                 '<table:table-cell office:value-type="date" office:date-value="2024-03-02">'
                 '<text:p>02/03/24</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="float" office:value="1E-7">'
                 '<text:p>1E-07</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="time" office:time-value="PT13H30M00S">'
                 '<text:p>13:30</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="boolean" office:boolean-value="false">'
                 '<text:p>FALSO</text:p></table:table-cell>']),
        ods_row([s_cell("repeat@example.com"), s_cell("x", repeat=3),
                 '<table:covered-table-cell/>',
                 '<table:table-cell office:value-type="float" office:value="12345678901">'
                 '<text:p>12345678901</text:p></table:table-cell>'], trailing=1017),
        ods_row([], repeat=2, trailing=1024),
        ods_row(['<table:table-cell office:value-type="string"><office:annotation>'
                 '<dc:creator>Reviewer</dc:creator><text:p>not this</text:p></office:annotation>'
                 '<text:p>first<text:s text:c="3"/>line<text:tab/>tab</text:p>'
                 '<text:p>second<text:line-break/>third</text:p></table:table-cell>',
                 '<table:table-cell table:formula="of:=NA()" office:value-type="string" '
                 'office:string-value="" calcext:value-type="error"><text:p>#N/A</text:p>'
                 '</table:table-cell>',
                 '<table:table-cell table:formula="of:=1+1" office:value-type="float" '
                 'office:value="2" calcext:value-type="float"><text:p>2</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="string" office:string-value="from attribute"/>',
                 '<table:table-cell office:value-type="float" office:value="0.1">'
                 '<text:p>0,1</text:p></table:table-cell>',
                 '<table:table-cell office:value-type="time" office:time-value="PT36H00M00S">'
                 '<text:p>36:00:00</text:p></table:table-cell>'], trailing=1018),
        ods_row([empty_cells(3), s_cell("after three blanks")], trailing=1020),
        ods_row([], repeat=1048567, trailing=1024),
    ]
    second = [
        ods_row([s_cell("Email")]),
        ods_row([s_cell("same@example.com"), s_cell("Same")], repeat=3, trailing=1022),
        ods_row([], repeat=1048572, trailing=1024),
    ]
    ods(os.path.join(HERE, "ods", "attendees.ods"),
        [("Asistentes", people, ""), ("Segunda hoja", second, ' table:style-name="ta2"'),
         ("Vacía", [ods_row([], repeat=1048576, trailing=1024)], "")])
    ods(os.path.join(HERE, "ods", "encrypted.ods"), [("Hoja1", [ods_row([s_cell("x")])], "")],
        encrypted=True)


def summary_first_ods():
    tables = [(name, [ods_row([s_cell(v) for v in values], trailing=1024 - len(values))
                      for values in rows], "") for name, rows in SUMMARY_FIRST]
    ods(os.path.join(HERE, "ods", "summary-first.ods"), tables)


# ---------------------------------------------------------------- LibreOffice conversions


def convert(source, target_format, target):
    with tempfile.TemporaryDirectory() as out:
        profile = "-env:UserInstallation=file://" + os.path.join(out, "profile")
        subprocess.run(["soffice", profile, "--headless", "--convert-to", target_format,
                        "--outdir", out, source], check=True, stdout=subprocess.DEVNULL)
        produced = os.path.join(out, os.path.splitext(os.path.basename(source))[0] + "."
                                + target_format.split(":")[0])
        shutil.move(produced, target)


SAVE_WITH_PASSWORD = """
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
source, target, filter_name, profile = sys.argv[1:5]
office = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                           "--invisible", "--accept=socket,host=127.0.0.1,port=2399;urp;"])
for attempt in range(60):
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        context = resolver.resolve("uno:socket,host=127.0.0.1,port=2399;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(1)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                        (prop("Hidden", True),))
document.storeToURL(uno.systemPathToFileUrl(target),
                    (prop("FilterName", filter_name), prop("Password", "secret")))
document.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
"""


def save_with_password(source, filter_name, target):
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["/usr/bin/python3", "-c", SAVE_WITH_PASSWORD, os.path.abspath(source),
                        os.path.abspath(target), filter_name, os.path.join(work, "profile")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def office_conversions():
    attendees = os.path.join(HERE, "xlsx", "attendees.xlsx")
    convert(attendees, "ods", os.path.join(HERE, "ods", "libreoffice.ods"))
    convert(attendees, "xls", os.path.join(HERE, "xls", "formulas.xls"))
    convert(os.path.join(HERE, "ods", "attendees.ods"), "xlsx",
            os.path.join(HERE, "xlsx", "libreoffice.xlsx"))
    with tempfile.TemporaryDirectory() as work:
        plain = os.path.join(work, "attendees.xlsx")
        plain_xlsx(plain)
        convert(plain, "xls", os.path.join(HERE, "xls", "attendees.xls"))
        save_with_password(plain, "MS Excel 97", os.path.join(HERE, "xls", "password.xls"))
        save_with_password(plain, "calc8", os.path.join(HERE, "ods", "password.ods"))


if __name__ == "__main__":
    attendees_xlsx()
    date1904_xlsx()
    attendees_ods()
    summary_first_xlsx()
    summary_first_ods()
    encrypted_xlsx(os.path.join(HERE, "xlsx", "encrypted.xlsx"))
    if "--office" in sys.argv[1:]:
        office_conversions()
