#!/usr/bin/env python3
"""Generates src/test/resources/pii/eval-forms.jsonl: the forms in which real mail writes personal
data (issue 13), each as positives in several mail shapes, plus the false friends of each form.

Everything here is written for this project: templates, names, streets and numbers are invented
(card, IBAN and SSN checksums are computed). Phone numbers are drawn from number ranges that the
national plans allocate (mobile and geographic prefixes), so they are shaped like real numbers but
chosen at random. A fixed seed keeps the file reproducible: rerun after editing.

Fields as in eval.jsonl; "region" is the tenant's country (null: none configured).
"""
import json
import random
import string
import sys

R = random.Random(20261204)
cases = []


def add(text, entities, region=None, names=None, tag="form"):
    for t, v in entities:
        assert v in text, (t, v, text)
    cases.append({"id": f"{tag}{len(cases) + 1:04d}", "region": region, "names": names or [],
                  "text": text, "entities": [{"type": t, "value": v} for t, v in entities]})


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


GIVEN = ["Maria", "Tomasz", "Ingrid", "Rahul", "Siobhan", "Kenji", "Amara", "Felipe", "Katarzyna", "Yusuf",
         "Elodie", "Bjorn", "Nadia", "Oscar", "Leila", "Matteo", "Grace", "Dmitri", "Hana", "Samuel",
         "Camille", "Arjun", "Freya", "Omar", "Lucia", "Wei", "Sophie", "Daniel", "Zanele", "Henrik"]
FAMILY = ["Lopez", "Kowalski", "Andersen", "Mehta", "Gallagher", "Watanabe", "Okonkwo", "Ribeiro",
          "Nowak", "Demir", "Lefebvre", "Halvorsen", "Petrov", "Fischer", "Moretti", "Osei", "Sato",
          "Brown", "Dubois", "Chen", "Murphy", "Schneider", "Kaplan", "Nguyen", "Jansen", "Costa"]
COMPANIES = ["Northwind Logistics", "Bluebell Bakery Ltd", "Acme GmbH", "Orchard Dental", "Lumen Studio"]
TITLES = ["Office Manager", "Head of Finance", "Operations Lead", "Founder", "Accounts Payable"]


def name():
    return R.choice(GIVEN), R.choice(FAMILY)


# ---- phone numbers by country, national and international ------------------------------------------
def gb_mobile():
    n = f"7{R.randint(400, 999)}{digits(6)}"
    return R.choice([f"0{n[:4]} {n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0{n}", f"0{n[:4]}-{n[4:]}"]), \
        f"+44 {n[:4]} {n[4:]}"


def gb_landline():
    n = f"20 7{digits(3)} {digits(4)}"
    return f"0{n}", f"+44 {n}"


def de_mobile():
    p = R.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
    rest = digits(8 if p.startswith("15") else 7)
    return R.choice([f"0{p} {rest}", f"0{p}-{rest}", f"0{p}/{rest}", f"0{p} {rest[:3]} {rest[3:]}"]), \
        f"+49 {p} {rest}"


def fr_mobile():
    n = R.choice(["6" + digits(8), "7" + R.choice("3456789") + digits(7)])  # 070-072 are not allocated yet
    pairs = [n[i:i + 2] for i in range(1, 9, 2)]
    sep = R.choice([" ", ".", "", "-"])
    return f"0{n[0]}{sep}" + sep.join(pairs), f"+33 {n[0]} " + " ".join(pairs)


def jp_mobile():
    p = R.choice(["090", "080", "070"])
    a, b = digits(4), digits(4)
    return R.choice([f"{p}-{a}-{b}", f"{p} {a} {b}", f"{p}{a}{b}"]), f"+81 {p[1:]}-{a}-{b}"


def cn_mobile():
    n = "1" + R.choice("3589") + digits(9)
    return R.choice([f"{n[:3]} {n[3:7]} {n[7:]}", n, f"{n[:3]}-{n[3:7]}-{n[7:]}"]), f"+86 {n[:3]} {n[3:7]} {n[7:]}"


def il_landline():
    a = R.choice(["2", "3", "4", "8", "9"])
    rest = digits(7)
    return R.choice([f"0{a}-{rest}", f"0{a}-{rest[:3]}-{rest[3:]}", f"0{a} {rest}"]), f"+972 {a}-{rest}"


def es_mobile():
    n = "6" + digits(8)
    return f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}"


def it_mobile():
    n = "3" + R.choice("2345789") + digits(8)
    return f"{n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:6]} {n[6:]}"


def nl_mobile():
    n = "6" + digits(8)
    return R.choice([f"06-{n[1:]}", f"06 {n[1:]}"]), f"+31 6 {n[1:]}"


def au_mobile():
    n = "4" + digits(8)
    return f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}"


US_AREA = ["212", "415", "646", "312", "617", "206", "303", "512", "702", "404", "305", "718", "917", "202"]


