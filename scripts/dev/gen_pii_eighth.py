#!/usr/bin/env python3
"""Writes src/test/resources/pii/eval-eighth.jsonl: the eighth PII set.

Written for the round that closed the gaps the seventh set left (docs/pii.md), with values of its
own, none of them the seventh set's or the recognisers' unit tests': UK addresses led by a house
name with no number (one part a line too, under a signer's name); Indian addresses up to their
PIN code ("- 560 041" too); Spanish `c/`, `C/`, `Pº`, `Pza.` with floor and door; postcodes typed
alone on a chat's reply line, in any letter case, or later in the postcode word's sentence; names
under Ukrainian, Serbian, Bulgarian, Arabic and Persian sign-offs and after Russian and
Ukrainian name labels; names in CSV, TSV and semicolon pastes under a header that names a person's
column; IPv4 addresses defanged with `[.]`, `(.)` or `{.}`, in `hxxp://` links too; a passport
number whose letters stand apart from its digits. And negatives that must stay nothing: the
street-like and unit-like words of ordinary support text ("Unit 4 of the course", "Flat fee",
"House rules", "Apartment hunting", "Cross-border payment"), `c/o` before an organisation,
one-time codes and references of six digits, a team under a sign-off in each script, product and
transaction tables with a "name" column, section and version numbers, a defanged domain.

Expected outcomes decided where a reader could hesitate (docs/pii.md's rules):
* A house name is part of its ADDRESS; the signer's name above an address is a PERSON, no part of
  it.
* `c/o` ("care of") is no address part: before an organisation it is nothing; the name of a
  person after it would be a PERSON.
* A family name and a given name in two cells side by side ("Kowalczyk;Agnieszka") are one
  PERSON, as the seventh set and "Family, Given" display names have it.
* A postcode typed alone as the answer to a question about it is an ADDRESS.
* A defanged IP address is one IP_ADDRESS on its whole span; a defanged domain is nothing.

A fixed seed keeps the file reproducible: rerun after editing
(python3 scripts/dev/gen_pii_eighth.py).
"""

import random

from pii_sets import Cases, digits

rng = random.Random(8_2026_12_06)
cases = Cases("eighth")
case, nothing = cases.case, cases.nothing


def uk_mobile():
    return f"07700 900{digits(rng, 3)}"


# ---------------------------------------------------------------- UK house names

for lead, address in [
    ("Please send the new PIN to ", "Wren Cottage, Mill Hill, Upper Slaughter, Cheltenham GL54 2JD"),
    ("Card to be posted to ", "The Coach House, Priory Lane, Little Dunmow, Dunmow CM6 3HJ"),
    ("Statements go to ", "Beech Lodge, Fen Road, Over, Cambridge CB24 5NW"),
    ("New address: ", "Flat 4, Kingfisher Court, Riverside Walk, Bewdley DY12 1AB"),
    ("Please use ", "Ty Newydd, Heol Fach, Cwmdu, Crickhowell NP8 1RS"),
]:
    case("house-name", lead + address + ". Thanks.", ("ADDRESS", address))
lines = "Swallow Barn\nChurch Street\nGreat Bardfield\nBraintree\nCM7 4SQ"
case("house-name", "Could you update my address to:\n" + lines, ("ADDRESS", lines))
mobile = uk_mobile()
case(
    "house-name-signature",
    "Thanks for sorting the card out.\n\nKind regards,\nHarriet Lowe\nOak Tree Farm\nSandy Lane"
    f"\nKirkby Malzeard\nRipon HG4 3RT\n{mobile}",
    ("PERSON", "Harriet Lowe"),
    ("ADDRESS", "Oak Tree Farm\nSandy Lane\nKirkby Malzeard\nRipon HG4 3RT"),
    ("PHONE", mobile),
)
nothing(
    "house-name-false-friend",
    "The Old Bakery Cafe charged me twice for the same coffee.",
    "We booked Ivy Lodge Holidays and the deposit left my account twice.",
    "Swan House Publishing took £12.99, I never subscribed.",
    "I was at Hill Farm Shop, Station Road when the card was declined.",
)

# ---------------------------------------------------------------- Indian addresses

