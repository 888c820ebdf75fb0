#!/usr/bin/env python3
"""Writes src/test/resources/pii/eval-third.jsonl: a third-author PII set.

Written from docs/pii.md's type list, the jsonl format and scripts/pii-eval's help only, before
the recognisers were read and before the detector was run on it. It holds the forms people
really write personal data in support mail that the earlier sets may not: mobile signatures,
phone extensions and tel: links, numbers broken across lines, cards and IBANs spaced, dotted,
lower-cased or grouped oddly in prose, addresses in angle brackets, mailto: links and written
out ("jane dot roe at example dot com"), names in lower case, on a sign-off's own line, in
"Surname, Given" From: headers, in quoted attribution lines and in HTML remnants, one-line
addresses and postcodes of five countries, dates of birth in words, identity numbers after cues
in other languages, IPs in log pastes and secrets in pasted configuration; and about a quarter
of snippets with nothing to find (order, ticket and tracking numbers, amounts, dates that are
no birth, banks and shops named like people, street-like product names, versions, times).

Expected outcomes decided where a reader could hesitate:
* An email address written out without its "@" ("jane dot roe at example dot com",
  "jane.roe [at] example [dot] com", "jane.roe(at)example(dot)com") is an EMAIL: it is the
  customer's address written in clear for a human to read back, which is what a privacy
  reviewer asks the operator to keep out of the model and the topics.
* A phone number's extension is no part of the number: the number is labelled without it.
* A number, card or IBAN broken over two lines is labelled whole, line break included.
* A bank account number and sort code have no type (docs/pii.md lists none): no PHONE there.
* A postcode after a postcode word is an ADDRESS ("ZIP/postcode after a keyword").
* A date that is no birth (a delivery, an order, a mail's date line) is nothing; a masked card
  ("ending 4242") is nothing; a firm or shop named after people ("Morgan Stanley", "John
  Lewis") is no PERSON.

A fixed seed keeps the file reproducible: rerun after editing
(python3 scripts/dev/gen_pii_third.py).
"""

import json
import random
import string

from pii_sets import check_labels, iban, luhn_completed

rng = random.Random(3_2026_12_05)
cases = []


def case(category, text, *labels, region=None, names=()):
    """One snippet. A label is (type, value) or (type, value, prefix); every occurrence of the
    value in the text (right after the prefix, when given) is expected as that type."""
    check_labels(text, labels)
    cases.append(
        {
            "id": f"third{len(cases) + 1:04d}",
            "region": region,
            "names": list(names),
            "category": category,
            "text": text,
            "entities": [
                {"type": k, "value": v, **({"prefix": r[0]} if r else {})} for k, v, *r in labels
            ],
        }
    )


def nothing(category, *texts, region=None):
    for text in texts:
        case(category, text, region=region)


# ---------------------------------------------------------------- values


