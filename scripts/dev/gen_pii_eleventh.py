#!/usr/bin/env python3
"""Writes src/test/resources/pii/eval-eleventh.jsonl: the eleventh PII set.

Written from docs/pii.md's type table, the jsonl format and the ten earlier sets' categories (so
as not to repeat their forms; their regions and scripts were counted to find the ones they barely
hold) before the recognisers were read or run on it: personal data as writers from Korea, Hong
Kong, Taiwan, Thailand, Malaysia, Singapore, Indonesia, Pakistan, Bangladesh, Sri Lanka, Egypt,
Morocco, Ghana, Ethiopia, South Africa, Argentina, Chile, Peru, Hungary, the Czech Republic,
Romania, Greece and Ukraine type it into English support mail. Names family first with a
hyphenated given name (`Kim Min-jun`), Hong Kong names with an English given name before the
family name (`Jason Wong Ka-ming`), Malaysian `a/l` and `d/o` names, Bangladeshi `Md.` and
Sri Lankan initials, Hungarian family-first names, Spanish double family names of the Andes and
the River Plate, Greek, Romanian (comma-below letters) and Czech names; names in Hangul, Thai,
Greek and Amharic script after a name label; Vietnamese names whose middle word is another
language's word; honorifics of Thai, Indonesian and Ghanaian mail (`Khun`, `Bapak`, `Ibu`,
`Nana`), and a lone given name after "ask for" or "speak to". Phone numbers of those countries in
national and international forms, with extensions in other languages (`anexo`, `int.`,
`poste`, `내선`, `mellék`), slashes and middle dots between the groups, the Argentine `15` and
the Hungarian `06` trunk prefixes. Addresses of those countries (a Singapore block and unit, a
Hong Kong floor, a Malaysian `Jalan`, a Thai `Moo` and `Soi`, an Indonesian `Jl.` with `RT/RW`, a
Pakistani sector, a Hungarian postcode and town before the street, a Romanian block and
staircase, a Czech `náměstí`, a Korean `-ro`, an Argentine CPA, a South African suburb). Cards
grouped by slashes, split over lines with their hyphens, in two halves of eight, and as table
cells; IBANs of Hungary, the Czech Republic, Romania, Greece, Pakistan, Ukraine, Egypt and
Costa Rica in lower case, compact or grouped; dates of birth in words ("the fifth of March
1987", a year in words), year first with dots and spaces (`1987. 03. 05.`), after Greek,
Hungarian, Malay, Thai and Swahili labels, with a place between "born" and the date; secrets in
other phrasings (a passphrase, a memorable word, `passwd`, `psw`, `pass word`, the password
words of Hungarian, Romanian, Greek, Indonesian, Malay and Korean forms).

Negatives that look like personal data (about a quarter): won, baht, rupiah, forint, rand,
peso and sol amounts, Korean bank account numbers and South African and Thai identity numbers
(no type holds them), order and tracking ids, product codes with four-digit groups, timestamps
and dates of issue, expiry and delivery, weekday names, capitalised verbs opening a sentence
after a greeting ("Hi. Attaching …"), a bank's possessive after a greeting, and product names.

Expected outcomes decided where a reader could hesitate (docs/pii.md's rules):
* A title or honorific (Khun, Bapak, Ibu, Nana as a title, Ms., Mr) is no part of a name;
  `Md.`, initials, `a/l`, `d/o`, `bin` and particles are.
* An extension is no part of its phone number.
* A card or IBAN over a line break is one finding, the line break included.
* A national identifier (South African ID, Thai ID, Korean resident number) is nothing, and so
  is a bank account number without an IBAN's form.
* A memorable word and a passphrase are SECRETs, as a password is; a one-time code is nothing.
* An address is one ADDRESS from its first part to its postcode or, without one, its town; the
  country after it is no part of it.

A fixed seed keeps the file reproducible: rerun after editing
(python3 scripts/dev/gen_pii_eleventh.py).
"""

import random

from pii_sets import Cases, card, digits, groups, iban

