#!/usr/bin/env python3
"""Writes src/test/resources/pii/eval-sixth.jsonl: a sixth-author PII set.

Written from docs/pii.md's type list and labelling rules, the jsonl format and the five earlier
generators (read only so as not to repeat their forms), before the recognisers were read or run on
it. It holds the places personal data sits in support mail that the earlier sets hardly use: the
link residue Outlook and other clients leave when they turn HTML into text (`jane@example.com
<mailto:jane@example.com>`, `<tel:+44…>`) and Markdown links and emphasis; live-chat and WhatsApp
transcripts pasted into a ticket; voicemail and missed-call notices; family names first in
capitals (`DUBOIS Marie`, as French, Italian and East Asian forms write them); reply attributions
of German, French, Spanish, Italian, Dutch, Polish and Portuguese mail clients; `To:`, `Cc:`, `An:`
and "On Behalf Of" lines of a quoted header block; vCards; CSV rows and JSON payloads pasted into
bug reports; payees and beneficiaries of transfers and names "on the account"; sign-offs with an
emoji; UK house names, Indian PIN codes, ZIP+4, Spanish `c/`, Portuguese floors; addresses with
non-ASCII and apostrophes; cards with their expiry and CVV in a dump; IBANs beside their BIC;
phone numbers in `(+44)`, `+44(0)`, dotted international and `wa.me` forms; dates of birth with
two-digit years, ordinals and format hints; passwords after short and foreign words; signatures
on one line between pipes or middle dots; relatives named with a possessive; and false friends of
each (creditor references that pass mod 97, structured payment messages, chat timestamps, CSV
and JSON of orders, teams in `To:` lines, brands as payees, house-like product names).

Expected outcomes decided where a reader could hesitate (docs/pii.md's rules):
* A value repeated inside link residue (`<mailto:…>`, `<tel:…>`, `(tel:…)`) is labelled at each
  occurrence: each copy is the customer's value in clear.
* A phone number inside a `wa.me/` link is a PHONE (its digits are the number); a postcode given
  as the answer to a question about it is an ADDRESS, as a postcode after its keyword is.
* A name written family name first in capitals is a PERSON on its whole span; a vCard's `N:` field
  (`Solberg;Ingrid`) is one PERSON.
* The speaker of a chat transcript, the agent included, is a PERSON; a bot's or team's label is
  nothing.
* A payee that is a firm or an authority (`British Gas`, `HMRC`) is nothing.
* A card's expiry and CVV are no part of the card number; a BIC is no part of the IBAN.
* A password after `pw:`, `Kennwort`, `mot de passe`, `contraseña` is a SECRET; the word
  "password" without a value is nothing.
* The last four digits of an SSN alone are no US_SSN, as a masked card is no CREDIT_CARD.
* An ISO 11649 creditor reference (`RF…`, mod 97 like an IBAN) is no IBAN.

A fixed seed keeps the file reproducible: rerun after editing
(python3 scripts/dev/gen_pii_sixth.py).
"""

import random

from pii_sets import Cases, card, digits, groups, iban

rng = random.Random(6_2026_12_05)
cases = Cases("sixth")
case, nothing = cases.case, cases.nothing


# ---------------------------------------------------------------- link residue of HTML to text

t = digits(rng, 3)
case(
    "link-residue",
    f"You can reach me at olivia.grant@example.com<mailto:olivia.grant@example.com> or on "
    f"+44 20 7946 0{t}<tel:+442079460{t}>.",
    ("EMAIL", "olivia.grant@example.com"),
    ("PHONE", f"+44 20 7946 0{t}"),
    ("PHONE", f"+442079460{t}"),
)
m = digits(rng, 3)
case(
    "link-residue",
    f"Tomás Ferreira\nHead of Logistics\nM: +351 912 345 {m}<tel:+351912345{m}>\n"
    "E: tomas.ferreira@example.pt<mailto:tomas.ferreira@example.pt>",
    ("PERSON", "Tomás Ferreira"),
    ("PHONE", f"+351 912 345 {m}"),
    ("PHONE", f"+351912345{m}"),
    ("EMAIL", "tomas.ferreira@example.pt"),
)
case(
    "link-residue",
    "If it is easier, [email me](mailto:devika.raman@example.in) and I will send the receipt.",
    ("EMAIL", "devika.raman@example.in"),
)
u = digits(rng, 2)
case(
    "link-residue",
    f"Best number: [+1 415 555 01{u}](tel:+141555501{u}) any time after 4pm PT.",
    ("PHONE", f"+1 415 555 01{u}"),
    ("PHONE", f"+141555501{u}"),
)
case(
    "link-residue",
    "Please update my address to Lucas Moreau <lucas.moreau@example.be <mailto:lucas.moreau@example.be> >",
    ("PERSON", "Lucas Moreau"),
    ("EMAIL", "lucas.moreau@example.be"),
)
nothing(
    "link-residue-false-friend",
    "See our terms at www.example.com/terms<http://www.example.com/terms> before you reply.",
    "Track it here<https://track.example.com/p/88120437> (link valid 14 days).",
    "[Download the app](https://apps.example.com/get) and sign in again.",
)