def digit_string(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def luhn_card(prefix, length):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return luhn_completed(body)


def grouped(value, sizes, sep=" "):
    out, at = [], 0
    for size in sizes:
        if at < len(value):
            out.append(value[at : at + size])
        at += size
    if at < len(value):
        out.append(value[at:])
    return sep.join(out)


def token(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


PEOPLE = [
    ("Jane", "Roe"), ("Aisha", "Bello"), ("Tomás", "Ortega"), ("Rahul", "Mehta"),
    ("Olga", "Petrova"), ("Ewa", "Nowak"), ("Lars", "Eriksson"), ("Fatima", "Haddad"),
    ("Declan", "Byrne"), ("Sophie", "Laurent"), ("Pieter", "Janssen"), ("Kwame", "Mensah"),
    ("Yuki", "Tanaka"), ("Grace", "Kim"), ("Marcus", "Webb"), ("Hannah", "Fischer"),
    ("Ioana", "Popescu"), ("Diego", "Ramírez"), ("Niamh", "Gallagher"), ("Samuel", "Okoro"),
    ("Chloé", "Martin"), ("Bartosz", "Zieliński"), ("Ingrid", "Solberg"), ("Emily", "Carter"),
    ("David", "Novak"), ("Leila", "Karimi"), ("Nora", "Lindqvist"), ("Tariq", "Aziz"),
    ("Anh", "Pham"), ("Ravi", "Subramanian"), ("Thandiwe", "Dlamini"), ("Claire", "Dubois"),
    ("Matteo", "Ricci"), ("Siobhan", "Kelly"), ("Henrik", "Larsen"), ("Priya", "Nair"),
]
rng.shuffle(PEOPLE)
_person = iter(PEOPLE * 10)


def person():
    return next(_person)


def email_of(given, family, domain):
    fold = str.maketrans("áéíóúñçäöüłńśźżćąęőš", "aeiouncaoulnszzcaeos")
    return f"{given.lower().translate(fold)}.{family.lower().translate(fold)}@{domain}"


DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "icloud.com", "hotmail.fr",
           "proton.me", "example.org"]


def uk_mobile():
    return "07" + rng.choice("789") + digit_string(2, string.digits) + " " + digit_string(6)


def uk_london():
    return "020 7" + digit_string(3, string.digits) + " " + digit_string(4, string.digits)


def us_number():
    area = rng.choice(["212", "415", "312", "617", "303", "512", "206"])
    return area, digit_string(3, "23456789"), digit_string(4, string.digits)


def de_number():
    return "030 " + digit_string(4) + " " + digit_string(4, string.digits)


BODIES = [
    "The refund still hasn't arrived.",
    "Can someone call me back about the double charge?",
    "My parcel shows delivered but nothing came.",
    "I can't log in since this morning.",
    "Please cancel the subscription at the end of the month.",
    "The invoice has the wrong company name on it.",
]


def body():
    return rng.choice(BODIES)


# ---------------------------------------------------------------- mobile signatures

for template in [
    "{b}\n\nSent from my Galaxy\n{g} {f}\n{p}",
    "{b}\n\n{g} {f}\n{p}\n\nSent from my Samsung Galaxy smartphone.",
    "{b}\n\n{g}\nMob: {p}\n\nSent from my iPhone",
    "{b}\n\nGet Outlook for Android\n\n{g} {f} | {p}",
    "{b}\n\n{g} {f}\n{p}\nSent from Yahoo Mail on Android",
    "{b}\n\nSent from my Huawei phone\n{g} {f}, {p}",
]:
    for region, number in [("GB", uk_mobile()), (None, "+44 " + uk_mobile()[1:])]:
        g, f = person()
        text = template.format(b=body(), g=g, f=f, p=number)
        who = f"{g} {f}" if "{f}" in template else g
        case("mobile-signature", text, ("PERSON", who), ("PHONE", number), region=region)

# ---------------------------------------------------------------- phone numbers with extensions

for fmt, region in [
    ("Please call me on {n} x204 during office hours.", "US"),
    ("My direct line is {n} ext. 12.", "US"),
    ("Tel: {n} extn 4411", "US"),
    ("You can reach our accounts team at {n}, extension 305.", "US"),
    ("Phone: {n} (ext 88)", None),
    ("Call {n};ext=7 and ask for billing.", None),
]:
    a, b, c = us_number()
    number = rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"])
    case("phone-extension", fmt.format(n=number), ("PHONE", number), region=region)

for region in ["GB", None]:
    n = uk_london()
    case("phone-extension", f"Ring the office on {n} ext. 12 and mention my case.",
         ("PHONE", n), region=region)
n = "+49 30 " + digit_string(4) + " " + digit_string(3, string.digits)
case("phone-extension", f"Durchwahl: {n}-12, ich bin ab 9 Uhr erreichbar.", ("PHONE", n))

for _ in range(4):
    a, b, c = us_number()
    e164 = f"+1{a}{b}{c}"
    shown = f"({a}) {b}-{c}"
    case("phone-tel-link", f"Call me: {shown} <tel:{e164}>", ("PHONE", shown), ("PHONE", e164),
         region="US")
n = "+4420" + "7123" + "4" + digit_string(3, string.digits)
case("phone-tel-link", f"[Call us](tel:{n}) if the app fails again.", ("PHONE", n))
n = "+3120" + digit_string(7)
case("phone-tel-link", f"Mobiel: tel:{n}", ("PHONE", n))

# ---------------------------------------------------------------- numbers split across lines

for text_fmt, first, second, region in [
    ("you can reach me on {a}\n{b} after six", "07812", "553" + digit_string(3), "GB"),
    ("my number is +44 20\n7123 4{x}, please call before noon", "+44 20", None, None),
    ("Please phone me back on 0161 496\n0{x} today.", "0161 496", None, "GB"),
    ("call me at (415) 867-\n{x4}", "(415) 867-", None, "US"),
    ("Handy: +49 151\n{x8}", "+49 151", None, None),
]:
    x = digit_string(3, string.digits)
    x4 = digit_string(4, string.digits)
    x8 = digit_string(8)
    text = text_fmt.format(a=first, b=second, x=x, x4=x4, x8=x8)
    start = text.index(first)
    end = start + len(first) + 1
    while end < len(text) and (text[end].isdigit() or text[end] == " "):
        end += 1
    value = text[start:end].rstrip()
    case("phone-split", text, ("PHONE", value), region=region)

n = uk_mobile()
case("phone-split", f"Best number for me:\n{n}\n(evenings)", ("PHONE", n), region="GB")

# ---------------------------------------------------------------- cards in prose

for fmt, prefix, length, style in [
    ("The card {c} was charged twice for the same order.", "4", 16, "space"),
    ("My card number is {c} and it expires 09/28.", "5", 16, "dot"),
    ("I paid with {c}, can you check the payment?", "4", 16, "dash"),
    ("Amex {c} shows a pending charge I don't recognise.", "37", 15, "amex"),
    ("card no {c} - please refund to this one", "6011", 16, "compact"),
    ("The charge went to my Visa, {c}.", "4", 16, "dot"),
    ("cc: {c} exp 11/27", "5", 16, "space"),
    ("Number on the card: {c}", "4", 16, "odd"),
]:
    number = luhn_card(prefix if prefix != "5" else "5" + rng.choice("12345"), length)
    if style == "space":
        shown = grouped(number, [4, 4, 4, 4])
    elif style == "dot":
        shown = grouped(number, [4, 4, 4, 4], ".")
    elif style == "dash":
        shown = grouped(number, [4, 4, 4, 4], "-")
    elif style == "amex":
        shown = grouped(number, [4, 6, 5])
    elif style == "odd":
        shown = grouped(number, [4, 8, 4])
    else:
        shown = number
    case("card-prose", fmt.format(c=shown), ("CREDIT_CARD", shown))

number = luhn_card("4", 16)
shown = grouped(number[:8], [4, 4]) + "\n" + grouped(number[8:], [4, 4])
case("card-prose", f"Card used:\n{shown}\nName on card as on my account.", ("CREDIT_CARD", shown))

# ---------------------------------------------------------------- IBANs

for country, bban_fn, style in [
    ("GB", lambda: "NWBK" + digit_string(6) + digit_string(8), "lower-groups"),
    ("DE", lambda: digit_string(8) + digit_string(10, string.digits), "lower-compact"),
    ("DE", lambda: digit_string(8) + digit_string(10, string.digits), "odd"),
    ("NL", lambda: "ABNA" + digit_string(10, string.digits), "bank-split"),
    ("FR", lambda: digit_string(10) + token(11, string.ascii_uppercase + string.digits)
     + digit_string(2, string.digits), "groups"),
    ("ES", lambda: digit_string(20), "lower-groups"),
    ("IE", lambda: "AIBK" + digit_string(6) + digit_string(8), "dots"),
    ("BE", lambda: digit_string(12), "odd"),
    ("IT", lambda: "X" + digit_string(10) + token(12, string.ascii_uppercase + string.digits),
     "lower-groups"),
    ("PL", lambda: digit_string(24), "groups"),
]:
    value = iban(country, bban_fn())
    if style == "lower-groups":
        shown = grouped(value.lower(), [4] * 8)
    elif style == "lower-compact":
        shown = value.lower()
    elif style == "odd":
        shown = grouped(value, [4, 8, 10])
    elif style == "bank-split":
        shown = grouped(value, [4, 4, 3, 3, 4])
    elif style == "dots":
        shown = grouped(value, [4] * 8, ".")
    else:
        shown = grouped(value, [4] * 8)
    fmt = rng.choice([
        "Please refund to my IBAN {i}.",
        "my iban is {i} (same name as the account)",
        "Bank details for the refund: {i}",
        "Could you send the money back to {i}? Thanks.",
    ])
    case("iban", fmt.format(i=shown), ("IBAN", shown))

# ---------------------------------------------------------------- emails

for fmt in [
    "Please reply to {g} {f} <{e}> rather than my work address.",
    "Send the receipt to <{e}>, not the old one.",
    "Contact: mailto:{e}",
    "You can write to me at [{e}](mailto:{e}).",
    "my new address is {e}; the old one bounces",
    "Reply-To: {e}",
]:
    g, f = person()
    e = email_of(g, f, rng.choice(DOMAINS))
    labels = [("EMAIL", e)]
    if "{g}" in fmt:
        labels.append(("PERSON", f"{g} {f}"))
    case("email-forms", fmt.format(g=g, f=f, e=e), *labels)

for obfuscate in [
    lambda u, d: u.replace(".", " dot ") + " at " + d.replace(".", " dot "),
    lambda u, d: f"{u} [at] " + d.replace(".", " [dot] "),
    lambda u, d: f"{u}(at)" + d.replace(".", "(dot)"),
    lambda u, d: f"{u} AT " + d.replace(".", " DOT "),
    lambda u, d: f"{u} at {d}",
    lambda u, d: f"{u} {{at}} " + d.replace(".", " {dot} "),
    lambda u, d: f"{u}@@{d}".replace("@@", " @ "),
    lambda u, d: f"{u} (at) " + d.replace(".", " (dot) "),
]:
    g, f = person()
    user, domain = email_of(g, f, rng.choice(DOMAINS)).split("@")
    shown = obfuscate(user, domain)
    fmt = rng.choice([
        "my email is {e}",
        "Please write to {e} instead.",
        "You can reach me by email: {e}",
        "(email me at {e} - the form rejects my address)",
    ])
    case("email-obfuscated", fmt.format(e=shown), ("EMAIL", shown))

# ---------------------------------------------------------------- names in lower case

for fmt in [
    "hi, this is {g} {f}, my card was blocked this morning",
    "my name is {g} {f} and i ordered the blue kettle",
    "the account is in my wife's name, {g} {f}",
    "{b}\n\nthanks\n{g} {f}",
    "hello\n\n{b}\n\nregards,\n{g}",
    "i spoke to {g} {f} on the phone yesterday",
    "{b}\n\ncheers {g}",
    "please tell {g} {f} that i called",
]:
    g, f = person()
    g, f = g.lower(), f.lower()
    who = f"{g} {f}" if "{f}" in fmt else g
    case("name-lower-case", fmt.format(g=g, f=f, b=body().lower()), ("PERSON", who))

# ---------------------------------------------------------------- sign-off and name on one line

for signoff in ["Regards, {n}", "Cheers {n}", "Thanks, {n}", "Best regards, {n}",
                "Many thanks, {n}", "Kind regards - {n}", "Thanks! {n}", "Cheers, {n}",
                "Regards {n}", "Thanks again, {n}", "Best, {n}", "Warm regards, {n}"]:
    g, f = person()
    who = rng.choice([f"{g} {f}", g, f"{g} {f[0]}."])
    case("sign-off-same-line", f"{body()} {signoff.format(n=who)}", ("PERSON", who))

# ---------------------------------------------------------------- From: headers, attributions

for fmt, lang in [
    ('From: "{f}, {g}" <{e}>\nSent: Tuesday, 3 November 2026 14:02\nSubject: RE: refund', "en"),
    ("From: {f}, {g} <{e}>\nDate: 3 Nov 2026", "en"),
    ("-----Original Message-----\nFrom: {f}, {g} [mailto:{e}]\nSent: Monday", "en"),
    ('Von: "{f}, {g}" <{e}>\nGesendet: Dienstag, 3. November 2026 14:02', "de"),
    ("De : {f}, {g} <{e}>\nEnvoyé : mardi 3 novembre 2026 14:02", "fr"),
    ("From: {g} {f} <{e}>\nTo: support\nSubject: still broken", "en"),
]:
    g, f = person()
    e = email_of(g, f, rng.choice(DOMAINS))
    who = f"{f}, {g}" if "{f}, {g}" in fmt else f"{g} {f}"
    case("from-header", body() + "\n\n" + fmt.format(g=g, f=f, e=e), ("PERSON", who),
         ("EMAIL", e))

for fmt in [
    "On Tue, {g} {f} wrote:\n> I have attached the receipt.",
    "On Tue, 3 Nov 2026 at 14:02, {g} {f} <{e}> wrote:\n> see below",
    "On 03/11/2026 14:02, {g} {f} wrote:\n> Thanks for your patience.",
    "Am 03.11.2026 um 14:02 schrieb {g} {f} <{e}>:\n> Vielen Dank",
    "Le mar. 3 nov. 2026 à 14:02, {g} {f} <{e}> a écrit :\n> Merci",
    "El mar, 3 nov 2026 a las 14:02, {g} {f} (<{e}>) escribió:\n> Gracias",
    "On Tuesday, November 3, 2026, {g} {f} <{e}> wrote:\n> ok",
    "{g} {f} wrote on 3 Nov:\n> see attached",
]:
    g, f = person()
    e = email_of(g, f, rng.choice(DOMAINS))
    labels = [("PERSON", f"{g} {f}")]
    if "{e}" in fmt:
        labels.append(("EMAIL", e))
    case("attribution", "Any news on this?\n\n" + fmt.format(g=g, f=f, e=e), *labels)

# ---------------------------------------------------------------- HTML remnants

for fmt in [
    "Kind regards,<br>{g} {f}<br>Customer since 2019",
    "<p>Thanks,</p><p>{g} {f}</p>",
    "Name:&nbsp;{g} {f}",
    "Best wishes,\n**{g} {f}**\n_Office manager_",
    "[cid:image001.png@01DA1F2B.3C4D5E60]\n{g} {f} | Finance",
    "Regards,\n<b>{g} {f}</b>",
    "{b}&nbsp;&nbsp;Thanks,&nbsp;{g}",
    "<div>Many thanks</div><div>{g} {f}</div>",
]:
    g, f = person()
    who = f"{g} {f}" if "{f}" in fmt else g
    case("html-remnant", fmt.format(g=g, f=f, b=body()), ("PERSON", who))

# ---------------------------------------------------------------- addresses on one line, postcodes

for address, region in [
    ("12 Oakfield Road, Leeds, LS6 2QT", "GB"),
    ("Flat 2, 14 Mill Lane, Bristol BS1 5AA", "GB"),
    ("48 Kingsway Avenue, Glasgow, G14 9QB", None),
    ("742 Evergreen Terrace, Springfield, OR 97403", "US"),
    ("1880 Pine Street, Apt 4B, Denver, CO 80218", "US"),
    ("221 King St W, Toronto, ON M5H 1K4", "CA"),
    ("3456 Rue Saint-Denis, Montréal, QC H2X 3L3", None),
    ("Keizersgracht 123, 1015 CJ Amsterdam", "NL"),
    ("Vondelstraat 8-II, 1054 GD Amsterdam", None),
    ("Hauptstraße 5, 10115 Berlin", "DE"),
    ("Schillerweg 21, 04155 Leipzig", None),
    ("12 oakfield road, leeds ls6 2qt", "GB"),
    ("90 Harbour View Road, Apt 12, Halifax, NS B3K 5M7", None),
]:
    fmt = rng.choice([
        "Please send the replacement to {a}.",
        "New address: {a}",
        "I've moved - my address is now {a}, please update it.",
        "deliver to {a} thanks",
    ])
    case("address-one-line", fmt.format(a=address), ("ADDRESS", address), region=region)

for fmt, code in [
    ("my postcode is {c} if that helps", "LS6 2QT"),
    ("Postcode: {c}", "SW1A 2AA"),
    ("the postal code on file should be {c}", "M5V 3L9"),
    ("ZIP code {c} is wrong on my account", "97403"),
    ("PLZ: {c}", "80331"),
    ("postcode {c} (Utrecht)", "3511 LX"),
    ("Zip: {c}-1234", "30301"),
    ("Postleitzahl {c}, bitte korrigieren", "50667"),
]:
    case("postcode", fmt.format(c=code), ("ADDRESS", code))

# ---------------------------------------------------------------- dates of birth in words

for fmt, date in [
    ("I was born on the fourth of July, 1985, if you need it for security.", "the fourth of July, 1985"),
    ("Date of birth: twelfth of March 1990", "twelfth of March 1990"),
    ("DOB: March 3rd, 1979", "March 3rd, 1979"),
    ("My date of birth is 21st June 1968.", "21st June 1968"),
    ("born 1st of December 1992", "1st of December 1992"),
    ("My birthday is 14 February 1992 and the account says 1993.", "14 February 1992"),
    ("geboren am dritten März 1985", "dritten März 1985"),
    ("Geburtsdatum: 3. März 1985", "3. März 1985"),
    ("née le douze juin 1990", "douze juin 1990"),
    ("fecha de nacimiento: 5 de mayo de 1988", "5 de mayo de 1988"),
    ("date of birth - the 2nd of Feb 2001", "the 2nd of Feb 2001"),
    ("DOB Sept. 9th 1975", "Sept. 9th 1975"),
]:
    case("date-of-birth-words", fmt, ("DATE_OF_BIRTH", date))

# ---------------------------------------------------------------- identity numbers, other languages

for fmt, kind, value in [
    ("Meine Reisepassnummer lautet C01X00T47.", "PASSPORT", "C01X00T47"),
    ("numéro de passeport : 18AV52981", "PASSPORT", "18AV52981"),
    ("Mi número de pasaporte es PAA482913.", "PASSPORT", "PAA482913"),
    ("numero di passaporto YA7261934", "PASSPORT", "YA7261934"),
    ("paspoortnummer NW3LK45P7", "PASSPORT", "NW3LK45P7"),
    ("numer paszportu EA4718263", "PASSPORT", "EA4718263"),
    ("Führerscheinnummer: B072RRE2I55", "DRIVER_LICENSE", "B072RRE2I55"),
    ("numéro de permis de conduire 120475301268", "DRIVER_LICENSE", "120475301268"),
    ("número de carnet de conducir 48291735K", "DRIVER_LICENSE", "48291735K"),
    ("rijbewijsnummer 5012937461", "DRIVER_LICENSE", "5012937461"),
    ("Driving licence no. ROE99705235JA9XY", "DRIVER_LICENSE", "ROE99705235JA9XY"),
    ("passport # 561829374 (US)", "PASSPORT", "561829374"),
]:
    case("identity-other-language", fmt, (kind, value))

# ---------------------------------------------------------------- IPs in log pastes

for fmt, ips in [
    ("Here is the log:\nDec  4 22:14:03 web1 sshd[2211]: Failed password for invalid user admin from {0} port 51522 ssh2",
     ["81.2.69.160"]),
    ('{0} - - [04/Dec/2026:22:14:03 +0000] "GET /account/login HTTP/1.1" 403 512 "-" "Mozilla/5.0"',
     ["92.40.177.23"]),
    ("X-Forwarded-For: {0}, {1}\nX-Real-IP: {0}", ["86.12.201.44", "172.16.4.20"]),
    ("2026-12-04T22:14:03.118Z WARN  auth.LoginService - too many attempts ip={0} user=12345",
     ["5.62.60.11"]),
    ("error from client {0}:443 - connection reset (nginx/1.24.0)", ["185.220.101.7"]),
    ("[client {0}] AH01630: client denied by server configuration", ["2a02:c7f:8e12:4d00::1a2b"]),
    ("ping {0}\n64 bytes from {0}: icmp_seq=1 ttl=57 time=12.4 ms", ["151.101.1.69"]),
    ("Received: from mail.example.net ([{0}]) by mx.example.com with ESMTPS id 4xYz",
     ["203.0.113.87"]),
    ("traceroute shows it stops at hop 7 ({0}) after 10.0.0.1", ["62.24.255.9", "10.0.0.1"]),
    ("the app says 'login from {0} (Madrid)' but that wasn't me", ["88.26.241.102"]),
]:
    case("ip-log", fmt.format(*ips), *[("IP_ADDRESS", ip) for ip in ips])

# ---------------------------------------------------------------- secrets pasted in mail

stripe = "sk_live_" + token(24)
github = "ghp_" + token(36)
slack = "xoxb-" + digit_string(12) + "-" + digit_string(13) + "-" + token(24)
aws_id = "AKIA" + token(16, string.ascii_uppercase + "234567")
aws_secret = token(40, string.ascii_letters + string.digits + "/+")
jwt = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + token(43, string.ascii_letters + string.digits)
       + "." + token(43, string.ascii_letters + string.digits + "-_"))
