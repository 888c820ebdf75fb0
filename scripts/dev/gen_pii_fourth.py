#!/usr/bin/env python3
"""Writes src/test/resources/pii/eval-fourth.jsonl: a fourth-author PII set.

Written from docs/pii.md's type list, the jsonl format and scripts/pii-eval's help, before the
recognisers were read or run on it; the earlier generators were read only so as not to repeat
their forms. It holds the places and layouts the earlier sets hardly use: signatures with
international phone numbers of many countries (`+49 (0)30 …`, `+33 6 12 34 56 78`, `0044 20 …`,
`+91 98xxx xxxxx`, `+61 4xx xxx xxx`, extensions), personal data in subject lines, in quoted
`>` lines of replies, in URL query strings, in pipe- and tab-separated tables and in "Key: value"
forms; names with particles, apostrophes, hyphens and Vietnamese diacritics, and transliterated
names; emails with plus tags and subdomains; IBANs of less common countries; Amex, Diners and
2-series Mastercard numbers; dates of birth in ISO and US forms; addresses of more countries;
and about a quarter of snippets with nothing to find (reference and invoice codes, order
numbers, amounts with thousand separators, other dates, product codes, ISBNs, GUIDs, versions,
times, sort codes, IMEIs, coordinates).

Expected outcomes decided where a reader could hesitate (docs/pii.md's rules):
* A value inside a URL's query string (`?email=…&phone=…`) is labelled as its type; the URL
  itself is no URL finding (docs: only credentials or secret-named parameters make one).
  A percent-encoded "@" (`jane%40example.com`) is still the customer's address: an EMAIL.
* A one-time code in a link (`?mobile=…&code=…`) is a secret-named parameter: the whole link
  is a URL, which covers the number in it. A support desk's own address quoted in a reply is an
  EMAIL like any other (docs/pii.md makes no exception).
* A phone's extension is no part of the number.
* A value in a table under its column's header ("DOB", "Phone") is labelled as its type; a
  postcode alone in a "Postcode" column is an ADDRESS, as after a postcode word.
* A title before a name is no part of the label; a name's particles are ("van der Berg").
* docs/pii.md has no national-identifier or tax-number type but US_SSN, and no type for
  account numbers, sort codes, IMEIs: those stay unlabelled, and a finding on them is false.
* A year of birth alone, a date that is no birth and a masked card are nothing.

A fixed seed keeps the file reproducible: rerun after editing
(python3 scripts/dev/gen_pii_fourth.py).
"""

import random
import string

from pii_sets import Cases, iban, luhn_completed

rng = random.Random(4_2026_12_05)
cases = Cases("fourth")
case, nothing = cases.case, cases.nothing


def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def alnum(n):
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def letters(n):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def grouped(value, sizes, sep=" "):
    out, at = [], 0
    for size in sizes:
        if at < len(value):
            out.append(value[at : at + size])
        at += size
    if at < len(value):
        out.append(value[at:])
    return sep.join(out)


def card(prefix, length):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return luhn_completed(body)


# ---------------------------------------------------------------- people and their addresses

PEOPLE = [
    ("Pieter van der Berg", "pieter.vanderberg"), ("María José de la Cruz", "mj.delacruz"),
    ("Liam O'Brien", "liam.obrien"), ("Jean-Luc Moreau", "jl.moreau"),
    ("Nguyễn Văn An", "an.nguyen"), ("Zhang Wei", "wei.zhang"),
    ("Oleksandr Shevchenko", "o.shevchenko"), ("Abdulrahman Al-Farsi", "a.alfarsi"),
    ("Anne-Marie D'Souza", "annemarie.dsouza"), ("Siddharth Venkataraman", "sid.venkat"),
    ("Kateryna Bondarenko", "k.bondarenko"), ("Sven-Erik Lindström", "sven-erik.lindstrom"),
    ("Ludovica Di Stefano", "ludovica.distefano"), ("Dmitriy Kuznetsov", "d.kuznetsov"),
    ("Yusuf Öztürk", "yusuf.ozturk"), ("Chinonso Eze", "chinonso.eze"),
    ("Hiroshi Yamamoto", "h.yamamoto"), ("Kim Min-jun", "minjun.kim"),
    ("Lê Thị Hoa", "hoa.le"), ("Bjørn Haugen", "bjorn.haugen"),
    ("Małgorzata Wójcik", "m.wojcik"), ("Rosa van Dijk", "rosa.vandijk"),
    ("Jorge da Silva", "jorge.dasilva"), ("Émilie St-Pierre", "emilie.stpierre"),
    ("Kwabena Owusu-Ansah", "k.owusuansah"), ("Ngozi Okonkwo", "ngozi.okonkwo"),
    ("Priyanka Chakraborty", "priyanka.c"), ("Tatiana Ivanova", "t.ivanova"),
    ("Mohammed El Amrani", "m.elamrani"), ("Ana Lúcia Ferreira", "analucia.ferreira"),
    ("Giulia De Luca", "giulia.deluca"), ("Connor MacDonald", "connor.macdonald"),
    ("Aoife Ní Bhriain", "aoife.nibhriain"), ("Hans-Peter Müller", "hp.mueller"),
    ("Eleni Papadopoulou", "e.papadopoulou"), ("Rafael dos Santos", "rafael.santos"),
    ("Marie-Claire Fontaine", "mc.fontaine"), ("Sergei Vasilyevich Smirnov", "s.smirnov"),
    ("Fatma Yılmaz", "fatma.yilmaz"), ("Thulani Ndlovu", "thulani.ndlovu"),
]
rng.shuffle(PEOPLE)
_people = iter(PEOPLE * 12)