rng = random.Random(11_2026_12_06)
cases = Cases("eleventh")
case, nothing = cases.case, cases.nothing

# ---------------------------------------------------------------- names: orders and particles

for text, name in [
    ("I spoke to Ms. Kim Min-jun at your Gangnam branch about the fee.", "Kim Min-jun"),
    ("Please issue the replacement card to Jason Wong Ka-ming.", "Jason Wong Ka-ming"),
    ("The transfer came from Chen Yi-ting in Taipei last week.", "Chen Yi-ting"),
    ("My father Suresh a/l Muniandy cannot log in any more.", "Suresh a/l Muniandy"),
    ("Joint holder: Kavitha d/o Ramasamy", "Kavitha d/o Ramasamy"),
    ("The cheque is signed by Md. Rafiqul Islam, our director.", "Md. Rafiqul Islam"),
    ("Forward the statement to W. M. Dissanayake as before.", "W. M. Dissanayake"),
    ("I am Nagy Zoltán and I hold a savings account with you.", "Nagy Zoltán"),
    ("My wife Kovács Eszter opened the account in 2019.", "Kovács Eszter"),
    ("The beneficiary is María José González Fuentes, my cousin.", "María José González Fuentes"),
    ("Please refund Luis Alberto Quispe Mamani, he paid twice.", "Luis Alberto Quispe Mamani"),
    ("The card holder is Ștefan Dumitrescu, not me.", "Ștefan Dumitrescu"),
    ("My landlord Jiří Dvořák never received the rent.", "Jiří Dvořák"),
    ("Add Fatima-Zahra El Idrissi as a second user please.", "Fatima-Zahra El Idrissi"),
    ("The money was sent by Abebe Tesfaye Bekele from Addis Ababa.", "Abebe Tesfaye Bekele"),
    ("I was told by Mohamed Abdel-Rahman that the fee would be waived.", "Mohamed Abdel-Rahman"),
    ("Do Van Long is the owner of the company account.", "Do Van Long"),
    ("Le Van Thanh made the payment from his phone.", "Le Van Thanh"),
]:
    case("name-order", text, ("PERSON", name))

for text, name in [
    ("Dear team, Khun Siriporn Chaiyaporn asked me to write on her behalf.", "Siriporn Chaiyaporn"),
    ("The form was signed by Bapak Joko Susanto yesterday.", "Joko Susanto"),
    ("Ibu Sri Wahyuningsih is the account holder, not me.", "Sri Wahyuningsih"),
    ("Nana Kwabena Owusu will collect the card at the Kumasi branch.", "Kwabena Owusu"),
]:
    case("honorific", text, ("PERSON", name))

for text, name in [
    ("If the line drops, ask for Yaw at the front desk.", "Yaw"),
    ("Please speak to Tariq when you call, he has the papers.", "Tariq"),
    ("You can ask for Somchai, he knows the case.", "Somchai"),
]:
    case("lone-given-name", text, ("PERSON", name))

for text, name in [
    ("이름: 김민준\n계좌 문의입니다.", "김민준"),
    ("ชื่อ: สมชาย ใจดี\nI cannot open the app.", "สมชาย ใจดี"),
    ("Όνομα: Γιώργος Παπαδάκης\nThe card was declined.", "Γιώργος Παπαδάκης"),
    ("ስም: አበበ ተስፋዬ\nPlease help me with my transfer.", "አበበ ተስፋዬ"),
]:
    case("name-script", text, ("PERSON", name))

case(
    "sign-off",
    "I hope this can be fixed soon.\n\nBest regards,\nNurul Aisyah binti Kamarudin\nPetaling Jaya",
    ("PERSON", "Nurul Aisyah binti Kamarudin"),
)
case(
    "sign-off",
    "Thank you for your help.\n\nSincerely,\nSyed Ali Raza Naqvi\nLahore",
    ("PERSON", "Syed Ali Raza Naqvi"),
)
case(
    "sign-off",
    "Looking forward to your reply.\n\nKind regards,\nHerath Mudiyanselage Sunil Bandara",
    ("PERSON", "Herath Mudiyanselage Sunil Bandara"),
)
case(
    "sign-off",
    "Gracias de antemano.\n\nSaludos cordiales,\nValentina Rojas Errázuriz",
    ("PERSON", "Valentina Rojas Errázuriz"),
)
case(
    "sign-off",
    "Köszönöm,\nTóth Péter",
    ("PERSON", "Tóth Péter"),
)

