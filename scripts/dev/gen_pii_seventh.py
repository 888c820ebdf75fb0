#!/usr/bin/env python3
"""Writes src/test/resources/pii/eval-seventh.jsonl: a seventh-author PII set.

Written from docs/pii.md's type list and scoring rules, the jsonl format, pii-eval's help and the
categories of the six earlier sets (read only so as not to repeat their forms), before the
recognisers were read or run on it. It holds forms the earlier sets hardly use: UK house names
with no number; Indian addresses with a PIN code; Spanish `c/`, `Avda.` and `Pza.` with floor and
door; postcodes typed alone or in lower case in a chat; an agent's name before their role or team
(`Callum Reid | Customer Care`); names, phones and dates of birth in CSV, TSV and JSON pastes;
sign-offs of Russian, Ukrainian, Serbian, Greek, Hebrew and Arabic mail with a name under them;
WhatsApp links and `wa.me` numbers; vanity numbers in other places; a phone number split by the
quote markers of a re-wrapped reply; vCard `BDAY`; dates of birth written every way (Roman
month, compact digits, capitals, Japanese and Korean year-month-day, a format hint between the
cue and the date); passports and driving licences of several countries; cards as statements and
OCR of a card photo print them; IP addresses defanged, in URLs, with a trailing comma; email
addresses obfuscated in other ways (`<at>`, `-at-`, `[@]`, `(.)`, fullwidth `＠`); names with
particles (van der, de la, bin, binti, al-, Ó, Ní, ap) and hyphens and apostrophes, in running
text; and false friends of each (a one-time code of six digits beside a PIN code, house-like
brands, Windows build numbers, sort codes with account numbers, social handles, ordinary words
that are also given names, masked cards, order lines in CSV).

Expected outcomes decided where a reader could hesitate (docs/pii.md's rules):
* A UK house name is part of its ADDRESS; an Indian address runs from its flat or house number to
  its PIN code.
* A postcode typed alone as the answer to a question about it is an ADDRESS.
* An agent of the bank is a person: their name is a PERSON; a team's or role's name is nothing.
* A value in a CSV or JSON paste is labelled as it would be in prose.
* The digits of a WhatsApp link are a PHONE; a vanity number is a PHONE on its whole span.
* A phone number split by a line break and quote markers is one PHONE on its whole span.
* A defanged IP address (`81.2.69[.]142`) is an IP_ADDRESS on its whole span.
* Sort codes, account numbers, national ID cards without a type of their own and social handles
  are nothing here (no type holds them).
* A masked card (`**** 4417`) is no CREDIT_CARD; a year alone is no DATE_OF_BIRTH.

A fixed seed keeps the file reproducible: rerun after editing
(python3 scripts/dev/gen_pii_seventh.py).
"""

import random

from pii_sets import Cases, card, digits, groups

rng = random.Random(7_2026_12_06)
cases = Cases("seventh")
case, nothing = cases.case, cases.nothing


def uk_mobile():
    return f"07700 900{digits(rng, 3)}"


# ---------------------------------------------------------------- UK house names

case(
    "house-name",
    "Please post the new card to Honeysuckle Cottage, Back Lane, Great Ayton, Middlesbrough TS9 6NB.",
    ("ADDRESS", "Honeysuckle Cottage, Back Lane, Great Ayton, Middlesbrough TS9 6NB"),
)
case(
    "house-name",
    "Address: The Granary, Manor Farm, Cold Ashby, Northampton NN6 6EB",
    ("ADDRESS", "The Granary, Manor Farm, Cold Ashby, Northampton NN6 6EB"),
)
case(
    "house-name",
    "My address changed last month to\nOrchard House\nHigh Street\nWestbury-sub-Mendip\nWells\nBA5 1HE",
    ("ADDRESS", "Orchard House\nHigh Street\nWestbury-sub-Mendip\nWells\nBA5 1HE"),
)
case(
    "house-name",
    "deliver to Meadow View, Sandy Lane, Brough HU15 1AF - leave it in the porch",
    ("ADDRESS", "Meadow View, Sandy Lane, Brough HU15 1AF"),
)
case(
    "house-name",
    "It's Flat 2, Ashdown Court, Hillside Road, Bromley BR2 0TT now.",
    ("ADDRESS", "Flat 2, Ashdown Court, Hillside Road, Bromley BR2 0TT"),
)
case(
    "house-name",
    "Correspondence address: Tŷ Gwyn, Heol y Bont, Llandeilo SA19 6AA",
    ("ADDRESS", "Tŷ Gwyn, Heol y Bont, Llandeilo SA19 6AA"),
)
nothing(
    "house-name-false-friend",
    "Rose Cottage Candles appears twice on my statement for £18.50.",
    "We stayed at Willow Lodge for the weekend and the hotel charged the deposit twice.",
    "The Old Forge Bakery took £4.20 and then another £4.20.",
    "I was at Manor Farm Shop when the card was declined.",
)

