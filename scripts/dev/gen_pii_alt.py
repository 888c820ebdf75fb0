#!/usr/bin/env python3
"""Writes src/test/resources/pii/eval-alt.jsonl: a second-author PII set.

Written from the jsonl format and the type list of docs/pii.md only, before reading the
recognisers or the other generators, so it measures how detection generalises to the ways
customers write personal data rather than the ways the recognisers' authors expected it.
Short support-mail snippets: names in running prose and in headers (accents, hyphens,
apostrophes, many cultures, lower case), phones in national and international forms of
nine countries, cards, IBANs, addresses of six countries in prose and signatures, dates of
birth in many formats, emails, IPs and MACs, identity numbers after keywords, secrets in
pasted configuration; and negatives that look like them (order and reference numbers,
amounts, other dates, product codes, versions, times, companies, capitalised words).

Expected outcomes decided from docs/pii.md where a reader could hesitate:
* "ending 4242" and other masked cards are no CREDIT_CARD (a card is 12-19 digits).
* "john dot smith at example dot com" is an EMAIL: written out for a person to read back, it
  is the customer's address in clear (the set first left such addresses unlabelled, as
  docs/pii.md then had it; relabelled when the page and the detector took them as EMAIL).
* A UK sort code and account number have no type; they must not be taken for a PHONE.
* A year of birth alone ("born in 1988") is no DATE_OF_BIRTH (that is a date).

A fixed seed keeps the file reproducible: rerun after editing
(python3 scripts/dev/gen_pii_alt.py).
"""

import json
import random

from pii_sets import check_labels, iban, luhn_completed

rng = random.Random(20261205)
cases = []


def add(text, *entities, region=None, names=(), tag="alt"):
    """One case; entities are (type, value) or (type, value, prefix) and every occurrence of
    the value (after the prefix, when given) is expected, as PiiEvaluation reads the file."""
    check_labels(text, entities)
    cases.append(
        {
            "id": f"{tag}{len(cases) + 1:04d}",
            "region": region,
            "names": list(names),
            "text": text,
            "entities": [
                {"type": e[0], "value": e[1], **({"prefix": e[2]} if len(e) > 2 else {})}
                for e in entities
            ],
        }
    )


def nothing(*texts):
    """Cases with nothing to find: the false friends of a type."""
    for text in texts:
        add(text)


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn(prefix, length):
    return luhn_completed(prefix + digits(length - len(prefix) - 1))


def groups(value, size=4, sep=" "):
    return sep.join(value[i : i + size] for i in range(0, len(value), size))


def nhs():
    while True:
        body = digits(9)
        total = sum(int(d) * (10 - i) for i, d in enumerate(body))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            n = body + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


GREETINGS = ["Hi,", "Hello,", "Dear support,", "Good morning,", "hi", "Hey there,"]
BODIES = [
    "The app keeps logging me out since the last update.",
    "I was charged twice this month and would like one payment back.",
    "My parcel still shows as 'in transit' after two weeks.",
    "Could you close my account, please?",
    "The refund you promised has not reached my card yet.",
]


def mail(middle):
    return f"{rng.choice(GREETINGS)}\n\n{rng.choice(BODIES)} {middle}\n\nThanks"


