// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandHelp.h"

#include "AppInfo.h"

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

QString general()
{
    return QString::fromLatin1(appinfo::kAppName) + u' ' + QString::fromLatin1(appinfo::kVersion)
        + uR"( - record in HubSpot who registered, attended or cancelled a marketing event,
from a spreadsheet.

Commands:
  validate FILE   Read a spreadsheet and show what would be sent. Needs no token.
  events          List the marketing events of the HubSpot account.
  import FILE     Record the people in FILE as registered, attended or cancelled.
Run "attendance-importer-cli COMMAND --help" for the options of a command.

Access token: set HUBSPOT_ACCESS_TOKEN, or use --token-file PATH or --token-stdin.
A token is never accepted on the command line, where other users of the computer
can see it in the process list.
Try it without a HubSpot account: attendance-importer-cli --demo events

Exit codes:
  0  success
  1  some rows failed, or the import was interrupted (Ctrl-C)
  2  bad usage or unreadable input; nothing was sent
  3  HubSpot refused the token (401) or a permission is missing (403)
  4  another HubSpot or network failure stopped the run)"_s;
}

QString validate()
{
    return uR"(Read FILE and show what would be sent: how the columns map, the attendees, and the
rows set aside (invalid or duplicate emails). Nothing is sent; no token is needed.
Rows are numbered as a spreadsheet program shows them (the header is usually row 1).
Files: CSV/TSV/TXT (encoding and separator detected), Excel .xlsx and .xls, LibreOffice .ods.
The format is read from the content, so a renamed file still works.
Workbooks: unless --sheet names one, the first sheet with an email column (a summary or
cover sheet before the list is passed over), or the first sheet when none has one; when
that is not the first sheet or other sheets have addresses too, a line says so. An
unknown --sheet name lists the sheets.
A CSV file has one sheet, named after the file: --sheet is accepted with that name only.

--json prints one object:
  {"file", "sheet", "sheetChoice", "headerRow", "totalRows", "mapping": {header: target},
   "tableEnd": {"row", "nextTitle", "rowsNotRead"} or null,
   "mojibake": {"row", "value"} or null,
   "dateOrder": {"used": "auto|day-first|month-first", "ambiguous": true|false},
   "attendees": [{"row", "email", "interactionDateTime" (ms or null),
                  "contactProperties", "properties", "state" (by-status only)}],
   "attendeesByState": {"attend", "register", "cancel"} (by-status only),
   "invalid": [{"row", "value", "reason"}], "duplicates": [{"row", "email", "firstRow", "merged"}],
   "skipped": [{"row", "email", "reason"}], "repaired": [{"row", "original", "email"}]}
"repaired" lists addresses taken out of a wider cell ("mailto:ada@x.org",
"Ada <ada@x.org>", "'ada@x.org"); those rows are among the attendees, sent with "email".
"skipped" lists, with --state, the rows whose status column contradicts the state
("did not attend: Attended = No"); with --state by-status, the rows whose status is blank.
"tableEnd" is set when another table starts below the one read (a section title such as
Teams' "3. In-Meeting Activities"): reading stops there.
"mojibake" names the first cell that looks like text read in the wrong encoding
("JosÃ©" for "José"): check the file's encoding (--encoding) before sending.
"ambiguous" is true when dates like 03/04/2026 read both ways; choose with --date-order.
"sheetChoice" is null, or, when --sheet named none of a workbook's sheets,
{"chosen", "reason": "email-column|first-sheet", "others": [names]}: the sheet read,
whether it holds an email column (else none does and the first was read), and the
other sheets that hold one.
--summary replaces the five arrays with "valid", "invalidCount", "duplicateCount",
"skippedCount", "repairedCount" and "mergedCount".
"merged" marks a further session of a person (rows with join or leave times): it is merged
into "firstRow", which is sent with the earliest join and the latest leave.

Exit codes:
  0  the file was read (even when some rows are invalid)
  2  the file could not be read, or bad usage)"_s;
}