def us_phone(fictional=False):
    a = R.choice(US_AREA)
    ex = "555" if fictional else f"{R.randint(2, 9)}{R.randint(2, 9)}{R.randint(0, 9)}"
    line = f"01{digits(2)}" if fictional else digits(4)
    form = R.choice([f"({a}){ex}-{line}", f"({a}) {ex}-{line}", f"{a}-{ex}-{line}", f"{a}.{ex}.{line}",
                     f"({a}){ex}{line}", f"{a} {ex} {line}"])
    return form, f"+1 {a} {ex} {line}"


COUNTRIES = {"GB": [gb_mobile, gb_landline], "DE": [de_mobile], "FR": [fr_mobile], "JP": [jp_mobile],
             "CN": [cn_mobile], "IL": [il_landline], "ES": [es_mobile], "IT": [it_mobile], "NL": [nl_mobile],
             "AU": [au_mobile], "US": [us_phone]}


def national(country):
    return R.choice(COUNTRIES[country])()


CUES = ["Call me on {p} if that is easier.", "You can reach me at {p} all day.", "WhatsApp: {p}",
        "My mobile is {p}.", "tel {p}", "Phone: {p}", "Please ring me on {p} after six.",
        "Text me at {p} when the courier is close.", "Best number to call: {p}", "mobile {p} (personal)",
        "Contact number {p}", "Handy: {p}", "Portable : {p}", "call me on {p}, I'm in the office until 5"]
LABELS = ["M:{p}", "M: {p}", "T: {p}", "Tel:{p}", "Mob: {p}", "Ph.: {p}", "Cell:{p}", "Mobile:{p}", "P: {p}",
          "Tel.: {p}", "Direct: {p}"]


def signature(p, styled=True):
    f, l = name()
    lines = [R.choice(["Thanks,", "Best regards,", "Kind regards", "Cheers,", "Regards,", "--"]), f"{f} {l}"]
    if R.random() < 0.5:
        lines.append(R.choice(TITLES))
    if R.random() < 0.5:
        lines.append(R.choice(COMPANIES))
    lines.append(R.choice(LABELS).format(p=p) if styled else p)
    return "\n".join(lines), f"{f} {l}"


BODIES = ["my parcel has not arrived and the tracking page has not changed since Monday.",
          "I was charged twice for the March invoice, please refund one of the payments.",
          "the app logs me out every time I open the statements tab.",
          "could you move my appointment to next week? Any day after Tuesday works.",
          "I would like to close the joint account we opened last year."]


def mail(body_extra, sig):
    return f"{R.choice(['Hi,', 'Hello,', 'Dear support,', 'Good morning,'])}\n\n{R.choice(BODIES)} {body_extra}\n\n{sig}\n"


# national numbers written the way people write their own, in every mail shape
for country in ["GB", "DE", "FR", "JP", "CN", "IL", "ES", "IT", "NL", "AU"]:
    for k in range(14):
        nat, intl = national(country)
        shape = k % 7
        if shape == 0:      # signature block, tenant in that country
            sig, who = signature(nat)
            add(mail("", sig), [("PHONE", nat), ("PERSON", who)], region=country)
        elif shape == 1:    # signature block, no tenant country: broad default list + signature
            sig, who = signature(nat, styled=R.random() < 0.5)
            add(mail("", sig), [("PHONE", nat), ("PERSON", who)], region=None)
        elif shape == 2:    # cue word, tenant elsewhere
            add(mail(R.choice(CUES).format(p=nat), "Thanks"), [("PHONE", nat)], region="US")
        elif shape == 3:    # the mail writes the country code elsewhere (office number)
            _, office = national(country)
            text = mail(f"The office line is {office}, but {R.choice(CUES).format(p=nat)}", "Thanks")
            add(text, [("PHONE", office), ("PHONE", nat)], region="US")
        elif shape == 4:    # short label and colon
            add(f"{R.choice(LABELS).format(p=nat)}\n", [("PHONE", nat)], region=country)
        elif shape == 5:    # running text, tenant's country, no cue
            add(f"I'm usually on {nat} during the day, otherwise leave a message.", [("PHONE", nat)],
                region=country)
        else:               # international form, for comparison
            add(R.choice(CUES).format(p=intl), [("PHONE", intl)], region=None)

# US forms: area code in parentheses without a space, the fictional 555-01xx range
for k in range(24):
    p, _ = us_phone(fictional=k % 2 == 0)
    t = R.choice(CUES + LABELS + ["Please call {p} to confirm the delivery slot.", "{p} is my cell."])
    add(t.format(p=p), [("PHONE", p)], region=R.choice(["US", None]))
for k in range(6):
    a, line = R.choice(US_AREA), f"01{digits(2)}"
    p = R.choice([f"({a}) 555-{line}", f"({a})555-{line}"])
    add(f"I'm on {p} most afternoons.", [("PHONE", p)], region="US")
for k in range(6):
    p, _ = us_phone(fictional=True)
    sig, who = signature(p)
    add(mail("", sig), [("PHONE", p), ("PERSON", who)], region="US")