# ---------------------------------------------------------------- names in running prose
prose_names = [
    ("My husband {n} opened the account, so please speak to him too.", "Tomasz Wiśniewski"),
    ("Hi, this is {n} from accounts at the florist on Mill Lane.", "Priya"),
    ("I'm {n} and I placed the order last night.", "Chidi"),
    ("When you call the branch, ask for Mr {n}, he knows the case.", "O'Neill"),
    ("The parcel is addressed to {n}, my business partner.", "Anne-Marie Dubois-Laurent"),
    ("{n} from your Madrid office promised me a callback.", "José Álvarez"),
    ("The card holder is my mother, {n}.", "Nguyễn Thị Lan"),
    ("Please add {n} as a second user on our plan.", "Xu Wei"),
    ("Our finance lead {n} will send the remittance advice.", "Oluwaseun Adeyemi"),
    ("I spoke with {n} on the phone yesterday and she said it was fixed.", "Małgorzata Kowalczyk"),
    ("my daughter {n} uses the tablet, not me", "Aoife Ní Bhriain"),
    ("Your colleague {n} told me to write to this address.", "Søren Kierkegaard-Holm"),
    ("The delivery was signed for by a {n}, whom I do not know.", "Rahul Mehta"),
    ("Can {n} pick the order up on my behalf?", "Fatima Zahra Benali"),
    ("My landlord, {n}, needs a copy of the invoice.", "Giuseppe Russo"),
    ("I was helped by {n} in the Leeds store.", "Bartholomew Adeyemi-Clarke"),
    ("The account is in the name of {n}.", "Dr. Ingrid Svensson"),
    ("Please forward this to {n} in billing.", "Kwame Mensah"),
    ("{n} (my PA) manages my bookings now.", "Hiroshi Tanaka"),
    ("It was {n} who ordered the replacement.", "Ewa Nowak-Zielińska"),
    ("Hello, my name is {n} and I have a question about my bill.", "Lucía Fernández García"),
    ("I am writing on behalf of my father, {n}, who is in hospital.", "Seamus McAllister"),
    ("My wife {n} tried to log in and got locked out.", "Chiamaka Okonkwo"),
    ("Your driver {n} left the parcel in the rain.", "Dmitri Volkov"),
    ("my son {n} made the purchase without asking", "Arjun Raghunathan"),
    ("We were told by {n} that the fee would be waived.", "Camille Lefèvre"),
    ("I have cc'd {n}, who handles our IT.", "Björn Lindqvist"),
    ("Ms {n} at reception can sign for it.", "Achterberg"),
    ("Thanks to {n} for sorting this out so quickly!", "Mohammed Al-Rashid"),
    ("The technician, {n}, said the router was faulty.", "Tadeusz Zalewski"),
    ("I forwarded your email to {n} in our legal team.", "Keiko Watanabe"),
    ("Could {n} call me back? She had the details.", "Siobhán Ó Súilleabháin"),
    ("My partner {n} and I share the subscription.", "Jean-Baptiste Moreau"),
    ("{n} here, following up on the ticket from last week.", "Thandiwe Nkosi"),
    ("I'm writing for my grandmother {n}, she has no email.", "Eleni Papadopoulou"),
    ("the form was filled in by {n} not me", "wei zhang"),
    ("If you need anything else, {n} is my assistant.", "Ravi Shankar Iyer"),
    ("I asked {n} at the counter and he had no idea.", "Pieter van der Berg"),
    ("Can you confirm that {n} is authorised on the account?", "Ximena Quispe"),
    ("Best person to reach is {n}, our office manager.", "Hamish MacLeod"),
]
for template, name in prose_names:
    add(template.format(n=name), ("PERSON", name.removeprefix("Dr. ")))