QString events()
{
    return uR"(List the marketing events of the HubSpot account: objectId, start, type and name.
Pass the objectId to "import --event". The token needs crm.objects.marketing_events.read.

--json prints {"events": [{"objectId", "eventName", "eventType", "startDateTime",
"endDateTime", ...every other field HubSpot sent}]}.

Exit codes:
  0  listed
  2  bad usage or no token
  3  HubSpot refused the token (401) or a permission is missing (403)
  4  another HubSpot or network failure)"_s;
}

QString import()
{
    return uR"(Record every valid, distinct email of FILE as registered, attended or cancelled for
one marketing event. Rows with an invalid or repeated email are skipped and reported.
The event is looked up first, so a wrong --event stops before anything is sent.
The token needs crm.objects.marketing_events.read and .write.
Rows without a date of registration or attendance are recorded at the time of sending,
or as --interaction-time says: event-start (the event's start in HubSpot) or a fixed
ISO 8601 date and time. Join and leave times are sent with --state attend only.
--state by-status needs a status column (Attended, Attendee Status, Checked In...): each
row goes in the state its status says, all in one run, each state to its own endpoint:
attended as attend, registered or absent as register, cancelled as cancel; a blank status
is skipped. A person listed twice goes once, in the furthest state of their rows (attend,
then register, then cancel). Join and leave times go with the rows sent as attend.
HubSpot creates a contact for every email it does not know. --existing-contacts-only
looks each batch's emails up first (contacts batch read by email, at most 100 a request,
paced like the rest) and records only people who are already contacts; the others are
skipped with the reason "not a contact in HubSpot". It needs crm.objects.contacts.read.
Ctrl-C stops cleanly: no new request is sent, the requests in flight are answered,
the remaining rows are marked cancelled by the user, and the results are still printed
and written. A second Ctrl-C does not wait for those answers: the rows they carried
are marked as not confirmed (HubSpot may or may not have recorded them), and a resume
with --journal sends them again. Either way the exit code is 1.

Resuming: with --journal PATH, each row's outcome is saved in PATH as soon as HubSpot
answers (PATH holds the emails, readable by you only; never the token). If the import
stops - Ctrl-C, a crash, a closed laptop, a refused token (exit 3), a network or
HubSpot failure - run
  attendance-importer-cli import --journal PATH --resume
(with a new token if HubSpot refused the old one) to send only the rows HubSpot has not
confirmed; rows it confirmed are never sent again. A resume sends the rows exactly as
the import planned them, to the same event and state, with the same default time: the
spreadsheet is not read again and may have moved. FILE, --event and --state may be
repeated; they must then match the journal (FILE byte for byte), or nothing is sent.
Reading options (--map, --sheet...) and --interaction-time do not go with --resume.
A new import replaces only the journal of a finished import, never an unfinished one
or any other file; PATH may not be a symbolic link. While an import runs, its journal
is locked: another import of it, by any name, is refused. Resuming a finished one
sends nothing and reports the outcome again.

--json prints one object:
  {"event", "state", "succeeded", "failed", "skipped", "requests", "stoppedBecause"
   (null or {"category", "message", "httpStatus"}), "sheetChoice" (as validate's),
   "succeededByState": {"attend", "register", "cancel"},
   "results": [{"row", "email", "status": "succeeded|failed|skipped",
                "state": "register|attend|cancel" (null for a row not to be sent),
                "vid" (or null),
                "error": null or {"category", "message", "httpStatus", "correlationId"}}]}
"requests" counts the requests sent, retries and contact lookups included.

Exit codes:
  0  every row sent succeeded
  1  some rows failed, the --results file could not be written, or Ctrl-C
  2  bad usage or input, or no event with the --event id (checked before sending)
  3  HubSpot refused the token (401) or a permission is missing (403); with
     --journal, resume with a new token
  4  another HubSpot or network failure stopped the run; the rows not sent
     are listed as failed (and resumable with --journal))"_s;
}

} // namespace

QString CommandHelp::description(Command command)
{
    switch (command) {
    case Command::None:
        return general();
    case Command::Validate:
        return validate();
    case Command::Events:
        return events();
    case Command::Import:
        return import();
    }
    return {};
}

} // namespace attendance::cli