def person():
    return next(_people)


DOMAINS = ["gmail.com", "mail.example.co.uk", "eu.example.com", "posteo.de", "example.fr",
           "outlook.ie", "yandex.ru", "example.com.au", "student.example.ac.uk", "example.in"]


def email(local):
    domain = rng.choice(DOMAINS)
    tag = rng.choice(["", "", "+support", "+orders", "+2026"])
    return f"{local}{tag}@{domain}"


# ---------------------------------------------------------------- phone numbers of many countries


def phone(country):
    d = lambda n: digits(n, string.digits)  # noqa: E731
    forms = {
        "DE-berlin": lambda: f"+49 (0)30 {digits(3, '2345689')} {d(4)}",
        "DE-mobile": lambda: f"+49 171 {digits(7)}",
        "FR-mobile": lambda: "+33 6 " + " ".join(d(2) for _ in range(4)),
        "FR-paris": lambda: "+33 1 " + " ".join(d(2) for _ in range(4)),
        "GB-00": lambda: f"0044 20 7{d(3)} {d(4)}",
        "GB-mobile0": lambda: f"+44 (0)7{rng.choice('49')}{d(2)} {d(6)}",
        "IN-mobile": lambda: f"+91 98{d(3)} {d(5)}",
        "AU-mobile": lambda: f"+61 4{rng.choice('123')}{d(1)} {d(3)} {d(3)}",
        "US": lambda: f"+1 ({rng.choice(['646', '312', '415', '617'])}) {digits(3, '2345689')}-{d(4)}",
        "ES-mobile": lambda: f"+34 6{d(2)} {d(3)} {d(3)}",
        "IT-mobile": lambda: f"+39 34{d(1)} {d(3)} {d(4)}",
        "NL-mobile": lambda: f"+31 6 {digits(4, '12345')} {d(4)}",
        "BR-mobile": lambda: f"+55 11 9{d(4)}-{d(4)}",
        "MX": lambda: f"+52 55 {d(4)} {d(4)}",
        "JP-mobile": lambda: f"+81 90-{d(4)}-{d(4)}",
        "ZA-mobile": lambda: f"+27 82 {d(3)} {d(4)}",
        "SG-mobile": lambda: f"+65 9{d(3)} {d(4)}",
        "PL-mobile": lambda: f"+48 51{d(1)} {d(3)} {d(3)}",
        "SE-mobile": lambda: f"+46 70 {d(3)} {d(2)} {d(2)}",
        "CH-mobile": lambda: f"+41 79 {d(3)} {d(2)} {d(2)}",
        "NG-mobile": lambda: f"+234 803 {d(3)} {d(4)}",
        "KE-mobile": lambda: f"+254 712 {d(6)}",
        "AE-mobile": lambda: f"+971 50 {d(3)} {d(4)}",
        "CN-mobile": lambda: f"+86 138 {d(4)} {d(4)}",
        "VN-mobile": lambda: f"+84 91 {d(3)} {d(4)}",
        "PH-mobile": lambda: f"+63 917 {d(3)} {d(4)}",
        "IE-00": lambda: f"00353 1 {digits(3, '2345689')} {d(4)}",
        "FR-00": lambda: "0033 6 " + " ".join(d(2) for _ in range(4)),
        "DE-00": lambda: f"0049 171 {digits(7)}",
    }
    return forms[country]()


SIGNATURES = [
    ("{n}\nHead of Procurement\nT {p} | M {q}", "DE-berlin", "DE-mobile"),
    ("{n}\nTél. {p}\nPortable {q}", "FR-paris", "FR-mobile"),
    ("Best,\n{n}\nDirect: {p}", "GB-00", None),
    ("Regards,\n{n}\nMob {p}", "IN-mobile", None),
    ("Cheers,\n{n}\nm: {p}", "AU-mobile", None),
    ("Thanks,\n{n}\nOffice {p} ext. 12", "US", None),
    ("Saludos,\n{n}\nMóvil: {p}", "ES-mobile", None),
    ("Cordiali saluti,\n{n}\ncell. {p}", "IT-mobile", None),
    ("Met vriendelijke groet,\n{n}\n{p}", "NL-mobile", None),
    ("Atenciosamente,\n{n}\nCelular/WhatsApp: {p}", "BR-mobile", None),
    ("Kind regards,\n{n}\nTel: {p}", "MX", None),
    ("Best regards,\n{n}\nMobile: {p}", "JP-mobile", None),
    ("Thanks\n{n}\nCell: {p}", "ZA-mobile", None),
    ("Regards\n{n}\nHP: {p}", "SG-mobile", None),
    ("Pozdrawiam,\n{n}\ntel. kom. {p}", "PL-mobile", None),
    ("Med vänliga hälsningar\n{n}\nMobil: {p}", "SE-mobile", None),
    ("Freundliche Grüsse\n{n}\nMobile {p}", "CH-mobile", None),
    ("Thank you,\n{n}\nPhone: {p}", "NG-mobile", None),
    ("Regards,\n{n}\n{p} (WhatsApp)", "KE-mobile", None),
    ("Best regards\n{n}\nM. {p}", "AE-mobile", None),
    ("Thanks,\n{n}\nTel/WeChat: {p}", "CN-mobile", None),
    ("Trân trọng,\n{n}\nĐT: {p}", "VN-mobile", None),
    ("Salamat,\n{n}\n{p}", "PH-mobile", None),
    ("Kind regards,\n{n}\nPhone {p}", "IE-00", None),
    ("Cordialement,\n{n}\n{p}", "FR-00", None),
    ("Viele Grüße\n{n}\nHandy {p}", "DE-00", None),
    ("--\n{n} | {p} | {q}", "GB-mobile0", "GB-00"),
]
BODIES = [
    "I still haven't had the refund for the returned jacket.",
    "Could you reissue the invoice with our VAT number on it?",
    "The app logs me out every few minutes since the update.",
    "Please close the second account, I only need one.",
    "The courier left the parcel with a neighbour I don't know.",
    "Why was I charged the annual fee twice?",
]


