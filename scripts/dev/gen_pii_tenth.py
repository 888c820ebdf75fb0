#!/usr/bin/env python3
"""Writes src/test/resources/pii/eval-tenth.jsonl: the tenth PII set.

Written from docs/pii.md's type table, the jsonl format and the nine earlier sets' categories (so
as not to repeat their forms) before the recognisers were read or run on it: personal data as
writers from India, Nigeria, Kenya, Brazil, the Philippines, Poland, Vietnam, the Gulf and Turkey
type it into English support mail. Names with honorifics and initials (`Dr. A. K. Sharma`, `Mr
Chukwuemeka O.`, `Engr.`, `Atty.`, `Alhaji`, `Smt.`, `Prof. (Dr.)`), family name first without
capitals (`Nguyen Thi Thu Ha`), Arabic `bin`/`Al-` names, Filipino `Ma.` and `dela`, Brazilian
`das`/`de Assis`; names in `From:`/`Reply-To:`/`To:` display headers and in the quoted "On …
wrote:" lines of English, Vietnamese, Indonesian and Turkish clients; the sign-offs of Indian
and West African mail ("Thanks & Regards,", "Warm regards,") over a name with an initial; form
labels that split a name ("Surname:" / "Other names:"). Phone numbers spoken in words with
"double" and "triple", dotted national numbers, country codes in brackets (`(+234) 803 …`,
`(0091) …`), Brazilian, Filipino, Polish, Vietnamese, Gulf, Nigerian and Indian national forms
with their tenant's country. Addresses across several lines: Kenyan and Gulf post-office boxes
(`P.O. Box 30123-00100`), a Nigerian private mail bag, a Brazilian street with its number after a
comma and a CEP label, a Filipino barangay, a Polish `m.` flat, a Vietnamese lane, a Saudi
national address, a US suite line above its street, a `c/o` line above an Indian house. IBANs of
Poland, Saudi Arabia, the Emirates and Brazil in odd groups, two read by OCR with a letter for a
digit; cards of national schemes (RuPay, Verve, Elo) and in odd groups. Dates of birth in form
layouts (a format hint, ":-", "Birth date", a Vietnamese label, with an age). Secrets: a password
after "pass:", "Password -", "pwd:", "was"; a card or UPI PIN. IP addresses in nginx, Apache,
firewall and Windows logs, an `X-Forwarded-For` list, a bracketed IPv6 with its port.

Negatives that look like personal data: Indian, Brazilian, Nigerian and Polish amounts, times
with dots, four-part firmware versions, national identifiers (no type holds them: Aadhaar, CPF,
NIN, PESEL), bank references, a BIC, one-time codes, Luhn-failing 16-digit order numbers, airports,
roads and cities named after people, brands with a title (`Dr. Oetker`, `Mr Price`), and dates
beside birth words or in forms that are no birth dates.

Expected outcomes decided where a reader could hesitate (docs/pii.md's rules):
* A title or honorific (Dr., Mr, Engr., Atty., Alhaji, Smt., Prof. (Dr.)) is no part of a name;
  initials and a trailing initial are ("A. K. Sharma", "Chukwuemeka O."), and so is "Jr.".
* A name split over two form labels is two PERSONs.
* A phone number in words is one PHONE on its whole span; two numbers joined by "/" are two.
* A value read with a letter for a digit (OCR) is its type on its whole span.
* A card or UPI PIN is a SECRET; a one-time code is nothing (as in the seventh and eighth sets).
* A national identifier other than the SSN is nothing; so is a BIC.
* `c/o` and the name after it are no part of the ADDRESS; the name is a PERSON.
* An address over several lines is one ADDRESS, line breaks included, from its first line to its
  postcode or, without one, its town; a country line after it is no part of it.

A fixed seed keeps the file reproducible: rerun after editing
(python3 scripts/dev/gen_pii_tenth.py).
"""

import random

from pii_sets import Cases, card, digits, groups, iban

rng = random.Random(10_2026_12_06)
cases = Cases("tenth")
case, nothing = cases.case, cases.nothing