# ---------------------------------------------------------------- Indian addresses with a PIN code

case(
    "india-address",
    "Address: 12/3, 2nd Main Road, Jayanagar 4th Block, Bengaluru, Karnataka 560011",
    ("ADDRESS", "12/3, 2nd Main Road, Jayanagar 4th Block, Bengaluru, Karnataka 560011"),
)
case(
    "india-address",
    "Please courier the cheque book to H.No. 8-2-293/82, Road No. 14, Banjara Hills, Hyderabad - 500034.",
    ("ADDRESS", "H.No. 8-2-293/82, Road No. 14, Banjara Hills, Hyderabad - 500034"),
)
case(
    "india-address",
    "Flat No. 704, Sea Breeze Apartments, Juhu Tara Road, Mumbai 400049",
    ("ADDRESS", "Flat No. 704, Sea Breeze Apartments, Juhu Tara Road, Mumbai 400049"),
)
case(
    "india-address",
    "current address C-45, Sector 62, Noida, Uttar Pradesh 201301 (office)",
    ("ADDRESS", "C-45, Sector 62, Noida, Uttar Pradesh 201301"),
)
case(
    "india-address",
    "Door No. 27, Gandhi Street, T. Nagar, Chennai, Tamil Nadu - 600017",
    ("ADDRESS", "Door No. 27, Gandhi Street, T. Nagar, Chennai, Tamil Nadu - 600017"),
)
nothing(
    "india-address-false-friend",
    "The OTP 560011 expired before I could type it in.",
    "Reference 400049 was quoted by your branch in Pune.",
    "Sector 62 of the form asks for my employer, which field is that?",
)

# ---------------------------------------------------------------- Spanish street forms

case(
    "spain-address",
    "Mi dirección: C/ de Sants 79, 4º 2ª, 08014 Barcelona",
    ("ADDRESS", "C/ de Sants 79, 4º 2ª, 08014 Barcelona"),
)
case(
    "spain-address",
    "Enviar a Avda. de la Constitución 21, 1º izq., 41001 Sevilla, por favor.",
    ("ADDRESS", "Avda. de la Constitución 21, 1º izq., 41001 Sevilla"),
)
case(
    "spain-address",
    "Domicilio: Pza. del Pilar 5, bajo, 50003 Zaragoza",
    ("ADDRESS", "Pza. del Pilar 5, bajo, 50003 Zaragoza"),
)
case(
    "spain-address",
    "new address: c/Colón 34-2ºA, 46004 Valencia",
    ("ADDRESS", "c/Colón 34-2ºA, 46004 Valencia"),
)
case(
    "spain-address",
    "Pº de Gracia 92, 3º 1ª\n08008 Barcelona",
    ("ADDRESS", "Pº de Gracia 92, 3º 1ª\n08008 Barcelona"),
)
nothing(
    "spain-address-false-friend",
    "El pedido 34-2 llegó el día 3º de la semana.",
    "Avda. Diagonal store charged me €59,90 twice.",
)

# ---------------------------------------------------------------- postcodes in chat lines

case(
    "postcode-chat",
    "[14:02] Agent: and the postcode on the account?\n[14:03] You: M14 5RB",
    ("ADDRESS", "M14 5RB"),
)
case(
    "postcode-chat",
    "Agent: Can you confirm your postcode please?\nCustomer: eh4 1dy",
    ("ADDRESS", "eh4 1dy"),
)
case(
    "postcode-chat",
    "postcode is G12 8QQ if that helps find me",
    ("ADDRESS", "G12 8QQ"),
)
case(
    "postcode-chat",
    "Me: what do you need?\nBot: Your post code\nMe: CF10 3AT",
    ("ADDRESS", "CF10 3AT"),
)
nothing(
    "postcode-chat-false-friend",
    "[09:15] Agent: is the card in your hand?\n[09:16] You: yes, gate B12 at the airport",
    "The M25 J10 closure made me late for the branch appointment.",
    "Flight BA2490 lands at 14:05, I will call after that.",
)