for address in [
    "Flat 9A, Sunrise Enclave, 5th Cross, Koramangala, Bengaluru 560034",
    "Plot No. 88, Sector 15, Vashi, Navi Mumbai - 400 703",
    "H.No. 4-1-620, Troop Bazaar, Hyderabad - 500001",
    "Door No. 14, Nehru Street, Ram Nagar, Coimbatore, Tamil Nadu 641009",
    "B-17, Ashok Vihar Phase 2, Delhi - 110052",
    "House No. 256, Lane 3, Rajpur Road, Dehradun, Uttarakhand 248001",
]:
    case("india-address", "Please update my address to " + address + ".", ("ADDRESS", address))
nothing(
    "india-address-false-friend",
    "Your one-time code 560034 expires in 5 minutes.",
    "Complaint number 400703 was raised at the Pune branch.",
    "I was charged Rs 248001 instead of Rs 2,480.01, please check.",
    "Sector 15 of the application asks for income, which figure?",
)

# ---------------------------------------------------------------- Spanish addresses

for address in [
    "c/ Goya 56, 2º A, 28001 Madrid",
    "C/ de Pelai 11, 5º 3ª, 08001 Barcelona",
    "c/Reyes Católicos 9-3ºB, 18009 Granada",
    "Pº de la Alameda 30, bajo, 46023 Valencia",
    "Pza. de España 4, 1º dcha., 50001 Zaragoza",
]:
    case("spain-address", "Mi nueva dirección: " + address + ", gracias.", ("ADDRESS", address))
nothing(
    "spain-address-false-friend",
    "Please send it c/o the front desk, Acme Ltd will pass it on.",
    "El cargo 12-3 apareció el 2º día del mes.",
    "Pza. Mayor souvenir shop charged me twice.",
    "c/c means a current account in the old statements.",
)

# ---------------------------------------------------------------- postcodes in a chat

case(
    "postcode-chat",
    "[16:20] Agent: What is the postcode on the account?\n[16:21] You: ls2 9jt",
    ("ADDRESS", "ls2 9jt"),
)
case(
    "postcode-chat",
    "Bot: Please type your post code\nCustomer: it's DN4 5HX",
    ("ADDRESS", "DN4 5HX"),
)
case(
    "postcode-chat",
    "Agent: and your postal code, please?\nAgent: just to verify\nMe: T2P 1J9",
    ("ADDRESS", "T2P 1J9"),
)
case(
    "postcode-chat",
    "the postcode registered with you should be PL4 8AA I think",
    ("ADDRESS", "PL4 8AA"),
)
case(
    "postcode-chat",
    "Agent: Postcode?\nCustomer: B15 2TT.",
    ("ADDRESS", "B15 2TT"),
)
nothing(
    "postcode-chat-false-friend",
    "Agent: what's your postcode?\nMe: one sec, checking",
    "Agent: postcode?\nCustomer: I'm at stand B12 in the hall",
    "The A14 J21 roadworks made me miss the call.",
    "postcode lookup failed on step 3 of the form",
)

# ---------------------------------------------------------------- non-Latin sign-offs and labels

case("non-latin-sign-off", "З повагою,\nМикола Шевчук", ("PERSON", "Микола Шевчук"))
case(
    "non-latin-sign-off",
    "Картка досі заблокована. З повагою, Галина Кравчук",
    ("PERSON", "Галина Кравчук"),
)
case("non-latin-sign-off", "Срдачан поздрав,\nНенад Илић", ("PERSON", "Ненад Илић"))
case("non-latin-sign-off", "Хвала,\nСњежана Пејић", ("PERSON", "Сњежана Пејић"))
case("non-latin-sign-off", "Поздрави,\nСтоян Тодоров", ("PERSON", "Стоян Тодоров"))
case("non-latin-sign-off", "مع أطيب التحيات،\nيوسف الشمري", ("PERSON", "يوسف الشمري"))
case("non-latin-sign-off", "تحياتي،\nنورة العتيبي", ("PERSON", "نورة العتيبي"))
case("non-latin-sign-off", "با تشکر،\nرضا کریمی", ("PERSON", "رضا کریمی"))
case(
    "non-latin-label",
    "Контактное лицо: Ольга Васильева, по всем вопросам",
    ("PERSON", "Ольга Васильева"),
)
case("non-latin-label", "ПІБ: Петренко Андрій Іванович", ("PERSON", "Петренко Андрій Іванович"))
nothing(
    "non-latin-sign-off-false-friend",
    "З повагою,\nСлужба підтримки",
    "Срдачан поздрав,\nКорисничка подршка",
    "مع أطيب التحيات،\nفريق الدعم",
    "با تشکر،\nتیم پشتیبانی",
    "בברכה,\nשירות הלקוחות",
)