hex_token = token(40, "0123456789abcdef")
for text, value in [
    (f"Our integration fails with api_key: {stripe} - is it revoked?", stripe),
    (f"GITHUB_TOKEN={github}\nthen the deploy fails", github),
    (f"we're using the bot token {slack} in the channel app", slack),
    (f"AWS_ACCESS_KEY_ID={aws_id}", aws_id),
    (f"aws_secret_access_key = {aws_secret}", aws_secret),
    (f"curl -H 'Authorization: Bearer {jwt}' https://api.example.com/v2/me", jwt),
    ("My password is Tulip-Garden-2026! and it still says invalid.", "Tulip-Garden-2026!"),
    ("the temporary password you sent (Xk9#mP2qL) doesn't work", "Xk9#mP2qL"),
    (f"access token: {hex_token}", hex_token),
    ("config:\n  smtp:\n    user: alerts\n    password: \"c0rr3ct-h0rse\"", "c0rr3ct-h0rse"),
]:
    case("secret", text, ("SECRET", value))

reset = "https://app.example.com/reset-password?token=" + token(32)
case("secret", f"The reset link {reset} says expired.", ("URL", reset))
signed = ("https://files.example.com/export.csv?X-Amz-Signature=" + token(64, "0123456789abcdef")
          + "&X-Amz-Expires=3600")