# ---------------------------------------------------------------- Markdown

p = digits(rng, 2)
case(
    "markdown",
    f"**Name:** Ingrid Halvorsen\n**Phone:** +47 412 34 5{p}\n**Email:** ingrid.h@example.no",
    ("PERSON", "Ingrid Halvorsen"),
    ("PHONE", f"+47 412 34 5{p}"),
    ("EMAIL", "ingrid.h@example.no"),
)
c = card(rng, "4", 16)
case(
    "markdown",
    f"The card that was charged is `{groups(c)}`, the other one is fine.",
    ("CREDIT_CARD", groups(c)),
)
case(
    "markdown",
    "- Name: Yusuf Demir\n- DOB: 14.02.1991\n- Address: Kaiserstraße 21, 60311 Frankfurt am Main",
    ("PERSON", "Yusuf Demir"),
    ("DATE_OF_BIRTH", "14.02.1991"),
    ("ADDRESS", "Kaiserstraße 21, 60311 Frankfurt am Main"),
)
ib = iban("DE", digits(rng, 18))
case(
    "markdown",
    f"* __Account holder__: Benedikt Schuster\n* __IBAN__: {groups(ib)}",
    ("PERSON", "Benedikt Schuster"),
    ("IBAN", groups(ib)),
)
nothing(
    "markdown-false-friend",
    "## Steps to reproduce\n1. Open **Settings**\n2. Tap *Cards*\n3. Press `Freeze`",
    "**Status:** Pending Review | **Priority:** High",
)

# ---------------------------------------------------------------- chat transcripts

m = digits(rng, 3)
case(
    "chat-transcript",
    f"[10:42:13] Visitor: hi the ATM kept my card\n[10:42:40] Visitor: my number is 07700 900{m}\n"
    "[10:43:02] Shauna (Support): thanks, can you confirm your postcode?\n[10:43:30] Visitor: BS8 1TH",
    ("PHONE", f"07700 900{m}"),
    ("PERSON", "Shauna"),
    ("ADDRESS", "BS8 1TH"),
    region="GB",
)
case(
    "chat-transcript",
    "Hannah Whitlock (12:01): hello, I was charged twice for the same hotel\n"
    "Agent (12:02): I'm sorry to hear that, let me check.",
    ("PERSON", "Hannah Whitlock"),
)
case(
    "chat-transcript",
    "03/12/2026, 09:14 - Niamh Gallagher: my new number is +353 87 214 6631\n"
    "03/12/2026, 09:15 - Niamh Gallagher: can you update it",
    ("PERSON", "Niamh Gallagher"),
    ("PHONE", "+353 87 214 6631"),
)
case(
    "chat-transcript",
    "Kwame Mensah  10:14 AM\ncan someone unblock my account? it says suspicious login",
    ("PERSON", "Kwame Mensah"),
)
case(
    "chat-transcript",
    "Transcript of your chat\nYou: my email is r.mbeki@example.co.za\nYou: and my date of birth is "
    "2 August 1986",
    ("EMAIL", "r.mbeki@example.co.za"),
    ("DATE_OF_BIRTH", "2 August 1986"),
)
case(
    "chat-transcript",
    "[14:05] Agent Rosalind: Could you give me the last four digits of the card?\n[14:06] You: 4417",
    ("PERSON", "Rosalind"),
)
nothing(
    "chat-transcript-false-friend",
    "[09:01:55] Bot: Hi! How can I help?\n[09:02:10] You: lost card\n[09:02:11] Bot: I can help with that.",
    "12/04/2026, 18:22 - Messages and calls are end-to-end encrypted.",
    "Chat started 11:58 | Queue: Cards | Wait 00:04:12 | Rating 5/5",
)

# ---------------------------------------------------------------- voicemail and call notices