def body():
    return rng.choice(BODIES)


for template, first, second in SIGNATURES:
    name, _ = person()
    p = phone(first)
    labels = [("PERSON", name), ("PHONE", p)]
    q = None
    if second:
        q = phone(second)
        labels.append(("PHONE", q))
    text = body() + "\n\n" + template.format(n=name, p=p, q=q)
    case("signature-international-phone", text, *labels)

# national forms with the tenant's country
for fmt, value, region in [
    ("Call me back on {v}, I'm free after 3.", lambda: f"(312) {digits(3, '2345689')}-{digits(4, string.digits)}", "US"),
    ("mon portable : {v}", lambda: "06." + ".".join(digits(2, string.digits) for _ in range(4)), "FR"),
    ("Meine Handynummer ist {v}.", lambda: f"0171 {digits(7)}", "DE"),
    ("Text me on {v} if the courier is late", lambda: f"0412 {digits(3, string.digits)} {digits(3, string.digits)}", "AU"),
    ("il mio cellulare è {v}", lambda: f"347 {digits(3, string.digits)} {digits(4, string.digits)}", "IT"),
    ("mijn nummer: {v}", lambda: f"06-{digits(8)}", "NL"),
    ("Meu celular: {v}", lambda: f"(11) 9{digits(4, string.digits)}-{digits(4, string.digits)}", "BR"),
    ("携帯 / mobile: {v}", lambda: f"090-{digits(4, string.digits)}-{digits(4, string.digits)}", "JP"),
    ("Please call {v} (landline, evenings).", lambda: f"0113 {digits(3, '2345')} {digits(4, string.digits)}", "GB"),
    ("My number is {v}", lambda: f"98{digits(3, string.digits)} {digits(5, string.digits)}", "IN"),
]:
    v = value()
    case("phone-national", fmt.format(v=v), ("PHONE", v), region=region)

# ---------------------------------------------------------------- subject lines

for fmt, kinds in [
    ("Subject: Refund for {n} - please call {p}\n\nSee subject.", ("n", "p")),
    ("Subject: Change of email to {e}\n\nPlease update my profile.", ("e",)),
    ("Subject: URGENT card {c} stolen\n\nBlock it now please!!", ("c",)),
    ("Subject: Re: account for {n} (DOB {d})\n\nAttached the form.", ("n", "d")),
    ("Subject: Fwd: new mobile {p}\n\n---------- Forwarded message ---------\nSee below.", ("p",)),
    ("Subject: {n} - address change\n\nI have moved, details to follow.", ("n",)),
    ("Subject: IBAN {i} incorrect on refund\n\nThe refund bounced.", ("i",)),
    ("Subject: [Ticket #48812] callback to {p} requested\n\nThanks.", ("p",)),
]:
    name, local = person()
    values = {
        "n": ("PERSON", name),
        "p": ("PHONE", phone(rng.choice(["FR-mobile", "DE-mobile", "AU-mobile", "ES-mobile"]))),
        "e": ("EMAIL", email(local)),
        "c": ("CREDIT_CARD", grouped(card("4", 16), [4, 4, 4, 4])),
        "d": ("DATE_OF_BIRTH", f"19{digits(2, '5678')}-0{digits(1)}-1{digits(1, string.digits)}"),
        "i": ("IBAN", grouped(iban("LU", digits(3) + alnum(13)), [4] * 5)),
    }
    text = fmt.format(**{k: v[1] for k, v in values.items()})
    case("subject-line", text, *[values[k] for k in kinds])

# ---------------------------------------------------------------- quoted lines of replies