case("secret", f"Download link from your team: {signed}", ("URL", signed))
creds = "ftp://backup:Winter2026x@ftp.example.net/exports/"
case("secret", f"We upload to {creds} every night.", ("URL", creds))

# ---------------------------------------------------------------- account numbers and SSNs

case("account-number", "Please refund to sort code 20-45-77, account 41926819, Ms J Roe.",
     ("PERSON", "Ms J Roe"))
case("ssn", "my social security number is 536 22 8154 for the tax form", ("US_SSN", "536 22 8154"))
case("ssn", "SSN: 219-45-7391", ("US_SSN", "219-45-7391"))

# ---------------------------------------------------------------- names with a weak or no cue

for fmt in [
    "{g} {f} and I share this account, can she get her own login?",
    "The parcel was signed for by someone called {g} {f}, who doesn't live here.",
    "Please add {g} {f} as a second card holder.",
    "I am writing on behalf of my father, {g} {f}.",
    "{g} {f} (my accountant) will send the documents.",
    "Could {g} {f} call me back? She handled this last week.",
]:
    g, f = person()
    case("name-running-text", fmt.format(g=g, f=f), ("PERSON", f"{g} {f}"))

# ---------------------------------------------------------------- phones of other forms

for text, value, region in [
    ("Mobile 0044 7812 553{x}, evenings only", "0044 7812 553{x}", None),
    ("Phone +44 (0)20 7123 4{x} - ask for accounts", "+44 (0)20 7123 4{x}", None),
    ("M: 07812 553 {x}", "07812 553 {x}", "GB"),
    ("WhatsApp +34 612 34 5{x}", "+34 612 34 5{x}", None),
    ("my mobile is +353 87 123 4{x}", "+353 87 123 4{x}", None),
    ("Tel. (030) 2345 6{x} ab 9 Uhr", "(030) 2345 6{x}", "DE"),
]:
    x = digit_string(3, string.digits)
    case("phone-other-form", text.format(x=x), ("PHONE", value.format(x=x)), region=region)