# ---------------------------------------------------------------- honorifics and initials

for text, name in [
    ("Please escalate this to Dr. A. K. Sharma, he is the account holder.", "A. K. Sharma"),
    ("The cheque was issued by Mr Chukwuemeka O. on Friday.", "Chukwuemeka O."),
    ("Kindly note that Engr. Babatunde Olatunji is authorised to sign.", "Babatunde Olatunji"),
    ("I am writing on behalf of my client, Atty. Maria Theresa Santos.", "Maria Theresa Santos"),
    ("The nominee on the account is Smt. K. Lakshmi, my mother.", "K. Lakshmi"),
    ("Alhaji Musa Danjuma visited the Kano branch yesterday.", "Musa Danjuma"),
    ("Forwarding the letter from Prof. (Dr.) S. Ramachandran as requested.", "S. Ramachandran"),
    ("My father, Jose Miguel Reyes Jr., cannot use the app.", "Jose Miguel Reyes Jr."),
]:
    case("honorific-initials", text, ("PERSON", name))

# ---------------------------------------------------------------- name orders of other cultures

for text, name in [
    ("The transfer was made by Nguyen Thi Thu Ha from her Vietcombank account.", "Nguyen Thi Thu Ha"),
    ("Please add Khalid bin Saeed Al-Harthy as a second user.", "Khalid bin Saeed Al-Harthy"),
    ("The parcel was signed for by Ma. Cristina dela Cruz.", "Ma. Cristina dela Cruz"),
    ("My aunt Maria das Graças Oliveira has the same problem.", "Maria das Graças Oliveira"),
    ("I spoke with Małgorzata Brzęczek-Nowak at the Kraków office.", "Małgorzata Brzęczek-Nowak"),
    ("Refund it to Francisco de Assis Pereira, the card holder.", "Francisco de Assis Pereira"),
    ("Tran Van Minh is my business partner and needs access.", "Tran Van Minh"),
]:
    case("name-order", text, ("PERSON", name))

# ---------------------------------------------------------------- display headers

case(
    "display-header",
    'From: "Dr. A. K. Sharma" <ak.sharma@example.in>\nSubject: Locked out',
    ("PERSON", "A. K. Sharma"),
    ("EMAIL", "ak.sharma@example.in"),
)
case(
    "display-header",
    "From: Pham Quoc Bao <bao.pq@example.vn>\nSent: 02 December 2026 09:14",
    ("PERSON", "Pham Quoc Bao"),
    ("EMAIL", "bao.pq@example.vn"),
)
case(
    "display-header",
    'Reply-To: "Bautista, Maria Luz" <mlbautista@example.ph>',
    ("PERSON", "Bautista, Maria Luz"),
    ("EMAIL", "mlbautista@example.ph"),
)
case(
    "display-header",
    'From: "Chukwuemeka O." <emeka.o@example.com.ng>',
    ("PERSON", "Chukwuemeka O."),
    ("EMAIL", "emeka.o@example.com.ng"),
)
case(
    "display-header",
    "To: Eng. Omar El-Sayed <omar.elsayed@example.ae>; billing@example.com",
    ("PERSON", "Omar El-Sayed"),
    ("EMAIL", "omar.elsayed@example.ae"),
    ("EMAIL", "billing@example.com"),
)

# ---------------------------------------------------------------- quoted attribution lines