# ---------------------------------------------------------------- phone numbers

for text, phone, region in [
    ("My mobile is 010-4827-3915, please text me.", "010-4827-3915", "KR"),
    ("Call me on +82 10 5938 2716 any time after 6pm.", "+82 10 5938 2716", None),
    ("Please ring +852 9183 4627 if the courier cannot find me.", "+852 9183 4627", None),
    ("My number in Bangkok is 081-936-4275.", "081-936-4275", "TH"),
    ("You can reach me at 012-738 4192 during office hours.", "012-738 4192", "MY"),
    ("HP: 0812-4739-2615", "0812-4739-2615", "ID"),
    ("My cell is 0300-4718293 (Jazz).", "0300-4718293", "PK"),
    ("Call me at 077 482 9163, I live in Kandy.", "077 482 9163", "LK"),
    ("My number is 0100 472 8391.", "0100 472 8391", "EG"),
    ("Tél : 06.61.48.27.39", "06.61.48.27.39", "MA"),
    ("Call 024 471 8362 and I will pick up.", "024 471 8362", "GH"),
    ("Cell: 082 417 3926", "082 417 3926", "ZA"),
    ("Mi celular es 011 15-4827-3916.", "011 15-4827-3916", "AR"),
    ("Mi número: +56 9 6183 4729", "+56 9 6183 4729", None),
    ("Reach me at 987 416 283, I am in Lima.", "987 416 283", "PE"),
    ("Call me on 06 30 418 2736 in the evening.", "06 30 418 2736", "HU"),
    ("Telefon: 0721.483.916", "0721.483.916", "RO"),
    ("Κινητό: 694 813 2756", "694 813 2756", "GR"),
]:
    case("phone-national", text, ("PHONE", phone), region=region)

for text, phone, region in [
    ("Oficina: (01) 418 2736 anexo 214", "(01) 418 2736", "PE"),
    ("Llámeme al +56 2 2481 7365 int. 305.", "+56 2 2481 7365", None),
    ("Appelez-moi au 05 22 48 17 36 poste 12.", "05 22 48 17 36", "MA"),
    ("회사 02-2187-4536 내선 417", "02-2187-4536", "KR"),
    ("Munkahely: +36 1 481 2736 mellék 22", "+36 1 481 2736", None),
]:
    case("phone-extension", text, ("PHONE", phone), region=region)

for text, phone, region in [
    ("My number: +36/30/481-2739", "+36/30/481-2739", None),
    ("Call me: 081·572·4136", "081·572·4136", "TH"),
    ("Mobile +60 12 / 481 7365", "+60 12 / 481 7365", None),
    ("Phone: (02) 2481-7365 ext 3", "(02) 2481-7365", "EG"),
]:
    case("phone-separator", text, ("PHONE", phone), region=region)

# ---------------------------------------------------------------- addresses