# ---------------------------------------------------------------- greetings, more HTML, more births

for fmt, who in [
    ("Dear Ms {f},\n\nthank you for the quick reply.", "{f}"),
    ("Hi {g},\n\nstill no refund.", "{g}"),
    ("hello {lg},\n\nany update?", "{lg}"),
    ("Dear Mr. and Mrs. {f},\n\nyour claim is approved - that is what your letter says.", "{f}"),
    ("Good morning Dr {f},\n\nI was told to write to you directly.", "{f}"),
    ("Hallo Frau {f},\n\nwie besprochen.", "{f}"),
]:
    g, f = person()
    values = dict(g=g, f=f, lg=g.lower())
    case("greeting", fmt.format(**values), ("PERSON", who.format(**values)))

for fmt in [
    '<a href="mailto:{e}">{e}</a>',
    "<td>Phone</td><td>{p}</td>",
    "Address:<br>{a}<br>",
]:
    g, f = person()
    e = email_of(g, f, rng.choice(DOMAINS))
    number = uk_mobile()
    address = "9 Clifton Terrace, Brighton BN1 3HA"
    labels = {"e": ("EMAIL", e), "p": ("PHONE", number), "a": ("ADDRESS", address)}
    key = fmt[fmt.index("{") + 1]
    case("html-remnant", fmt.format(e=e, p=number, a=address), labels[key], region="GB")