# several numbers in one sentence
for k in range(16):
    country = R.choice(["US", "GB", "DE", "FR"])
    a, b = national(country)[0], national(country)[0]
    c = national(country)[1]
    t = R.choice(["Call {a} or {b}, or my husband on {c}.", "Numbers: {a}, {b} and {c}.",
                  "Try {a} first, then {b}; {c} is the office.", "tel {a} / {b} / {c}"])
    add(t.format(a=a, b=b, c=c), [("PHONE", a), ("PHONE", b), ("PHONE", c)], region=country)

# the metadata calls it invalid, but a cue or a signature says it is a number
for k in range(12):
    country = R.choice(["GB", "DE", "US", "FR"])
    shape = {"GB": lambda: f"07{digits(3)} {digits(6)}", "DE": lambda: f"0{R.choice(['130', '199'])} {digits(7)}",
             "US": lambda: f"({R.choice(['111', '123', '099'])}) {digits(3)}-{digits(4)}",
             "FR": lambda: f"09 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"}[country]()
    if k % 2:
        add(R.choice(CUES).format(p=shape), [("PHONE", shape)], region=country)
    else:
        sig, who = signature(shape)
        add(mail("", sig), [("PHONE", shape), ("PERSON", who)], region=country)

# ---- false friends of phone numbers --------------------------------------------------------------------
FRIENDS = [
    "The invoice is dated 2024-03-15 and due 2024-04-14.", "Delivered 15/03/2024 at 10:42, signed by reception.",
    "Meeting moved to 03.04.2025 14:30-15:30.", "Total: 1.234.567,89 EUR incl. VAT", "We paid $12,345,678.90 in 2023.",
    "Order #112-4567890-1234567 has not shipped.", "Order number: 7700123456", "Your order 20240315-004217 is ready.",
    "Invoice no. 0151 2345 6789 was sent twice.", "Ref: 2024/0315/7788", "Tracking: 9400 1118 9922 3344 5566 77",
    "BIC COBADEFFXXX, the IBAN ends in 0532 0130 00", "the last digits were 0044 0532 0130, I think",
    "Bank account 12345678, sort code 20-00-00.", "Version 10.0.19045.3693 of Windows.",
    "Upgraded from v2.14.3 to 3.0.1-beta.2 yesterday.", "Build 23.1.0.12345 crashes on start.",
    "ISBN 978-3-16-148410-0 is out of print.", "Timestamp 1700000000 in the log.", "Coordinates 51.5072, -0.1276",
    "Resolution 1920x1080, 60 Hz.", "Pages 112-118 of the contract.", "Temperature range -20 to 45 degrees",
    "Customer ID 4711-0815-2023", "Serial no. 2023 0612 8841", "Postcode field left empty on the form.",
    "Call me on Monday 15.03.2024 at 10:30.", "Phone order 112-4567890-1234567 was cancelled.",
    "Please call about invoice 2024-0042-17.", "Reach me at version 4.2.1.7 of the app, haha.",
    "Tel. hours 09:00-17:30, Mon-Fri.", "From 1 January 2025 the fee is 12,50 €.",
    "Case 00123456 was closed on 2024-02-02.", "Your PIN is 4 digits, your OTP 6: never share them.",
    "Amount due 1 234 567,00 EUR by 30.06.2025.", "Receipt 0012-3456-7890 from store 42.",
    "The flight LH 2024 leaves at 07:15 from gate 12.", "Policy 2024 12345 678 renews in May.",
    "Mobile app version 7.12.0 (build 70120) crashes.", "SKU 400638133393 is out of stock.",
    "Account no: 00012345678 at the branch.", "WhatsApp group 2024 has 312 members.",
]
for t in FRIENDS:
    add(t, [], region=R.choice(["US", "GB", "DE", None]))
for k in range(12):
    nat = national(R.choice(["GB", "DE", "FR"]))[0]
    # the same digits as part of a longer identifier are not a phone number
    add(f"Order reference {nat.replace(' ', '')}{digits(4)}-X was refunded.", [], region="GB")

# ---- cards: 15-digit Amex and one card written three ways -----------------------------------------------
def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for check in string.digits:
        n = body + check
        s = 0
        for i, d in enumerate(reversed(n)):
            v = int(d) * (2 if i % 2 else 1)
            s += v - 9 if v > 9 else v
        if s % 10 == 0:
            return n


CARD_T = ["My card {c} was charged twice.", "Amex: {c}", "card number {c}, exp 08/27", "Please refund to {c}.",
          "I used {c} for the booking."]
for k in range(16):
    n = luhn_complete(R.choice(["34", "37"]), 15)
    c = R.choice([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    add(R.choice(CARD_T).format(c=c), [("CREDIT_CARD", c)], region="US")
for k in range(10):
    n = luhn_complete(R.choice(["4", "51", "2221", "6011"]), 16)
    ways = [n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)),
            ".".join(n[i:i + 4] for i in range(0, 16, 4))]
    R.shuffle(ways)
    a, b, c = ways[:3]
    add(f"The card is {a}. On the statement it shows as {b} and the app says {c}.",
        [("CREDIT_CARD", a), ("CREDIT_CARD", b), ("CREDIT_CARD", c)], region="US")