# ---------------------------------------------------------------- CSV and TSV pastes

case(
    "csv-names",
    "full_name,email,city\nGareth Pryce,gareth.pryce@example.com,Swansea\n"
    "Ifeoma Obi,ifeoma.obi@example.org,Leeds",
    ("PERSON", "Gareth Pryce"),
    ("EMAIL", "gareth.pryce@example.com"),
    ("PERSON", "Ifeoma Obi"),
    ("EMAIL", "ifeoma.obi@example.org"),
)
case(
    "csv-names",
    "Customer Name\tAccount\tBalance\nTomasz Wrona\t****2231\t120.40\nLeah Cohen\t****9914\t88.00",
    ("PERSON", "Tomasz Wrona"),
    ("PERSON", "Leah Cohen"),
)
case(
    "csv-names",
    "nazwisko;imie;miasto\nKowalczyk;Agnieszka;Kraków\nZieliński;Marek;Poznań",
    ("PERSON", "Kowalczyk;Agnieszka"),
    ("PERSON", "Zieliński;Marek"),
)
case(
    "csv-names",
    "id,payee,amount\n1,Rhiannon Price,45.00\n2,Baraka Otieno,12.50",
    ("PERSON", "Rhiannon Price"),
    ("PERSON", "Baraka Otieno"),
)
nothing(
    "csv-names-false-friend",
    "sku,name,price\nK-220,Desk Lamp,19.99\nK-221,Garden Chair,34.00",
    "date;merchant;amount\n2026-11-02;Corner Shop;4.50\n2026-11-03;City Parking;6.00",
    "name\tplan\tprice\nPremium Saver\tmonthly\t4.99",
)

# ---------------------------------------------------------------- defanged IP addresses

for text, ip in [
    ("the alert listed 198.51.100[.]201 as the source", "198.51.100[.]201"),
    ("blocked 203[.]0[.]113[.]45 at 02:10", "203[.]0[.]113[.]45"),
    ("link was hxxp://192.0.2[.]77/reset, I did not click", "192.0.2[.]77"),
    ("logins from 198(.)51(.)100(.)9 overnight", "198(.)51(.)100(.)9"),
    ("IOC: 203.0.113{.}188", "203.0.113{.}188"),
]:
    case("defanged-ip", text, ("IP_ADDRESS", ip))
nothing(
    "defanged-ip-false-friend",
    "see section 6.3.2.1 of your terms",
    "the app version is 4.10.2.7",
    "the phishing site was example[.]com, reported",
    "the values 10[.]4 and 7[.]2 are ratios",
)

# ---------------------------------------------------------------- passports with a space

case("passport-space", "Paszport: EK 6039147, ważny do 2031", ("PASSPORT", "EK 6039147"))
case("passport-space", "my passport number is AZ 1197305", ("PASSPORT", "AZ 1197305"))
nothing(
    "passport-space-false-friend",
    "Passport photo taken at booth 12, cost £6",
    "the passport office said to call in 3 days",
)

# ---------------------------------------------------------------- street-like words of support text

nothing(
    "street-like-negatives",
    "Unit 4 of the course explains the Flat fee and the House rules.",
    "Apartment hunting has me moving money around, is there a limit?",
    "Cross-border payment to Ireland failed twice, code 14.",
    "Block 3 of the survey asked for my income.",
    "Road tax of £190 was taken from the wrong account.",
    "The Mill Lane branch closed, so I went to Station Road instead.",
    "Flat 12 percent interest was advertised, not 14.",
)

cases.write("src/test/resources/pii/eval-eighth.jsonl")