for fmt, date in [
    ("D.O.B. 07/08/1983", "07/08/1983"),
    ("b. 3 May 1979 (as on my passport)", "3 May 1979"),
    ("birth date: 1979-05-03", "1979-05-03"),
    ("Date of Birth : 30th Sept 1961", "30th Sept 1961"),
]:
    case("date-of-birth-words", fmt, ("DATE_OF_BIRTH", date))

# ---------------------------------------------------------------- whole mails

for _ in range(12):
    g, f = person()
    e = email_of(g, f, rng.choice(DOMAINS))
    number = rng.choice([uk_mobile(), "+44 " + uk_mobile()[1:]])
    greeting = rng.choice(["Hi,", "Hello there,", "Dear Support,", "hi"])
    signoff = rng.choice(["Thanks,", "Kind regards,", "Cheers,", "Best wishes,"])
    street = rng.choice(["27 Willow Crescent, Norwich NR2 3LP", "5 Station Road, Bath BA1 1SU",
                         "101 Elm Grove, Cardiff CF24 3BG"])
    shape = rng.randrange(3)
    if shape == 0:
        text = (f"{greeting}\n\n{body()} Please update my details: new address {street}, "
                f"mobile {number}.\n\n{signoff}\n{g} {f}\n{e}")
        labels = [("ADDRESS", street), ("PHONE", number), ("PERSON", f"{g} {f}"), ("EMAIL", e)]
    elif shape == 1:
        text = (f"{greeting}\n\n{body()}\n\n{signoff} {g}\n\nOn Mon, 30 Nov 2026, "
                f"Acme Support wrote:\n> Please confirm your phone number.")
        labels = [("PERSON", g)]
    else:
        text = (f"{greeting} {body()} You can call me on {number} or email {e}.\n"
                f"{g} {f}\nSent from my Galaxy")
        labels = [("PHONE", number), ("EMAIL", e), ("PERSON", f"{g} {f}")]
    case("whole-mail", text, *labels, region=rng.choice(["GB", None]))