# Names in headers: quoted From lines, forwarded headers, attributions.
header_names = [
    ('From: "Wiśniewski, Tomasz" <t.wisniewski@example.pl>\nSubject: refund\n\nStill waiting.',
     [("PERSON", "Wiśniewski, Tomasz"), ("EMAIL", "t.wisniewski@example.pl")]),
    ("---------- Forwarded message ---------\nFrom: Oluwaseun Adeyemi <seun.adeyemi@example.ng>\n"
     "Date: Mon, 3 Mar 2025 at 09:12\nSubject: Fwd: broken kettle\nTo: <support@example.com>\n\n"
     "See below.",
     [("PERSON", "Oluwaseun Adeyemi"), ("EMAIL", "seun.adeyemi@example.ng"),
      ("EMAIL", "support@example.com")]),
    ("On Tue, 4 Mar 2025, Anne-Marie Dubois-Laurent <amdl@example.fr> wrote:\n> the order never came",
     [("PERSON", "Anne-Marie Dubois-Laurent"), ("EMAIL", "amdl@example.fr")]),
    ("-----Original Message-----\nFrom: Xu Wei [mailto:xu.wei@example.cn]\nSent: 04 March 2025 10:01\n"
     "To: Support\nSubject: RE: login\n\nthanks",
     [("PERSON", "Xu Wei"), ("EMAIL", "xu.wei@example.cn")]),
    ("> From: José Álvarez\n> Sent: Friday\n> I cannot open the attachment.",
     [("PERSON", "José Álvarez")]),
    ("Le mar. 4 mars 2025 à 10:02, Camille Lefèvre <camille.lefevre@example.fr> a écrit :\n> merci",
     [("PERSON", "Camille Lefèvre"), ("EMAIL", "camille.lefevre@example.fr")]),
    ("Am 04.03.2025 um 10:02 schrieb Jürgen Weiß <j.weiss@example.de>:\n> Danke",
     [("PERSON", "Jürgen Weiß"), ("EMAIL", "j.weiss@example.de")]),
    ("From: Nguyen Thi Lan\nTo: Billing\nSubject: double charge\n\nPlease check.",
     [("PERSON", "Nguyen Thi Lan")]),
]
for text, ents in header_names:
    add(text, *ents)

# Names the header gives as hints, recurring in the body.
add("Hi,\n\nplease change the delivery name to Chidi Okafor.\n\nChidi",
    ("PERSON", "Chidi Okafor"), ("PERSON", "Chidi", "\n\n"), names=["Chidi Okafor"])
add("hello, the account belongs to Rosalind, not to me\n\nrgds\nfrank",
    ("PERSON", "Rosalind"), ("PERSON", "frank"), names=["Frank Delaney"])
add("Dear team, Ms Nakamura-Schmidt is my manager and approves the upgrade.",
    ("PERSON", "Nakamura-Schmidt"), names=["Yumi Nakamura-Schmidt"])

# Names in sign-offs and greetings, several lower case as typed on phones.
signoffs = [
    ("thanks\npriya", "priya"),
    ("cheers,\ntomasz", "tomasz"),
    ("Best wishes,\nOluwaseun", "Oluwaseun"),
    ("Kind regards\n\nSiobhán Kelly\nSent from my iPhone", "Siobhán Kelly"),
    ("Mit freundlichen Grüßen\nKlaus-Dieter Müller", "Klaus-Dieter Müller"),
    ("Cordialement,\nJean-Luc Fontaine", "Jean-Luc Fontaine"),
    ("x\nchidi", "chidi"),
    ("many thanks\nMs. A. Kowalski", "A. Kowalski"),
    ("Regards,\nHenrik Sørensen | Accounts", "Henrik Sørensen"),
    ("ta\nrav", "rav"),
]
for signoff, name in signoffs:
    add(f"Hi,\n\n{rng.choice(BODIES)}\n\n{signoff}", ("PERSON", name))
greetings_named = [
    ("Dear Mrs Adebayo-Ogunleye,", "Adebayo-Ogunleye"),
    ("hi ngozi", "ngozi"),
    ("Hallo Herr Schröder,", "Schröder"),
    ("Bonjour Mme Lefèvre,", "Lefèvre"),
    ("Dear Dr O'Sullivan", "O'Sullivan"),
    ("Hey Jo,", "Jo"),
]
for greeting, name in greetings_named:
    add(f"{greeting}\n\nthanks for the quick answer, that worked.", ("PERSON", name))