case(
    "attribution",
    "On Wed, 2 Dec 2026 at 09:14, Folasade Adeyemi-Bello <folasade.ab@example.com> wrote:\n> I still have not received it",
    ("PERSON", "Folasade Adeyemi-Bello"),
    ("EMAIL", "folasade.ab@example.com"),
)
case(
    "attribution",
    "On 02-Dec-2026 10:15 AM, R. Venkatesh wrote:\n> Please confirm the refund.",
    ("PERSON", "R. Venkatesh"),
)
case(
    "attribution",
    "Vào Th 4, 2 thg 12, 2026 lúc 09:14 Le Hoang Nam <nam.lh@example.vn> đã viết:\n> Tôi cần hỗ trợ",
    ("PERSON", "Le Hoang Nam"),
    ("EMAIL", "nam.lh@example.vn"),
)
case(
    "attribution",
    "Pada tanggal Rab, 2 Des 2026 pukul 09.14 Siti Rahmawati <siti.r@example.co.id> menulis:\n> Mohon dibantu",
    ("PERSON", "Siti Rahmawati"),
    ("EMAIL", "siti.r@example.co.id"),
)
case(
    "attribution",
    "Ayşe Yılmaz <ayse.yilmaz@example.com.tr>, 2 Ara 2026 Çar, 09:14 tarihinde şunu yazdı:\n> Merhaba",
    ("PERSON", "Ayşe Yılmaz"),
    ("EMAIL", "ayse.yilmaz@example.com.tr"),
)
case(
    "attribution",
    "On Monday, 30 November 2026, Krzysztof Wójtowicz wrote:\n> The card is blocked again.",
    ("PERSON", "Krzysztof Wójtowicz"),
)

# ---------------------------------------------------------------- sign-offs of other regions

case("sign-off", "Kindly revert at the earliest.\n\nThanks & Regards,\nR. Venkatesh\nBangalore", ("PERSON", "R. Venkatesh"))
case("sign-off", "I await your urgent response.\n\nWarm regards,\nChukwuemeka O.", ("PERSON", "Chukwuemeka O."))
case("sign-off", "Thank you po.\n\nYours faithfully,\nMa. Cristina dela Cruz", ("PERSON", "Ma. Cristina dela Cruz"))
case("sign-off", "Waiting for your reply.\n\nBest Regards.\nAbdulrahman Al Zahrani", ("PERSON", "Abdulrahman Al Zahrani"))
case("sign-off", "Please do the needful.\n\nWith regards,\nDr. Meenakshi Iyer\nChennai", ("PERSON", "Meenakshi Iyer"))

# ---------------------------------------------------------------- names split over form labels

case(
    "form-split-name",
    "Surname: OKAFOR\nOther names: Chinedu Emmanuel\nBVN: not shown",
    ("PERSON", "OKAFOR"),
    ("PERSON", "Chinedu Emmanuel"),
)
case(
    "form-split-name",
    "Last name: Wiśniewska\nFirst name: Katarzyna\nBranch: Gdańsk",
    ("PERSON", "Wiśniewska"),
    ("PERSON", "Katarzyna"),
)
case(
    "form-split-name",
    "Full name (surname first): NGUYEN Thi Mai\nAccount type: savings",
    ("PERSON", "NGUYEN Thi Mai"),
)

# ---------------------------------------------------------------- phones in words

case(
    "phone-words",
    "call me on oh seven seven double oh, nine double oh, four one two please",
    ("PHONE", "oh seven seven double oh, nine double oh, four one two"),
    region="GB",
)
case(
    "phone-words",
    "my mobile is zero nine one seven triple five zero one two three",
    ("PHONE", "zero nine one seven triple five zero one two three"),
    region="PH",
)

# ---------------------------------------------------------------- dotted national numbers

for text, phone, region in [
    ("Mobile: 0803.555.0144 (MTN)", "0803.555.0144", "NG"),
    ("you can reach me at 07700.900.461 after 6pm", "07700.900.461", "GB"),
    ("Ph. 98450.12345", "98450.12345", "IN"),
]:
    case("phone-dotted", text, ("PHONE", phone), region=region)

# ---------------------------------------------------------------- country codes in brackets

for text, phone in [
    ("Tel: (+234) 803 555 0178", "(+234) 803 555 0178"),
    ("whatsapp (+63) 917 555 0123 anytime", "(+63) 917 555 0123"),
    ("Please call me on (+48) 601 555 123.", "(+48) 601 555 123"),
    ("Cell (+971) 50 555 1234, office closed Friday", "(+971) 50 555 1234"),
    ("Contact no. (0091) 98450 12377", "(0091) 98450 12377"),
    ("My number is (+84) 912 345 678.", "(+84) 912 345 678"),
    ("Celular: (+55 11) 98765-4321", "(+55 11) 98765-4321"),
]:
    case("phone-bracket-cc", text, ("PHONE", phone))

