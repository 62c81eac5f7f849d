"""Error and caution codes of the core put into words, in the user's language."""

from __future__ import annotations

import re
from typing import Any

from inspector_app.domain.errors import AppError, Caution
from inspector_app.domain.file_names import readable
from inspector_app.i18n import N_, gettext_for

TEXTS: dict[str, str] = {
    # identity numbers, phones, dates
    "iin.format": N_("The IIN {value} must have 12 digits."),
    "iin.checksum": N_(
        "The IIN {value} is not valid: its check digit does not match. Check the number."
    ),
    "iin.not_issued": N_("The IIN {value} cannot exist: no check digit is possible for it."),
    "iin.business": N_("{value} is a business number (BIN), not a person's IIN."),
    "pin.format": N_("The PIN {value} must have 14 digits."),
    "pin.sex_digit": N_("The PIN {value} must start with 1 (female) or 2 (male)."),
    "pin.date": N_("The PIN {value} does not hold a real birth date."),
    "id.birth_date_mismatch": N_(
        "The ID number gives the birth date {decoded}, but {given} was entered."
    ),
    "id.sex_mismatch": N_("The ID number gives another sex than the one entered."),
    "phone.invalid": N_("{value} is not a valid phone number."),
    "date.invalid": N_("{value} is not a date: write it as DD.MM.YYYY."),
    "sex.invalid": N_("{value} is not a sex: write M or F."),
    # people
    "person.surname_required": N_("The surname is required."),
    "person.invisible_characters": N_(
        "The {field} holds invisible characters ({characters}) that make it look like another name. Type it again without them."
    ),
    "person.birth_date_range": N_("The birth date {value} is in the future or before 1900."),
    "person.duplicate": N_(
        "This person seems to be in the database already ({ids}). Check them, or add with --force if it is someone else."
    ),
    "person.missing": N_("There is no person with the id {id}."),
    "access.period": N_("The period ends ({last}) before it starts ({first})."),
    "access.period_long": N_("The period is longer than {days} days; ask for a shorter one."),
    "person.unknown_field": N_("There is no field {field}; the fields are: {known}."),
    "field.too_long": N_("The field {field} is longer than {maximum} characters."),
    "text.control_chars": N_(
        "The field {field} holds a line break, a control or an invisible character. Type it again on one line."
    ),
    "init.code": N_(
        "The code {code} may hold only letters and digits, at most {maximum}, without spaces or signs."
    ),
    "standin.ends_before_start": N_("The stand-in ends before it starts."),
    "standin.own_precinct": N_(
        "The precinct {precinct} is the laptop {id}'s own: a stand-in is for a colleague's precinct."
    ),
    "attachment.entity": N_("Nothing can be attached to a record of kind {entity}."),
    "attachment.kind": N_("{path} is not a photo (JPEG, PNG) or a PDF scan."),
    "attachment.too_large": N_(
        "The file is larger than {maximum} MB: take a smaller photo or scan."
    ),
    "merge.same": N_("A person cannot be merged into themselves: give two different ids."),
    "merge.already": N_("The person {id} was merged into {into} already."),
    "record.missing": N_("There is no record with the id {id}."),
    "record.exists": N_("A record with the id {id} exists already."),
    # database and key file
    "keyfile.busy": N_(
        "The key file {path} stayed busy for a minute (another program is changing it). Try again."
    ),
    "db.empty": N_(
        "The database file {path} is empty: it was cut short or never written. Restore it from a backup."
    ),
    "db.missing": N_("There is no database at {path}. Create one with: inspector-app init"),
    "db.cannot_decrypt": N_(
        "The database {path} cannot be opened with this key: it is damaged or belongs to another key file."
    ),
    "db.disk_full": N_("The disk is full. Free some space and try again; nothing was changed."),
    "db.locked": N_(
        "The database is busy: another window or program is writing to it. Try again in a minute; nothing was changed."
    ),
    "db.read_only": N_("The database {path} is read-only. Check the file's permissions."),
    "db.cannot_open": N_(
        "The database {path} cannot be opened. Check that the folder exists and is writable."
    ),
    "db.damaged": N_("The database {path} is damaged. Restore it from a backup."),
    "db.io_error": N_("The disk could not be read or written. Check the drive and try again."),
    "db.too_new": N_(
        "This database was made by a newer version of the application (schema {found}, this version knows {known}). Install the newer version; the database was not touched."
    ),
    "keyfile.missing": N_(
        "The key file {path} is missing. Put it back beside the database, or restore from a backup."
    ),
    "keyfile.unreadable": N_("The key file {path} cannot be read: {reason}"),
    "keyfile.damaged": N_("The key file {path} is damaged. Restore it from a backup."),
    "keyfile.format": N_(
        "The key file {path} is of an unknown format ({found}). Install the newer version of the application."
    ),
    "keyfile.exists": N_("A key file exists already at {path}."),
    "login.failed": N_("Wrong user name or password."),
    "password.wrong": N_("Wrong password. Type it again, minding the keyboard layout."),
    "login.uncertified": N_(
        "The rights of user {login} are not what an administrator signed: they were changed outside the application. Ask the administrator to check the database (verify) and restore it from a backup if damage is found."
    ),
    "login.locked": N_("Too many wrong passwords. Try again in {seconds} seconds."),
    "recovery.failed": N_("The recovery key is not right."),
    "password.too_short": N_("The password must have at least {minimum} characters."),
    "password.weak_repeat": N_(
        "The password is too easy to guess: it repeats the same characters (like aaaa). Use three or four unrelated words."
    ),
    "password.weak_sequence": N_(
        "The password is too easy to guess: it is a run like abcd or 1234. Use three or four unrelated words."
    ),
    "password.weak_keyboard": N_(
        "The password is too easy to guess: it is a row of neighbouring keys (like qwerty or йцукен). Use three or four unrelated words."
    ),
    "password.weak_date": N_(
        "The password is too easy to guess: it is mostly a date or a year. Use three or four unrelated words."
    ),
    "password.weak_common": N_(
        "The password is too easy to guess: it is, or is close to, one of the most used passwords. Use three or four unrelated words."
    ),
    "password.weak_personal": N_(
        "The password is too easy to guess: it holds the user's login or name. Use three or four unrelated words."
    ),
    "password.weak_name": N_(
        "The password is too easy to guess: it is mostly a common name or surname. Use three or four unrelated words."
    ),
    "password.weak_word": N_(
        "The password is too easy to guess: it is mostly a common word. Use three or four unrelated words."
    ),
    "password.weak_simple": N_(
        "The password is too easy to guess. Make it longer: three or four unrelated words."
    ),
    "password.missing": N_(
        "No password: set INSPECTOR_APP_PASSWORD or run in a terminal to type it."
    ),
    "password.mismatch": N_("The two passwords differ."),
    "password.not_utf8": N_(
        "The password (or key) from {source} is not UTF-8 text. Set the terminal or the variable to UTF-8 and give it again."
    ),
    "user.missing": N_("No user given: use --user LOGIN or set INSPECTOR_APP_USER."),
    "login.invalid": N_(
        "The login {login} may hold only letters, digits, dots, dashes and underscores."
    ),
    "user.role": N_("Unknown role {role}; the roles are: {known}."),
    "user.exists": N_("The user {login} exists already."),
    "user.full_name_required": N_("The full name is required."),
    "role.forbidden": N_("Your role ({role}) may not do this ({action})."),
    "role.report_kind": N_(
        "Your role ({role}) may not make the report {kind}: an inspector makes the reports of their own precinct, a chief those of their own district, HQ every report."
    ),
    "role.report_scope": N_(
        "Your role ({role}) may not make a report of {scope}: only of your own precinct (inspector) or district (chief)."
    ),
    # backups
    "backup.missing": N_("There is no backup at {path}."),
    "restore.window_open": N_(
        "The database {path} is open in the application's window. Close the window, then restore."
    ),
    "backup.not_a_backup": N_(
        "{path} is not a backup of the inspector's log. Check that you chose the right file."
    ),
    "backup.newer_format": N_(
        "The backup {path} was made by a newer version of the application (format {found}). Update the application, then restore it."
    ),
    "backup.damaged": N_(
        "The backup {path} is damaged or was altered. It was not used and nothing was changed; choose another backup."
    ),
    "backup.not_a_folder": N_("{path} is not a folder. Give the folder to write the backup in."),
    # init
    "init.exists": N_("{path} exists already; a database is never overwritten."),
    "init.role": N_("Unknown role {role}: use inspector, chief or hq."),
    "init.country": N_("Unknown country {country}: use KZ or KG."),
    "init.precinct_required": N_("An inspector's database needs --precinct-code."),
    "init.device_name": N_("The device name is required."),
    # files the application writes (store/files.py)
    "file.protected": N_(
        "{path} belongs to the database (the database itself, its key file, a backup or a sync package) and is never written over. Choose another name or folder."
    ),
    "file.missing": N_("There is no file {path}. Check the name and the folder or drive."),
    "file.not_a_file": N_("{path} is a folder or a device, not a file. Give the name of a file."),
    "file.exists": N_(
        "The file {path} exists already and was left as it is. Choose another name, or on the command line add --force to replace it."
    ),
    "file.folder_missing": N_(
        "The folder {folder} does not exist. Create it first, or choose another folder."
    ),
    "file.read": N_("The file {path} could not be read: {reason}."),
    "file.write": N_("The file {path} could not be written: {reason}. Nothing was changed."),
    # reference data and rules
    "refdata.invalid": N_("The reference data is not valid: {detail}"),
    "refdata.missing": N_("The reference data for {country} is missing from the database."),
    "refdata.unknown_list": N_(
        "The reference data has no list named {name}. This is a fault in the application: report it, saying what you were doing."
    ),
    "country.unknown": N_(
        "Unknown country {country}: the application works with KZ (Kazakhstan) and KG (Kyrgyzstan)."
    ),
    "category.unknown": N_("Unknown register category {code}."),
    "appeal.no_rule": N_("No appeal deadline rule applies on that date."),
    "appeal.extension_too_long": N_("The deadline may be extended to {max} at the latest."),
    "appeal.extension_not_later": N_("The new deadline must be later than the current one."),
    "appeal.bad_transition": N_("An appeal cannot go from {old} to {new}."),
    "appeal.extension_after_deadline": N_(
        "The deadline {deadline} had passed on {on}: the law allows no extension after it. Record the decision as late."
    ),
    "appeal.extension_in_past": N_(
        "The new deadline {new} has passed already: an extension moves the deadline to a day still to come."
    ),
    "appeal.step_in_future": N_("The day {on} is still to come: give the day it happened."),
    "appeal.step_before_receipt": N_(
        "The day {on} is before the appeal was received: give the day it happened."
    ),
    "appeal.authorised_by_format": N_(
        "Name who authorised the extension as NAME, POSITION (the head or a deputy), not {value}."
    ),
    "appeal.late_needs_reason": N_(
        "The law's limit for this step was {limit}: it is late. Give the reason for the delay."
    ),
    "appeal.not_extended": N_(
        "Appeal {number} has not been extended: the applicant is told of an extension."
    ),
    "appeal.notified_before_extension": N_(
        "The applicant cannot be told of the extension before it was decided on {on}."
    ),
    "appeal.about_officer": N_(
        "Appeal {number} is a complaint about a police officer: only the chief may change, cancel or decide it."
    ),
    "appeal.not_correctable": N_(
        "These fields of a registered appeal cannot be corrected: {fields}. The number, the moment of registration and of receipt stay as registered."
    ),
    "appeal.kind_unknown": N_("Unknown kind of appeal {kind}; the kinds are: {known}."),
    "appeal.language_unknown": N_(
        "Letters are printed in ru, kk or ky (Russian or the state language), not {language}."
    ),
    "appeal.number_missing": N_(
        "There is no appeal numbered {number}. List the appeals with: inspector-app appeal list"
    ),
    "appeal.number_twice": N_(
        "Two appeals have the number {number}: ask the chief to check the numbering (inspector-app appeal numbering)."
    ),
    "appeal.officer_unknown": N_("There is no user {login} in this database."),
    "appeal.numbering_gap": N_("Numbers missing in the series {series}: {numbers}."),
    "appeal.numbering_duplicate": N_("Numbers given to two appeals in {series}: {numbers}."),
    "appeal.numbering_reused": N_(
        "Numbers handed out again after higher ones in {series}: {numbers}."
    ),
    "appeal.numbering_new_series": N_(
        "The series {series} was started on {day} after a restore from a backup: the earlier series ends there (expected)."
    ),
    "appeal.numbering_new_prefix": N_(
        "The series {series} was started under the prefix {prefix} the chief assigned on {day}: the earlier series ends there (expected)."
    ),
    "appeal.numbering_clean": N_(
        "The numbering of appeals has no gaps, duplicates or reused numbers."
    ),
    "talk.minor_without_companion": N_(
        "A talk with a minor needs a parent, guardian or teacher present: name them."
    ),
    "hlc.invalid": N_("{value} is not a valid version stamp."),
    # changes received, held and in conflict
    "change.malformed": N_(
        "A change in the package cannot be used ({reason}; change {change}). Nothing was imported: ask the sender to send the package again from an up-to-date application."
    ),
    "held.missing": N_(
        "No change with the id {id} is held on this device. List the held changes with: inspector-app held"
    ),
    "held.decision": N_(
        "{decision} is not a decision on a held change: the decisions are accept and superseded."
    ),
    "conflict.missing": N_(
        "There is no open conflict with the id {id}. List the open conflicts with: inspector-app conflicts"
    ),
    "conflict.keep": N_(
        "{keep} is not a side of conflict {id}: give --keep current, --keep other, or the id of one of its changes."
    ),
    # imports
    "import.unreadable": N_("The file {path} cannot be read: {reason}"),
    "import.format": N_("The file {path} is neither CSV nor XLSX."),
    "import.no_header": N_("The file has no header row with a surname column."),
    "import.unknown_column": N_("Unknown column {column}; the columns are: {known}."),
    "import.empty": N_("The file holds no rows."),
    "import.too_big": N_("The file is larger than {maximum} MB; split it."),
    "import.not_a_file": N_(
        "{path} is not a saved file (it is a folder, a device or a pipe). Choose a CSV or XLSX file."
    ),
    "import.encoding_at": N_(
        "Line {line} of the file cannot be read as text (byte {byte} of the line): the file mixes encodings or is damaged. Save it from Excel as CSV UTF-8 and import again."
    ),
    "import.unclosed_quote": N_(
        "A quote opened on line {line} is not closed, so the lines after it would be read as one cell. Close the quote or remove it, and import again."
    ),
    "import.cell_too_long": N_(
        "A cell on line {line} is longer than {maximum} characters: the file is damaged or not a list of people."
    ),
    "import.xlsx_structure": N_(
        "The XLSX file is not built as a spreadsheet program builds it. Open it in Excel, save it again, and import that file."
    ),
    "import.too_many_cells": N_("The sheet has more than {maximum} cells; split it."),
    "import.unpacked_too_big": N_(
        "The XLSX file unpacks to more than {maximum} MB. Split the list into smaller files, or save it as CSV UTF-8."
    ),
    "import.malformed": N_(
        "The file cannot be read past line {line}: a quote is not closed or a cell is too long. Fix the file and import again."
    ),
    "import.duplicate_column": N_("The column {column} appears twice; keep one and import again."),
    "import.extra_cells": N_("the row has values beyond the last named column"),
    "import.control_chars": N_("the row holds control characters: the file may be damaged"),
    "import.too_many_rows": N_("The file has more than {maximum} rows; split it."),
    "import.duplicate_in_file": N_("the same person as on line {line}"),
    "import.duplicate_earlier_line": N_("the same person as on an earlier line of this file"),
    "import.more_rejected": N_(
        "from this line on, {count} more rows have errors that are not listed. Fix the rows above, then import again to see them."
    ),
    "import.file_changed": N_(
        "The file was changed after it was checked; choose it again and check the preview."
    ),
    "import.rejected": N_("{count} rows have errors; nothing was imported (--all-or-nothing)."),
    "demo.not_empty": N_(
        "The database holds people already; demo data goes only into an empty database."
    ),
    "demo.size": N_("The number of people must be between 1 and {maximum}."),
    "demo.years": N_("The years of demo records must be between 0 and {maximum}."),
    # records
    "field.required": N_("The field {field} is required."),
    "kind.unknown": N_("Unknown kind {kind}: choose one from the list."),
    "appeal.missing": N_("There is no appeal with the id {id}."),
    "appeal.received_in_future": N_("An appeal cannot be received in the future."),
    "register.missing": N_("There is no register entry with the id {id}."),
    "register.duration": N_(
        "For this category the register lasts from {minimum} to {maximum} days."
    ),
    "register.end_before_start": N_("The end date is before the start date."),
    "register.check_in_future": N_("A check cannot be recorded for a future date."),
    "register.check_before_start": N_(
        "The check is dated before the person was put on the register."
    ),
    "register.risk_level_required": N_(
        "Choose the risk level: it is recorded with every order of this category."
    ),
    "register.birth_date_needed": N_(
        "This category is for people under {age}: enter the person's birth date first."
    ),
    "register.too_old": N_(
        "The person is {age} on the start day; this category is for people under {limit}."
    ),
    "register.already_ended": N_("This entry was taken off the register on {day} already."),
    "register.removal_reason_unknown": N_(
        "Unknown reason {code}: choose the reason for taking off the register from the list."
    ),
    "register.end_in_future": N_(
        "The day the removal took effect cannot be in the future: enter it on that day."
    ),
    "register.end_note_required": N_('For the reason "other", say in words why.'),
    "register.extension_not_later": N_(
        "The new end must be later than the current one ({current})."
    ),
    "incident.register_unknown": N_(
        "Unknown register {code}: choose the register the number is in from the list."
    ),
    "incident.number_format": N_(
        "{number} is not a number of the register {register}: it looks like {example}."
    ),
    "incident.number_without_register": N_("Choose the register the number {number} is in."),
    "incident.outcome_unknown": N_("Unknown outcome {code}: choose one from the list."),
    "log.attendance_only_meetings": N_(
        "Attendance and questions are recorded for meetings, reports to residents and council sessions only."
    ),
    "log.time_format": N_(
        "{value} is not a time: write it as YYYY-MM-DDTHH:MM, optionally with an offset such as +05:00."
    ),
    "date.in_future": N_("The date {value} is in the future: enter what has happened."),
    "date.before": N_("The date {value} is before {earliest}."),
    "cli.iso_date": N_("{value} is not a date: write it as YYYY-MM-DD."),
    "log.time_in_future": N_("The time {value} has not come yet: enter what has happened."),
    "proposal.missing": N_("There is no proposal with the id {id}."),
    "proposal.status_unknown": N_(
        "Unknown status {status}: the statuses are received, in_work, done, declined."
    ),
    "proposal.decline_reason": N_("Give the reason why the proposal is declined."),
    "proposal.answer_required": N_("Give the answer to the proposal before marking it done."),
    "proposal.closed": N_("This proposal was closed ({status}) already."),
    "proposal.raised_by_required": N_(
        "Say who raised it: a person, or a body such as the assembly of a village."
    ),
    "proposal.appeal_kind": N_(
        "The appeal {number} is not a proposal: link only an appeal of kind proposal."
    ),
    "proposal.source_required": N_(
        "Link the meeting or reception it was raised at, or the written appeal."
    ),
    "log.in_future": N_("A log entry cannot be dated in the future."),
    "log.cancelled": N_(
        "The log entry {id} was cancelled ({reason}): it can no longer be changed."
    ),
    "log.cancel_reason": N_("Say why the log entry is cancelled (--reason)."),
    "log.unknown_field": N_("A log entry has no field {field}; the fields are: {known}."),
    "time.invalid": N_("{value} is not a time: write it as YYYY-MM-DDTHH:MM."),
    "history.entity": N_("There is no kind of record {entity}; the kinds are: {known}."),
    "history.not_settable": N_(
        "This field stays as it was first written; only the other fields can be set back."
    ),
    "history.not_editable": N_(
        "This record is not changed once it is written; its history can only be read."
    ),
    "incident.in_future": N_("An incident cannot be dated in the future."),
    "date.in_past": N_("The date {value} has passed already: choose today or a later day."),
    "task.closed": N_("This task has been reported as done already."),
    "household.address_required": N_(
        "Give a house number or, for a house without one, a landmark."
    ),
    "household.coordinates": N_(
        "Give both latitude and longitude in decimal degrees (latitude from -90 to 90, longitude from -180 to 180), or neither."
    ),
    "figure.range": N_("The number {field} must be between {minimum} and {maximum}."),
    # reports and printing
    "report.kind": N_("Unknown report {kind}; the reports are: {known}."),
    "report.period": N_(
        "{value} is not a period: write a month (2026-10), a quarter (2026-Q3), a year (2026) or dates FROM..TO."
    ),
    "report.period_required": N_(
        "The report {kind} needs a period: --period 2026-10, 2026-Q3, 2026 or FROM..TO."
    ),
    "report.language": N_("Unknown language {lang}; the languages are: {known}."),
    "report.as_of": N_(
        "{value} is not a date and time: write it as 2026-11-20 or 2026-11-20T18:00."
    ),
    "report.no_precinct": N_(
        "There is no precinct {precinct} in this database; the precincts are: {known}."
    ),
    "report.no_district": N_(
        "There is no district {district} in this database; the districts are: {known}."
    ),
    "report.choose_precinct": N_(
        "This report is about one precinct: choose one with --precinct CODE ({known})."
    ),
    "report.person_required": N_("The person card needs a person: --person ID."),
    "report.extension": N_(
        "The file {path} does not end in {extension}: a {format} report is written to a {extension} file. Give the file that extension."
    ),
    "report.rank_by": N_("Unknown indicator {value}; the indicators are: {known}."),
    "report.format": N_("Unknown file format {format}; the formats are: {known}."),
    "report.period_future": N_(
        "The period {period} has not begun yet: nothing in it can be counted. Choose a period that has begun."
    ),
    "report.as_of_before_period": N_(
        "The as-of day {as_of} is before the period starts: on that day nothing of the period had happened. Give an --as-of inside or after the period."
    ),
    "print.copies": N_("The number of copies must be between 1 and {maximum}."),
    "print.no_queue": N_(
        "No print system was found (CUPS lp). Save the report as PDF and print it from there."
    ),
    "print.failed": N_("The printer refused the report: {reason}"),
    # command line
    "cli.init_done": N_(
        "The database {path} is ready. Write the recovery key down and keep it apart from the laptop: it is shown only once."
    ),
    "cli.rejected_line": N_("line {line}: {reason}"),
    "cli.assignment": N_("{value} is not FIELD=VALUE."),
    "cli.not_utf8": N_(
        "The value {value} is not UTF-8 text (the terminal uses another encoding?). Type it again in UTF-8."
    ),
    "cli.verify_sound": N_(
        "The database is sound: {records} records, {changes} changes, {journal} journal entries checked."
    ),
    "cli.verify_damaged": N_("Damage found in {count} places; the first: {first}"),
    "cli.index_rebuilt": N_("The search index is made again: {count} records."),
    "cli.report_written": N_("The report is written to {path} ({pages} pages)."),
    "cli.backup_written": N_(
        "The backup is written to {path}. It opens only with the password of a user of this device or the recovery key."
    ),
    "cli.restored": N_(
        "The database {path} is restored from the backup made at {made_at}. The database that was there is kept as {aside}."
    ),
    "cli.restored_new": N_("The database {path} is restored from the backup made at {made_at}."),
    "cli.interrupted": N_("Stopped; nothing was changed by the unfinished step."),
    "verify.sqlite": N_("SQLite's integrity check failed: {detail}"),
    "verify.cipher": N_("Encrypted pages failed their checksum: {detail}"),
    "verify.journal_gap": N_("Journal entry {seq} is missing."),
    "verify.journal_row": N_("Journal entry {seq} was altered."),
    "verify.file_empty": N_("The database file {path} is empty. Restore it from a backup."),
    "verify.file_cut": N_(
        "The database file {path} is cut short ({size} bytes, not whole pages). Restore it from a backup."
    ),
    "verify.page": N_(
        "Page {page} of the database fails its checksum: it was damaged on the disk or altered."
    ),
    "verify.page_of": N_(
        "Page {page} of the database fails its checksum: it holds part of {table}."
    ),
    "verify.journal_rewritten": N_(
        "The journal no longer holds entry {seq} as the device {device} confirmed receiving it: entries were cut off or rewritten on this computer."
    ),
    "verify.value_missing": N_(
        "The values journal entry {seq} fixed for {entity} {id} were deleted without a redaction: a change may have been altered to match."
    ),
    "verify.batch_altered": N_(
        "Changes received from device {origin} (batch {seq}) differ from what that device signed: they were altered on this computer."
    ),
    "verify.batch_signature": N_(
        "The signature of batch {seq} from device {origin} does not match that device's card."
    ),
    "verify.unsigned": N_(
        "Journal entries from {seq} on are not signed by the user who wrote them: they were written outside the application."
    ),
    "verify.signature_bad": N_(
        "The signature in journal entry {seq} does not match the entries it closes: they were altered outside the application."
    ),
    "verify.signature_unknown_key": N_(
        "Journal entry {seq} is signed with a key that belongs to no user of this device."
    ),
    "verify.signature_not_author": N_(
        "Journal entry {seq} is signed by someone other than the user who made the changes it closes."
    ),
    "verify.user_change_unauthorised": N_(
        "A change to the rights of user {id} (journal entry {seq}) is not signed by an administrator."
    ),
    "verify.user_certificate": N_(
        "The rights or the key of user {login} are not signed by an administrator of this device: they were changed outside the application."
    ),
    "verify.no_anchor": N_(
        "This device ({device}) holds no administrator key: the database was altered outside the application."
    ),
    "verify.change_not_journaled": N_("A change to {entity} {id} is not in the journal."),
    "verify.change_altered": N_("A change to {entity} {id} differs from its journal entry."),
    "verify.change_missing": N_("A journaled change to {entity} {id} is missing."),
    "verify.record_without_changes": N_(
        "The record {entity} {id} was made outside the application."
    ),
    "verify.record_altered": N_(
        "The record {entity} {id} was altered outside the application ({field})."
    ),
    "verify.conflict_altered": N_(
        "The conflicts awaiting review of {entity} {id} were altered outside the application ({field})."
    ),
    "verify.record_missing": N_("The record {entity} {id} was deleted outside the application."),
    "verify.local_table": N_(
        "This device's own table {table} (its role, country, numbers or keys) was changed outside the application."
    ),
    "verify.search_missing": N_(
        "The search index is gone ({tables}), so search fails. Make it again: inspector-app verify --repair-index"
    ),
    "verify.search_person": N_(
        "The search index does not match the person {id}: search hides or misfiles them. Make it again: inspector-app verify --repair-index"
    ),
    "verify.search_record": N_(
        "The search index does not match {entity} {id}. Make it again: inspector-app verify --repair-index"
    ),
    "verify.search_stray": N_(
        "The search index holds a row ({row}) of no record. Make it again: inspector-app verify --repair-index"
    ),
    "search.index_missing": N_(
        "The search index is damaged. Make it again: inspector-app verify --repair-index"
    ),
    # sync packages and devices
    "package.not_a_package": N_(
        "This file is not a sync package of the inspector's log. Check that you chose the right file."
    ),
    "package.newer_format": N_(
        "This package was written by a newer version of the application (format {format}). Update the application, then import it again."
    ),
    "package.damaged": N_(
        "The package is damaged or was altered ({reason}); nothing was imported. Ask the sender to export it again."
    ),
    "package.volume_missing": N_(
        "The package continues in {path}, which is missing. Copy every part of the package (.iapkg, .iapkg.002, ...) into one folder."
    ),
    "package.later_volume": N_(
        "{path} is a later part of a package: import its first part (the file ending in .iapkg)."
    ),
    "package.too_large": N_(
        "The file is larger than {maximum} GB, more than any package can be: it is not a package. Nothing was imported."
    ),
    "package.bad_signature": N_(
        "The package's signature does not match the device {sender}: it was altered or forged. Nothing was imported."
    ),
    "package.bad_batch_signature": N_(
        "Changes in the package claim to come from the device {origin}, but its signature does not match. Nothing was imported."
    ),
    "package.not_for_us": N_(
        "This package was written for another device; nothing was imported. Import it on the computer it is meant for."
    ),
    "package.unknown_sender": N_(
        "The package comes from the device {sender}, which this computer does not know. Enrol its card first (device trust)."
    ),
    "package.unknown_origin": N_(
        "The package relays changes of the device {origin}, which this computer does not know. Nothing was imported."
    ),
    "package.revoked_sender": N_(
        "The device {sender} was revoked (lost or stolen): its later packages are refused."
    ),
    "card.invalid": N_("This file is not a valid device card."),
    "card.bad_signature": N_(
        "The device card's signature does not match its keys: it was altered."
    ),
    "card.fingerprint_mismatch": N_(
        "The card's fingerprint is {found}, not {expected}. Do not trust it: ask for the card again."
    ),
    "card.fingerprint_needed": N_(
        'Give the fingerprint the other side read out: --fingerprint "XXXX XXXX XXXX XXXX XXXX".'
    ),
    "card.not_confirmed": N_("The device was not enrolled."),
    "card.own": N_("This is this computer's own card."),
    "card.key_changed": N_(
        "The device {id} is known with other keys. Revoke the old device first if it was replaced."
    ),
    "device.missing": N_("This database has no record of its own device {id}."),
    "device.unknown": N_("There is no known device {id}. See: inspector-app device list"),
    "device.revoked": N_("The device {id} was revoked."),
    "device.prefix_invalid": N_(
        "{prefix} is not a number prefix: district and precinct codes of letters and digits joined by a hyphen, e.g. 12-07."
    ),
    "device.prefix_not_received": N_(
        "No package has come from the device {id} yet: import its first package, then assign the prefix."
    ),
    "device.prefix_same": N_("The device {id} already numbers its appeals with {prefix}."),
    "device.prefix_taken": N_(
        "The prefix {prefix} is used by the device {id}: two laptops would give the same numbers. Choose another prefix."
    ),
    "device.revoke_after": N_("{value} is not a package number."),
    "sync.no_recipient": N_(
        "No device to send to is enrolled. Enrol the chief's (or HQ's) card first: inspector-app device trust FILE"
    ),
    "sync.choose_recipient": N_(
        "Several devices could receive this package: choose one with --for DEVICE_ID."
    ),
    "sync.no_common_format": N_(
        "The device {id} reads no package format this version writes. Update the application on that device."
    ),
    "sync.already_imported": N_("This package was imported before; nothing changed."),
    "sync.set_aside": N_(
        "{count} changes were set aside: the device that made them may not make them. The chief reviews them."
    ),
    "sync.held": N_(
        "{count} changes are dated more than a day ahead of this computer's clock: they are held for the chief's review. The sender's clock must be set right."
    ),
    "sync.gaps": N_("Packages numbered {numbers} from this sender have not arrived yet."),
    "sync.history_rewritten": N_(
        "The journal of the device {device} no longer extends what it sent before: its history was rewritten. Report it to the chief."
    ),
    "sync.restored": N_(
        "The device {device} was restored from a backup: its journal entries {first} to {last} are lost. What it had sent before is kept here and goes back to it with the next package."
    ),
    "sync.clock_ahead": N_(
        "{count} changes from this computer are held by the receiver: they were dated ahead of its clock. Set this computer's date and time right; the chief decides on the held changes."
    ),
    "cli.appeal_registered": N_("Appeal {number} is registered; it must be decided by {deadline}."),
    "cli.appeal_step_late": N_(
        "Appeal {number}: the step is saved as late, with its reason; it shows as late everywhere."
    ),
    "cli.exported": N_("Package {seq} is written to {path} ({changes} changes)."),
    "cli.held_back": N_(
        "Some records are held back ({count}): the device {id} runs an older version of the application (record model {model}) that cannot read them. They go in the first package after it is upgraded."
    ),
    "cli.prefix_assigned": N_(
        "The device {id} numbers its appeals with {prefix} from the next package it imports; the numbers it gave keep their prefix."
    ),
    "cli.compare_fingerprint": N_(
        "The card of {name} has the fingerprint {fingerprint}. Does the other side read out the same?"
    ),
    # internal
    "internal": N_("Internal error: {detail}. Details were written to {log}."),
}


def message(code: str, params: dict[str, Any], lang: str) -> str:
    template = TEXTS.get(code)
    if template is None:
        return code + (f" {params}" if params else "")
    text = gettext_for(lang)(template)
    # a file name in Windows-1251 bytes (a stick written on Windows) is shown readably
    params = {k: _shown(v) if isinstance(v, str) else v for k, v in params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return gettext_for("en")(template).format_map(_Missing(params))


# a value typed by someone (an id, a file name) is echoed within one readable line
MAX_SHOWN = 300
# a line break or a terminal escape typed into a value is shown, not obeyed
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _shown(value: str) -> str:
    """A parameter as a person reads it: a file name in Windows-1251 bytes (a stick written
    on Windows) decoded, and a huge value (two megabytes given as an id) cut short."""
    value = _CONTROL.sub(lambda m: repr(m.group())[1:-1], readable(value))
    return value if len(value) <= MAX_SHOWN else value[: MAX_SHOWN - 1] + "…"


class _Missing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe(error: AppError | Caution, lang: str) -> str:
    return message(error.code, dict(error.params), lang)