u = digits(rng, 2)
case(
    "voicemail",
    f"New voicemail from +1 (617) 555-01{u}, 0:42\nTranscription: Hi, this is Derek Olsen calling "
    "about my statement, please call me back.",
    ("PHONE", f"+1 (617) 555-01{u}"),
    ("PERSON", "Derek Olsen"),
)
m = digits(rng, 3)
case(
    "voicemail",
    f"Missed call: 07700 900{m} (2 attempts, no message)",
    ("PHONE", f"07700 900{m}"),
    region="GB",
)
t = digits(rng, 3)
case(
    "voicemail",
    f"Caller ID: OKAFOR CHIDI  +44 161 496 0{t}",
    ("PERSON", "OKAFOR CHIDI"),
    ("PHONE", f"+44 161 496 0{t}"),
)
case(
    "voicemail",
    "You have a new voice message from 020 7946 0713. Duration: 1 minute 3 seconds.",
    ("PHONE", "020 7946 0713"),
)
nothing(
    "voicemail-false-friend",
    "Missed call from Withheld at 08:14. No voicemail.",
    "Voicemail box 2 is full (30 of 30 messages). Press 7 to delete.",
)

# ---------------------------------------------------------------- family name first in capitals

case(
    "surname-first",
    "Nom : DUBOIS Marie\nTél : 06 12 48 93 57",
    ("PERSON", "DUBOIS Marie"),
    ("PHONE", "06 12 48 93 57"),
    region="FR",
)
case(
    "surname-first",
    "Passenger: ROSSI Giulia, seat 14C, booking ref KX7P2Q",
    ("PERSON", "ROSSI Giulia"),
)
case(
    "surname-first",
    "Cordialement,\nLEROY Antoine",
    ("PERSON", "LEROY Antoine"),
)
case(
    "surname-first",
    "The transfer was sent by TANAKA Hiroshi on 28 November.",
    ("PERSON", "TANAKA Hiroshi"),
)
case(
    "surname-first",
    "Applicant: NGUYEN Thi Lan\nNationality: Vietnamese",
    ("PERSON", "NGUYEN Thi Lan"),
)
nothing(
    "surname-first-false-friend",
    "Status: PENDING Review since Monday",
    "Category: FOREIGN Exchange fees",
    "Plan: PREMIUM Metal, billed yearly",
)

# ---------------------------------------------------------------- attributions of other clients

case(
    "attribution-other-language",
    "Am 02.12.2026 um 16:40 schrieb Jürgen Hasenfratz <j.hasenfratz@example.de>:\n> Die Karte ist gesperrt.",
    ("PERSON", "Jürgen Hasenfratz"),
    ("EMAIL", "j.hasenfratz@example.de"),
)
case(
    "attribution-other-language",
    "Le mer. 2 déc. 2026 à 09:12, Amélie Rousseau <amelie.rousseau@example.fr> a écrit :\n> Bonjour,",
    ("PERSON", "Amélie Rousseau"),
    ("EMAIL", "amelie.rousseau@example.fr"),
)
case(
    "attribution-other-language",
    "El mié, 2 dic 2026 a las 11:05, Lucía Ferrer Ibáñez (<lucia.ferrer@example.es>) escribió:",
    ("PERSON", "Lucía Ferrer Ibáñez"),
    ("EMAIL", "lucia.ferrer@example.es"),
)
case(
    "attribution-other-language",
    "Il giorno mer 2 dic 2026 alle ore 10:31 Matteo Bianchi <m.bianchi@example.it> ha scritto:",
    ("PERSON", "Matteo Bianchi"),
    ("EMAIL", "m.bianchi@example.it"),
)
case(
    "attribution-other-language",
    "Op wo 2 dec. 2026 om 14:55 schreef Sanne Dijkstra <sanne.dijkstra@example.nl>:",
    ("PERSON", "Sanne Dijkstra"),
    ("EMAIL", "sanne.dijkstra@example.nl"),
)
case(
    "attribution-other-language",
    "W dniu 2.12.2026 o 08:17, Katarzyna Wójcik pisze:\n> Dzień dobry,",
    ("PERSON", "Katarzyna Wójcik"),
)
case(
    "attribution-other-language",
    "Em qua., 2 de dez. de 2026 às 13:20, Rafael Monteiro <rafael.monteiro@example.com.br> escreveu:",
    ("PERSON", "Rafael Monteiro"),
    ("EMAIL", "rafael.monteiro@example.com.br"),
)
nothing(
    "attribution-false-friend",
    "Am 02.12.2026 um 16:40 schrieb Kundenservice:\n> Ihre Anfrage ist eingegangen.",
    "Le 2 déc. 2026, le service client a écrit :",
)

# ---------------------------------------------------------------- To:, Cc:, On Behalf Of