# ---------------------------------------------------------------- national forms with the tenant's country

for text, phone, region in [
    ("Meu celular é (11) 98765-4321, pode ligar.", "(11) 98765-4321", "BR"),
    ("Text me at 0917-555-0188 if the courier is late.", "0917-555-0188", "PH"),
    ("Mój numer: 601 555 143", "601 555 143", "PL"),
    ("SĐT: 0912 345 679", "0912 345 679", "VN"),
    ("Call 050 555 1290 and ask for Hamdan.", "050 555 1290", "AE"),
    ("My line is 08035550199, the other one is off.", "08035550199", "NG"),
    ("Mob: +91 98450 12390 / 080-2555 1234", "+91 98450 12390", "IN"),
    ("Mobile +966 55 555 1234, office +966 11 555 0123", "+966 55 555 1234", "SA"),
]:
    labels = [("PHONE", phone)]
    if "080-2555" in text:
        labels.append(("PHONE", "080-2555 1234"))
    if "+966 11" in text:
        labels.append(("PHONE", "+966 11 555 0123"))
    if "Hamdan" in text:
        labels.append(("PERSON", "Hamdan"))
    case("phone-national", text, *labels, region=region)

# ---------------------------------------------------------------- addresses over several lines

for text, address, extra in [
    ("Please post the new card to:\nP.O. Box 30123-00100\nNairobi\nKenya", "P.O. Box 30123-00100\nNairobi", ()),
    ("My postal address is P.O. Box 12345, Dubai, UAE.", "P.O. Box 12345, Dubai", ()),
    ("Send documents to P.M.B. 2345, Ikeja, Lagos State.", "P.M.B. 2345, Ikeja, Lagos State", ()),
    (
        "Endereço:\nRua Augusta, 1508 - apto 72\nConsolação\nSão Paulo - SP\nCEP 01304-001",
        "Rua Augusta, 1508 - apto 72\nConsolação\nSão Paulo - SP\nCEP 01304-001",
        (),
    ),
    (
        "Deliver to:\nUnit 12B Tower 2, Avida Residences\n123 Jupiter St., Brgy. Bel-Air\nMakati City 1209",
        "Unit 12B Tower 2, Avida Residences\n123 Jupiter St., Brgy. Bel-Air\nMakati City 1209",
        (),
    ),
    ("Adres:\nul. Długa 5 m. 12\n00-238 Warszawa", "ul. Długa 5 m. 12\n00-238 Warszawa", ()),
    (
        "My address: No. 12, Lane 34, Hue Street\nHai Ba Trung District, Hanoi 100000",
        "No. 12, Lane 34, Hue Street\nHai Ba Trung District, Hanoi 100000",
        (),
    ),
    (
        "National address: 7421 King Fahd Road, Al Olaya District, Riyadh 12214",
        "7421 King Fahd Road, Al Olaya District, Riyadh 12214",
        (),
    ),
    (
        "Ship it to\nSuite 1400\n233 S Wacker Dr\nChicago, IL 60606",
        "Suite 1400\n233 S Wacker Dr\nChicago, IL 60606",
        (),
    ),
    (
        "Courier address:\nc/o Mr. R. K. Gupta\nHouse No. 221, Sector 15-A\nChandigarh 160015",
        "House No. 221, Sector 15-A\nChandigarh 160015",
        (("PERSON", "R. K. Gupta"),),
    ),
    (
        "Please update it to Apartment 4C, 18 Admiralty Way, Lekki Phase 1, Lagos 106104.",
        "Apartment 4C, 18 Admiralty Way, Lekki Phase 1, Lagos 106104",
        (),
    ),
    (
        "Flat 2\n14 Marlborough Road\nLondon\nN19 4NB\nis where I live now.",
        "Flat 2\n14 Marlborough Road\nLondon\nN19 4NB",
        (),
    ),
]:
    case("address-multiline", text, ("ADDRESS", address), *extra)

# ---------------------------------------------------------------- IBANs in odd groups, OCR