# Negatives for names: companies, places, products, capitalised words, days and months.
nothing(
    "I bought it at Marks & Spencer and they sent me to you.",
    "Johnson Controls installed the thermostat last year.",
    "The meeting is at Victoria Station at noon.",
    "We ship to Jordan and Chad but not to Georgia.",
    "Please Advise Urgently: Order Not Received",
    "Will you be open on Good Friday?",
    "I paid with Apple Pay and the Wells Fargo card.",
    "Morgan Stanley is our auditor, they need the statements.",
    "The Rose Garden Café order was wrong again.",
    "Grant access to the shared folder, please.",
    "Bill me for the upgrade in April instead of May.",
    "Sterling Silver Bracelet, size M, arrived scratched.",
    "The Austin office and the Sydney office both use your tool.",
    "My Samsung Galaxy will not pair with the Ford Focus.",
    "Mercedes-Benz financing asked for a letter from you.",
    "Dear Customer Services Team,\n\nthe hoover is broken.\n\nRegards,\nHarbour Lights Guest House",
    "Hi Accounts Payable,\n\nattached is our remittance.\n\nThanks,\nNorthgate Plumbing Ltd",
    "Best Buy said the warranty is with you.",
    "Amber Alert settings keep turning on by themselves.",
    "Happy New Year! Quick Question About Invoices.",
)

# ---------------------------------------------------------------- phones
phone_forms = [
    ("call me on {p} after 5", "020 7946 0018", "GB"),
    ("mob: {p}", "07700 900 123", "GB"),
    ("Tel: {p}", "+44 (0)20 7946 0018", None),
    ("You can reach me at {p} ext. 23.", "(512) 555-0147", "US"),
    ("my cell is {p}", "512.555.0199", "US"),
    ("Phone {p} (office)", "+49 30 901820", None),
    ("Tel. {p}", "0049 (0)30 4050 6070", None),
    ("WhatsApp {p}", "+33 6 12 34 56 78", None),
    ("Whatsapp me on {p}", "+91 98765 43210", None),
    ("tel./fax {p}", "01 42 68 53 00", "FR"),
    ("Mobil: {p}", "0151 2345 6789", "DE"),
    ("Rufnummer {p}", "030 12 34 56 78", "DE"),
    ("bel me op {p}", "06-12345678", "NL"),
    ("Telefoon: {p}", "+31 20 123 4567", None),
    ("ph {p}", "0412 345 678", "AU"),
    ("Phone: {p}", "(02) 9876 5432", "AU"),
    ("ring me: {p}", "07911123456", "GB"),
    ("my number is {p}", "+1-646-555-0123", None),
    ("text me at {p}", "646 555 0188", "US"),
    ("landline {p}", "0161 496 0735", "GB"),
    ("cell: {p}", "+1 (415) 555-2671", None),
    ("call {p}", "+353 87 123 4567", None),
    ("reach me on {p} any time", "087 123 4567", "IE"),
    ("Mobile - {p}", "+44 7700 900456", None),
    ("on {p}", "0044 20 7123 4567", None),
    ("portable : {p}", "06.12.34.56.78", "FR"),
    ("Handy {p}", "+49 (0)171 234 5678", None),
    ("numer {p}", "+48 512 345 678", None),
]
for template, number, region in phone_forms:
    add(mail(template.format(p=number)), ("PHONE", number), region=region)
# Phones in prose, several at once, and without a cue word.
add("Either 07700 900 456 or the office on 020 7946 0321 is fine, I'm in all day.",
    ("PHONE", "07700 900 456"), ("PHONE", "020 7946 0321"), region="GB")
add("If I'm not there my wife picks up 0412 987 654.", ("PHONE", "0412 987 654"), region="AU")
add("Office (617) 555-0134 / cell (617) 555-0172", ("PHONE", "(617) 555-0134"),
    ("PHONE", "(617) 555-0172"), region="US")
add("Mark Henderson\nSenior Buyer, Northwind Traders\nT +44 113 496 0123\nM +44 7700 900789",
    ("PERSON", "Mark Henderson"), ("PHONE", "+44 113 496 0123"), ("PHONE", "+44 7700 900789"))