case(
    "to-cc-lines",
    "From: Accounts Team <accounts@example.com>\nSent: 02 December 2026 14:10\n"
    "To: Imogen Blackwood <imogen.blackwood@example.co.uk>\n"
    "Cc: Rahul Mehta <rahul.mehta@example.co.uk>; Support <support@example.com>\nSubject: RE: refund",
    ("EMAIL", "accounts@example.com"),
    ("PERSON", "Imogen Blackwood"),
    ("EMAIL", "imogen.blackwood@example.co.uk"),
    ("PERSON", "Rahul Mehta"),
    ("EMAIL", "rahul.mehta@example.co.uk"),
    ("EMAIL", "support@example.com"),
)
case(
    "to-cc-lines",
    "An: Lena Vogt\nCc: Tobias Krämer\nBetreff: AW: Rückbuchung",
    ("PERSON", "Lena Vogt"),
    ("PERSON", "Tobias Krämer"),
)
case(
    "to-cc-lines",
    "À : Élodie Marchand\nObjet : TR: remboursement",
    ("PERSON", "Élodie Marchand"),
)
case(
    "to-cc-lines",
    "From: noreply@example.com On Behalf Of Daniel Okonkwo\nSent: Tuesday, 1 December 2026 09:02",
    ("EMAIL", "noreply@example.com"),
    ("PERSON", "Daniel Okonkwo"),
)
case(
    "to-cc-lines",
    "This letter is sent on behalf of Margaret Osei, who holds the account.",
    ("PERSON", "Margaret Osei"),
)
case(
    "to-cc-lines",
    "To: 'Fergus MacLeod'\nSubject: your dispute",
    ("PERSON", "Fergus MacLeod"),
)
nothing(
    "to-cc-false-friend",
    "To: Customer Services\nCc: Complaints Team\nSubject: second request",
    "From: Billing On Behalf Of Northwind Energy Ltd",
)

# ---------------------------------------------------------------- vCards

p = digits(rng, 2)
case(
    "vcard",
    "BEGIN:VCARD\nVERSION:3.0\nN:Solberg;Ingrid;;;\nFN:Ingrid Solberg\nORG:Fjordline AS\n"
    f"TEL;TYPE=CELL:+47 912 34 5{p}\nEMAIL;TYPE=INTERNET:ingrid.solberg@example.no\n"
    "ADR;TYPE=HOME:;;Thorvald Meyers gate 12;Oslo;;0555;Norway\nEND:VCARD",
    ("PERSON", "Solberg;Ingrid"),
    ("PERSON", "Ingrid Solberg"),
    ("PHONE", f"+47 912 34 5{p}"),
    ("EMAIL", "ingrid.solberg@example.no"),
    ("ADDRESS", "Thorvald Meyers gate 12;Oslo;;0555"),
)
u = digits(rng, 2)
case(
    "vcard",
    f"FN:Marcus Whitfield\nTEL;CELL:(312) 555-01{u}\nBDAY:1979-04-23",
    ("PERSON", "Marcus Whitfield"),
    ("PHONE", f"(312) 555-01{u}"),
    ("DATE_OF_BIRTH", "1979-04-23"),
)
nothing(
    "vcard-false-friend",
    "BEGIN:VCARD\nVERSION:4.0\nFN:Customer Care\nORG:Example Bank\nURL:https://bank.example.com\nEND:VCARD",
)

# ---------------------------------------------------------------- CSV rows and JSON payloads

case(
    "csv-json",
    "name,email,phone\nTheo van Wyk,theo.vanwyk@example.co.za,+27 82 555 0143\n"
    "Anele Dlamini,anele.d@example.co.za,+27 72 555 0198",
    ("PERSON", "Theo van Wyk"),
    ("EMAIL", "theo.vanwyk@example.co.za"),
    ("PHONE", "+27 82 555 0143"),
    ("PERSON", "Anele Dlamini"),
    ("EMAIL", "anele.d@example.co.za"),
    ("PHONE", "+27 72 555 0198"),
)
case(
    "csv-json",
    '{"customer": {"name": "Maya Lindqvist", "email": "maya.lindqvist@example.se", '
    '"phone": "+46701234567", "dob": "1990-06-12"}}',
    ("PERSON", "Maya Lindqvist"),
    ("EMAIL", "maya.lindqvist@example.se"),
    ("PHONE", "+46701234567"),
    ("DATE_OF_BIRTH", "1990-06-12"),
)
ib = iban("IE", "AIBK" + digits(rng, 14))
case(
    "csv-json",
    f'POST /api/v2/profile 400 {{"first_name":"Eamon","last_name":"Fitzgerald","iban":"{ib}"}}',
    ("PERSON", "Eamon"),
    ("PERSON", "Fitzgerald"),
    ("IBAN", ib),
)
case(
    "csv-json",
    "user_id;full_name;city\n88123;Chiara Esposito;Napoli\n88124;Bogdan Petrescu;Cluj",
    ("PERSON", "Chiara Esposito"),
    ("PERSON", "Bogdan Petrescu"),
)
nothing(
    "csv-json-false-friend",
    "sku,qty,price\nKT-2200,2,49.99\nKT-2210,1,19.99\nKT-2215,4,7.50",
    '{"order_id": 88412093, "status": "shipped", "carrier": "DPD", "eta": "2026-12-08"}',
    '{"error": "card_declined", "code": 51, "request_id": "req_7Hq2Lx"}',
)