pl = iban("PL", "10901014" + digits(rng, 16))
sa = iban("SA", "80" + digits(rng, 18))
ae = iban("AE", "033" + digits(rng, 16))
br = iban("BR", "00360305" + "00001" + digits(rng, 10) + "P1")
gb = iban("GB", "NWBK60161331" + digits(rng, 6))
de = iban("DE", "37040044" + digits(rng, 10))
pl_text = f"PL {pl[2:4]} {groups(pl[4:])}"
case("iban-odd", f"Nr konta: {pl_text} (mBank)", ("IBAN", pl_text))
case("iban-odd", f"IBAN: {groups(sa)}", ("IBAN", groups(sa)))
ae_text = f"{ae[:4]} {ae[4:7]} {ae[7:]}"
case("iban-odd", f"Kindly refund to IBAN {ae_text}, Emirates NBD.", ("IBAN", ae_text))
case("iban-odd", f"IBAN {br}", ("IBAN", br))
# a scanner reads a 1 as I and a 0 as O in the account part
gb_ocr = groups(gb)[:5] + groups(gb)[5:].replace("1", "I", 1)
case("iban-ocr", f"(scanned statement) IBAN {gb_ocr}", ("IBAN", gb_ocr))
de_ocr = groups(de)[:5] + groups(de)[5:].replace("0", "O", 2)
case("iban-ocr", f"Kontoauszug, IBAN: {de_ocr}", ("IBAN", de_ocr))

# ---------------------------------------------------------------- cards of national schemes, odd groups

rupay = card(rng, "6521", 16)
verve = card(rng, "506102", 19)
elo = card(rng, "636368", 16)
visa = card(rng, "4539", 16)
mc = card(rng, "5312", 16)
case("card-scheme", f"My RuPay card {groups(rupay)} was debited twice.", ("CREDIT_CARD", groups(rupay)))
case("card-scheme", f"Verve card no: {groups(verve)}", ("CREDIT_CARD", groups(verve)))
case("card-scheme", f"cartão Elo {groups(elo)} foi recusado", ("CREDIT_CARD", groups(elo)))
case("card-odd", f"card {visa[:8]} {visa[8:]} exp 11/29", ("CREDIT_CARD", f"{visa[:8]} {visa[8:]}"))
mc_slashed = "/".join(groups(mc).split())
case("card-odd", f"Card No.: {mc_slashed}", ("CREDIT_CARD", mc_slashed))

# ---------------------------------------------------------------- dates of birth in forms

for text, dob in [
    ("DOB (DD/MM/YYYY): 07/11/1988", "07/11/1988"),
    ("Date of Birth : 12th May, 1990", "12th May, 1990"),
    ("D.O.B:- 03-04-1979", "03-04-1979"),
    ("Birth date: 1992.08.15", "1992.08.15"),
    ("Birthdate - 15/Aug/1992", "15/Aug/1992"),
    ("Ngày sinh: 12/05/1990", "12/05/1990"),
    ("Age/DOB: 34 / 02.02.1992", "02.02.1992"),
    ("Date of birth (MM/DD/YYYY) 11/07/1986", "11/07/1986"),
]:
    case("dob-form", text, ("DATE_OF_BIRTH", dob))

# ---------------------------------------------------------------- secrets and PINs

for text, secret in [
    ("login: ravi.kumar / pass: Ravi@1985", "Ravi@1985"),
    ("Password - Mabuhay#2026", "Mabuhay#2026"),
    ("new pwd: Zx8!qLm2Tk", "Zx8!qLm2Tk"),
    ("the password i set was 'warszawa1987'", "warszawa1987"),
    ("ATM PIN: 4821", "4821"),
    ("my card PIN is 7294, please block it", "7294"),
    ("UPI PIN is 2580 and it still fails", "2580"),
]:
    case("secret", text, ("SECRET", secret))

# ---------------------------------------------------------------- IPs in pasted logs