# Negatives for phones: numbers of other kinds.
phone_negatives = [
    "Order #112-4567890 has not shipped.",
    "Your invoice INV-2025-0012345 shows the wrong VAT.",
    "Tracking number 1Z999AA10123456784 says delivered.",
    "Case 01234567 was closed without an answer.",
    "I paid £1,234.56 on 03/04/2025 at 14:30.",
    "The total was € 1 234 567,00 which cannot be right.",
    "Serial S/N 5CD1234XYZ, model 15-dw3033.",
    "Barcode 4006381333931 on the box is torn.",
    "Sort code 20-00-00, account 55779911, please refund there.",
    "Firmware 10.2.3.4567 crashes on boot.",
    "Opening hours 09:00-17:30, Mon-Fri.",
    "Policy number 0081 2234 5567 renewed in January.",
    "Reference 2025 0304 1122 on the bank statement.",
    "The meeting was moved to 2025-03-04 10:00-11:30.",
    "Customer number 204 556 7781 in your system.",
    "Parcel weight 2.345 kg, dimensions 30 x 20 x 15 cm.",
    "build 22631.2861 of Windows 11",
    "ISBN 978-3-16-148410-0 is the wrong edition.",
]
for text in phone_negatives:
    add(text, region=rng.choice(["GB", "US", None]))

# ---------------------------------------------------------------- cards
visa = luhn("4", 16)
mc = luhn("5", 16)
amex = luhn("37", 15)
card_forms = [
    ("my card is {c}", groups(visa, 4, " ")),
    ("card no. {c} exp 09/27", groups(luhn("4", 16), 4, " ")),
    ("please charge {c}", mc),
    ("the Amex {c} was declined", f"{amex[:4]} {amex[4:10]} {amex[10:]}"),
    ("Card: {c}", groups(luhn("4", 16), 4, "-")),
    ("use the mastercard {c} instead", groups(luhn("5", 16), 4, " ")),
    ("number {c} cvv on the back", groups(luhn("4", 16), 4, ".")),
    ("I typed {c} and got an error", luhn("4", 16)),
]
for template, card in card_forms:
    add(mail(template.format(c=card)), ("CREDIT_CARD", card))
nothing(
    "The card ending 4242 was charged twice.",
    "Card: **** **** **** 4242, expiry 08/26",
    "I used XXXX-XXXX-XXXX-1881 for the order.",
    "card number ends in 0005",
    f"Refund reference {digits(16)} please keep it.",
    "Gift card code 6006 4910 2233 4412 does not work.",
)

# ---------------------------------------------------------------- IBANs
ibans = [
    iban("DE", digits(18)),
    iban("GB", "NWBK" + digits(14)),
    iban("FR", digits(23)),
    iban("NL", "ABNA" + digits(10)),
    iban("ES", digits(20)),
    iban("BE", digits(12)),
    iban("IE", "AIBK" + digits(14)),
]
iban_forms = [
    ("IBAN: {i}", lambda v: groups(v)),
    ("my iban is {i}", lambda v: groups(v).lower()),
    ("Kontoverbindung {i}", lambda v: v),
    ("pay into {i} please", lambda v: groups(v)),
    ("IBAN {i} (BIC ABNANL2A)", lambda v: groups(v)),
    ("Compte : {i}", lambda v: groups(v)),
    ("account {i}", lambda v: v.lower()),
]
for (template, form), value in zip(iban_forms, ibans):
    add(mail(template.format(i=form(value))), ("IBAN", form(value)))
add("BIC DEUTDEFF, reference DE-2025-000123, amount 49.99 EUR")