# ---------------------------------------------------------------- an agent's name before their role

case(
    "agent-role",
    "Callum Reid | Customer Care\nNorthfield Bank",
    ("PERSON", "Callum Reid"),
)
case(
    "agent-role",
    "Agent: Sofía Marín (Card Services) joined the chat",
    ("PERSON", "Sofía Marín"),
)
case(
    "agent-role",
    "Kind regards\nOwen Price – Disputes Team",
    ("PERSON", "Owen Price"),
)
case(
    "agent-role",
    "Ticket #48213 assigned to Hannah Lewis (Tier 2).",
    ("PERSON", "Hannah Lewis"),
)
case(
    "agent-role",
    "I spoke to Marek Nowak from your fraud team on Tuesday and he said it was sorted.",
    ("PERSON", "Marek Nowak"),
)
case(
    "agent-role",
    "Aoife Byrne\nComplaints Handler | Retail Banking",
    ("PERSON", "Aoife Byrne"),
)
nothing(
    "agent-role-false-friend",
    "Card Services | Customer Care\nNorthfield Bank",
    "Ticket #48214 assigned to Tier 2 Support.",
    "Virtual Assistant (automated): How can I help today?",
)

# ---------------------------------------------------------------- CSV, TSV and JSON pastes

m1, m2 = uk_mobile(), uk_mobile()
case(
    "csv-json",
    f"name,email,phone\nRuth Adeyemi,ruth.adeyemi@example.com,{m1}\nKwame Mensah,kwame.m@example.org,{m2}",
    ("PERSON", "Ruth Adeyemi"),
    ("EMAIL", "ruth.adeyemi@example.com"),
    ("PHONE", m1),
    ("PERSON", "Kwame Mensah"),
    ("EMAIL", "kwame.m@example.org"),
    ("PHONE", m2),
)
case(
    "csv-json",
    '{"customer": {"fullName": "Leilani Kahale", "dateOfBirth": "1990-08-14", '
    '"mobile": "+1 808 555 0143"}}',
    ("PERSON", "Leilani Kahale"),
    ("DATE_OF_BIRTH", "1990-08-14"),
    ("PHONE", "+1 808 555 0143"),
)
case(
    "csv-json",
    '{"payee_name":"Dorota Wiśniewska","amount":"1200.00","currency":"PLN"}',
    ("PERSON", "Dorota Wiśniewska"),
)
case(
    "csv-json",
    "id\tname\tcity\n1042\tBjörn Lindgren\tUppsala\n1043\tAstrid Holm\tMalmö",
    ("PERSON", "Björn Lindgren"),
    ("PERSON", "Astrid Holm"),
)
case(
    "csv-json",
    "last_name;first_name;dob\nMüller;Katrin;12.05.1987",
    ("PERSON", "Müller;Katrin"),
    ("DATE_OF_BIRTH", "12.05.1987"),
)
nothing(
    "csv-json-false-friend",
    '{"name":"Premium Plan","price":"9.99","currency":"GBP"}',
    "sku,name,qty\nA-1043,Travel Adapter,2\nB-2210,Leather Wallet,1",
    "date,description,amount\n2026-11-28,Card payment Tesco,-23.40\n2026-11-29,Refund Amazon,12.99",
)

# ---------------------------------------------------------------- names under non-Latin sign-offs

case("non-latin-sign-off", "С уважением,\nИван Петров", ("PERSON", "Иван Петров"))
case(
    "non-latin-sign-off",
    "Дякую за допомогу.\nЗ повагою, Олена Коваленко",
    ("PERSON", "Олена Коваленко"),
)
case("non-latin-sign-off", "Поздрав,\nМилан Јовановић", ("PERSON", "Милан Јовановић"))
case("non-latin-sign-off", "Ευχαριστώ,\nΜαρία Κωνσταντίνου", ("PERSON", "Μαρία Κωνσταντίνου"))
case("non-latin-sign-off", "בברכה,\nדניאל לוי", ("PERSON", "דניאל לוי"))
case("non-latin-sign-off", "مع خالص التحيات،\nأحمد منصور", ("PERSON", "أحمد منصور"))
case(
    "non-latin-sign-off",
    "Контактное лицо: Сергей Иванов, тел. +7 912 345-67-89",
    ("PERSON", "Сергей Иванов"),
    ("PHONE", "+7 912 345-67-89"),
)
nothing(
    "non-latin-sign-off-false-friend",
    "С уважением,\nСлужба поддержки",
    "בברכה,\nצוות התמיכה",
    "Ευχαριστώ πολύ για τη βοήθεια!",
)