for text, address, region in [
    (
        "Please post the card to Blk 418 Ang Mo Kio Avenue 10, #07-1532, Singapore 560418.",
        "Blk 418 Ang Mo Kio Avenue 10, #07-1532, Singapore 560418",
        None,
    ),
    (
        "My address is No. 27, Jalan SS 2/75, 47300 Petaling Jaya, Selangor.",
        "No. 27, Jalan SS 2/75, 47300 Petaling Jaya, Selangor",
        None,
    ),
    (
        "Deliver to 88/14 Moo 5, Sukhumvit Soi 31, Khlong Toei Nuea, Watthana, Bangkok 10110.",
        "88/14 Moo 5, Sukhumvit Soi 31, Khlong Toei Nuea, Watthana, Bangkok 10110",
        None,
    ),
    (
        "Alamat: Jl. Kemang Raya No. 12, RT 04/RW 02, Jakarta Selatan 12730",
        "Jl. Kemang Raya No. 12, RT 04/RW 02, Jakarta Selatan 12730",
        None,
    ),
    (
        "I live at House 27, Street 14, F-7/2, Islamabad 44000.",
        "House 27, Street 14, F-7/2, Islamabad 44000",
        None,
    ),
    (
        "Címem: 1052 Budapest, Váci utca 47. II/5.",
        "1052 Budapest, Váci utca 47. II/5",
        None,
    ),
    (
        "Adresa: Str. Mihai Eminescu nr. 18, bl. C4, sc. 2, ap. 31, 020081 București",
        "Str. Mihai Eminescu nr. 18, bl. C4, sc. 2, ap. 31, 020081 București",
        None,
    ),
    (
        "Send it to náměstí Míru 15, 120 00 Praha 2, please.",
        "náměstí Míru 15, 120 00 Praha 2",
        None,
    ),
    (
        "My new address: 231 Teheran-ro, Gangnam-gu, Seoul 06142",
        "231 Teheran-ro, Gangnam-gu, Seoul 06142",
        None,
    ),
    (
        "Domicilio: Av. Corrientes 1847, piso 6 dto. B, C1045AAF CABA",
        "Av. Corrientes 1847, piso 6 dto. B, C1045AAF CABA",
        None,
    ),
    (
        "Postal address:\n27 Jan Smuts Avenue\nParktown\nJohannesburg\n2193\nSouth Africa",
        "27 Jan Smuts Avenue\nParktown\nJohannesburg\n2193",
        None,
    ),
    (
        "Please use 14 Mohamed Mazhar Street, Zamalek, Cairo 11211 for the letter.",
        "14 Mohamed Mazhar Street, Zamalek, Cairo 11211",
        None,
    ),
    (
        "Flat 12B, 8/F, Sunrise Court, 18 Nathan Road, Tsim Sha Tsui, Kowloon is my address.",
        "Flat 12B, 8/F, Sunrise Court, 18 Nathan Road, Tsim Sha Tsui, Kowloon",
        None,
    ),
    (
        "Διεύθυνση: Ερμού 25, 105 63 Αθήνα",
        "Ερμού 25, 105 63 Αθήνα",
        None,
    ),
    (
        "Send the PIN mailer to P.O. Box KA 9417, Airport, Accra.",
        "P.O. Box KA 9417, Airport, Accra",
        None,
    ),
]:
    case("address", text, ("ADDRESS", address), region=region)

# ---------------------------------------------------------------- cards

visa = card(rng, "4", 16)
mc = card(rng, "53", 16)
amex = card(rng, "37", 15)
visa2 = card(rng, "4", 16)
mc2 = card(rng, "22", 16)
visa3 = card(rng, "4", 16)
disc = card(rng, "6011", 16)

case("card-slashes", f"Card: {groups(visa, 4, '/')}, expiry 08/29.", ("CREDIT_CARD", groups(visa, 4, "/")))
case(
    "card-slashes",
    f"the number on the front is {mc[:4]} / {mc[4:8]} / {mc[8:12]} / {mc[12:]}",
    ("CREDIT_CARD", f"{mc[:4]} / {mc[4:8]} / {mc[8:12]} / {mc[12:]}"),
)
amex_split = f"{amex[:4]}-{amex[4:10]}-\n{amex[10:]}"
case("card-split", f"Amex no. {amex_split} was charged twice.", ("CREDIT_CARD", amex_split))
visa2_split = f"{visa2[:4]}-{visa2[4:8]}-\n{visa2[8:12]}-{visa2[12:]}"
case("card-split", f"My card:\n{visa2_split}\nplease block it.", ("CREDIT_CARD", visa2_split))
case(
    "card-halves",
    f"Card number {mc2[:8]} {mc2[8:]} is the one that was stolen.",
    ("CREDIT_CARD", f"{mc2[:8]} {mc2[8:]}"),
)
case(
    "card-table",
    f"| Card | {visa3} |\n| Expiry | 11/28 |",
    ("CREDIT_CARD", visa3),
)
case(
    "card-underscores",
    f"card={disc[:4]}_{disc[4:8]}_{disc[8:12]}_{disc[12:]}",
    ("CREDIT_CARD", f"{disc[:4]}_{disc[4:8]}_{disc[8:12]}_{disc[12:]}"),
)