for fmt, kinds in [
    ("Still waiting.\n\n> On 2 Dec, {n} wrote:\n> my new number is {p}", ("n", "p")),
    ("Yes, that's right.\n\n> Can you confirm your date of birth is {d}?", ("d",)),
    ("See below.\n\n> > Please send it to {a}\n> We will, thanks.", ("a",)),
    ("Any update?\n\n>> email: {e}\n>> phone: {p}", ("e", "p")),
    ("Correct.\n> Card on file: {c}", ("c",)),
    ("> Hi {g},\n> your case is closed.\n\nWhy was it closed?", ("g",)),
    ("I never got this.\n\n> From: {n} <{e}>\n> Sent: Monday\n> Subject: refund", ("n", "e")),
    ("Thanks!\n\n> IBAN: {i}\n> BIC: HABALT22", ("i",)),
]:
    name, local = person()
    values = {
        "n": ("PERSON", name),
        "g": ("PERSON", name.split()[0]),
        "p": ("PHONE", phone(rng.choice(["IN-mobile", "SE-mobile", "NL-mobile", "US"]))),
        "e": ("EMAIL", email(local)),
        "d": ("DATE_OF_BIRTH", f"{rng.randint(1, 12):02d}/{rng.randint(13, 28)}/19{digits(2, '6789')}"),
        "a": ("ADDRESS", "Karl Johans gate 15, 0159 Oslo"),
        "c": ("CREDIT_CARD", grouped(card("37", 15), [4, 6, 5])),
        "i": ("IBAN", grouped(iban("LT", digits(5) + digits(11, string.digits)), [4] * 5)),
    }
    text = fmt.format(**{k: v[1] for k, v in values.items()})
    case("quoted-reply", text, *[values[k] for k in kinds])

# ---------------------------------------------------------------- URL query strings

for fmt, kinds in [
    ("I used this link: https://shop.example.com/track?email={e}&order=88123", ("e",)),
    ("The form sent me to https://portal.example.org/callback?name=x&phone={p}&lang=en", ("p",)),
    ("https://example.com/unsubscribe?email={q}&list=7 does nothing", ("q",)),
    ("Link from the SMS: {v} - is it genuine?", ("v",)),
    ("your page https://help.example.com/contact?first=Anna&email={e}&tel={p} shows my data in the address bar!", ("e", "p")),
]:
    name, local = person()
    e = email(local).replace("+", "")
    p = phone(rng.choice(["DE-mobile", "FR-mobile"])).replace(" ", "").replace("(0)", "")
    values = {
        "e": ("EMAIL", e),
        "q": ("EMAIL", e.replace("@", "%40")),
        "p": ("PHONE", p),
        "v": ("URL", "https://go.example.net/verify?mobile=0" + phone("DE-mobile")[4:].replace(" ", "")
              + "&code=" + digits(6)),
    }
    text = fmt.format(**{k: v[1] for k, v in values.items()})
    case("url-query", text, *[values[k] for k in kinds])

# ---------------------------------------------------------------- tables and key: value forms

for _ in range(3):
    rows, labels = [], []
    for _ in range(2):
        name, local = person()
        e = email(local)
        p = phone(rng.choice(["NL-mobile", "ES-mobile", "IT-mobile", "PL-mobile"]))
        rows.append(f"| {name} | {e} | {p} |")
        labels += [("PERSON", name), ("EMAIL", e), ("PHONE", p)]
    text = ("Please add these two to the account:\n\n| Name | Email | Phone |\n|---|---|---|\n"
            + "\n".join(rows))
    case("table-pipe", text, *labels)

for _ in range(3):
    name, _ = person()
    dob = f"19{digits(2, '6789')}-{rng.choice(['01', '04', '07', '11'])}-{digits(1, '12')}{digits(1)}"
    p = phone(rng.choice(["CH-mobile", "AE-mobile", "ZA-mobile"]))
    text = f"Name\tDOB\tPhone\n{name}\t{dob}\t{p}\n(export from our HR system)"
    case("table-tab", text, ("PERSON", name), ("DATE_OF_BIRTH", dob), ("PHONE", p))

for fields in [
    ["Full name", "Date of birth", "Mobile", "Email"],
    ["Name", "DOB", "Phone", "Address"],
    ["Account holder", "IBAN", "Email"],
    ["Cardholder", "Card number", "Phone"],
    ["Customer", "Postcode", "Email"],
    ["Name", "Passport no", "Date of birth"],
    ["Contact person", "Tel", "E-mail"],
    ["Nom", "Date de naissance", "Téléphone"],
    ["Name", "Geburtsdatum", "Telefon", "Anschrift"],
]:
    name, local = person()
    lines, labels = [], []
    for field in fields:
        key = field.lower()
        if key in ("full name", "name", "account holder", "cardholder", "customer",
                   "contact person", "nom"):
            value, kind = name, "PERSON"
        elif "birth" in key or key in ("dob", "date de naissance", "geburtsdatum"):
            value = rng.choice([f"{rng.randint(1, 12):02d}/{rng.randint(13, 28)}/19{digits(2, '6789')}",
                                f"19{digits(2, '6789')}-0{digits(1)}-2{digits(1, '2345678')}"])
            kind = "DATE_OF_BIRTH"
        elif key in ("mobile", "phone", "tel", "téléphone", "telefon"):
            value = phone(rng.choice(["FR-mobile", "DE-berlin", "GB-mobile0", "US"]))
            kind = "PHONE"
        elif key in ("email", "e-mail"):
            value, kind = email(local), "EMAIL"
        elif key == "iban":
            value, kind = grouped(iban("HR", digits(7) + digits(10, string.digits)), [4] * 6), "IBAN"
        elif key == "card number":
            value, kind = grouped(card("36", 14), [4, 6, 4]), "CREDIT_CARD"
        elif key == "postcode":
            value, kind = rng.choice(["EH1 1YZ", "BT7 1NN", "CF10 3AT"]), "ADDRESS"
        elif key == "passport no":
            value, kind = letters(2) + digits(7, string.digits), "PASSPORT"
        else:
            value = rng.choice(["Via Garibaldi 23, 20121 Milano", "Bahnhofstrasse 10, 8001 Zürich",
                                "Mannerheimintie 5 A 7, 00100 Helsinki"])
            kind = "ADDRESS"
        lines.append(f"{field}: {value}")
        labels.append((kind, value))
    case("key-value", "Here are my details:\n" + "\n".join(lines), *labels)