for t in ["Order 3712 345678 90123 is late.", "Reference 340000000000000", "Invoice 3700-000000-00000"]:
    add(t, [], region="US")

# ---- IPv6 compressed forms ------------------------------------------------------------------------------
IP6 = ["::1", "::", "fe80::1%eth0", "fe80::a00:27ff:fe4e:66a1%en0", "::ffff:192.0.2.1", "::ffff:198.51.100.7",
       "2001:db8::/64", "2001:db8:abcd:12::1/64", "2001:db8::1", "fe80::1", "2001:db8:0:0:1::/80", "ff02::1"]
for ip in IP6:
    for t in ["The service listens on {ip} only.", "Login from {ip} at 03:14, not me.", "ip: {ip}",
              "Blocked address {ip} in the firewall"]:
        add(t.format(ip=ip), [("IP_ADDRESS", ip)], region="US")
for t in ["std::vector<int> and std::map in the SDK", "Use Foo::Bar.new in Ruby", "ratio 16:9 at 10:30:00",
          "See section a::b of the spec", "Error: :: unexpected token", "Time 12:34:56.789"]:
    add(t, [], region="US")

# ---- punycode email domains -----------------------------------------------------------------------------
PUNY = ["xn--mnchen-3ya.de", "xn--bcher-kva.example", "xn--80ak6aa92e.com", "shop.xn--p1ai", "xn--fiqs8s.xn--fiqz9s",
        "mail.xn--zrich-kva.ch"]
for d in PUNY:
    for k in range(2):
        f, l = name()
        e = f"{f.lower()}.{l.lower()}@{d}"
        add(R.choice(["Please write to {e}.", "My address: {e}", "cc {e} on the reply"]).format(e=e),
            [("EMAIL", e)], region=None)
add("The domain xn--mnchen-3ya.de is ours.", [], region=None)

# ---- SSNs without separators or with dots, near a context word --------------------------------------------
def ssn():
    a = R.choice([x for x in range(1, 899) if x != 666])
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


for k in range(16):
    a, g, s = ssn()
    v = R.choice([a + g + s, f"{a}.{g}.{s}"])
    t = R.choice(["SSN {v}", "my social security number is {v}", "SSN:{v}", "Social: {v} (for the tax form)",
                  "SS# {v}", "social security no. {v}"])
    add(t.format(v=v), [("US_SSN", v)], region="US")
for t in ["Version 123.45.6789 released.", "Order 123456789 shipped.", "Lot 123.45.6789 in stock"]:
    add(t, [], region="US")

# ---- IBANs with dashes, lower case, countries missing from the length table ------------------------------
def iban(country, length):
    bban = digits(length - 4)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def groups(i, sep):
    return sep.join(i[k:k + 4] for k in range(0, len(i), 4))


for k in range(10):
    i = iban(*R.choice([("DE", 22), ("AT", 20), ("NL", 18)]))
    v = R.choice([groups(i, "-"), groups(i, " ").lower(), i.lower(), groups(i, "-").lower()])
    add(R.choice(["IBAN {v}", "Please refund to {v}.", "account: {v}"]).format(v=v), [("IBAN", v)], region="DE")
# countries that joined the registry later (lengths from the registry)
for country, length in [("RU", 33), ("LY", 25), ("SD", 18), ("BI", 27), ("DJ", 27), ("MN", 20), ("NI", 28),
                        ("OM", 23), ("SO", 23), ("YE", 30), ("FK", 18), ("HN", 28)]:
    i = iban(country, length)
    v = R.choice([i, groups(i, " ")])
    add(R.choice(["IBAN {v}", "Bank details: {v}", "Please pay into {v}"]).format(v=v), [("IBAN", v)], region=None)
for t in ["ab12 cdef 3456 is the licence key", "Ticket de-12-34-56 resolved", "ref gb33-bukb-2020-1555"]:
    add(t, [], region="DE")

# ---- PERSON and ADDRESS in running text, no cue ---------------------------------------------------------
for k in range(40):
    f, l = name()
    t = R.choice(["I already talked to {n} from your sales department.", "{n} said the refund would take a week.",
                  "My neighbour {n} signed for the parcel.", "Yesterday {n} called me about the contract.",
                  "The account belongs to {n}, my late father.", "Could you ask {n} to call me back?",
                  "I spoke with {n} on the phone last Tuesday.", "According to {n}, the fee was waived.",
                  "Please add {n} as a second card holder.", "{n} and I share the account."])
    add(t.format(n=f"{f} {l}"), [("PERSON", f"{f} {l}")], region="US")