# ---------------------------------------------------------------- payees and account names

ib = iban("PL", digits(rng, 24))
case(
    "payee",
    f"Beneficiary name: Marek Nowakowski\nBeneficiary IBAN: {groups(ib)}",
    ("PERSON", "Marek Nowakowski"),
    ("IBAN", groups(ib)),
)
case(
    "payee",
    "Payee: Aisling Breathnach, sort code 90-00-17, account 31926819",
    ("PERSON", "Aisling Breathnach"),
)
case(
    "payee",
    "I sent £250 to Kofi Boateng by mistake yesterday, can you recall it?",
    ("PERSON", "Kofi Boateng"),
)
case(
    "payee",
    "The account is in my late husband's name, Harold Pemberton.",
    ("PERSON", "Harold Pemberton"),
)
case(
    "payee",
    "It was booked under the name Fiona Gallagher-Reilly.",
    ("PERSON", "Fiona Gallagher-Reilly"),
)
case(
    "payee",
    "Recipient: Svetlana Morozova (my landlady)",
    ("PERSON", "Svetlana Morozova"),
)
case(
    "payee",
    "Empfänger: Tobias Brandauer\nVerwendungszweck: Miete Dezember",
    ("PERSON", "Tobias Brandauer"),
)
case(
    "payee",
    "Bénéficiaire : Nathalie Girard\nMotif : loyer",
    ("PERSON", "Nathalie Girard"),
)
nothing(
    "payee-false-friend",
    "Payee: British Gas\nReference: 8812 4401 2299",
    "Beneficiary: HM Revenue & Customs",
    "I sent €40 to Netflix twice this month.",
    "The account is in the company's name, Brightwater Ltd.",
)

# ---------------------------------------------------------------- sign-offs with an emoji

case("emoji-sign-off", "Thanks so much 🙏\nPriya", ("PERSON", "Priya"))
case("emoji-sign-off", "Thank you!! 🙂\n\nFarida Haidari", ("PERSON", "Farida Haidari"))
case("emoji-sign-off", "Best 👍\nJonas", ("PERSON", "Jonas"))
case("emoji-sign-off", "xx 💕\nBecca", ("PERSON", "Becca"))
case("emoji-sign-off", "Cheers 😊 Callum", ("PERSON", "Callum"))
nothing(
    "emoji-sign-off-false-friend",
    "Thanks 🙏\nSent from my iPhone",
    "Cheers 🍻\nThe Taproom crew",
)

# ---------------------------------------------------------------- addresses of other forms

case(
    "address-other-forms",
    "Please send the replacement to Rose Cottage, Church Lane, Little Snoring, Fakenham NR21 0AB.",
    ("ADDRESS", "Rose Cottage, Church Lane, Little Snoring, Fakenham NR21 0AB"),
)
case(
    "address-other-forms",
    "Flat 302, Sai Krupa Residency, 14th Cross, Indiranagar, Bengaluru 560038",
    ("ADDRESS", "Flat 302, Sai Krupa Residency, 14th Cross, Indiranagar, Bengaluru 560038"),
)
case(
    "address-other-forms",
    "Ship to:\nThe Old Rectory\nMill Road\nHoveton\nNR12 8DA",
    ("ADDRESS", "The Old Rectory\nMill Road\nHoveton\nNR12 8DA"),
)
case(
    "address-other-forms",
    "My new address is 1420 Larimer St Apt 4B, Denver, CO 80202-1718.",
    ("ADDRESS", "1420 Larimer St Apt 4B, Denver, CO 80202-1718"),
)
case(
    "address-other-forms",
    "Unit 7, 45-47 Parramatta Rd, Annandale NSW 2038",
    ("ADDRESS", "Unit 7, 45-47 Parramatta Rd, Annandale NSW 2038"),
)
case(
    "address-other-forms",
    "Dirección: c/ Mayor 14, 3º B, 28013 Madrid",
    ("ADDRESS", "c/ Mayor 14, 3º B, 28013 Madrid"),
)
case(
    "address-other-forms",
    "Morada: Rua Augusta 120, 2.º Esq., 1100-053 Lisboa",
    ("ADDRESS", "Rua Augusta 120, 2.º Esq., 1100-053 Lisboa"),
)
case(
    "address-other-forms",
    "I moved to 18 Rue des Écoles, 75005 Paris last month.",
    ("ADDRESS", "18 Rue des Écoles, 75005 Paris"),
)
nothing(
    "address-false-friend",
    "The Rose Cottage soap set (3 bars) arrived broken.",
    "Church Lane Bakery charged me at 8am, I wasn't there.",
    "Flat 20% off everything, says your email.",
    "Unit 7 of the course is locked for me.",
    "Bengaluru office hours are 9 to 6.",
)