# ---------------------------------------------------------------- WhatsApp links and numbers

case(
    "whatsapp",
    "Easier on WhatsApp: https://wa.me/447700900318",
    ("PHONE", "447700900318"),
)
case(
    "whatsapp",
    "message me here https://api.whatsapp.com/send?phone=4915112345678&text=Hallo",
    ("PHONE", "4915112345678"),
)
case(
    "whatsapp",
    "WhatsApp: +34 612 34 56 78 (no calls please)",
    ("PHONE", "+34 612 34 56 78"),
)
case(
    "whatsapp",
    "Tap to chat: wa.me/919876543210",
    ("PHONE", "919876543210"),
)
nothing(
    "whatsapp-false-friend",
    "Join our WhatsApp channel: https://whatsapp.com/channel/0029Va8KqXB3",
    "Message us on wa.me/message/ZQ4JX7HLEPN3B1 for offers.",
)

# ---------------------------------------------------------------- vanity numbers

case(
    "vanity",
    "The sticker on the terminal said to ring 1-855-MY-DEBIT and nobody answers.",
    ("PHONE", "1-855-MY-DEBIT"),
)
case(
    "vanity",
    "call (888) CALL-NOW? that's the number on the letter I got",
    ("PHONE", "(888) CALL-NOW"),
)
case(
    "vanity",
    "Their helpline is 0800 REFUNDS, is that really you?",
    ("PHONE", "0800 REFUNDS"),
)
nothing(
    "vanity-false-friend",
    "Use promo code SAVE-2026 at checkout.",
    "Error E-800-AUTH when I log in.",
)

# ---------------------------------------------------------------- phone split by a quote marker

case(
    "phone-quote-split",
    "> My mobile is 07700\n> 900412, call me after six\n\nThanks, we will.",
    ("PHONE", "07700\n> 900412"),
)
case(
    "phone-quote-split",
    ">> Please ring me back on +44 7700\n>> 900519 as soon as you can.",
    ("PHONE", "+44 7700\n>> 900519"),
)
case(
    "phone-quote-split",
    "> you can reach me on (415)\n> 555-0172 during the day",
    ("PHONE", "(415)\n> 555-0172"),
)

# ---------------------------------------------------------------- vCard BDAY

case(
    "vcard-bday",
    "BEGIN:VCARD\nVERSION:3.0\nFN:Tomasz Zieliński\nTEL;TYPE=CELL:+48 601 234 567\n"
    "BDAY:1984-03-12\nEND:VCARD",
    ("PERSON", "Tomasz Zieliński"),
    ("PHONE", "+48 601 234 567"),
    ("DATE_OF_BIRTH", "1984-03-12"),
)
case(
    "vcard-bday",
    "BEGIN:VCARD\nVERSION:4.0\nFN:Elif Şahin\nBDAY;VALUE=date:19900721\nEND:VCARD",
    ("PERSON", "Elif Şahin"),
    ("DATE_OF_BIRTH", "19900721"),
)
nothing(
    "vcard-false-friend",
    "BEGIN:VCARD\nVERSION:3.0\nORG:Northfield Bank\nREV:2026-11-02T10:15:00Z\nEND:VCARD",
)

# ---------------------------------------------------------------- dates of birth written every way

for text, value in [
    ("Date of birth: 03.XI.1985", "03.XI.1985"),
    ("DOB 19850311 (as on my passport)", "19850311"),
    ("D.O.B: 3 Nov. 85", "3 Nov. 85"),
    ("Born: November 3rd, '85", "November 3rd, '85"),
    ("DATE OF BIRTH 03 NOV 1985", "03 NOV 1985"),
    ("DOB (MM/DD/YYYY): 11/03/1985", "11/03/1985"),
    ("My DOB is the 3rd of Nov 1985.", "3rd of Nov 1985"),
    ("I was born 3/11/1985 in Leeds.", "3/11/1985"),
    ("birth date 1985/11/03", "1985/11/03"),
    ("生年月日：1985年11月3日", "1985年11月3日"),
    ("생년월일: 1985.11.03", "1985.11.03"),
    ("Fecha de nacimiento: 3-nov-1985", "3-nov-1985"),
    ("date of birth - Sunday 3 November 1985", "Sunday 3 November 1985"),
    ("DOB: 1985-Nov-03", "1985-Nov-03"),
    ("Date of Birth  |  22/04/1979", "22/04/1979"),
]:
    case("dob-every-way", text, ("DATE_OF_BIRTH", value))