for t in ["Our Customer Service team in New York was great.", "I use Google Chrome on Windows.",
          "Black Friday sales ended on Monday Morning.", "The Premium Plan includes Apple Pay.",
          "Please Note: Account Settings changed.", "I moved from United Kingdom to South Africa.",
          "Maria Theresa Square is lovely in May.", "Grace Hopper Day is a holiday at our office."]:
    add(t, [], region="US")

STREETS = ["Elm", "Baker", "Willow", "Kingsley", "Harbour", "Chestnut", "Linden", "Mill", "Station", "Victoria"]
TYPES = ["Street", "Road", "Avenue", "Lane", "Drive", "Close", "Way", "Place", "Crescent", "Terrace"]
CITIES = ["Springfield", "Leeds", "Bristol", "Austin", "Denver", "Cork"]
for k in range(30):
    v = f"{R.randint(1, 999)} {R.choice(STREETS)} {R.choice(TYPES)}"
    if k % 3 == 0:
        v += f", {R.choice(CITIES)}"
    t = R.choice(["The parcel is at {a} with my neighbour.", "We are at {a} now, next to the bakery.",
                  "Is {a} in your delivery area?", "The old flat at {a} is empty now.",
                  "It went to {a} instead of my house."])
    add(t.format(a=v), [("ADDRESS", v)], region=R.choice(["US", "GB"]))
for k in range(8):
    v = R.choice([f"{R.choice(['Linden', 'Garten', 'Berg', 'Schiller'])}straße {R.randint(1, 99)}",
                  f"{R.randint(1, 99)} rue {R.choice(['de la Paix', 'Victor Hugo', 'des Lilas'])}"])
    add(f"Die Lieferung ging an {v} statt an meine Adresse.", [("ADDRESS", v)], region="DE")

# hand-written running text in the shapes of real support mail, with names and streets that appear
# nowhere else in this file (written once, before the name recogniser was built; not tuned to it)
RUNNING = [
    ("Your driver, I think his name was Kwame Mensah, left the parcel in the rain.", [("PERSON", "Kwame Mensah")]),
    ("> Priyanka Sharma from billing promised a callback that never came", [("PERSON", "Priyanka Sharma")]),
    ("we were told by Jonathan Whitfield that the fee would be refunded", [("PERSON", "Jonathan Whitfield")]),
    ("My mother, Helga Baumann, is the second holder on the account.", [("PERSON", "Helga Baumann")]),
    ("cc'ing my accountant Roberto Esposito who handles the invoices", [("PERSON", "Roberto Esposito")]),
    ("Chinedu Okeke (my flatmate) also never got his card.", [("PERSON", "Chinedu Okeke")]),
    ("The letter was addressed to Ingrid van der Meer but she moved out.", [("PERSON", "Ingrid van der Meer")]),
    ("Please send the forms to Fatima Al-Sayed, she has power of attorney.", [("PERSON", "Fatima Al-Sayed")]),
    ("spoke to Declan on the phone and he said to email instead", [("PERSON", "Declan")]),
    ("I think my colleague Agnieszka already reported this", [("PERSON", "Agnieszka")]),
    ("Yuki Tanabe and Hiroshi Mori both saw the charge.", [("PERSON", "Yuki Tanabe"), ("PERSON", "Hiroshi Mori")]),
    ("as Dr. Ahmed said, the appointment is on Friday", [("PERSON", "Ahmed")]),
    ("the account is in the name of Marie-Claire Fontaine", [("PERSON", "Marie-Claire Fontaine")]),
    ("Can you confirm whether Samuel O'Connor is still listed as a director?", [("PERSON", "Samuel O'Connor")]),
    ("The agent, Lucia Fernandez, was very helpful.", [("PERSON", "Lucia Fernandez")]),
    ("I'm writing on behalf of my father Tadeusz Wisniewski who is in hospital.", [("PERSON", "Tadeusz Wisniewski")]),
    ("According to Rebecca Thornton the upgrade is free.", [("PERSON", "Rebecca Thornton")]),
    ("Thanks to Mohammed for sorting it out so quickly!", [("PERSON", "Mohammed")]),
    ("please ask Oluwaseun Adeyemi to ring me back", [("PERSON", "Oluwaseun Adeyemi")]),
    ("Both Sven Larsson and I are locked out.", [("PERSON", "Sven Larsson")]),
    ("Ship it to 48 Primrose Hill Road, not the office.", [("ADDRESS", "48 Primrose Hill Road")]),
    ("my new place is 1207 Magnolia Avenue, Apt 3B, Tampa, FL 33602", [("ADDRESS", "1207 Magnolia Avenue, Apt 3B, Tampa, FL 33602")]),
    ("The courier went to 9 Wellington Crescent by mistake.", [("ADDRESS", "9 Wellington Crescent")]),
    ("Bitte an Kastanienallee 23, 10435 Berlin schicken.", [("ADDRESS", "Kastanienallee 23, 10435 Berlin")]),
    ("Je suis au 14 rue des Martyrs, 75009 Paris depuis mars.", [("ADDRESS", "14 rue des Martyrs, 75009 Paris")]),
    ("La consegna era per Via Garibaldi 18, ma non è arrivata.", [("ADDRESS", "Via Garibaldi 18")]),
    ("Vivo en Calle de Serrano 41, tercero.", [("ADDRESS", "Calle de Serrano 41")]),
    ("Our warehouse at 5500 Industrial Parkway is closed on Sundays.", [("ADDRESS", "5500 Industrial Parkway")]),
    ("Het pakket ligt bij Prinsengracht 263 bij de buren.", [("ADDRESS", "Prinsengracht 263")]),
    ("it was delivered to 77 Ashgrove Lane instead of number 7", [("ADDRESS", "77 Ashgrove Lane")]),
    # negatives: capitalised words that are not people, numbers that are not streets
    ("We loved the Frank Lloyd Wright House tour.", []),
    ("The Anna Karenina edition arrived damaged.", []),
    ("My Samsung Galaxy keeps crashing after the update.", []),
    ("Can Keep the old plan until March?", []),
    ("I ordered 12 Large Boxes and 3 Small Tape Rolls.", []),
    ("Our 3 Oak Street stores and 2 Elm Road depots are fine.", []),
    ("The Victoria Line was down so I was late.", []),
    ("Mark Down the price please, it was on sale.", []),
    ("Happy Christmas from all of us at Northwind!", []),
    ("I watched Amazon Prime on my Apple TV.", []),
]
for text, ents in RUNNING:
    add(text, ents, region="US", tag="run")