# ---------------------------------------------------------------- emails of other forms

case(
    "email-other-forms",
    "my address is jürgen.weiß@bäckerei-müller.de (with the umlauts)",
    ("EMAIL", "jürgen.weiß@bäckerei-müller.de"),
)
case(
    "email-other-forms",
    "Please write to sean.o'brien@example.ie, not my work one.",
    ("EMAIL", "sean.o'brien@example.ie"),
)
case(
    "email-other-forms",
    'My login is "kemi.adeyemi@example.ng".',
    ("EMAIL", "kemi.adeyemi@example.ng"),
)
case(
    "email-other-forms",
    "Contact (T.NAKAMURA@EXAMPLE.JP) for the paperwork.",
    ("EMAIL", "T.NAKAMURA@EXAMPLE.JP"),
)
case(
    "email-other-forms",
    "Email: ivan.petrov@почта.рф",
    ("EMAIL", "ivan.petrov@почта.рф"),
)
nothing(
    "email-false-friend",
    "@channel can someone look at ticket 4471?",
    "See the attached report@2x.png for the screen.",
    "We use @babel/core 7.24 in the widget.",
    "Meet @ 10:30 at the branch?",
)

# ---------------------------------------------------------------- cards in dumps

c = card(rng, "4", 16)
case(
    "card-dump",
    f"card {groups(c)} exp 12/28 cvv 123 was charged twice",
    ("CREDIT_CARD", groups(c)),
)
c = card(rng, "51", 16)
case("card-dump", f"{c}|11|2027|331|GBP", ("CREDIT_CARD", c))
c = card(rng, "34", 15)
amex = f"{c[:4]} {c[4:10]} {c[10:]}"
case("card-dump", f"Card no.: {amex} (Amex)", ("CREDIT_CARD", amex))
c = card(rng, "4", 16)
case(
    "card-dump",
    f"The card number is {groups(c, sep='-')} valid thru 08/27",
    ("CREDIT_CARD", groups(c, sep="-")),
)
c = card(rng, "6011", 16)
case("card-dump", f"Discover {groups(c)} - please cancel", ("CREDIT_CARD", groups(c)))
c = card(rng, "62", 16)
case("card-dump", f"UnionPay card: {groups(c)}", ("CREDIT_CARD", groups(c)))
nothing(
    "card-false-friend",
    "exp 12/28 cvv 123 are on the back, I still have the card",
    "Transaction ID 3001 2233 4455 6671 was declined",
    "Tracking 9400 1000 0000 0000 0000 00 says delivered",
    "Card ending 4417, expiry 09/29",
)

# ---------------------------------------------------------------- IBANs beside their BIC

ib = iban("FR", digits(rng, 23))
case(
    "iban-bic",
    f"IBAN/BIC: {groups(ib)} / AGRIFRPP",
    ("IBAN", groups(ib)),
)
ib = iban("CH", digits(rng, 17))
case("iban-bic", f"IBAN: {groups(ib)} BIC: UBSWCHZH80A", ("IBAN", groups(ib)))
ib = iban("BE", digits(rng, 12))
case("iban-bic", f"please pay into {groups(ib)} (BIC GKCCBEBB)", ("IBAN", groups(ib)))
ib = iban("AT", digits(rng, 16))
case("iban-bic", f"Kontoinhaber: Veronika Haider, IBAN {ib}", ("PERSON", "Veronika Haider"), ("IBAN", ib))
rf = iban("RF", digits(rng, 12))
nothing(
    "iban-false-friend",
    f"Payment reference: {groups(rf)}",
    "Communication: +++090/9337/55493+++",
    "BIC COBADEFFXXX, branch 370",
)

# ---------------------------------------------------------------- phone numbers in other forms

