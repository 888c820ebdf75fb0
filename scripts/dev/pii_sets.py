"""What the generators of the PII evaluation sets share (scripts/dev/gen_pii_*.py).

Checks a snippet's labels the way PiiEvaluation reads them, and computes the check digits of
the synthetic cards and IBANs, so no generator keeps a copy of its own.
"""

import json
import string
import sys


def check_labels(text, labels):
    """Exits when a label is not in the text, sits inside a word or overlaps another. A label
    is (type, value) or (type, value, prefix); every occurrence of the value (right after the
    prefix, when given) is expected, as PiiEvaluation reads the file."""
    spans = []
    for _kind, value, *rest in labels:
        prefix = rest[0] if rest else ""
        at = text.find(prefix + value)
        if at < 0:
            sys.exit(f"value {value!r} not in {text!r}")
        while at >= 0:
            start = at + len(prefix)
            end = start + len(value)
            if (start > 0 and text[start - 1].isalnum()) or (
                end < len(text) and text[end].isalnum()
            ):
                sys.exit(f"value {value!r} occurs inside a word in {text!r}")
            if any(s < end and start < e for s, e in spans):
                sys.exit(f"value {value!r} overlaps another label in {text!r}")
            spans.append((start, end))
            at = text.find(prefix + value, at + 1)


def luhn_completed(body):
    """The card number: its digits and the Luhn check digit that makes them valid."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def iban(country, bban):
    """The IBAN of a country and BBAN, with its ISO 7064 mod 97-10 check digits."""
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


def digits(rng, n, first=string.digits):
    """n random digits drawn from rng, the first from `first` (a number that must not start
    with 0 passes "123456789")."""
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def card(rng, prefix, length):
    """A card number of `length` digits after an issuer `prefix`, random body, valid Luhn."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return luhn_completed(body)


def groups(value, size=4, sep=" "):
    """The value cut into groups of `size` characters joined by `sep` ("4929 1813 …")."""
    return sep.join(value[i : i + size] for i in range(0, len(value), size))


class Cases:
    """The snippets of one set, numbered with the set's prefix, each checked as it is added."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.rows = []

    def case(self, category, text, *labels, region=None, names=()):
        """One snippet. A label is (type, value) or (type, value, prefix); every occurrence of
        the value in the text (right after the prefix, when given) is expected as that type."""
        check_labels(text, labels)
        self.rows.append(
            {
                "id": f"{self.prefix}{len(self.rows) + 1:04d}",
                "region": region,
                "names": list(names),
                "category": category,
                "text": text,
                "entities": [
                    {"type": k, "value": v, **({"prefix": r[0]} if r else {})}
                    for k, v, *r in labels
                ],
            }
        )

    def nothing(self, category, *texts, region=None):
        for text in texts:
            self.case(category, text, region=region)

    def write(self, path):
        with open(path, "w", encoding="utf-8") as fh:
            for row in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        empty = sum(1 for row in self.rows if not row["entities"])
        print(f"{path}: {len(self.rows)} snippets, {empty} with nothing to find")