# ---- names in running text by category (issue 13, second round) ------------------------------------------
# Written before the second round of name rules, from the categories the external sets missed: verbs
# of speaking and contact, titles, lower case, names of many cultures, a name alone after a cue, names
# introduced by their owner, capitals; every category with its false friends (companies, products,
# places, dates, months, amounts, capitalised sentence openers). Own random stream, so the cases above
# stay as they were.
R2 = random.Random(20260513)
PEOPLE = [("Alejandra", "Ramírez"), ("Joaquín", "Herrera"), ("Valentina", "Castro"), ("Diego", "Morales"),
          ("Ximena", "Gutiérrez"), ("Thiago", "Azevedo"), ("Larissa", "Carvalho"), ("Gonçalo", "Pereira"),
          ("Francesca", "Bianchi"), ("Giulio", "Ferraro"), ("Amélie", "Lefèvre"), ("Théo", "Girard"),
          ("Jürgen", "Hoffmann"), ("Annika", "Schulz"), ("Lukas", "Becker"), ("Sanne", "de Vries"),
          ("Joost", "Bakker"), ("Astrid", "Lindqvist"), ("Mikkel", "Rasmussen"), ("Aino", "Virtanen"),
          ("Małgorzata", "Wójcik"), ("Krzysztof", "Zieliński"), ("Olena", "Kovalenko"), ("Dmitry", "Sokolov"),
          ("Natalia", "Ivanova"), ("Eleni", "Papadakis"), ("Giorgos", "Nikolaidis"), ("Elif", "Yıldız"),
          ("Emre", "Kaya"), ("Youssef", "El Amrani"), ("Layla", "Haddad"), ("Khalid", "Al-Mansouri"),
          ("Noor", "Saleh"), ("Arash", "Karimi"), ("Shirin", "Farahani"), ("Noa", "Levi"),
          ("Yonatan", "Friedman"), ("Ananya", "Iyer"), ("Rohan", "Kapoor"), ("Farhan", "Chowdhury"),
          ("Lakshmi", "Venkatesan"), ("Harpreet", "Gill"), ("Imran", "Qureshi"), ("Wei", "Zhang"),
          ("Xiaoming", "Liu"), ("Jiho", "Park"), ("Minji", "Kim"), ("Haruto", "Yamamoto"),
          ("Yuna", "Takahashi"), ("Thanh", "Nguyen"), ("Linh", "Tran"), ("Budi", "Santoso"),
          ("Siti", "Rahman"), ("Somchai", "Wongsakul"), ("Maricel", "Reyes"), ("Ngozi", "Okafor"),
          ("Kwabena", "Asante"), ("Thandiwe", "Dlamini"), ("Abebe", "Tesfaye"), ("Wanjiru", "Kamau"),
          ("Fatou", "Diallo"), ("Amadou", "Traoré"), ("Hodan", "Abdi"), ("Megan", "Thompson"),
          ("Callum", "Fraser"), ("Siobhan", "Kelly"), ("Tyrone", "Jackson"), ("Brittany", "Walsh"),
          ("Aroha", "Ngata"), ("Lucía", "Paredes")]


def person():
    return R2.choice(PEOPLE)