m = digits(rng, 3)
case("phone-other-forms", f"Mobile (+44) 7700 900{m}", ("PHONE", f"(+44) 7700 900{m}"))
m = digits(rng, 3)
case("phone-other-forms", f"T: +44(0)7700 900{m}", ("PHONE", f"+44(0)7700 900{m}"))
u = digits(rng, 2)
case("phone-other-forms", f"Call me: +1.415.555.01{u}", ("PHONE", f"+1.415.555.01{u}"))
m = digits(rng, 3)
case(
    "phone-other-forms",
    f"Quickest is WhatsApp: https://wa.me/447700900{m}",
    ("PHONE", f"447700900{m}"),
)
case("phone-other-forms", "Tél. +33 (0)6 41 27 88 05", ("PHONE", "+33 (0)6 41 27 88 05"))
u = digits(rng, 2)
case("phone-other-forms", f"call/text 312-555-01{u}", ("PHONE", f"312-555-01{u}"))
case("phone-other-forms", "My number: +91-98450 12873", ("PHONE", "+91-98450 12873"))
case("phone-other-forms", "Mob 0412 385 627", ("PHONE", "0412 385 627"), region="AU")
case("phone-other-forms", "tel.: +49 (30) 5720 6841", ("PHONE", "+49 (30) 5720 6841"))
nothing(
    "phone-false-friend",
    "Flight EI 154 leaves at 07:45, gate 312.",
    "Hotline hours 08:00-20:00, Mon-Fri.",
    "Invoice 2026-0012-445 is still open.",
    "Case 00123456 has been closed.",
    "Firmware 2.0.4471.12 fixed the login loop.",
    "We refunded 1,200,345 euros in 2025.",
    region=None,
)

# ---------------------------------------------------------------- dates of birth in other forms

case("dob-other-forms", "D.O.B. 03/04/85", ("DATE_OF_BIRTH", "03/04/85"))
case("dob-other-forms", "DOB: 3rd March 1991", ("DATE_OF_BIRTH", "3rd March 1991"))
case("dob-other-forms", "birthdate 1987.11.23", ("DATE_OF_BIRTH", "1987.11.23"))
case(
    "dob-other-forms",
    "I was born on the 14th of February 1979 in Cork.",
    ("DATE_OF_BIRTH", "14th of February 1979"),
)
case("dob-other-forms", "Birth date: 19 Sept 1992", ("DATE_OF_BIRTH", "19 Sept 1992"))
case("dob-other-forms", "DoB 12 Jun '88", ("DATE_OF_BIRTH", "12 Jun '88"))
case("dob-other-forms", "d.o.b – 21/7/1990", ("DATE_OF_BIRTH", "21/7/1990"))
case(
    "dob-other-forms",
    "Date of birth (dd/mm/yyyy): 07/10/1983",
    ("DATE_OF_BIRTH", "07/10/1983"),
)
nothing(
    "dob-false-friend",
    "Born in 1985, been a customer since 2009.",
    "I joined on 03/04/2019 and never had an issue.",
    "Birthday sale ends 12/12, your app says.",
    "The DOB field is empty on the form.",
    "Delivered on the 14th of February 2026, a day late.",
)

# ---------------------------------------------------------------- one-line signatures

u = digits(rng, 2)
case(
    "one-line-signature",
    f"Daniel Reyes | Operations Lead | Northwind Ltd | +1 415 555 01{u} | d.reyes@example.com",
    ("PERSON", "Daniel Reyes"),
    ("PHONE", f"+1 415 555 01{u}"),
    ("EMAIL", "d.reyes@example.com"),
)
t = digits(rng, 3)
case(
    "one-line-signature",
    f"Aoife Brennan · Customer Success · +353 1 555 0{t}",
    ("PERSON", "Aoife Brennan"),
    ("PHONE", f"+353 1 555 0{t}"),
)
case("one-line-signature", "— Kenji Watanabe, Osaka", ("PERSON", "Kenji Watanabe"))
case(
    "one-line-signature",
    "Warm regards / Mit freundlichen Grüßen\nAstrid Lindgren-Holm",
    ("PERSON", "Astrid Lindgren-Holm"),
)
nothing(
    "one-line-signature-false-friend",
    "Privacy | Terms | Unsubscribe | Help Centre",
    "Example Bank plc · Registered in England · No. 00482211",
)

# ---------------------------------------------------------------- passwords after other words

case("secret-other-words", "login: j.hartmann / pw: Tz8#qLm2vR", ("SECRET", "Tz8#qLm2vR"))
case("secret-other-words", "Kennwort: Sommer2026!Berg", ("SECRET", "Sommer2026!Berg"))
case("secret-other-words", "mot de passe : Azur!9941mer", ("SECRET", "Azur!9941mer"))
case("secret-other-words", "usuario ana.ruiz, contraseña: Girasol#5521", ("SECRET", "Girasol#5521"))
case(
    "secret-other-words",
    "the temp passcode they gave me was Wq7Lp3Zx9K",
    ("SECRET", "Wq7Lp3Zx9K"),
)
nothing(
    "secret-false-friend",
    "I forgot my password again, sorry.",
    "The password reset link expired after 10 minutes.",
    "PIN reset requested on 2 December.",
)