# ---------------------------------------------------------------- names: particles, hyphens, scripts

for fmt in [
    "My name is {n} and I opened the account in 2019.",
    "I spoke with your colleague {n} yesterday and she promised a callback.",
    "The account holder is {n}, I am her husband.",
    "Please send the documents to {n}, who handles our finances.",
    "Dear Support,\n\n{b}\n\nYours sincerely,\n{n}",
    "{b}\n\nMany thanks\n{n}",
    "Hello, {n} here - {b_lower}",
    "{n} called you on Monday about this.",
    "On behalf of {n}: {b_lower}",
    "Hi,\n{b}\nBest wishes,\n{n}",
    "Regards,\n\n{n}\nSenior Analyst, Finance",
    "Could you transfer the plan to my daughter, {n}?",
]:
    for _ in range(2):
        name, _ = person()
        b = body()
        text = fmt.format(n=name, b=b, b_lower=b[0].lower() + b[1:])
        case("name-particles-scripts", text, ("PERSON", name))

for text, name in [
    ("I am writing for my grandmother, Nguyễn Thị Mai; she does not use email.", "Nguyễn Thị Mai"),
    ("Thanks,\nAbdullah ibn Khalid", "Abdullah ibn Khalid"),
    ("My colleague Seán Mac Giolla will collect it.", "Seán Mac Giolla"),
    ("The order is under Ludwig von Hohenberg.", "Ludwig von Hohenberg"),
    ("Best,\nAïcha Ben Saïd", "Aïcha Ben Saïd"),
    ("Please ask for Ms. Xu Mingyu at reception.", "Xu Mingyu"),
    ("Kind regards\nTeodora Dimitrova-Petkova", "Teodora Dimitrova-Petkova"),
    ("I spoke to Mr. D'Angelo on the phone.", "D'Angelo"),
    ("Regards,\nJuan Carlos de los Ríos", "Juan Carlos de los Ríos"),
    ("Signed: Olufemi Adebayo-Johnson", "Olufemi Adebayo-Johnson"),
]:
    case("name-particles-scripts", text, ("PERSON", name))

# ---------------------------------------------------------------- emails: tags, subdomains

for fmt in [
    "Please use {e} from now on.",
    "Send the statement to {e} (my accountant's filter needs the tag).",
    "Reply to: {e}",
    "new email -> {e}",
    "{e} is my login, not the old hotmail one",
    "Can you whitelist {e}? Your mails land in spam.",
]:
    name, local = person()
    e = rng.choice([f"{local}+billing@{rng.choice(DOMAINS)}",
                    f"{local}@mail.{rng.choice(['eu.', 'corp.', ''])}example-group.com",
                    f"{local.upper()}@{rng.choice(DOMAINS).upper()}"])
    case("email-tags-subdomains", fmt.format(e=e), ("EMAIL", e))

# ---------------------------------------------------------------- IBANs of less common countries

IBANS = [
    ("MT", lambda: letters(4) + digits(5, string.digits) + alnum(18)),
    ("CY", lambda: digits(8, string.digits) + alnum(16)),
    ("SA", lambda: digits(2) + alnum(18)),
    ("AE", lambda: digits(3, string.digits) + digits(16, string.digits)),
    ("BR", lambda: digits(23, string.digits) + letters(1) + alnum(1)),
    ("TR", lambda: digits(5, string.digits) + "0" + alnum(16)),
    ("RO", lambda: letters(4) + alnum(16)),
    ("GR", lambda: digits(7, string.digits) + alnum(16)),
    ("NO", lambda: digits(11, string.digits)),
    ("MU", lambda: letters(4) + digits(16, string.digits) + "000" + "MUR"),
    ("QA", lambda: letters(4) + alnum(21)),
    ("KZ", lambda: digits(3, string.digits) + alnum(13)),
    ("EE", lambda: digits(16, string.digits)),
    ("SI", lambda: digits(15, string.digits)),
    ("BG", lambda: letters(4) + digits(6, string.digits) + alnum(8)),
    ("IS", lambda: digits(22, string.digits)),
]
for country, bban in IBANS:
    value = iban(country, bban())
    shown = rng.choice([grouped(value, [4] * 9), grouped(value, [4] * 9), value])
    fmt = rng.choice([
        "Please refund to IBAN {i}.",
        "IBAN: {i} (account in my name)",
        "Bank transfer details - IBAN {i}, BIC below.",
        "The money should go to IBAN {i}, not the old account.",
    ])
    case("iban-rare-country", fmt.format(i=shown), ("IBAN", shown))

# ---------------------------------------------------------------- cards of other issuers

for fmt, prefix, length, sizes in [
    ("Amex: {c}, please reverse the charge.", "34", 15, [4, 6, 5]),
    ("I paid with my American Express {c} on Friday.", "37", 15, [4, 6, 5]),
    ("Diners Club {c} was declined.", "36", 14, [4, 6, 4]),
    ("mastercard {c} charged twice", "2221", 16, [4, 4, 4, 4]),
    ("card - {c} - exp 04/29", "2720", 16, [4, 4, 4, 4]),
    ("JCB {c}", "3530", 16, [4, 4, 4, 4]),
    ("Discover card {c}, billing zip matches.", "6011", 16, [4, 4, 4, 4]),
    ("Amex {c}", "37", 15, [15]),
]:
    shown = grouped(card(prefix, length), sizes)
    case("card-other-issuer", fmt.format(c=shown), ("CREDIT_CARD", shown))