CATEGORIES = {
    # a verb of speaking before or after the name
    "said": ["\"We will refund it this week,\" said {n}.", "{n} said the card would arrive on Friday.",
             "The refund was approved, {n} told me.", "{n} confirmed the transfer went through.",
             "as {n} explained on the call, the fee is waived", "{n} mentioned that the branch had closed.",
             "I was told by {n} that nothing was wrong."],
    # a verb of contact before the name
    "contact": ["I spoke to {n} yesterday about the charge.", "I talked with {n} on Monday.",
                "Please ask {n} to call me back.", "I have already emailed {n} twice.",
                "I was transferred to {n} in the fraud team.", "can you forward this to {n}?",
                "I contacted {n} last week but heard nothing.", "We met {n} at the branch.",
                "I dealt with {n} last time and she was great.", "please reach out to {n} directly"],
    # a title before a surname or a full name
    "title": ["Please ask Dr. {s} about the letter.", "Mr {s} from your office rang me.",
              "I have a letter from Ms. {f} {s} dated last week.", "Prof. {s} needs the invoice.",
              "Mrs {s} is the account holder.", "The form was signed by Dr {f} {s}."],
    # the owner introducing the name
    "intro": ["My name is {f} {s} and my card was declined.", "This is {f} {s}, I called earlier.",
              "Hello, I am {f} {s} and I need a new PIN.", "I'm {f} {s}, the second account holder."],
    # a name at the start of a sentence, no cue
    "start": ["{f} {s} called me yesterday about the account.", "{f} {s} and I share this card.",
              "{f} {s} will collect the card tomorrow."],
    # a given name alone after a relation or a verb of contact
    "lone": ["My colleague {f} already reported it.", "my husband {f} cannot log in either",
             "Thanks to {f} for the quick reply!", "I spoke to {f} this morning.",
             "Your agent {f} promised a callback.", "Please ask {f} to check.",
             "my daughter {f} uses the card too"],
}
for cat, templates in CATEGORIES.items():
    for k in range(24):
        f, s_ = person()
        t = R2.choice(templates)
        full = f"{f} {s_}"
        if "{n}" in t:
            text, value = t.format(n=full), full
        elif "{f}" in t and "{s}" in t:
            text, value = t.format(f=f, s=s_), full
        elif "{s}" in t:
            text, value = t.format(s=s_), s_
        else:
            text, value = t.format(f=f), f
        add(text, [("PERSON", value)], region=R2.choice(["US", "GB", None]), tag=f"name-{cat}-")

# lower case, the way some people write whole mails
LOWER = ["i spoke to {n} yesterday and she said it was fixed", "my wife {n} also has a card on this account",
         "{n} said the money would be back in 3 days", "please ask {n} to call me",
         "hi, my name is {n} and i cant log in", "thanks {f}, that worked", "i talked to {f} on the phone",
         "can you put {n} on the account too?"]
for k in range(24):
    f, s_ = person()
    t = R2.choice(LOWER)
    if "{n}" in t:
        value = f"{f} {s_}".lower()
        text = t.format(n=value)
    else:
        value = f.lower()
        text = t.format(f=value)
    add(text, [("PERSON", value)], region="US", tag="name-lower-")

# names in capitals
for k in range(8):
    f, s_ = person()
    value = f"{f} {s_}".upper()
    t = R2.choice(["ACCOUNT HOLDER: {n}", "PLEASE CALL {n} ASAP", "Regards,\n{n}\n"])
    add(t.format(n=value), [("PERSON", value)], region="US", tag="name-caps-")

# false friends: the same cues before companies, teams, products, places, dates and amounts; capitalised
# sentence openers that are also given names
NOT_PEOPLE = [
    "I spoke to Customer Services yesterday about the charge.", "I called Barclays and they said to email you.",
    "Please ask Apple Support to call me back.", "I was transferred to Fraud Prevention twice.",
    "I have already emailed PayPal twice.", "\"We will refund it this week,\" said the Bank.",
    "Amazon said the card would arrive on Friday.", "Wells Fargo confirmed the transfer went through.",
    "I talked with Morgan Stanley on Monday.", "We met at Santa Monica Pier last summer.",
    "I moved to San Diego in March.", "The card arrived in Sydney on Tuesday.",
    "My flight to Jordan was cancelled, please refund it.", "I paid £45.00 to Virgin Media on 3 June.",
    "USD 120 went to Tesla Motors instead.", "Thanks to Google Pay the payment went through.",
    "I bought a Samsung Galaxy and an Apple Watch.", "My Ford Fiesta insurance was charged twice.",
    "The Mercedes Benz dealer charged my card.", "Will you refund the fee?", "May I ask why the card was blocked?",
    "Grace period ends on Friday according to the letter.", "Frank question: why was I charged?",
    "Bill me monthly, not yearly.", "Rose Gold iPhone cases are out of stock.",
    "April Fools jokes aside, this is serious.", "Summer Sale prices were not applied.",
    "Mark the ticket as urgent please.", "Since May the app has crashed every day.",
    "On Monday March 3 I was charged again.", "i spoke to customer service yesterday and they said to wait",
    "please ask the manager to call me", "i talked to someone on the phone", "they said my card was blocked",
    "I spoke to your team in Dublin.", "Ask Siri or Alexa, they will not help either.",
    "My name is on the account but the card was declined.", "This is Urgent, please reply today.",
    "I am Writing to complain about the fee.", "Dr. Martens boots were charged twice.",
    "the St. Patrick's Day offer did not apply", "We visited Victoria Falls and Lake Como.",
    "Customer Support told me the fix is in Version 12.", "The Premier League tickets were refunded.",
]
for t in NOT_PEOPLE:
    add(t, [], region=R2.choice(["US", "GB"]), tag="name-not-")