# ---------------------------------------------------------------- addresses
addresses = [
    ("I live at {a} and the courier went next door.", "14 Elmwood Close, Reading"),
    ("Please send the replacement to {a}.", "Flat 2, 47 Kingsley Road, Leeds LS6 2AB"),
    ("New address: {a}", "221 W 38th St, Apt 4B, New York, NY 10018"),
    ("Ship to {a} instead", "3120 Maple Ridge Dr, Plano, TX 75023"),
    ("Lieferadresse: {a}", "Hauptstr. 5, 80331 München"),
    ("Bitte an {a} schicken.", "Schillerstraße 27a, 04109 Leipzig"),
    ("Adresse : {a}", "12, rue des Lilas, 75011 Paris"),
    ("nouvelle adresse {a}", "27 avenue Jean Jaurès, 69007 Lyon"),
    ("mijn adres is {a}", "Prinsengracht 263, 1016 GV Amsterdam"),
    ("Deliver to {a} please", "Unit 5/23 Smith St, Fitzroy VIC 3065"),
    ("We moved to {a} in January.", "42 Wallaby Way, Sydney NSW 2000"),
    ("the old address was {a}", "9 Kerkstraat, 3511 LX Utrecht"),
    ("My billing address is {a}.", "1550 Oak Hollow Lane, Marietta, GA 30062"),
    ("Return it to {a}", "PO Box 118, Hobart TAS 7001"),
]
for template, address in addresses:
    add(mail(template.format(a=address)), ("ADDRESS", address))
signature_addresses = [
    ("Sophie Marchand\n14 bis, boulevard Voltaire\n75011 Paris\nFrance",
     "14 bis, boulevard Voltaire\n75011 Paris", "Sophie Marchand"),
    ("Liam Gallagher\n56 Cedar Grove\nManchester M20 6RL", "56 Cedar Grove\nManchester M20 6RL",
     "Liam Gallagher"),
    ("Dr. Anneliese Vogt\nKastanienweg 14\n50667 Köln", "Kastanienweg 14\n50667 Köln",
     "Anneliese Vogt"),
    ("Ruth Okafor\n1802 Sycamore Ave, Apt 3\nPortland, OR 97214",
     "1802 Sycamore Ave, Apt 3\nPortland, OR 97214", "Ruth Okafor"),
    ("Jan de Vries\nLaan van Meerdervoort 112\n2517 AT Den Haag",
     "Laan van Meerdervoort 112\n2517 AT Den Haag", "Jan de Vries"),
]
for block, address, name in signature_addresses:
    add(f"Hi,\n\n{rng.choice(BODIES)}\n\nKind regards,\n{block}",
        ("ADDRESS", address), ("PERSON", name))
nothing(
    "We need 12 Large Boxes and 3 Small Envelopes.",
    "Meet me at Gate 12, Terminal 5.",
    "Room 204 on Floor 3 has no heating.",
    "Chapter 11 of the manual covers this.",
    "I have 2 Oak Tables and 6 Chairs on order.",
    "Windows 11 Pro 23H2 on a Dell XPS 15.",
    "Flight BA 117 lands at 14:05.",
    "Version 3 Main Menu still shows the old logo.",
)

# ---------------------------------------------------------------- dates of birth
dobs = [
    ("DOB 03/04/1988", "03/04/1988"),
    ("I was born on 4 March 1988.", "4 March 1988"),
    ("Geburtsdatum: 04.03.1988", "04.03.1988"),
    ("date of birth is 1988-03-04", "1988-03-04"),
    ("d.o.b: 4/3/88", "4/3/88"),
    ("my birthday is the 4th of March 1988", "4th of March 1988"),
    ("né le 4 mars 1988 à Lyon", "4 mars 1988"),
    ("Date of Birth - 17 Sept 1972", "17 Sept 1972"),
    ("DOB: Jan 9, 2001", "Jan 9, 2001"),
    ("born 12-Nov-1965", "12-Nov-1965"),
    ("birth date 1990/07/21", "1990/07/21"),
    ("Geboren am 21. Juli 1990", "21. Juli 1990"),
]
for sentence, value in dobs:
    add(mail(f"For verification: {sentence}"), ("DATE_OF_BIRTH", value))
nothing(
    "I ordered on 03/04/2025 and it arrived on 4 March 2025.",
    "The card expires 09/27.",
    "I was born in 1988, if that helps.",
    "Delivery date: 12.03.2025",
    "Your email of 17 Sept 2024 said otherwise.",
    "My son's birthday party is on 21 July, I need it before.",
)