# ---------------------------------------------------------------- IBANs in lower case

hu = iban("HU", digits(rng, 24))
cz = iban("CZ", digits(rng, 20))
ro = iban("RO", "BTRL" + digits(rng, 16))
gr = iban("GR", digits(rng, 23))
pk = iban("PK", "SCBL" + digits(rng, 16))
ua = iban("UA", digits(rng, 25))
eg = iban("EG", digits(rng, 25))
cr = iban("CR", digits(rng, 18))

case("iban-lower", f"my iban is {hu.lower()} (OTP)", ("IBAN", hu.lower()))
case("iban-lower", f"iban: {groups(cz.lower())}", ("IBAN", groups(cz.lower())))
case("iban-lower", f"Please pay into {groups(ro.lower())}.", ("IBAN", groups(ro.lower())))
case("iban-lower", f"IBAN {groups(gr.lower(), 4, '-')} (Piraeus)", ("IBAN", groups(gr.lower(), 4, "-")))
case("iban-lower", f"send it to {pk.lower()} thanks", ("IBAN", pk.lower()))
ua_split = groups(ua.lower())
ua_split = ua_split[:14] + "\n" + ua_split[15:]
case("iban-lower", f"my account:\n{ua_split}", ("IBAN", ua_split))
case("iban-mixed", f"IBAN: {eg[:2].lower()}{eg[2:]}", ("IBAN", f"{eg[:2].lower()}{eg[2:]}"))
case("iban-mixed", f"Cuenta IBAN {groups(cr.lower())} a mi nombre.", ("IBAN", groups(cr.lower())))

# ---------------------------------------------------------------- dates of birth

for text, dob in [
    ("I was born on the fifth of March 1987, if you need it.", "the fifth of March 1987"),
    ("Date of birth: twenty-third of November nineteen eighty-six", "twenty-third of November nineteen eighty-six"),
    ("DOB is March the 5th, 1987.", "March the 5th, 1987"),
    ("Születési dátum: 1987. 03. 05.", "1987. 03. 05."),
    ("Ημερομηνία γέννησης: 05/03/1987", "05/03/1987"),
    ("Tarikh lahir: 12-08-1991", "12-08-1991"),
    ("วันเกิด: 21/06/1984", "21/06/1984"),
    ("I was born in Kumasi on 7 July 1982.", "7 July 1982"),
    ("She was born 5.3.1987 in Brno.", "5.3.1987"),
]:
    case("dob", text, ("DATE_OF_BIRTH", dob))

# ---------------------------------------------------------------- secrets

for text, secret in [
    ("My passphrase is purple-otter-staple-42, I use it for the app.", "purple-otter-staple-42"),
    ("The memorable word I set was Harmattan2019.", "Harmattan2019"),
    ("passwd: Kq7!vRt2mZ", "Kq7!vRt2mZ"),
    ("my pass word is Mango$Tree77", "Mango$Tree77"),
    ("Jelszó: Balaton#2024", "Balaton#2024"),
    ("kata sandi: Rendang*77", "Rendang*77"),
    ("Kata laluan saya ialah Durian@123", "Durian@123"),
    ("비밀번호: Hangang!92", "Hangang!92"),
]:
    case("secret", text, ("SECRET", secret))

# ---------------------------------------------------------------- emails and IPs alongside

