#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a Comptoir sealed fiscal archive (format version 2) on its own, without Comptoir.

This is the example verifier of docs/fiscal-format.md ("Vérifier une archive" / "Checking an
archive"): it checks everything `comptoir journal verify --archive` checks, in the same order, and
prints the same verdict. Every function cites the section of the documentation it implements;
the § numbers below name these sections of docs/fiscal-format.md (English part):
    §2 "Key changes and confirmation"        §6 "The Z report against its tickets"
    §3 "The sealed archive (version 2)"      §7 "Month and year closures"
    §4 "The checks and their codes": the     §8 "Order for an archive", steps 1-7
       per-link rules 1-14                   §9 "--follows PREVIOUS_ARCHIVE"
    §5 "A ticket's own arithmetic"

The order of §8, in short (the first failure is the verdict): 1 bad-format of the whole file
and of every link of the four lists (carried, links, period_closures, key_changes); 2 the
carried links' authenticity, then they feed their day's totals; 3 `links`, the rules of §4 link
by link; 4 period_closures and key_changes' authenticity, then the totals of §7; 5 the seal
(bad-seal), the footer (footer-mismatch), header.public_key; 6 --follows; 7 the keys.

Usage:
    python3 docs/verify_archive.py ARCHIVE [--key KEY]... [--follows PREVIOUS_ARCHIVE]

KEY is a key fingerprint ("ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567", as printed on every Z
report), a base64 32-byte Ed25519 public key, or the path of a file whose first non-empty line is
one of those. Give it several times for the old and the new key of a replaced PC.

Output: one line per key (its fingerprint, the links it signed, whether it is confirmed), then
the verdict:
    intact                                    exit 0: every check passes, every key confirmed
    intact, key not confirmed: FP[, FP...]    exit 6: every check passes, a key is not confirmed
    BROKEN at RECORD: CODE                    exit 3: the first failure (then one detail line)
Exit 1: a file cannot be read. Exit 2: wrong usage (or a --key that is no key).

Needs Python 3.9+ and one package for Ed25519: `cryptography` (Debian: python3-cryptography).
"""

import argparse
import base64
import binascii
import datetime
import hashlib
import json
import os
import re
import sys
import zoneinfo

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

EXIT_INTACT = 0
EXIT_UNREADABLE = 1
EXIT_USAGE = 2
EXIT_BROKEN = 3
EXIT_UNCONFIRMED = 6

FORMAT_NAME = "comptoir-fiscal-archive"
FORMAT_VERSION = 2
ZERO_HASH = "0" * 64
MAX_INTEGER = 2 ** 53 - 1  # § "Integers": a larger magnitude is bad-format (amendment D)
RECORD_TYPES = ("ticket", "closure", "event", "month-closure", "year-closure")
PAYMENT_METHODS = ("cash", "card", "cheque", "voucher")
KEY_CHANGE_PREFIX = b"comptoir-key-change:"


class Broken(Exception):
    """The first failure: the record it names ("ticket 12", "archive", "footer"…), the rule's
    code (§ "Codes") and a technical detail."""

    def __init__(self, record, code, detail):
        super().__init__(f"{record}: {code} ({detail})")
        self.record, self.code, self.detail = record, code, detail


class BadFormat(Exception):
    """Raised by the low-level readers; turned into a Broken "bad-format" by the caller, which
    knows which record to name."""


# --------------------------------------------------------------------------------------------
# Canonical JSON, digests, keys (§ "Canonical serialisation", § "Key fingerprint")
# --------------------------------------------------------------------------------------------

def canonical(value):
    """The canonical bytes of a JSON value: compact, keys sorted, UTF-8, integers only."""
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError, RecursionError) as error:
        raise BadFormat(f"not serialisable: {error}") from None


def sha256(data):
    return hashlib.sha256(data).digest()


def strict_json(text):
    """Parses JSON text, refusing anything the formats never hold: a number that is not an
    integer (1.5, 1e3, NaN), an integer whose magnitude is above 2^53 - 1. Raises BadFormat."""

    def refuse_float(token):
        raise BadFormat(f"a number that is not an integer: {token}")

    def checked_int(token):
        try:
            value = int(token)
        except ValueError:
            raise BadFormat(f"an integer too large: {token[:20]}…") from None
        if abs(value) > MAX_INTEGER:
            raise BadFormat(f"an integer above 2^53 - 1 in magnitude: {token[:20]}")
        return value

    try:
        return json.loads(text, parse_float=refuse_float, parse_int=checked_int,
                          parse_constant=refuse_float)
    except BadFormat:
        raise
    except (ValueError, RecursionError) as error:  # json.JSONDecodeError is a ValueError
        raise BadFormat(f"not JSON: {error}") from None


def is_int(value):
    return type(value) is int  # bool is an int subclass in Python: refused here


def decode_hex32(text):
    """The 32 raw bytes of a 64-character hex string, or None."""
    if not isinstance(text, str) or not re.fullmatch(r"[0-9a-fA-F]{64}", text):
        return None
    return bytes.fromhex(text)


def decode_b64(text, size):
    """The raw bytes of a base64 string of `size` bytes, or None."""
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None
    return raw if len(raw) == size else None


def b64(raw):
    return base64.b64encode(raw).decode("ascii")


def fingerprint(key):
    """§ Key fingerprint: SHA-256 of the raw 32-byte key, first 20 bytes, base32, groups of 4."""
    text = base64.b32encode(sha256(key)[:20]).decode("ascii")
    return " ".join(text[i:i + 4] for i in range(0, 32, 4))


def ed25519_verifies(key, message, signature):
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, message)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


def round_div(a, b):
    """§5 round(a / b), b > 0: nearest integer, halves away from zero (divideRounded)."""
    q = abs(a) // b * (1 if a >= 0 else -1)  # truncated toward zero, as in C++
    r = a - q * b
    if r >= 0:
        return q + 1 if 2 * r >= b else q
    return q - 1 if -2 * r >= b else q


# --------------------------------------------------------------------------------------------
# Periods and days (§ "Time zone", § "Which links")
# --------------------------------------------------------------------------------------------

def valid_day(text):
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        datetime.date.fromisoformat(text)
        return True
    except ValueError:
        return False


def valid_period(text):
    return isinstance(text, str) and (re.fullmatch(r"\d{4}", text) is not None or (
        re.fullmatch(r"\d{4}-\d{2}", text) is not None and 1 <= int(text[5:]) <= 12))


def periods_before(period):
    """§9: the periods an archive of `period` may follow: the month and the year just before
    (2026-01 → 2025-12 or 2025; 2026-05 → 2026-04 or 2025; 2026 → 2025 or 2025-12)."""
    year = int(period[:4])
    if len(period) == 4:
        return {f"{year - 1:04d}", f"{year - 1:04d}-12"}
    month = int(period[5:])
    before = f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"
    return {before, f"{year - 1:04d}"}


def period_before(period):
    """§ Which links: P−1, the period of the same length just before (2026-11 → 2026-10,
    2026-01 → 2025-12, 2026 → 2025)."""
    year = int(period[:4])
    if len(period) == 4:
        return f"{year - 1:04d}"
    month = int(period[5:])
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


def last_day_of(period):
    """The last day (YYYY-MM-DD) of a month or a year."""
    year = int(period[:4])
    if len(period) == 4:
        return f"{year:04d}-12-31"
    month = int(period[5:])
    first_of_next = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (first_of_next - datetime.timedelta(days=1)).isoformat()


def local_day(instant, zone):
    """The local date (YYYY-MM-DD) of an ISO 8601 UTC instant in the archive's time zone."""
    text = instant[:-1] + "+00:00" if isinstance(instant, str) and instant.endswith("Z") else instant
    moment = datetime.datetime.fromisoformat(text)  # ValueError / TypeError when unreadable
    if moment.tzinfo is None:
        raise ValueError("no time zone")
    return moment.astimezone(zone).date().isoformat()


def next_day(day):
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()


# --------------------------------------------------------------------------------------------
# Field types (§ "Sealed archive", § "Records"): a field missing or mistyped is bad-format
# --------------------------------------------------------------------------------------------

INT, INT_OR_NULL, TEXT, TEXT_OR_NULL, DAY, DAY_OR_NULL, ANY = \
    "int", "int?", "str", "str?", "day", "day?", "any"

VAT_ROW = {"vat_rate_bp": INT, "base_cents": INT, "vat_cents": INT}
TOTAL_ROW = {"method": TEXT, "count": INT, "amount_cents": INT}

SCHEMAS = {
    "ticket": {
        "record": TEXT, "uuid": TEXT, "register_id": TEXT, "number": INT, "kind": TEXT,
        "original_number": INT_OR_NULL, "operator_id": INT_OR_NULL, "operator_name": TEXT_OR_NULL,
        "business_day": DAY, "closed_at": TEXT_OR_NULL, "total_cents": INT, "discount_cents": INT,
        "discount_percent_bp": INT, "tendered_cents": INT, "change_cents": INT,
        "lines": [{"position": INT, "variant_id": INT_OR_NULL, "label": TEXT_OR_NULL,
                   "quantity": INT, "unit_price_cents": INT, "vat_rate_bp": INT,
                   "discount_cents": INT, "discount_percent_bp": INT,
                   "ticket_discount_cents": INT, "total_cents": INT,
                   "original_line_position": INT_OR_NULL}],
        "payments": [{"position": INT, "method": TEXT, "amount_cents": INT,
                      "reference": TEXT_OR_NULL}],
        "vat": [VAT_ROW],
    },
    "closure": {
        "record": TEXT, "uuid": TEXT, "register_id": TEXT, "kind": TEXT_OR_NULL, "number": INT,
        "business_day": DAY, "closed_at": TEXT_OR_NULL, "operator_id": INT_OR_NULL,
        "operator_name": TEXT_OR_NULL, "first_ticket_number": INT_OR_NULL,
        "last_ticket_number": INT_OR_NULL, "sale_count": INT, "refund_count": INT,
        "cancelled_count": INT, "sales_cents": INT, "refunds_cents": INT, "total_cents": INT,
        "discount_cents": INT, "cash_float_cents": INT, "cash_expected_cents": INT,
        "cash_counted_cents": INT_OR_NULL, "grand_total_cents": INT,
        "payments": [TOTAL_ROW], "vat": [VAT_ROW],
    },
    "period": {  # month-closure and year-closure
        "record": TEXT, "uuid": TEXT, "register_id": TEXT, "kind": TEXT, "period": TEXT,
        "number": INT, "closed_at": TEXT_OR_NULL, "closed_by": TEXT_OR_NULL,
        "first_closure_number": INT, "last_closure_number": INT, "day_count": INT,
        "sale_count": INT, "refund_count": INT, "cancelled_count": INT, "sales_cents": INT,
        "refunds_cents": INT, "total_cents": INT, "discount_cents": INT,
        "grand_total_cents": INT, "payments": [TOTAL_ROW], "vat": [VAT_ROW],
    },
    "event": {
        "record": TEXT, "uuid": TEXT, "register_id": TEXT, "kind": TEXT,
        "occurred_at": TEXT_OR_NULL, "operator_id": INT_OR_NULL, "detail": TEXT_OR_NULL,
    },
}

OPENING = {"ticket_number": INT, "closure_number": INT, "month_closure_number": INT,
           "year_closure_number": INT, "grand_total_cents": INT, "last_closed_day": DAY_OR_NULL}

HEADER = {
    "record": TEXT, "version": INT, "period": TEXT, "register_id": TEXT, "shop": ANY,
    "time_zone": TEXT, "generated_at": TEXT, "public_key": TEXT, "seal_public_key": TEXT,
    "previous_link": {"seq": INT, "hash": TEXT}, "opening": OPENING, "previous_archive": ANY,
}

FOOTER = {
    "record": TEXT, "version": INT, "period": TEXT, "register_id": TEXT, "header_sha256": TEXT,
    "first_seq": INT_OR_NULL, "last_seq": INT, "link_count": INT, "last_hash": TEXT,
    "links_sha256": TEXT, "period_closure_count": INT, "period_closures_sha256": TEXT,
    "key_change_count": INT, "key_changes_sha256": TEXT, "carried_count": INT,
    "carried_sha256": TEXT, "closing": OPENING, "public_key": TEXT,
}

LINK = {"seq": INT, "record_type": TEXT, "record_id": INT, "previous_hash": TEXT, "hash": TEXT,
        "signature": TEXT, "canonical": TEXT}


def check_fields(value, schema, where):
    """Raises BadFormat naming the first field of `value` missing or not of its schema's type
    (nested objects: a dict schema; arrays of objects: a one-element list schema)."""
    if not isinstance(value, dict):
        raise BadFormat(f"{where} is not an object")
    for name, kind in schema.items():
        path = f"{where}.{name}"
        if name not in value:
            raise BadFormat(f"{path} is missing")
        field = value[name]
        if isinstance(kind, dict):
            check_fields(field, kind, path)
        elif isinstance(kind, list):
            if not isinstance(field, list):
                raise BadFormat(f"{path} is not an array")
            for i, item in enumerate(field):
                check_fields(item, kind[0], f"{path}[{i}]")
        elif not (kind == ANY
                  or (kind == INT and is_int(field))
                  or (kind == INT_OR_NULL and (field is None or is_int(field)))
                  or (kind == TEXT and isinstance(field, str))
                  or (kind == TEXT_OR_NULL and (field is None or isinstance(field, str)))
                  or (kind == DAY and valid_day(field))
                  or (kind == DAY_OR_NULL and (field is None or valid_day(field)))):
            raise BadFormat(f"{path} is not {'a YYYY-MM-DD day' if kind in (DAY, DAY_OR_NULL) else kind}")


def check_values(record, where):
    """The values a rule needs to make sense of a record: a ticket's kind, a period's form."""
    kind = record["record"]
    if kind == "ticket" and record["kind"] not in ("sale", "refund"):
        raise BadFormat(f"{where}.kind is neither sale nor refund")
    if kind == "month-closure" and not (valid_period(record["period"]) and len(record["period"]) == 7):
        raise BadFormat(f"{where}.period is not YYYY-MM")
    if kind == "year-closure" and not (valid_period(record["period"]) and len(record["period"]) == 4):
        raise BadFormat(f"{where}.period is not YYYY")


def schema_of(record):
    kind = record.get("record")
    if kind in ("month-closure", "year-closure"):
        return SCHEMAS["period"]
    return SCHEMAS.get(kind) if isinstance(kind, str) else None


# --------------------------------------------------------------------------------------------
# Links (§ "The chain", §4 step 1)
# --------------------------------------------------------------------------------------------

class Link:
    """One link of the archive, read and typed; `record` is its parsed canonical form."""

    def __init__(self, raw, where):
        if not isinstance(raw, dict):
            raise Broken("archive", "bad-format", f"{where} is not an object")
        record_type, record_id = raw.get("record_type"), raw.get("record_id")
        # The record a failure names: "ticket 12" when the link says which, else "archive".
        if record_type in RECORD_TYPES and is_int(record_id):
            self.name = f"{record_type} {record_id}"
        else:
            self.name = "archive"
        try:
            check_fields(raw, LINK, where)
            if record_type not in RECORD_TYPES:
                raise BadFormat(f"{where}.record_type is not one of {', '.join(RECORD_TYPES)}")
            if raw["seq"] < 1 or record_id < 1:
                raise BadFormat(f"{where}: seq and record_id start at 1")
            self.previous_hash = decode_hex32(raw["previous_hash"])
            self.hash = decode_hex32(raw["hash"])
            if self.previous_hash is None or self.hash is None:
                raise BadFormat(f"{where}: previous_hash and hash are 64 hex digits")
            self.canonical = raw["canonical"].encode("utf-8")
            record = strict_json(self.canonical.decode("utf-8"))
            if not isinstance(record, dict):
                raise BadFormat(f"{where}.canonical is not a JSON object")
            schema = schema_of(record)
            if schema is not None:  # an unknown "record" is the record-type rule's (step 6)
                check_fields(record, schema, f"{where}.canonical")
                check_values(record, f"{where}.canonical")
        except (BadFormat, UnicodeEncodeError) as error:
            raise Broken(self.name, "bad-format", str(error)) from None
        self.raw = raw
        self.seq = raw["seq"]
        self.record_type = record_type
        self.record_id = record_id
        self.record = record
        self.signature = decode_b64(raw["signature"], 64)  # None: bad-signature, at step 9

    def index_entry(self):
        """§ Index of a list of links: [seq, record_type, record_id, hash] as in the file."""
        return [self.raw["seq"], self.raw["record_type"], self.raw["record_id"], self.raw["hash"]]


def links_index(raw_links):
    """Hex SHA-256 of canonical([[seq, record_type, record_id, hash], ...]) (§ footer)."""
    entries = [[l.get("seq"), l.get("record_type"), l.get("record_id"), l.get("hash")]
               for l in raw_links]
    return hashlib.sha256(canonical(entries)).hexdigest()


def check_link_alone(link, key):
    """§4 steps 5, 6, 7 and 9: canonical form, record type, hash, signature by `key`."""
    if canonical(link.record) != link.canonical:
        raise Broken(link.name, "non-canonical", f"seq {link.seq}: re-serialising the record "
                     "does not give the same bytes")
    record = link.record.get("record")
    if record != link.record_type:
        raise Broken(link.name, "record-type", f"seq {link.seq}: the record is a {record!r}")
    wanted_kind = {"month-closure": "month", "year-closure": "year"}.get(link.record_type)
    if wanted_kind and link.record.get("kind") != wanted_kind:
        raise Broken(link.name, "record-type", f"seq {link.seq}: kind is not {wanted_kind}")
    if sha256(link.previous_hash + link.canonical) != link.hash:
        raise Broken(link.name, "hash-mismatch", f"seq {link.seq}: SHA-256(previous hash ‖ "
                     "canonical) is not the link's hash")
    if link.record_type == "event" and link.record.get("kind") == "key_changed":
        return  # its signature is checked after the key change (§4 step 8)
    check_signature(link, key)


def check_signature(link, key):
    if link.signature is None or not ed25519_verifies(key, link.hash, link.signature):
        raise Broken(link.name, "bad-signature", f"seq {link.seq}: the signature does not "
                     f"verify with the key in effect, {fingerprint(key)}")


# --------------------------------------------------------------------------------------------
# Key history (§2)
# --------------------------------------------------------------------------------------------

class KeyChange:
    def __init__(self, seq, previous, new, endorsement):
        self.seq, self.previous, self.new, self.endorsement = seq, previous, new, endorsement

    def endorsed(self):
        """The previous key's signature of "comptoir-key-change:" ‖ previous ‖ new."""
        return self.endorsement is not None and ed25519_verifies(
            self.previous, KEY_CHANGE_PREFIX + self.previous + self.new, self.endorsement)


def key_change_of(record):
    """The KeyChange a key_changed event's detail holds; raises BadFormat when its detail is not
    {"previous_public_key": b64, "public_key": b64, "endorsement": b64 | null, ...}."""
    try:
        detail = strict_json(record.get("detail") or "")
    except BadFormat:
        detail = None
    if not isinstance(detail, dict):
        raise BadFormat("key_changed: the detail is not a JSON object")
    previous = decode_b64(detail.get("previous_public_key"), 32)
    new = decode_b64(detail.get("public_key"), 32)
    if previous is None or new is None:
        raise BadFormat("key_changed: the keys are not 32-byte base64 values")
    endorsement = detail.get("endorsement")
    if endorsement is not None:
        endorsement = decode_b64(endorsement, 64)
        if endorsement is None:
            raise BadFormat("key_changed: the endorsement is neither null nor a 64-byte signature")
    return previous, new, endorsement


class KeyHistory:
    """§2: the first key, then each change in chain order. keyAt(seq) = the new key of the
    last change with seq <= s; before any change, the first change's previous key."""

    def __init__(self, first):
        self.first = first
        self.changes = []

    def key_at(self, seq):
        key = self.first
        for change in self.changes:
            if change.seq > seq:
                break
            key = change.new
        return key

    def last(self):
        return self.changes[-1].new if self.changes else self.first

    def keys(self):
        keys = [self.first] + [change.new for change in self.changes]
        return list(dict.fromkeys(keys))

    def confirmed_by(self, pinned):
        """§2 confirmation: pinned keys; backward, a confirmed new key confirms its previous
        key; forward, a confirmed previous key confirms the new key it endorsed."""
        keys = [self.first] + [change.new for change in self.changes]
        confirmed = [key in pinned for key in keys]
        for i in range(len(keys) - 1, 0, -1):
            if confirmed[i]:
                confirmed[i - 1] = True
        for i in range(1, len(keys)):
            if confirmed[i - 1] and self.changes[i - 1].endorsed():
                confirmed[i] = True
        return {key for key, yes in zip(keys, confirmed) if yes}


# --------------------------------------------------------------------------------------------
# §5 A ticket's own arithmetic (ticket-total)
# --------------------------------------------------------------------------------------------

def sign_of(value):
    return (value > 0) - (value < 0)


def spread(amount, weights):
    """§5 largest remainder: floor(D·w/N) each, then the cents left one each by remainder
    descending, the earlier line first on a tie (TicketCalculator's spread())."""
    total = sum(weights)
    if amount == 0 or total == 0:
        return [0] * len(weights)
    parts = [amount * w // total for w in weights]
    remainders = [amount * w % total for w in weights]
    order = sorted(range(len(weights)), key=lambda i: -remainders[i])  # stable: ties keep order
    left, k = amount - sum(parts), 0
    while left > 0:
        parts[order[k % len(order)]] += 1
        left, k = left - 1, k + 1
    return parts


def ticket_mismatch(t):
    """What is wrong with a ticket's own arithmetic (§5), or None."""
    s = 1 if t["kind"] == "sale" else -1
    lines = t["lines"]
    if not lines:
        return "a ticket has at least one line"
    if [l["position"] for l in lines] != list(range(1, len(lines) + 1)):
        return "line positions are not 1..n"
    grosses, nets = [], []
    for l in lines:
        at = f"line {l['position']}"
        q, p, dc, tdc = l["quantity"], l["unit_price_cents"], l["discount_cents"], \
            l["ticket_discount_cents"]
        if q == 0 or sign_of(q) != s:
            return f"{at}: quantity {q} is zero or of the wrong sign"
        if p < 0:
            return f"{at}: negative unit price {p}"
        g = q * p
        if t["kind"] == "sale" and l["discount_percent_bp"] > 0:
            expected = round_div(g * l["discount_percent_bp"], 10000)
            if dc != expected:
                return f"{at}: discount_cents {dc}, percentage gives {expected}"
        if abs(dc) > abs(g) or sign_of(dc) not in (0, s):
            return f"{at}: discount_cents {dc} for a gross amount of {g}"
        if sign_of(tdc) not in (0, s):
            return f"{at}: ticket_discount_cents {tdc} of the wrong sign"
        if l["total_cents"] != g - dc - tdc:
            return f"{at}: total_cents {l['total_cents']}, computed {g - dc - tdc}"
        grosses.append(g)
        nets.append(g - dc)
    shares = [l["ticket_discount_cents"] for l in lines]
    if t["discount_cents"] != sum(shares):
        return f"discount_cents {t['discount_cents']}, lines' shares {sum(shares)}"
    if t["kind"] == "sale":
        base = sum(nets)
        if t["discount_percent_bp"] > 0:
            expected = round_div(base * t["discount_percent_bp"], 10000)
            if t["discount_cents"] != expected:
                return f"discount_cents {t['discount_cents']}, percentage gives {expected}"
        expected_shares = spread(t["discount_cents"], nets)
        if shares != expected_shares:
            return f"ticket discount shares {shares}, largest remainder gives {expected_shares}"
    total = sum(l["total_cents"] for l in lines)
    if t["total_cents"] != total:
        return f"total_cents {t['total_cents']}, lines {total}"
    by_rate = {}
    for l in lines:
        by_rate[l["vat_rate_bp"]] = by_rate.get(l["vat_rate_bp"], 0) + l["total_cents"]
    vat = []
    for rate in sorted(by_rate, reverse=True):
        if rate <= -10000:
            return f"VAT rate {rate}"
        amount = round_div(by_rate[rate] * rate, 10000 + rate)
        vat.append({"vat_rate_bp": rate, "base_cents": by_rate[rate] - amount,
                    "vat_cents": amount})
    if t["vat"] != vat:
        return f"vat {t['vat']}, computed {vat}"
    payments = t["payments"]
    if [p["position"] for p in payments] != list(range(1, len(payments) + 1)):
        return "payment positions are not 1..m"
    for p in payments:
        if p["method"] not in PAYMENT_METHODS:
            return f"payment {p['position']}: unknown method {p['method']!r}"
        if sign_of(p["amount_cents"]) != s:
            return f"payment {p['position']}: amount {p['amount_cents']} is zero or of the wrong sign"
    paid = sum(p["amount_cents"] for p in payments)
    if paid != t["total_cents"]:
        return f"payments {paid}, total {t['total_cents']}"
    cash = sum(p["amount_cents"] for p in payments if p["method"] == "cash")
    tendered, change = t["tendered_cents"], t["change_cents"]
    if cash > 0:
        if tendered < cash or change != tendered - cash:
            return f"cash {cash}, tendered {tendered}, change {change}"
    elif tendered != 0 or change != 0:
        return f"tendered {tendered} and change {change} without cash paid"
    return None


# --------------------------------------------------------------------------------------------
# §6 and §7: totals of closures
# --------------------------------------------------------------------------------------------

def summed_rows(rows, key, first, second):
    """Rows summed per key (method or VAT rate): {key: (first, second)}."""
    sums = {}
    for row in rows:
        a, b = sums.get(row[key], (0, 0))
        sums[row[key]] = (a + row[first], b + row[second])
    return sums


class DayTotals:
    """What the tickets and cancellations of one business day add up to (§6)."""

    def __init__(self):
        self.numbers = []
        self.sale_count = self.refund_count = self.sales = self.refunds = 0
        self.discount = self.cash = self.cancelled = 0
        self.payments = {}  # method -> (count, amount)
        self.vat = {}  # rate -> (base, vat)

    def add_ticket(self, t):
        self.numbers.append(t["number"])
        if t["kind"] == "sale":
            self.sale_count += 1
            self.sales += t["total_cents"]
            self.discount += sum(l["discount_cents"] + l["ticket_discount_cents"] for l in t["lines"])
        else:
            self.refund_count += 1
            self.refunds += t["total_cents"]
        for p in t["payments"]:
            count, amount = self.payments.get(p["method"], (0, 0))
            self.payments[p["method"]] = (count + 1, amount + p["amount_cents"])
            if p["method"] == "cash":
                self.cash += p["amount_cents"]
        for v in t["vat"]:
            base, vat = self.vat.get(v["vat_rate_bp"], (0, 0))
            self.vat[v["vat_rate_bp"]] = (base + v["base_cents"], vat + v["vat_cents"])


def closure_mismatch(z, day, previous_grand_total):
    """What differs between a Z and its day's tickets (§6), or None."""
    expected = {
        "first_ticket_number": min(day.numbers) if day.numbers else None,
        "last_ticket_number": max(day.numbers) if day.numbers else None,
        "sale_count": day.sale_count, "refund_count": day.refund_count,
        "cancelled_count": day.cancelled,
        "sales_cents": day.sales, "refunds_cents": day.refunds,
        "total_cents": day.sales + day.refunds, "discount_cents": day.discount,
        "cash_expected_cents": z["cash_float_cents"] + day.cash,
        "grand_total_cents": previous_grand_total + day.sales + day.refunds,
    }
    for name, value in expected.items():
        if z[name] != value:
            return f"{name}: stored {z[name]}, tickets {value}"
    stored = summed_rows(z["payments"], "method", "count", "amount_cents")
    if stored != day.payments or len(z["payments"]) != len(stored):
        return f"payments: stored {stored}, tickets {day.payments}"
    stored = summed_rows(z["vat"], "vat_rate_bp", "base_cents", "vat_cents")
    if stored != day.vat or len(z["vat"]) != len(stored):
        return f"vat: stored {stored}, tickets {day.vat}"
    return None


def period_mismatch(closure, covered):
    """§7 (periodTotalsMismatch): a month or year closure against the closures it covers."""
    if not covered:
        return "no closure covered"
    month = closure["kind"] == "month"
    expected = {key: sum(c[key] for c in covered) for key in (
        "sale_count", "refund_count", "cancelled_count", "sales_cents", "refunds_cents",
        "total_cents", "discount_cents")}
    expected["day_count"] = len(covered) if month else sum(c["day_count"] for c in covered)
    numbers = [c["number"] for c in covered]
    expected["first_closure_number"] = min(numbers)
    expected["last_closure_number"] = max(numbers)
    last = None
    for c in covered:  # the grand total of the covered closure with the highest number
        if last is None or c["number"] >= last["number"]:
            last = c
    expected["grand_total_cents"] = last["grand_total_cents"]
    for name, value in expected.items():
        if closure[name] != value:
            return f"{name}: stored {closure[name]}, closures {value}"
    for rows, key, first, second in (("payments", "method", "count", "amount_cents"),
                                     ("vat", "vat_rate_bp", "base_cents", "vat_cents")):
        computed = {}
        for c in covered:
            for k, (a, b) in summed_rows(c[rows], key, first, second).items():
                x, y = computed.get(k, (0, 0))
                computed[k] = (x + a, y + b)
        stored = summed_rows(closure[rows], key, first, second)
        if stored != computed:
            return f"{rows}: stored {stored}, closures {computed}"
    return None


# --------------------------------------------------------------------------------------------
# §4 The rule engine over the links, in chain order
# --------------------------------------------------------------------------------------------

class Walk:
    """The state carried from link to link (§4): the previous link, the numbers of each series,
    the grand total, the days' tickets so far, the records seen."""

    def __init__(self, header, history, zone):
        self.register_id = header["register_id"]
        self.history = history
        self.zone = zone
        self.previous_seq = header["previous_link"]["seq"]
        self.previous_hash = decode_hex32(header["previous_link"]["hash"])
        opening = header["opening"]
        self.numbers = {"ticket": opening["ticket_number"], "closure": opening["closure_number"],
                        "month-closure": opening["month_closure_number"],
                        "year-closure": opening["year_closure_number"]}
        self.grand_total = opening["grand_total_cents"]
        self.days = {}  # business day -> DayTotals
        # The business day of the last Z met (amendment C: the header's opening.last_closed_day
        # before the first Z of the range): Zs' days strictly increase across archives too, and
        # a legacy cancellation falls after it (§6).
        self.last_z_day = opening["last_closed_day"]
        self.seen_uuids, self.seen_ids = set(), set()
        self.day_closures = []
        self.used = {}  # key -> [first seq, last seq] it signed

    def day(self, business_day):
        return self.days.setdefault(business_day, DayTotals())

    def check(self, link):
        """Every rule of §4 for one link, in order; raises Broken at the first failure."""
        record, name = link.record, link.name
        # 1. bad-format: done for every list before any other check (read_lists(), §8 step 1).
        # 2. chain-gap, 3. previous-hash
        if link.seq != self.previous_seq + 1:
            raise Broken(name, "chain-gap", f"seq {link.seq} where {self.previous_seq + 1} "
                         "was expected")
        if link.previous_hash != self.previous_hash:
            raise Broken(name, "previous-hash", f"seq {link.seq}: not the hash of the link before")
        # 5. non-canonical, 6. record-type, 7. hash-mismatch, 9. bad-signature (not key changes)
        key = self.history.key_at(link.seq)
        check_link_alone(link, key)
        # 8. key-change, then its signature by the new key
        if link.record_type == "event" and record["kind"] == "key_changed":
            check_key_change(link, self.history.key_at(link.seq - 1))
            check_signature(link, key)
        self.used.setdefault(key, [link.seq, link.seq])[1] = link.seq
        # 10. duplicate-record
        pair = (link.record_type, link.record_id)
        if record["uuid"] in self.seen_uuids or pair in self.seen_ids:
            raise Broken(name, "duplicate-record", f"seq {link.seq}: uuid {record['uuid']} or "
                         f"{link.name} seen before")
        self.seen_uuids.add(record["uuid"])
        self.seen_ids.add(pair)
        # 11. number-gap, per series
        if link.record_type in self.numbers:
            expected = self.numbers[link.record_type] + 1
            if record["number"] != expected:
                raise Broken(name, "number-gap", f"number {record['number']} where {expected} "
                             "was expected")
            self.numbers[link.record_type] = record["number"]
        # 12–14 (a month or year closure's totals: §7, after the walk)
        if link.record_type == "ticket":
            self.ticket(link)
        elif link.record_type == "closure":
            self.closure(link)
        elif link.record_type == "event" and record["kind"] == "ticket_cancelled":
            self.cancellation(record, link)
        self.previous_seq, self.previous_hash = link.seq, link.hash

    def ticket(self, link):
        problem = ticket_mismatch(link.record)
        if problem:
            raise Broken(link.name, "ticket-total", problem)
        day = link.record["business_day"]
        if self.last_z_day is not None and day <= self.last_z_day:
            # §4 rule 13: a ticket of a day a Z already closed would be counted by no Z.
            raise Broken(link.name, "closure-total", f"a ticket of {day}, a day already closed "
                         f"by a Z ({self.last_z_day})")
        self.day(day).add_ticket(link.record)

    def closure(self, link):
        z = link.record
        if self.last_z_day is not None and z["business_day"] <= self.last_z_day:
            raise Broken(link.name, "closure-total", f"business day {z['business_day']} is not "
                         f"after the previous Z's, {self.last_z_day}")
        problem = closure_mismatch(z, self.day(z["business_day"]), self.grand_total)
        if problem:
            raise Broken(link.name, "closure-total", problem)
        self.grand_total = z["grand_total_cents"]
        self.last_z_day = z["business_day"]
        self.day_closures.append(z)

    def feed_carried(self, link, day):
        """Amendment A: a carried ticket or cancellation (chained before the range, of a day
        after P−1) counts for its day's Z, and only there: no numbering, no grand total, no
        duplicate or arithmetic check (those are its own archive's, P−1's)."""
        if link.record_type == "ticket":
            self.day(day).add_ticket(link.record)
        else:
            self.day(day).cancelled += 1

    def cancellation(self, event, link):
        """§6 cancelled_count: the detail's business_day; an event written before schema 10 has
        none: the local date of occurred_at, or the day after the last day a Z before it closed
        when that Z closed this date or a later one."""
        try:
            detail = strict_json(event["detail"] or "")
        except BadFormat:
            detail = None
        day = detail.get("business_day") if isinstance(detail, dict) else None
        if isinstance(day, str):
            if self.last_z_day is not None and day <= self.last_z_day:
                # §4 rule 13: a cancellation of a day a Z already closed.
                raise Broken(link.name, "closure-total", f"a ticket cancelled on {day}, a day "
                             f"already closed by a Z ({self.last_z_day})")
        else:
            try:
                day = local_day(event["occurred_at"], self.zone)
                if self.last_z_day is not None and self.last_z_day >= day:
                    day = next_day(self.last_z_day)
            except (ValueError, TypeError, OverflowError):
                raise Broken(link.name, "bad-format", f"occurred_at {event['occurred_at']!r} is "
                             "not an ISO 8601 instant") from None
        self.day(day).cancelled += 1

    def closing(self):
        """The state after the last link (the footer's `closing`)."""
        return {"ticket_number": self.numbers["ticket"],
                "closure_number": self.numbers["closure"],
                "month_closure_number": self.numbers["month-closure"],
                "year_closure_number": self.numbers["year-closure"],
                "grand_total_cents": self.grand_total,
                "last_closed_day": self.last_z_day}


def check_key_change(link, key_before):
    """§4 step 8 (§2): previous_public_key is the key in effect just before; an endorsement
    present verifies with it."""
    try:
        previous, new, endorsement = key_change_of(link.record)
    except BadFormat as error:
        raise Broken(link.name, "key-change", str(error)) from None
    if previous != key_before:
        raise Broken(link.name, "key-change", f"seq {link.seq}: previous_public_key is not the "
                     f"key in effect, {fingerprint(key_before)}")
    if endorsement is not None and not KeyChange(link.seq, previous, new, endorsement).endorsed():
        raise Broken(link.name, "key-change", f"seq {link.seq}: the endorsement does not verify "
                     "with the previous key")


# --------------------------------------------------------------------------------------------
# The archive: reading (§3), the walk (§4), archive-level checks (§8)
# --------------------------------------------------------------------------------------------

LISTS = ("carried", "links", "period_closures", "key_changes")  # read in this order (§8 step 1)


class Verified:
    """What a verified archive leaves for --follows and the keys' verdict."""

    def __init__(self, data, raw_bytes, history, used, seal_key):
        self.data, self.raw_bytes, self.history = data, raw_bytes, history
        self.used, self.seal_key = used, seal_key


def read_archive(raw_bytes):
    """§8 step 1, bad-format (record `archive`): JSON, the envelope, the header's and footer's
    fields. Returns (data, zone)."""
    try:
        data = strict_json(raw_bytes.decode("utf-8"))
        if not isinstance(data, dict):
            raise BadFormat("not a JSON object")
        if data.get("format") != FORMAT_NAME:
            raise BadFormat(f"format is not {FORMAT_NAME}")
        if data.get("version") != FORMAT_VERSION or not is_int(data.get("version")):
            raise BadFormat(f"unknown format version {data.get('version')!r}")
        check_fields(data, {"header": HEADER, "header_signature": TEXT, "links": ANY,
                            "carried": ANY, "period_closures": ANY, "key_changes": ANY,
                            "footer": FOOTER, "footer_signature": TEXT}, "archive")
        for section in LISTS:
            if not isinstance(data[section], list):
                raise BadFormat(f"{section} is not an array")
        header = data["header"]
        if header["record"] != "archive-header" or header["version"] != FORMAT_VERSION:
            raise BadFormat("header.record or header.version is not an archive header's, version 2")
        if data["footer"]["record"] != "archive-footer":
            raise BadFormat("footer.record is not archive-footer")
        if not valid_period(header["period"]):
            raise BadFormat(f"header.period {header['period']!r} is not YYYY or YYYY-MM")
        for name in ("public_key", "seal_public_key"):
            if decode_b64(header[name], 32) is None:
                raise BadFormat(f"header.{name} is not a base64 32-byte key")
        if decode_hex32(header["previous_link"]["hash"]) is None or header["previous_link"]["seq"] < 0:
            raise BadFormat("header.previous_link is not {seq >= 0, 64 hex digits}")
        previous = header["previous_archive"]
        if previous is not None:
            check_fields(previous, {"period": TEXT, "sha256": TEXT, "footer_sha256": TEXT},
                         "header.previous_archive")
        try:
            zone = zoneinfo.ZoneInfo(header["time_zone"])
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            raise BadFormat(f"header.time_zone {header['time_zone']!r} is not an IANA time zone") from None
        canonical(header)
        canonical(data["footer"])
    except (BadFormat, UnicodeDecodeError) as error:
        raise Broken("archive", "bad-format", str(error)) from None
    return data, zone


def read_lists(data, zone):
    """§8 step 1, bad-format, for every link of the four lists (in the order of LISTS): the
    link's fields, its canonical record (an object, integers only, its fields typed), one
    register per chain, and what each list may hold. Returns ({list: [Link]}, {seq: day} of the
    carried links, the key history)."""
    header = data["header"]
    period, register_id = header["period"], header["register_id"]
    lists = {name: [] for name in LISTS}
    carried_days, changes = {}, []
    for name in LISTS:
        for i, raw in enumerate(data[name]):
            where = f"{name}[{i}]"
            link = Link(raw, where)
            record = link.record
            # One register per chain (§4 rule 11): another register_id is bad-format.
            if schema_of(record) is not None and record["register_id"] != register_id:
                raise Broken(link.name, "bad-format", f"{where}: register {record['register_id']!r} "
                             f"is not the archive's {register_id!r}")
            if name == "carried":
                carried_days[link.seq] = carried_day(link, header, zone, where)
            elif name == "period_closures":
                of_period = isinstance(record.get("period"), str) and (
                    record["period"] == period
                    or (len(period) == 4 and record["period"].startswith(period + "-")))
                if record.get("record") not in ("month-closure", "year-closure") or not of_period:
                    raise Broken("archive", "bad-format", f"{where} is not a month or year "
                                 f"closure of {period}")
            elif name == "key_changes":
                # The key history (§2): every key_changed event of the chain up to the writing.
                if not (link.record_type == "event" and record.get("record") == "event"
                        and record.get("kind") == "key_changed"):
                    raise Broken("archive", "bad-format", f"{where} is not a key_changed event")
                try:
                    changes.append(KeyChange(link.seq, *key_change_of(record)))
                except BadFormat as error:
                    raise Broken("archive", "bad-format", f"{where}: {error}") from None
            lists[name].append(link)
    first = changes[0].previous if changes else decode_b64(header["seal_public_key"], 32)
    history = KeyHistory(first)
    history.changes = changes
    return lists, carried_days, history


def carried_day(link, header, zone, where):
    """Amendment A (§ "carried"): a carried link is a ticket or a ticket_cancelled event, chained
    at or before previous_link, of a business day after the last day of P−1. Returns that day.
    A legacy cancellation (no business_day in its detail) takes the local date of occurred_at:
    the §6 adjustment ("after the last day a Z before it closed") cannot apply, since every Z
    before a carried link closed a day of P−1 or earlier."""
    record = link.record
    if link.seq > header["previous_link"]["seq"]:
        raise Broken("archive", "bad-format", f"{where}: seq {link.seq} is after previous_link")
    if link.record_type == "ticket" and record.get("record") == "ticket":
        day = record["business_day"]
    elif link.record_type == "event" and record.get("record") == "event" \
            and record.get("kind") == "ticket_cancelled":
        try:
            detail = strict_json(record["detail"] or "")
        except BadFormat:
            detail = None
        day = detail.get("business_day") if isinstance(detail, dict) else None
        if not isinstance(day, str):
            try:
                day = local_day(record["occurred_at"], zone)
            except (ValueError, TypeError, OverflowError):
                raise Broken(link.name, "bad-format", f"{where}: occurred_at "
                             f"{record['occurred_at']!r} is not an ISO 8601 instant") from None
    else:
        raise Broken("archive", "bad-format", f"{where} is neither a ticket nor a ticket_cancelled "
                     "event")
    boundary = last_day_of(period_before(header["period"]))
    if not valid_day(day) or day <= boundary:
        raise Broken("archive", "bad-format", f"{where}: business day {day!r} is not after {boundary}")
    return day


def check_list(name, links, history, used):
    """§8 steps 2 and 4, each link of carried, period_closures or key_changes on its own:
    non-canonical, record-type, hash-mismatch, (key-change), bad-signature with the key in effect
    at its seq, then duplicate-record within the list and chain order (chain-gap)."""
    seen_uuids, seen_ids, previous_seq, key_before = set(), set(), None, history.first
    for i, link in enumerate(links):
        key = history.key_at(link.seq)
        check_link_alone(link, key)
        if name == "key_changes":
            check_key_change(link, key_before)
            check_signature(link, key)
            key_before = key
        pair = (link.record_type, link.record_id)
        if link.record.get("uuid") in seen_uuids or pair in seen_ids:
            raise Broken(link.name, "duplicate-record", f"{name}[{i}] seen before in {name}")
        seen_uuids.add(link.record.get("uuid"))
        seen_ids.add(pair)
        if previous_seq is not None and link.seq <= previous_seq:
            raise Broken(link.name, "chain-gap", f"{name}[{i}]: seq {link.seq} out of order")
        previous_seq = link.seq
        used.append((key, link.seq))


def verify(raw_bytes):
    """Every check of one archive, in the order of §8: the first failure is THE
    verdict. Returns Verified or raises Broken."""
    # Step 1: bad-format, the whole file and every link of the four lists.
    data, zone = read_archive(raw_bytes)
    lists, carried_days, history = read_lists(data, zone)
    header = data["header"]

    # Step 2: the carried links' authenticity, then they are fed to their days' totals.
    walk = Walk(header, history, zone)
    also_used = []  # (key, seq) of links outside `links`, added once the walk is done
    check_list("carried", lists["carried"], history, also_used)
    for link in lists["carried"]:
        walk.feed_carried(link, carried_days[link.seq])

    # Step 3: `links` in chain order, each with the rules of §4.
    for link in lists["links"]:
        walk.check(link)

    # Step 4: period_closures and key_changes, each link's authenticity; then §7, the totals of
    # every closure of period_closures against the closures it covers found in the archive.
    check_list("period_closures", lists["period_closures"], history, also_used)
    check_list("key_changes", lists["key_changes"], history, also_used)
    closures = lists["period_closures"]
    months = [l.record for l in closures if l.record["kind"] == "month"]
    for link in closures:
        closure = link.record
        prefix = closure["period"] + "-"
        if closure["kind"] == "month":
            covered = [z for z in walk.day_closures if z["business_day"].startswith(prefix)]
        else:
            covered = [m for m in months if m["period"].startswith(prefix)]
        problem = period_mismatch(closure, covered)
        if problem:
            raise Broken(link.name, "period-total", problem)
    for key, seq in also_used:
        walk.used.setdefault(key, [seq, seq])

    # Step 5: the seal (bad-seal), then the footer (footer-mismatch), then the header's key.
    seal_key = decode_b64(header["seal_public_key"], 32)
    check_seal(data, history, seal_key)
    check_footer(data, walk, lists["links"], history)
    # Amendment B: header.public_key is the key in effect AFTER previous_link (seq 0: the
    # chain's first key), the previous archive's footer.public_key.
    previous_seq = header["previous_link"]["seq"]
    if decode_b64(header["public_key"], 32) != history.key_at(previous_seq):
        raise Broken("header", "key-change", "public_key is not the key in effect after "
                     f"previous_link (seq {previous_seq}) by the archive's key changes")

    return Verified(data, raw_bytes, history, walk.used, seal_key)


def check_seal(data, history, seal_key):
    """§8 bad-seal: both signatures by header.seal_public_key over SHA-256(canonical(object)),
    the footer naming the header, the seal key being the register's key (the last one)."""
    header, footer = data["header"], data["footer"]
    header_digest = sha256(canonical(header))
    signature = decode_b64(data["header_signature"], 64)
    if signature is None or not ed25519_verifies(seal_key, header_digest, signature):
        raise Broken("header", "bad-seal", "header_signature does not verify with seal_public_key")
    signature = decode_b64(data["footer_signature"], 64)
    if signature is None or not ed25519_verifies(seal_key, sha256(canonical(footer)), signature):
        raise Broken("footer", "bad-seal", "footer_signature does not verify with seal_public_key")
    if footer["header_sha256"] != header_digest.hex():
        raise Broken("footer", "bad-seal", "header_sha256 is not SHA-256 of the header")
    for name in ("period", "register_id", "version"):
        if footer[name] != header[name]:
            raise Broken("footer", "bad-seal", f"footer {name} is not the header's")
    if seal_key != history.last():
        raise Broken("header", "bad-seal", "seal_public_key is not the last key of the key history")


def check_footer(data, walk, links, history):
    """§8 footer-mismatch: what the footer says against what the file holds (detail: the field)."""
    header, footer = data["header"], data["footer"]
    previous = header["previous_link"]
    actual = {
        "first_seq": links[0].seq if links else None,
        "last_seq": links[-1].seq if links else previous["seq"],
        "link_count": len(links),
        "last_hash": links[-1].hash if links else decode_hex32(previous["hash"]),
        "links_sha256": links_index(data["links"]),
        "period_closure_count": len(data["period_closures"]),
        "period_closures_sha256": links_index(data["period_closures"]),
        "key_change_count": len(data["key_changes"]),
        "key_changes_sha256": links_index(data["key_changes"]),
        "carried_count": len(data["carried"]),
        "carried_sha256": links_index(data["carried"]),
        "closing": walk.closing(),
        "public_key": history.key_at(actual_last_seq(links, previous)),
    }
    stored = dict(footer)
    stored["last_hash"] = decode_hex32(footer["last_hash"])
    stored["public_key"] = decode_b64(footer["public_key"], 32)
    stored["closing"] = {k: footer["closing"][k] for k in OPENING}
    for name, value in actual.items():
        if stored[name] != value:
            raise Broken("footer", "footer-mismatch", name)


def actual_last_seq(links, previous):
    return links[-1].seq if links else previous["seq"]


# --------------------------------------------------------------------------------------------
# §9 --follows PREVIOUS
# --------------------------------------------------------------------------------------------

def check_follows(current, previous):
    header, before = current.data["header"], previous.data
    prev_footer = before["footer"]
    if header["register_id"] != before["header"]["register_id"]:
        raise Broken("follows", "not-following", "another register")
    if before["header"]["period"] not in periods_before(header["period"]):
        raise Broken("follows", "not-following", f"period {before['header']['period']} is not "
                     f"just before {header['period']}")
    if header["previous_link"]["seq"] != prev_footer["last_seq"] or \
            decode_hex32(header["previous_link"]["hash"]) != decode_hex32(prev_footer["last_hash"]):
        raise Broken("follows", "not-following", "previous_link is not the previous archive's last link")
    if header["opening"] != prev_footer["closing"]:
        raise Broken("follows", "not-following", "opening is not the previous archive's closing")
    if decode_b64(header["public_key"], 32) != decode_b64(prev_footer["public_key"], 32):
        raise Broken("follows", "not-following", "public_key is not the previous archive's last key")
    named = header["previous_archive"]
    if named is not None:
        if named["footer_sha256"] != hashlib.sha256(canonical(prev_footer)).hexdigest():
            raise Broken("follows", "not-following", "previous_archive.footer_sha256")
        if named["sha256"] != hashlib.sha256(previous.raw_bytes).hexdigest():
            raise Broken("follows", "not-following", "previous_archive.sha256")


# --------------------------------------------------------------------------------------------
# Keys given on the command line and the verdict (§2, command line)
# --------------------------------------------------------------------------------------------

def parse_key(value):
    """--key: a fingerprint, a base64 32-byte key, or a file whose first non-empty line is one.
    Returns ("fingerprint", 20 raw bytes) or ("key", 32 raw bytes), or None."""
    text = value.strip()
    compact = text.replace(" ", "").replace("-", "").upper()
    if len(compact) == 32 and re.fullmatch(r"[A-Z2-7]{32}", compact):
        return ("fingerprint", base64.b32decode(compact))
    key = decode_b64(text, 32)
    if key is not None:
        return ("key", key)
    if text and os.path.isfile(text):
        with open(text, encoding="utf-8", errors="replace") as file:
            for line in file:
                if line.strip():
                    return parse_key_text(line)
    return None


def parse_key_text(line):
    text = line.strip()
    compact = text.replace(" ", "").replace("-", "").upper()
    if len(compact) == 32 and re.fullmatch(r"[A-Z2-7]{32}", compact):
        return ("fingerprint", base64.b32decode(compact))
    key = decode_b64(text, 32)
    return ("key", key) if key is not None else None


def matches(reference, key):
    kind, value = reference
    return key == value if kind == "key" else sha256(key)[:20] == value


def main(argv=None):
    parser = argparse.ArgumentParser(description="Checks a Comptoir sealed fiscal archive "
                                     "(docs/fiscal-format.md).")
    parser.add_argument("archive")
    parser.add_argument("--key", action="append", default=[],
                        help="fingerprint, base64 public key, or a file holding one (repeatable)")
    parser.add_argument("--follows", help="the archive of the period just before")
    args = parser.parse_args(argv)  # exits 2 on wrong usage

    references = []
    for value in args.key:
        try:
            reference = parse_key(value)
        except OSError as error:
            print(f"cannot read key file {value}: {error}", file=sys.stderr)
            return EXIT_UNREADABLE
        if reference is None:
            print(f"--key {value!r}: neither a fingerprint nor a base64 32-byte public key",
                  file=sys.stderr)
            return EXIT_USAGE
        references.append(reference)
    files = {}
    for path in [args.archive] + ([args.follows] if args.follows else []):
        try:
            with open(path, "rb") as file:
                files[path] = file.read()
        except OSError as error:
            print(f"cannot read {path}: {error}", file=sys.stderr)
            return EXIT_UNREADABLE

    try:
        current = verify(files[args.archive])
        archives = [current]
        if args.follows:
            try:
                previous = verify(files[args.follows])
            except Broken as broken:
                raise Broken(f"previous archive: {broken.record}", broken.code, broken.detail)
            check_follows(current, previous)
            archives.append(previous)
        verdict = key_verdict(archives, references)
    except Broken as broken:
        print(f"BROKEN at {broken.record}: {broken.code}")
        print(f"  {broken.detail}")
        return EXIT_BROKEN
    return verdict


def key_verdict(archives, references):
    """§2: every key used (links and seal) confirmed → intact; otherwise intact, key not
    confirmed. A --key that is none of the keys: unknown-key (record `public key`)."""
    known = []
    for archive in archives:
        for key in archive.history.keys() + [archive.seal_key]:
            if key not in known:
                known.append(key)
    for reference in references:
        if not any(matches(reference, key) for key in known):
            raise Broken("public key", "unknown-key", "a --key is none of the archive's keys")
    pinned = {key for key in known if any(matches(r, key) for r in references)}
    confirmed, used = set(), []
    for archive in archives:
        confirmed |= archive.history.confirmed_by(pinned)
        for key in list(archive.used) + [archive.seal_key]:
            if key not in used:
                used.append(key)
    current = archives[0]
    for key in used:
        signed = current.used.get(key)
        what = f"signed seq {signed[0]}-{signed[1]}" if signed else "signed no link here"
        if key == current.seal_key:
            what += ", seals the archive"
        state = "confirmed" if key in confirmed else "not confirmed"
        print(f"key {fingerprint(key)}: {what} ({state})")
    unconfirmed = [fingerprint(key) for key in used if key not in confirmed]
    if unconfirmed:
        print("intact, key not confirmed: " + ", ".join(unconfirmed))
        return EXIT_UNCONFIRMED
    print("intact")
    return EXIT_INTACT


if __name__ == "__main__":
    sys.exit(main())