nothing(
    "dob-false-friend",
    "Account opened 03/11/2015 at the Leeds branch.",
    "Card expiry 11/27, CVV on the back.",
    "I have banked with you since 1985.",
    "Delivery date: 03.11.2026",
    "Your birthday bonus ends 30/11/2026.",
)

# ---------------------------------------------------------------- passports and driving licences

for category, text, kind, value in [
    ("passport", "UK passport no. 533401372, expires 2031", "PASSPORT", "533401372"),
    ("passport", "Indian passport: J8369854", "PASSPORT", "J8369854"),
    ("passport", "Passport Number / No. du passeport: GA302922", "PASSPORT", "GA302922"),
    ("passport", "my passport number is L898902C3.", "PASSPORT", "L898902C3"),
    ("passport", "Paszport nr EH 4718263 wydany w 2020", "PASSPORT", "EH 4718263"),
    ("passport", "Pasaporte: AAF123456 (España)", "PASSPORT", "AAF123456"),
    ("licence", "Florida DL# D123-456-78-901-0", "DRIVER_LICENSE", "D123-456-78-901-0"),
    ("licence", "California driver license B7654321", "DRIVER_LICENSE", "B7654321"),
    ("licence", "Ontario licence S1234-56789-01234", "DRIVER_LICENSE", "S1234-56789-01234"),
    ("licence", "UK driving licence: WOODS711250AB9CD", "DRIVER_LICENSE", "WOODS711250AB9CD"),
    ("licence", "licence number 12345678 (NSW)", "DRIVER_LICENSE", "12345678"),
    ("licence", "Führerschein-Nr.: J010000SD51", "DRIVER_LICENSE", "J010000SD51"),
]:
    case(category, text, (kind, value))
nothing(
    "identity-false-friend",
    "Passport photo booth at the branch charged me £6.",
    "Licence fee of £169.50 taken twice this month.",
    "Driving lesson ref DL-2026-0412 cancelled.",
    "Sort code 20-45-77, account 41926819 - please refund there.",
    "Acc 00412876 / SC 40-11-62",
)

# ---------------------------------------------------------------- cards as statements and OCR print them

v = card(rng, "4929", 16)
case(
    "card-statement",
    f"Card No.: {groups(v)} Exp: 08/27",
    ("CREDIT_CARD", groups(v)),
)
mc = card(rng, "5412", 16)
case(
    "card-statement",
    f"| Card | {mc} |\n| Holder | Kemi Okonkwo |",
    ("CREDIT_CARD", mc),
    ("PERSON", "Kemi Okonkwo"),
)
ax = card(rng, "3782", 15)
case(
    "card-statement",
    f"AMEX {ax[:4]} {ax[4:10]} {ax[10:]} - not recognised",
    ("CREDIT_CARD", f"{ax[:4]} {ax[4:10]} {ax[10:]}"),
)
v2 = card(rng, "4539", 16)
case(
    "card-ocr",
    f"{groups(v2)}\nVALID THRU 08/27\nMR DANIEL OKAFOR",
    ("CREDIT_CARD", groups(v2)),
    ("PERSON", "DANIEL OKAFOR"),
)
dc = card(rng, "6011", 16)
case(
    "card-ocr",
    f"Card#:{groups(dc)} (from the photo)",
    ("CREDIT_CARD", groups(dc)),
)
v3 = card(rng, "4716", 16)
case(
    "card-statement",
    f"PAN={v3};EXP=2811",
    ("CREDIT_CARD", v3),
)
nothing(
    "card-false-friend",
    "VISA ************4417 was charged £12.99",
    "POS 4929 18** **** 4417 TESCO STORES",
    "Tracking 1Z 999 AA1 01 2345 6784",
    "Invoice 2026 1104 8812 0034 is attached",
)

# ---------------------------------------------------------------- IP addresses in other places