# ---------------------------------------------------------------- emails
emails = [
    ("Reply to {e} please", "Priya.Sharma@Example.co.uk"),
    ("my new email is {e}.", "tomasz.w+shop@example.pl"),
    ("(work: {e})", "j.oneill@corp.example.com"),
    ("send it to <{e}>", "chidi_okafor@example.ng"),
    ("Email:{e}", "info@bakery-example.de"),
    ("my login {e} does not work", "xu.wei1990@example.cn"),
]
for template, value in emails:
    add(mail(template.format(e=value)), ("EMAIL", value))
# Addresses written out for a person to read back are the customer's address in clear: EMAIL
# since docs/pii.md says so (they were this set's known gap before).
add("my email is john dot smith at example dot com", ("EMAIL", "john dot smith at example dot com"))
add("write to jane [at] example [dot] org", ("EMAIL", "jane [at] example [dot] org"))
nothing(
    "The error says @media query failed in the stylesheet.",
    "Follow us @ExampleSupport on social media.",
)

# ---------------------------------------------------------------- IPs and MACs
for template, value, kind in [
    ("My public IP is {v} according to the router.", "203.0.113.42", "IP_ADDRESS"),
    ("ping {v} times out", "10.0.0.12", "IP_ADDRESS"),
    ("SSH from {v}:22 is refused", "198.51.100.7", "IP_ADDRESS"),
    ("IPv6 address {v} on eth0", "2001:db8:85a3::8a2e:370:7334", "IP_ADDRESS"),
    ("the gateway is {v}", "192.168.1.254", "IP_ADDRESS"),
    ("MAC: {v}", "3C-52-82-1A-9F-0B", "MAC_ADDRESS"),
    ("Wi-Fi address {v}", "a4:83:e7:12:34:56", "MAC_ADDRESS"),
    ("the switch shows {v} on port 7", "0050.56c0.0008", "MAC_ADDRESS"),
]:
    add(mail(template.format(v=value)), (kind, value))
nothing(
    "I'm on version 2.4.10.1 of the desktop client.",
    "The OID is 1.3.6.1.4.1 in the MIB.",
    "It crashed at 12:30:45 and again at 13:02:10.",
    "Error code 0x80070005 on install.",
)

# ---------------------------------------------------------------- identity numbers
for sentence, kind, value in [
    ("passport no. {v}", "PASSPORT", "533401712"),
    ("Passport number: {v}", "PASSPORT", "C01X00T47"),
    ("Reisepass-Nr. {v}", "PASSPORT", "C4J7K2M9L"),
    ("driving licence number {v}", "DRIVER_LICENSE", "WISNI803046T99AB"),
    ("driver's license {v} (California)", "DRIVER_LICENSE", "D4821937"),
    ("DL# {v}", "DRIVER_LICENSE", "S530-4621-7788"),
    ("NHS number {v}", "MEDICAL_ID", nhs()),
    ("member ID {v}", "MEDICAL_ID", "XJH482913377"),
    ("SSN {v}", "US_SSN", "219-09-9999"),
    ("social security number {v}", "US_SSN", "078-05-1121"),
]:
    add(mail("for ID checks, my " + sentence.format(v=value)), (kind, value))
nothing(
    "Order number 533401712 is missing an item.",
    "Product code SKU AB-1234-XY is out of stock.",
    "Ticket ID: 219-09-9991 is not loading.",
)