# ---------------------------------------------------------------- false friends: nothing to find

nothing(
    "order-ticket-tracking",
    "Order #112-4567890-1234567 hasn't shipped yet.",
    "Re: Ticket TCK-2026-004512 - still waiting",
    "Tracking number 1Z 999 AA1 01 2345 6784 shows no movement since Monday.",
    "The tracking number is 9400 1118 9922 3456 7890 12.",
    "My order number is 304-2291847-5526713, placed on 2 December.",
    "Case ref 00481552, opened 14/11/2026.",
    "Invoice INV-2026-118734 is for 3 licences, not 30.",
    "RMA 7734 1290 for the faulty charger",
    "Reference: 4471 2093 8812 (from the confirmation email)",
    "Consignment no. 5021 8834 7711 09 arrived damaged.",
    "PO 4500123987 was approved on 1 Dec.",
    "Booking reference QX7T2M, flight on 18 December.",
)
nothing(
    "amounts",
    "I was charged $1,234.56 instead of $123.45.",
    "The refund of € 1.234,56 is missing.",
    "£2,499.00 was taken twice from my account on 3 Dec.",
    "Total: 12 345,67 kr incl. moms",
    "You billed me 1 250 000 points instead of 125 000.",
    "The fee went up from 9.99 to 14.99 per month.",
)
nothing(
    "dates-not-birth",
    "It was delivered on 4 March 2025 but arrived broken.",
    "I ordered it on the fourth of November and it's still not here.",
    "The subscription renews on 12/03/2027.",
    "Sent: Tuesday, 3 November 2026 14:02",
    "Since 21st June 2024 the app has crashed every day.",
    "My contract started 2019-05-14 and ends 2027-05-13.",
    "I've been a customer since March 1998.",
    "The event is on Friday the 13th of December.",
)
nothing(
    "firm-named-like-a-person",
    "I moved my savings from Morgan Stanley to you last year.",
    "The transfer came from Wells Fargo but never arrived.",
    "I bought the voucher at Marks & Spencer.",
    "Is John Lewis a partner store for your warranty?",
    "The payment to Charles Schwab bounced.",
    "My employer, Goldman Sachs, pays on the 25th.",
    "I returned the jacket to Harvey Nichols on Friday.",
    "Your app won't link my Lloyds Bank account.",
    "I want to exchange the Tommy Hilfiger shirt for a larger size.",
    "The Ralph Lauren polo was listed at a lower price yesterday.",
    "Does the offer include Ben & Jerry's tubs?",
    "The Dr. Martens boots I ordered are the wrong size.",
    "Can I pay with my Sainsbury's Nectar card?",
    "The Calvin Klein parcel came without the receipt.",
)
nothing(
    "street-like-product",
    "The Park Avenue sofa in oak is listed twice in my basket.",
    "I'd like 2 Abbey Road box sets, not 1.",
    "Is the Baker Street candle back in stock?",
    "Our 3 Harbour Road lamps arrived without bulbs.",
    "The Mulberry Lane throw is a different colour from the photo.",
)
nothing(
    "versions-times",
    "After updating to version 10.0.19045.3693 the app crashes.",
    "Running build 4.2.1.17 on Android 14.",
    "The firmware is v2.14.3 (build 2026.11.28).",
    "It failed at 14:30:22 and again at 10:45.",
    "Meeting moved to 09:30 - 10:15 on Thursday.",
    "Chrome 131.0.6778.86 on macOS 14.7.1",
    "Error code 0x80070005 at 23:59",
)
nothing(
    "more-false-friends",
    "Ticket 212-555-01 was closed without a reply.",
    "Serial number 4012 8888 8888 1882 1 on the router label.",
    "Your agent quoted case 2026-1204-7781 on the phone.",
    "Room 101, Building 4 - the delivery desk.",
    "Flight BA 117 on 18 December, seat 32A.",
    "I moved my mortgage from Barclays to Santander.",
    "The Ted Baker bag and the Paul Smith wallet were both missing.",
    "Johnson & Johnson shampoo was out of stock.",
    "Is Wells Fargo Advisors covered by the same agreement?",
    "Version 3.2.1 fixed it, but 3.2.2 broke it again.",
    "Product code SKU-88421-BLU, size 42.",
    "The meeting at 10.30 on 12.12. suits me.",
    "My loyalty number is 6338 2201 (not a card).",
    "Gate code 4471#, flat 9.",
)
nothing(
    "account-number",
    "My account number is 41926819, sort code 60-16-13.",
    "Konto 1234567890, BLZ 37040044 - bitte prüfen.",
    "acct # 000123456789 was debited twice",
    "customer account 88120044571 shows the wrong plan",
)
nothing(
    "no-name-here",
    "Sent from my Galaxy",
    "The refund still hasn't arrived.\n\nSent from my iPhone",
    "Thanks, will do.\n\nGet Outlook for Android",
    "Regards,\nThe Billing Team",
    "Cheers, and have a good weekend!",
    "Thanks in advance.\nSent from Yahoo Mail on Android",
    "Hi team, the card ending 4242 was declined.",
    "The card **** **** **** 1881 is expired, please use the new one.",
    "Sort code 40-11-62, account ending 7781.",
    "Dear Sir or Madam, please close my account.",
    "On Tue, support wrote:\n> We have escalated your case.",
    "<p>Thanks,</p><p>Customer Care</p>",
    "my email is the same as before, nothing changed",
    "Please contact us at support at the usual address.",
    "Call me anytime after 5 pm.",
)

out = "src/test/resources/pii/eval-third.jsonl"
with open(out, "w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
empty = sum(1 for c in cases if not c["entities"])
print(f"{out}: {len(cases)} snippets, {empty} with nothing to find")