case(
    "ip-log",
    '203.0.113.77 - - [06/Dec/2026:10:12:01 +0000] "POST /api/login HTTP/1.1" 401 512',
    ("IP_ADDRESS", "203.0.113.77"),
)
case(
    "ip-log",
    "[Sun Dec 06 10:12:01.123456 2026] [auth_basic:error] [pid 4412] [client 198.51.100.23:51234] AH01618: user admin not found",
    ("IP_ADDRESS", "198.51.100.23"),
)
case("ip-log", "X-Forwarded-For: 192.0.2.146, 198.51.100.9", ("IP_ADDRESS", "192.0.2.146"), ("IP_ADDRESS", "198.51.100.9"))
case(
    "ip-log",
    "kernel: DROP IN=eth0 SRC=203.0.113.200 DST=192.0.2.10 PROTO=TCP SPT=44321 DPT=22",
    ("IP_ADDRESS", "203.0.113.200"),
    ("IP_ADDRESS", "192.0.2.10"),
)
case("ip-log", "curl: (7) Failed to connect to [2001:db8:4f::1b]:443", ("IP_ADDRESS", "2001:db8:4f::1b"))
case("ip-log", "Logon failure.\nSource Network Address:\t198.51.100.61\nSource Port:\t50112", ("IP_ADDRESS", "198.51.100.61"))

# ---------------------------------------------------------------- negatives

nothing(
    "amounts-times",
    "The TV cost ₹1,24,999.00 and I was charged twice.",
    "Paguei R$ 1.234,56 no dia 03/12 e não recebi.",
    "₦45,000.00 was deducted at 10.45 hrs yesterday.",
    "Zapłaciłem 1 299,99 zł za zamówienie.",
    "The flight leaves at 14.30 and lands at 22.05 local time.",
    "PHP 2,499.00 refund still pending since 28.11.2026.",
    "Router firmware 4.12.0.255 dropped the connection.",
)
nothing(
    "ids-no-type",
    "My Aadhaar 2345 6789 0123 is linked to the account.",
    "CPF 123.456.789-09 consta no cadastro.",
    "NIN 12345678901 was verified by the agent.",
    "PESEL 85010112345 is on the form.",
    "UPI ref no. 433512345678, IMPS ref 4335 1234 5679",
    "SWIFT/BIC: NBADAEAA for the transfer.",
    "Your OTP is 482913. Do not share it with anyone.",
    "The one-time code 771204 never arrived on my phone.",
)
nothing(
    "numbers-no-pii",
    "Order ID: OD4288143567 (4556 7375 8689 9856) shows delivered.",
    "Ticket #NG-2026-004417 was closed without a reply.",
    "Consignment no. 0803 5550 1442 is stuck in customs.",
    "Invoice 2026/12/0045 is wrong.",
    "Please quote reference PL-2026-118822 when you call.",
)
nothing(
    "names-no-person",
    "I landed at Murtala Muhammed Airport and my card was declined.",
    "Our office moved to Ho Chi Minh City last year.",
    "The ATM at Ninoy Aquino International Airport ate my card.",
    "The Sheikh Zayed Road branch was closed on Friday.",
    "I bought Dr. Oetker pizzas and a Mr Price voucher with the card.",
    "The Maria Clara gown I ordered arrived torn.",
    "Dear Sir/Madam,\nKindly do the needful.\nThanks & Regards,\nCustomer Care Team",
    "Happy Gandhi Jayanti! Is the branch open on Rizal Day too?",
)
nothing(
    "dates-no-birth",
    "Passport date of issue: 12/05/2020, date of expiry: 11/05/2030.",
    "Date of joining: 01/06/2019",
    "The date of birth field was updated by your agent on 02/12/2026.",
    "Account opened 03.04.2015 at the Lekki branch.",
    "My birthday month offer: 15% off until 31.12.2026.",
)
nothing(
    "addresses-no-address",
    "Box 3 of 12 arrived empty.",
    "PO 4471 (purchase order) was approved by finance.",
    "Flat 30% discount on Lane 7 of the sale page.",
    "Tower 2 lifts have been broken for a week.",
)

cases.write("src/test/resources/pii/eval-tenth.jsonl")