# ---------------------------------------------------------------- secrets
for snippet, kind, value in [
    ("password: {v}", "SECRET", "Hunter2!xyz9"),
    ("DB_PASSWORD={v}", "SECRET", "s3cr3t-Pa55w0rd"),
    ("api_key = {v}", "SECRET", "sk_live_51HxQ2aLkJ8f7GhT3mNpR9vWzY"),
    ("token: {v}", "SECRET", "ghp_9aF3kL0pQ2rS7tU1vW4xY6zB8cD0eF2gH4jK"),
    ("aws_secret_access_key = {v}", "SECRET", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("the reset link is {v}", "URL", "https://app.example.com/reset?token=9fK2mQ7xLp3vR8tZ"),
]:
    add("Here is my config, maybe it helps:\n\n" + snippet.format(v=value) + "\nlog_level=debug",
        (kind, value))
add("my password is too short according to your form, it's 8 characters")

# ---------------------------------------------------------------- mixed mails
add("Hi,\n\nThis is Priya Raman. My order 4471-2290 went to 18 Birch Lane, Cambridge CB4 1AB "
    "instead of my office. Call me on 07700 900 812.\n\nThanks, Priya",
    ("PERSON", "Priya Raman"), ("ADDRESS", "18 Birch Lane, Cambridge CB4 1AB"),
    ("PHONE", "07700 900 812"), ("PERSON", "Priya", "Thanks, "), region="GB")
add("Hello, I'm Chidi, my mobile is +234 803 123 4567 and my email chidi@example.ng.",
    ("PERSON", "Chidi"), ("PHONE", "+234 803 123 4567"), ("EMAIL", "chidi@example.ng"))
add("Guten Tag,\n\nmein Name ist Jürgen Weiß, Telefon 089 12345678, ich wohne in der "
    "Leopoldstraße 15, 80802 München.\n\nMfG",
    ("PERSON", "Jürgen Weiß"), ("PHONE", "089 12345678"),
    ("ADDRESS", "Leopoldstraße 15, 80802 München"), region="DE")

# ---------------------------------------------------------------- generated variations
# More names, phones and dates in the same prose forms with other values, so one form is not
# judged by a single value.
people = [
    "Adaeze Nwosu", "Ilse de Jong", "Mateus Carvalho", "Yusuf Demir", "Aleksandra Petrović",
    "Lorcan Byrne", "Mei-Ling Chou", "Rangi Parata", "Sunita Krishnamurthy", "Eero Virtanen",
    "Zsófia Horváth", "Kofi Boateng", "Noémie Giraud", "Radek Dvořák", "Amaru Mamani",
    "Leilani Kahale", "Tuğba Yıldız", "Declan Fitzgerald", "Hana Kobayashi", "Ayodele Bankole",
]
prose = [
    "I spoke to {n} at your call centre.",
    "My flatmate {n} received the parcel.",
    "Please cancel the order for {n}.",
    "{n} from our purchasing team will confirm.",
    "Can you update the name on the account to {n}?",
    "It is my sister {n} who uses the card.",
    "hi, its {n} again about the refund",
    "Signed for by {n} at 14:02.",
]
for i, name in enumerate(people):
    add(rng.choice(prose).format(n=name), ("PERSON", name))
for i in range(20):
    area = rng.choice(["7", "3", "1"])
    if area == "7":
        number = f"07{rng.choice('45789')}{digits(2)} {digits(6)}"
    else:
        number = f"0{rng.choice(['20', '113', '161', '121'])} {digits(3)} {digits(4)}"
    template = rng.choice(
        ["reach me on {p}", "my number {p}", "call {p} after 6pm", "mobile: {p}",
         "you can phone me at {p}", "{p} is my work line"])
    add(mail(template.format(p=number)), ("PHONE", number), region=rng.choice(["GB", None]))
for i in range(12):
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2005)
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    value = rng.choice(
        [f"{day:02d}/{month:02d}/{year}", f"{day} {months[month - 1]} {year}",
         f"{months[month - 1]} {day}, {year}", f"{year}-{month:02d}-{day:02d}"])
    template = rng.choice(["DOB {v}", "date of birth: {v}", "born {v}", "Birthdate {v}"])
    add(mail(template.format(v=value)), ("DATE_OF_BIRTH", value))

out = "src/test/resources/pii/eval-alt.jsonl"
with open(out, "w", encoding="utf-8") as fh:
    fh.write("\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n")
print(f"{len(cases)} cases -> {out}")