# ---------------------------------------------------------------- dates of birth, ISO and US

for fmt in [
    ("DOB: {iso}", "iso"),
    ("date of birth {us}", "us"),
    ("My DOB is {us} - the form keeps saying invalid.", "us"),
    ("born {iso} in Lagos", "iso"),
    ("D.O.B {iso}", "iso"),
    ("Birth date: {us2}", "us2"),
    ("I was born on {us}.", "us"),
    ("Date of Birth (MM/DD/YYYY): {us}", "us"),
    ("birthday: {iso} (for the age check)", "iso"),
    ("dob {slash}", "slash"),
]:
    y = f"19{digits(2, '5678')}"
    m, d = rng.randint(1, 12), rng.randint(13, 28)
    forms = {
        "iso": f"{y}-{m:02d}-{d:02d}",
        "us": f"{m:02d}/{d:02d}/{y}",
        "us2": f"{m}/{d}/{y}",
        "slash": f"{y}/{m:02d}/{d:02d}",
    }
    text, key = fmt
    case("dob-iso-us", text.format(**forms), ("DATE_OF_BIRTH", forms[key]))

# ---------------------------------------------------------------- addresses of more countries

for address, region in [
    ("Via Garibaldi 23, 20121 Milano", "IT"),
    ("Bahnhofstrasse 10, 8001 Zürich", "CH"),
    ("Nørrebrogade 20, 2200 København N", "DK"),
    ("Karl Johans gate 15, 0159 Oslo", "NO"),
    ("Rue de la Loi 16, 1000 Bruxelles", "BE"),
    ("12 rue des Lilas, 75011 Paris", "FR"),
    ("Unit 5, 22 George Street, Sydney NSW 2000", "AU"),
    ("14 Queen Street, Auckland 1010", "NZ"),
    ("Rua Augusta 100, 1100-053 Lisboa", "PT"),
    ("Mannerheimintie 5 A 7, 00100 Helsinki", "FI"),
    ("Mariahilfer Straße 45/3, 1060 Wien", "AT"),
    ("Calle Mayor 15, 3º B, 28013 Madrid", "ES"),
    ("Drottninggatan 71, 111 36 Stockholm", "SE"),
    ("ul. Floriańska 14/5, 31-019 Kraków", "PL"),
    ("4 Merrion Square, Dublin 2, D02 X285", "IE"),
    ("350 Fifth Avenue, Suite 4100, New York, NY 10118", "US"),
    ("1055 West Georgia Street, Vancouver, BC V6E 3P3", "CA"),
    ("Flat 4B, 27 Argyle Street, Edinburgh EH6 6DJ", "GB"),
]:
    fmt = rng.choice([
        "Ship it to {a}, please.",
        "My address changed to {a}.",
        "Delivery address: {a}",
        "Invoice address\n{a}",
        "I live at {a} since June.",
    ])
    case("address-more-countries", fmt.format(a=address), ("ADDRESS", address), region=region)

# ---------------------------------------------------------------- identity numbers after a cue


def nhs_number():
    while True:
        first = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(first, range(10, 1, -1))) % 11
        if check == 11:
            check = 0
        if check != 10:
            s = "".join(map(str, first)) + str(check)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


for text, kind, value in [
    ("Passport No.: {v} (issued Dublin)", "PASSPORT", "P" + digits(7, string.digits)),
    ("passport number - {v}", "PASSPORT", letters(2) + digits(7, string.digits)),
    ("Driving licence number: {v}", "DRIVER_LICENSE", "MORGA753116SM9IJ"),
    ("DL# {v} (California)", "DRIVER_LICENSE", "D" + digits(7, string.digits)),
    ("NHS number {v}", "MEDICAL_ID", nhs_number()),
    ("Member ID: {v}", "MEDICAL_ID", letters(3) + digits(9, string.digits)),
    ("SSN {v}", "US_SSN", f"{digits(3, '1234578')}-{digits(2)}-{digits(4)}"),
    ("social security no. {v}", "US_SSN", f"{digits(3, '1234578')} {digits(2)} {digits(4)}"),
]:
    case("identity-after-cue", text.format(v=value), (kind, value))

# ---------------------------------------------------------------- whole mails with several values

for _ in range(10):
    name, local = person()
    e = email(local)
    p = phone(rng.choice(["DE-berlin", "FR-mobile", "IN-mobile", "AU-mobile", "US", "GB-00"]))
    greeting = rng.choice(["Hello,", "Dear team,", "Hi there,", "Good afternoon,"])
    signoff = rng.choice(["Best regards,", "Thanks,", "Kind regards,", "Cheers,"])
    shape = rng.randrange(3)
    if shape == 0:
        text = (f"{greeting}\n\n{body()} My contact details changed: email {e}, phone {p}."
                f"\n\n{signoff}\n{name}")
        labels = [("EMAIL", e), ("PHONE", p), ("PERSON", name)]
    elif shape == 1:
        text = (f"{greeting}\n{body()}\n\n{signoff}\n{name}\n{p}\n{e}\n\n"
                f"> On Mon, 30 Nov 2026, Support <help@example.com> wrote:\n> Ticket closed.")
        labels = [("PERSON", name), ("PHONE", p), ("EMAIL", e), ("EMAIL", "help@example.com")]
    else:
        text = (f"Subject: Re: callback\n\n{greeting} {body()} Reach me on {p} between 9 and 5."
                f"\n\n{signoff} {name}")
        labels = [("PHONE", p), ("PERSON", name)]
    case("whole-mail", text, *labels, names=[name] if shape == 0 else [])