# ---- street addresses in running text without a cue ----------------------------------------------------------
ADDRESSES = [
    ("US", "1600 Amphitheatre Pkwy, Mountain View, CA 94043"), ("US", "350 Fifth Ave, New York, NY 10118"),
    ("US", "742 Evergreen Terrace, Springfield, OR 97477"), ("US", "2200 N Lamar Blvd Apt 210, Austin, TX 78705"),
    ("US", "55 W 46th St, Suite 1200, New York, NY 10036"), ("US", "PO Box 4410, Boise, ID 83711"),
    ("US", "P.O. Box 1234"), ("US", "8 Harbor View Dr, Unit 5, Portland, ME 04101"),
    ("GB", "221B Baker Street, London NW1 6XE"), ("GB", "Flat 3, 12 Oakfield Road, Bristol BS8 2AX"),
    ("GB", "10 Downing St, London SW1A 2AA"), ("GB", "Apartment 14, 3 Quayside Mews, Leeds LS1 4DY"),
    ("GB", "PO Box 77, Manchester M60 1QD"), ("IE", "15 Fitzwilliam Quay, Dublin 4"),
    ("CA", "123 Main St W, Toronto, ON M5V 2T6"), ("AU", "Unit 7, 22 George Street, Sydney NSW 2000"),
    ("DE", "Hauptstraße 5, 80331 München"), ("DE", "Am Markt 3, 28195 Bremen"), ("DE", "Postfach 10 11 12, 50451 Köln"),
    ("FR", "99 rue de Rivoli, 75001 Paris"), ("FR", "12 avenue Jean Jaurès, 69007 Lyon"),
    ("NL", "Kerkstraat 12, 1017 GC Amsterdam"), ("IT", "Via Roma 10, 00184 Roma"),
    ("ES", "Calle Mayor 3, 28013 Madrid"), ("PL", "ul. Marszałkowska 10/12, 00-590 Warszawa"),
    ("SE", "Storgatan 5, 114 51 Stockholm"), ("PT", "Rua Augusta 100, 1100-053 Lisboa"),
    ("AT", "Mariahilfer Straße 77, 1060 Wien"), ("CH", "Bahnhofstrasse 21, 8001 Zürich"),
    ("BE", "Rue Neuve 45, 1000 Bruxelles"),
]
ADDRESS_TEMPLATES = ["Please send the new card to {a}.", "I have moved to {a} since last month.",
                     "The parcel was left at {a} by mistake.", "My billing address is now {a}, thanks.",
                     "we are at {a} – can you deliver there?"]
for region, a in ADDRESSES:
    add(R2.choice(ADDRESS_TEMPLATES).format(a=a), [("ADDRESS", a)], region=region, tag="addr-")
# multi-line addresses in signatures
SIG_ADDRESSES = [("GB", "Harbour House\n12 Quay Street\nBristol BS1 4RN"),
                 ("US", "4400 Commerce Blvd\nSuite 300\nDallas, TX 75201"),
                 ("DE", "Lindenallee 8\n10115 Berlin\nGermany"), ("IE", "Unit 4, Park West\nDublin 12\nIreland"),
                 ("US", "P.O. Box 9021\nSeattle, WA 98109"), ("FR", "3 place Bellecour\n69002 Lyon\nFrance")]
for region, a in SIG_ADDRESSES:
    f, s_ = person()
    add(f"Hello,\n\nplease update my details.\n\nRegards,\n{f} {s_}\n{a}\n", [("ADDRESS", a), ("PERSON", f"{f} {s_}")],
        region=region, tag="addr-sig-")
NOT_ADDRESSES = ["I ordered 12 Large Boxes from your shop.", "We need 24 Hour Support for 3 Main Office users.",
                 "It cost 15 Euros at the station.", "Windows 10 Home Edition keeps crashing.",
                 "Room 101 of the hotel was fine.", "I have 2 Factor Authentication enabled.",
                 "The 3 Musketeers bar was stale.", "Chapter 11 Bankruptcy filings are public.",
                 "Order 45 Blue Street Lamps was cancelled.", "Our 5 Star Review still stands.",
                 "Box 3 of 4 was missing.", "Flight BA 117 to New York was delayed."]
for t in NOT_ADDRESSES:
    add(t, [], region=R2.choice(["US", "GB"]), tag="addr-not-")

json_lines = [json.dumps(c, ensure_ascii=False) for c in cases]
out = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/pii/eval-forms.jsonl"
with open(out, "w", encoding="utf-8") as fh:
    fh.write("\n".join(json_lines) + "\n")
print(f"{len(json_lines)} cases -> {out}")