for text, value in [
    ("the alert said sign-in from 81.2.69[.]142, not me", "81.2.69[.]142"),
    ("admin page at http://192.0.2.44:8080/admin was open", "192.0.2.44"),
    ("IP address: 185.153.176.43, ISP unknown", "185.153.176.43"),
    ("login from 2a00:23c6:9b8e:1a01:5d2f:e1b3:77a0:4c12 at 03:12", "2a00:23c6:9b8e:1a01:5d2f:e1b3:77a0:4c12"),
    ("whatismyip says 86.145.22.9", "86.145.22.9"),
]:
    case("ip-address", text, ("IP_ADDRESS", value))
nothing(
    "ip-false-friend",
    "Windows build 10.0.19045.3803 after the update",
    "see section 4.2.1.7 of the terms",
    "app version 3.14.2.1 keeps crashing",
)

# ---------------------------------------------------------------- handles and usernames

nothing(
    "handle",
    "DM me on Instagram @lena.k.photos if email is easier",
    "my username is jroe1984 but it says locked",
    "I tweeted @NorthfieldHelp twice yesterday",
)

# ---------------------------------------------------------------- email addresses obfuscated other ways

for text, value in [
    ("reply to jroe<at>example<dot>com please", "jroe<at>example<dot>com"),
    ("email: m.kovacs -at- example -dot- hu", "m.kovacs -at- example -dot- hu"),
    ("contact: priya.s [@] example [.] in", "priya.s [@] example [.] in"),
    ("write to h.tanaka@example(.)jp", "h.tanaka@example(.)jp"),
    ("my address is anja.berg＠example.de", "anja.berg＠example.de"),
    ("send it to li_wei at example period com", "li_wei at example period com"),
]:
    case("email-obfuscated-other", text, ("EMAIL", value))
nothing(
    "email-false-friend",
    "Bought 3 @ £4.99 each, charged for 4.",
    "Meet at the branch dot 10 tomorrow?",
    "Ping the team at #payments-help on Slack.",
)

# ---------------------------------------------------------------- particles, hyphens, apostrophes

for text, value in [
    ("My name is Maarten van der Linde and I hold a joint account.", "Maarten van der Linde"),
    ("Signed: Ahmad bin Ismail", "Ahmad bin Ismail"),
    ("The account is in the name of Nur Aisyah binti Hassan.", "Nur Aisyah binti Hassan"),
    ("Regards,\nAbdullah Al-Farsi", "Abdullah Al-Farsi"),
    ("please transfer it to Jean-Baptiste de la Tour", "Jean-Baptiste de la Tour"),
    ("Account holder: Ciarán Ó Briain", "Ciarán Ó Briain"),
    ("Thanks,\nSiobhán Ní Bhriain", "Siobhán Ní Bhriain"),
    ("Best wishes,\nDáire O'Shaughnessy", "Dáire O'Shaughnessy"),
    ("My wife Mary-Kate O'Neill-Brennan is a second card holder.", "Mary-Kate O'Neill-Brennan"),
    ("Cheers,\nDe'Andre Williams", "De'Andre Williams"),
    ("My father, husband of Giulia Di Stefano, has passed away.", "Giulia Di Stefano"),
    ("Regards,\nRhodri ap Gwyn", "Rhodri ap Gwyn"),
    ("Yours sincerely,\nFatima al-Zahra Haddad", "Fatima al-Zahra Haddad"),
    ("I am writing on behalf of my mother, Ngozi Okonjo-Adebayo.", "Ngozi Okonjo-Adebayo"),
]:
    case("name-particles", text, ("PERSON", value))
nothing(
    "ordinary-word-names",
    "I will mark the bill as paid once the grace period ends.",
    "The rose gold phone case was charged in sterling, not euros.",
    "Can you jack up my limit? I hope so, the amber warning is still on.",
    "Summer savings: Joy of cooking box, Faith & Hope candles.",
    "Please do not close the account; May is when my salary lands.",
)

# ---------------------------------------------------------------- phones of other countries

for text, value, region in [
    ("Mobile: (+91) 98765-43210", "(+91) 98765-43210", None),
    ("call me on 0091 98765 43211 after 7pm IST", "0091 98765 43211", None),
    ("Celular: (11) 98765-4321", "(11) 98765-4321", "BR"),
    ("my number 0803 123 4567, MTN", "0803 123 4567", "NG"),
    ("Tel +52 1 55 1234 5678", "+52 1 55 1234 5678", None),
    ("携帯: 090-1234-5678", "090-1234-5678", "JP"),
    ("mob 082 123 4567", "082 123 4567", "ZA"),
]:
    case("phone-other-country", text, ("PHONE", value), region=region)