# ---------------------------------------------------------------- more countries' numbers, labelled

for label, value in [
    ("WhatsApp", f"+43 664 {digits(7)}"),
    ("Phone (work)", f"+32 2 {digits(3, '2345')} {digits(2)} {digits(2)}"),
    ("Mobile", f"+45 20 {digits(2)} {digits(2)} {digits(2)}"),
    ("Tlf", f"+47 412 {digits(2)} {digits(3)}"),
    ("Puh.", f"+358 40 {digits(3)} {digits(4)}"),
    ("Tel.", f"+420 601 {digits(3)} {digits(3)}"),
    ("Κιν.", f"+30 69{digits(1, '4789')} {digits(3)} {digits(4)}"),
    ("Cep", f"+90 532 {digits(3)} {digits(2)} {digits(2)}"),
    ("Mobile", f"+972 52-{digits(3)}-{digits(4)}"),
    ("Cell", f"+64 21 {digits(3)} {digits(4)}"),
    ("جوال / Mobile", f"+966 50 {digits(3)} {digits(4)}"),
    ("HP", f"+62 812-{digits(4)}-{digits(4)}"),
    ("Моб.", f"+7 916 {digits(3)}-{digits(2)}-{digits(2)}"),
    ("Тел", f"+380 67 {digits(3)} {digits(4)}"),
    ("Mobile", f"+91-98{digits(3)}-{digits(5)}"),
    ("Landline", f"+61 (0)2 9{digits(3)} {digits(4)}"),
    ("Direct", f"+1 (617) {digits(3, '2345689')}-{digits(4)} x304"),
    ("Mobile", f"(+44) 7{digits(3, '4789')} {digits(6)}"),
]:
    number = value.split(" x")[0]
    text = f"{body()}\n\n{label}: {value}"
    case("phone-more-countries", text, ("PHONE", number))

# ---------------------------------------------------------------- greetings to names with particles

for text, name in [
    ("Dear Mr van der Berg,\n\nthank you for your letter.", "van der Berg"),
    ("Dear Ms O'Brien,\n\nwe have received your complaint.", "O'Brien"),
    ("Bonjour Mme de la Cruz,\n\nvotre dossier est en cours.", "de la Cruz"),
    ("Hallo Herr von Hohenberg,\n\nIhre Bestellung ist unterwegs.", "von Hohenberg"),
    ("Dear Dr. Al-Farsi,\n\nyour appointment is confirmed - that is what the SMS said.", "Al-Farsi"),
    ("Hi Jean-Luc,\n\nany news on the refund?", "Jean-Luc"),
]:
    case("greeting-particles", text, ("PERSON", name))

# ---------------------------------------------------------------- technical values in queries and forms

for text, labels in [
    ("The alert said: https://account.example.com/alert?ip=81.2.69.142&city=London",
     [("IP_ADDRESS", "81.2.69.142")]),
    ("IP address: 2a00:1450:4009:81f::200e\nBrowser: Firefox 133",
     [("IP_ADDRESS", "2a00:1450:4009:81f::200e")]),
    ("MAC: 3C-22-FB-12-9A-7E (my laptop)", [("MAC_ADDRESS", "3C-22-FB-12-9A-7E")]),
    ("Webhook: https://hooks.example.io/in?api_key=" + "".join(rng.choice(string.hexdigits.lower()) for _ in range(32)),
     None),
    ("Password: " + "Blue" + digits(4, string.digits) + "!harbour", None),
]:
    if labels is None:
        value = text.split(": ", 1)[1]
        labels = [("URL", value)] if value.startswith("https") else [("SECRET", value)]
    case("technical-forms", text, *labels)

# ---------------------------------------------------------------- addresses of farther countries

for address, region in [
    ("Flat 302, Sai Residency, 14 MG Road, Bengaluru 560001", "IN"),
    ("Rua das Flores 123, Centro, São Paulo - SP, 01001-000", "BR"),
    ("Av. Paseo de la Reforma 222, Col. Juárez, 06600 Ciudad de México", "MX"),
    ("12 Long Street, Cape Town, 8001", "ZA"),
    ("Calle 93 # 14-20, Bogotá", "CO"),
]:
    case("address-more-countries", f"Please deliver to {address}.", ("ADDRESS", address),
         region=region)

# ---------------------------------------------------------------- false friends: nothing to find