case(
    "email",
    "Write to min-jun.kim@example.kr or my wife's seo.yeon+bank@example.co.kr.",
    ("EMAIL", "min-jun.kim@example.kr"),
    ("EMAIL", "seo.yeon+bank@example.co.kr"),
)
case(
    "email",
    "Contacto: valentina.rojas@example.cl",
    ("EMAIL", "valentina.rojas@example.cl"),
)
case(
    "email",
    "E-mail: toth.peter@example.hu (the old one at example.net is closed)",
    ("EMAIL", "toth.peter@example.hu"),
)
case(
    "ip",
    "The app says my IP 198.51.100.214 is blocked since Tuesday.",
    ("IP_ADDRESS", "198.51.100.214"),
)
case(
    "ip",
    "Login from 2001:db8:4a1:7::12 (Seoul) was not me.",
    ("IP_ADDRESS", "2001:db8:4a1:7::12"),
)

# ---------------------------------------------------------------- mixed signatures

case(
    "signature",
    "Regards,\nChen Yi-ting\nMobile: +886 912 348 517\nchen.yt@example.tw",
    ("PERSON", "Chen Yi-ting"),
    ("PHONE", "+886 912 348 517"),
    ("EMAIL", "chen.yt@example.tw"),
)
case(
    "signature",
    "Cheers,\nThabo Molefe\nCell +27 82 418 3927\n14 Bree Street, Cape Town, 8001",
    ("PERSON", "Thabo Molefe"),
    ("PHONE", "+27 82 418 3927"),
    ("ADDRESS", "14 Bree Street, Cape Town, 8001"),
)
case(
    "signature",
    "Saludos,\nDiego Fernández Paz\nTel. +51 1 418 2736 anexo 12",
    ("PERSON", "Diego Fernández Paz"),
    ("PHONE", "+51 1 418 2736"),
)

# ---------------------------------------------------------------- nothing to find

nothing(
    "greeting-verbs",
    "Hi. Attaching my bank statement as you asked.",
    "Hello. Forwarding the letter I got from your branch.",
    "Hi. Copying the error message below.",
    "Dear support. Resending this because nobody answered.",
)
nothing(
    "bank-possessive",
    "Hi, Acme Bank's new app keeps logging me out.",
    "Hello, Northwind Savings' branch in Kowloon is closed on Saturdays.",
)
nothing(
    "cue-no-name",
    "Please ask for Customer Care when you call the branch.",
    "You can speak to Billing about the late fee.",
    "Good morning. Following up on ticket 48213 from Wednesday.",
    "Hi, Seoul Metro's card reader charged me twice.",
    "The Mayfair Gold account and the Kensington Saver both pay 3.1 %.",
)
nothing(
    "weekdays-products",
    "Monday and Thursday are the only days I can visit the branch.",
    "The Platinum Rewards card and the Acme Saver Plus account both show the wrong fee.",
    "Since Friday the Smart Pay widget shows Pending on every transfer.",
)
nothing(
    "amounts",
    "I was charged ₩1,250,000 instead of ₩125,000.",
    "The fee of ฿12,500.00 was taken twice on 02/12/2026.",
    "Rp 1.500.000 left my account but never arrived.",
    "They took 125 000 Ft and 48 500 Ft on the same day.",
    "A debit of R 1 250,00 and one of ARS 45.800,50 appear on my statement.",
    "The refund of S/ 418.50 is still pending.",
)
nothing(
    "identifiers",
    "My Korean bank account 110-482-739165 at Shinhan receives the salary.",
    "ID number: 8712035183081 (South African ID, for the KYC form).",
    "Thai ID 1-1037-00482-73-9 was accepted at the branch.",
    "Order ORD-2026-448127 and tracking RR482739165TH have not moved.",
    "Product code 4539-1488-02 does not scan at the till.",
    "Reference: 2026/1206/48271 (please quote it).",
)
nothing(
    "dates-no-birth",
    "Card issued 05/03/2019, valid thru 03/29.",
    "Account opened on the fifth of March 2015 at the Lahore branch.",
    "The transfer on 2026. 11. 28. 14:05:33 failed.",
    "Delivery is expected on the 14th of December 2026.",
)
nothing(
    "phone-like",
    "The limit was raised to 1,000,000 won on 2026-12-01.",
    "Version 10.4.12.3 of the app crashes on start.",
    "Batch 0812/4739/2615 of the statements was misprinted.",
)

cases.write("src/test/resources/pii/eval-eleventh.jsonl")