nothing(
    "phone-false-friend",
    "Ref: 0803-1234-567-A on the cheque",
    "Case 2026-11-0417 opened at 14:32",
)

# ---------------------------------------------------------------- family name, comma, given name

case(
    "surname-comma",
    "From: Lindqvist, Erik <erik.lindqvist@example.se>\nSent: 04 December 2026 09:12",
    ("PERSON", "Lindqvist, Erik"),
    ("EMAIL", "erik.lindqvist@example.se"),
)
case("surname-comma", "Customer: OKONKWO, Chidinma", ("PERSON", "OKONKWO, Chidinma"))
case(
    "surname-comma",
    "Titular: Hernández García, José Luis",
    ("PERSON", "Hernández García, José Luis"),
)
case(
    "account-holder-initials",
    "Account holder: MRS A J THOMPSON",
    ("PERSON", "MRS A J THOMPSON"),
)
case(
    "account-holder-initials",
    "Payee: Mr R. K. Sharma (savings)",
    ("PERSON", "Mr R. K. Sharma"),
)
case(
    "surname-comma-false-friend",
    "From: Payments, Northfield <noreply@northfield-bank.example>",
    ("EMAIL", "noreply@northfield-bank.example"),
)
nothing("surname-comma-false-friend", "Account holder: THE ROSE & CROWN LTD")

# ---------------------------------------------------------------- more dates of birth

for text, value in [
    ("DOB: 3/11/85 (UK format)", "3/11/85"),
    ('{"birthDate":"1985-11-03T00:00:00Z"}', "1985-11-03T00:00:00Z"),
    ("Geb.-Datum: 3.11.85", "3.11.85"),
]:
    case("dob-every-way", text, ("DATE_OF_BIRTH", value))
case(
    "postcode-chat",
    "Agent: Postcode?\nCustomer: it's sw1a 2aa",
    ("ADDRESS", "sw1a 2aa"),
)

# ---------------------------------------------------------------- things that only look like PII

nothing(
    "look-alikes",
    "Room 4B, Block C at the office is where the card reader is.",
    "Mill Lane is closed so I went to the High Street branch.",
    "Order ORD-2026-558812 has not arrived.",
    "Tracking: JD014600003824790012",
    "The call is at 10:30 on 2026-12-08.",
    "My overdraft limit of £1,000.00 was cut to £500.00 without notice.",
    "Product code XK-4410-B is out of stock again.",
    "Page 12 of 40, ref 7781/22/B",
)

# ---------------------------------------------------------------- whole mails

m3 = uk_mobile()
case(
    "whole-mail",
    "Hi,\n\nMy card was swallowed at the ATM on Mill Lane this morning. Please send a new one to "
    "Rose Villa, 4 Mill Lane, Ashby-de-la-Zouch LE65 1AB.\n\nCheers\nGwen Ap-Thomas\n"
    f"{m3}",
    ("ADDRESS", "Rose Villa, 4 Mill Lane, Ashby-de-la-Zouch LE65 1AB"),
    ("PERSON", "Gwen Ap-Thomas"),
    ("PHONE", m3),
)
case(
    "whole-mail",
    "Hello,\nI'm Priya Nair, I bank with you in Kochi. My address is TC 25/1043, Vazhuthacaud, "
    "Thiruvananthapuram, Kerala 695014. Passport No: M4821736.\nThanks,\nPriya",
    ("PERSON", "Priya Nair"),
    ("ADDRESS", "TC 25/1043, Vazhuthacaud, Thiruvananthapuram, Kerala 695014"),
    ("PASSPORT", "M4821736"),
    ("PERSON", "Priya", "\n"),
)
nothing(
    "whole-mail-false-friend",
    "Hi,\n\nThe app (version 8.12.0) shows order 4410-2291 as pending since 12:40. "
    "The amount was £1,249.00.\n\nThanks",
    "Hello,\n\nI was charged by Church Lane Garage and by Rose & Crown twice on 03/11. "
    "Please look into it.\n\nRegards",
)

cases.write("src/test/resources/pii/eval-seventh.jsonl")