nothing(
    "reference-codes",
    "Your reference is REF-2024-00123, please quote it.",
    "Invoice INV/2025/004471 dated 03.11.2025 is unpaid?",
    "Subject: Re: [Case 00912834] refund not received",
    "Order no. 2024-118-5531-07 was split in two parcels.",
    "Claim number CLM-77-104-2291 has been approved.",
    "Quote Q-2026-0419-B expires on Friday.",
    "PO number 4500 8812 9931 attached.",
    "Return authorisation RA 2211 0087 4410 printed.",
    "Voucher code WINTER-2026-5X9Q does not apply.",
    "Our VAT number is GB 123 4567 89, please add it.",
    "Booking ref 8XK2QP / 2 passengers.",
    "Transaction ID 7734-2210-9981-0045 shows as pending.",
    "Ticket #2026120500173 opened automatically.",
)
nothing(
    "amounts-separators",
    "You charged 1,234,567.89 JPY instead of 123,456.",
    "Der Betrag von 12.500,00 EUR wurde zweimal abgebucht.",
    "The fee of CHF 1'250.00 is too high.",
    "I was refunded ₹1,25,000 but paid ₹1,52,000.",
    "Total 3 450 990,50 Kč, not 345 099,05 Kč.",
    "Balance: -2,104.77 USD as of today.",
    "We transferred 20 000 000 VND on 2 December.",
)
nothing(
    "dates-times",
    "The delivery is booked for 2026-12-14 between 08:00 and 12:00.",
    "Meeting moved to 12/15/2026 at 3:30 PM EST.",
    "Your subscription started 2021-03-04 and renews every year.",
    "The outage lasted from 23:58:41 to 00:14:07 UTC.",
    "Statement period 01/11/2026 - 30/11/2026.",
    "I've been a customer since 1998-06-01, surely that counts for something.",
    "Happy birthday to the app - 10 years on 2026-05-01!",
    "My son was born in 2004, can he have his own card?",
)
nothing(
    "product-codes",
    "ISBN 978-0-306-40615-7 arrived with a torn cover.",
    "The book (ISBN 0-306-40615-2) is the wrong edition.",
    "Part no. 4006381333931 (EAN) is missing from the box.",
    "SKU 88-4412-0973-XL in black, please.",
    "Model A2849, serial C02XK1Z3JG5H, bought in March.",
    "IMEI 35 209900 176148 1 is blocked on your network.",
    "Firmware 2.0.14.7 bricked the router.",
    "Please update from v4.12.1 to 4.13.0 (build 20241105.3).",
    "The request ID is 3f2504e0-4f89-11d3-9a0c-0305e82c3301.",
    "Error code 0x80070005 when installing KB5034441.",
    "Windows 10.0.19045.3803 fails to print the invoice.",
    "Batch 2024-11-05-0042 of the filters is faulty.",
)
nothing(
    "banking-not-pii",
    "Sort code 20-32-06, account 73849210 - is that right for the refund?",
    "Routing number 021000021 belongs to which bank?",
    "BIC DEUTDEFFXXX or DEUTDEFF500?",
    "The SWIFT code on the form (BNPAFRPPXXX) is wrong.",
    "Card ending in 0005 was charged, not the one ending 4431.",
    "Your card xxxx-xxxx-xxxx-9921 expires 09/27.",
    "BSB 062-000 is the branch in Sydney.",
)
nothing(
    "places-and-brands",
    "I bought it at the Marks & Spencer on Oxford Street.",
    "Is the Victoria Station pickup point still open?",
    "Our office moved to the Tour Montparnasse last year.",
    "The Ford Transit van blocked my driveway.",
    "Do you ship to Saint-Pierre and Miquelon?",
    "I saw the ad on the Santa Monica Pier billboard.",
    "The Louis Vuitton bag arrived without its dust cover.",
    "We use Van Leeuwen ice cream in the café, can we order more?",
)
nothing(
    "coordinates-and-misc",
    "The pickup point is at 52.5200, 13.4050 on the map.",
    "Room 4.12, building C, ask at the desk.",
    "Flight LH 1234 / seat 23C, the bag never arrived.",
    "Our hotline 0800 is not toll-free from abroad?",
    "Score 4.5/5 from 1,203 reviews.",
    "The package weighs 2.35 kg and measures 40 x 30 x 20 cm.",
    "Line 3 of the spreadsheet has 1,024 rows, not 10,240.",
    "Subject: Out of office until 2026-12-28\n\nI am away with limited access to email.",
    "Sent from my iPad\n\n> On 4 Dec 2026 at 09:12, Customer Service wrote:\n> Your case is resolved.",
    "Name: \nPhone: \nEmail: \n(the form came back empty)",
    "version=2.3.1&build=8812&lang=de-DE in the crash report URL",
    "| Item | Qty | Price |\n|---|---|---|\n| Kettle | 2 | 49.99 |\n| Toaster | 1 | 1,299.00 |",
    "Date\tAmount\tRef\n2026-11-02\t1,250.00\t4471-2290\n2026-11-09\t980.50\t4471-2291",
    "Our opening hours: Mon-Fri 09:00-17:30, Sat 10:00-14:00.",
    "Please call our hotline; the number is on the back of your card.",
    "Dear Customer Services team,\n\nthe parcel 00340434161234567890 is stuck.\n\nRegards,\nThe Accounts Team",
    "Attachment: scan_20261204_104512.pdf (2.4 MB)",
    "> > > Please reply above this line < < <\n> Ticket 88123 updated.",
    "Subject: Re: Re: Fwd: Invoice 2026-0042\n\nSee attached.",
    "Dimensions 1200 x 800 x 1450 mm, 1,450 kg.",
    "Tracking: https://track.example.com/?id=JJD0002249501234567&lang=en",
)

cases.write("src/test/resources/pii/eval-fourth.jsonl")