# ---------------------------------------------------------------- network and identity values

case(
    "network-ids",
    "X-Originating-IP: [198.51.100.77]\nX-Mailer: Microsoft Outlook 16.0",
    ("IP_ADDRESS", "198.51.100.77"),
)
case("network-ids", "MAC-Adresse: 3C-22-FB-9A-41-0E", ("MAC_ADDRESS", "3C-22-FB-9A-41-0E"))
case(
    "network-ids",
    "The API answers on [2001:db8:4f1::17]:8443 but not on the old host.",
    ("IP_ADDRESS", "2001:db8:4f1::17"),
)
case(
    "network-ids",
    "backup url ftp://backup:Gl4cier_77@files.example.net/nightly",
    ("URL", "ftp://backup:Gl4cier_77@files.example.net/nightly"),
)
case(
    "network-ids",
    "The link was https://portal.example.com/reset?user=44812&token=9f8Kq2LmX7pZ4vW1",
    ("URL", "https://portal.example.com/reset?user=44812&token=9f8Kq2LmX7pZ4vW1"),
)
case(
    "identity-ids",
    "Medicare number 2953 71684 1 is on the card.",
    ("MEDICAL_ID", "2953 71684 1"),
)
case("identity-ids", "Passport #: X4K7QZ2M1 (issued 2022)", ("PASSPORT", "X4K7QZ2M1"))
case("identity-ids", "licence no. MORGA753116SM9IJ", ("DRIVER_LICENSE", "MORGA753116SM9IJ"))
case(
    "identity-ids",
    "Social Security No. 412-55-7802 (mine) and 412-55-7811 (my wife's)",
    ("US_SSN", "412-55-7802"),
    ("US_SSN", "412-55-7811"),
)
case("identity-ids", "SSN:412557802 - please mask it", ("US_SSN", "412557802"))
nothing(
    "identity-false-friend",
    "last four of my social: 4821",
    "Version 10.4.2.1 broke the VPN, port 8443 is closed.",
    "Nov  3 10:14:22 gw kernel: eth0 link up",
    "Passport photo requirements: 35x45 mm.",
)

# ---------------------------------------------------------------- relatives named with a possessive

case(
    "relative-possessive",
    "my daughter Emily-Rose's card was declined at the cinema",
    ("PERSON", "Emily-Rose"),
)
case(
    "relative-possessive",
    "It's my son's account (Oliver Pemberton-Hale), he is 17.",
    ("PERSON", "Oliver Pemberton-Hale"),
)
case(
    "relative-possessive",
    "Can my partner, Dimitri Vasquez, be added as a second cardholder?",
    ("PERSON", "Dimitri Vasquez"),
)
case(
    "relative-possessive",
    "cc'ing my accountant Bartholomew Fenwick, who does the VAT.",
    ("PERSON", "Bartholomew Fenwick"),
)
nothing(
    "relative-false-friend",
    "My bank, Lloyds, says the money left yesterday.",
    "my landlord's agency, Foxtons, wants proof of payment",
    "My son's school (St Mary's) was paid twice.",
)

# ---------------------------------------------------------------- whole mails mixing forms

u = digits(rng, 2)
case(
    "whole-mail",
    "Hi,\n\nmy card was swallowed at the Leeds station ATM. Could someone call me on "
    f"+44 113 496 0{u}5? I'm free after 3.\n\nThanks 🙂\nGwen Pryce-Jones\n\n"
    "Get Outlook for Android<https://aka.example.com/ghei36>",
    ("PHONE", f"+44 113 496 0{u}5"),
    ("PERSON", "Gwen Pryce-Jones"),
)
case(
    "whole-mail",
    "Hello,\nthe refund went to the wrong person. The beneficiary should be Ioana Constantinescu, "
    "not the name on my statement. My DOB for security is 30/11/1984.\nBR\nMihai",
    ("PERSON", "Ioana Constantinescu"),
    ("DATE_OF_BIRTH", "30/11/1984"),
    ("PERSON", "Mihai"),
)
nothing(
    "whole-mail-false-friend",
    "Hi team,\n\nthe app crashes on the statements tab since version 8.12.0 (build 4471). "
    "Steps: open Statements, choose December, tap Export.\n\nThanks,\nSupport Desk",
    "Hello,\n\nplease close ticket 88123-44 as resolved. The parcel arrived at the depot on "
    "3 December at 14:20.\n\nBest regards,\nThe Logistics Team",
    "Good afternoon,\n\nyour reference is RK-2026-11-4471. Our office at Unit 4 is closed on "
    "24 December.\n\nKind regards\nClaims Department",
)

cases.write("src/test/resources/pii/eval-sixth.jsonl")
