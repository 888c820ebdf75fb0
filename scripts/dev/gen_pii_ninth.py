#!/usr/bin/env python3
"""Writes src/test/resources/pii/eval-ninth.jsonl: the ninth PII set.

Written from docs/pii.md's type table and the eight earlier sets' categories (so as not to repeat
their forms) before the recognisers were read for these forms or run on it: personal data the
ways people type it into support mail. Names all in lower case in running text ("this is sarah
jones"); hyphenated given names and family names with particles after a verb or preposition
("I spoke to Marie-Claire de la Fontaine"), Irish and Scottish prefixes (O'Neill, McAllister,
Mac an tSaoir is left out: no list would know it); a family name in capitals, a comma and the
given name (`NWOSU, Adaeze`) after labels and in running text; relatives named after "my
husband", "my wife", "our son"; phone numbers with extensions in five spellings, vanity numbers
in mixed case, international numbers with the trunk prefix in brackets (`+44 (0)161 …`);
addresses obfuscated with `[@]`, `(@)`, " at … dot " in capitals or lower case; IBANs in lower
case with spaces and broken over a line; card numbers with dashes and broken over a line without
quote markers; one-line addresses all in lower case; US, Canadian, Australian and New Zealand
addresses with unit numbers (`Unit 4/12 …`, `#1203 - 889 …`, `Apt 5B, …`); a UK house name with
no street-type word before its town and postcode; driving licences of Ontario, the UK (DVLA),
New York, Illinois and California with the cue after the number or in lower case; dates of birth
in words ("born on the 3rd of March 1985" forms). And negatives that look like personal data:
order and reference numbers, amounts, versions, times, product names that are people's names, a
unit of a course, and dates that are no birth dates beside birth words ("birthday bonus ends
30/11/2026").

Expected outcomes decided where a reader could hesitate (docs/pii.md's rules):
* A title is no part of a name; initials after it are. A relation word ("my husband") is no part.
* A phone's extension is no part of the number; a vanity number is a PHONE on its whole span.
* An obfuscated address is one EMAIL on its whole span, brackets included.
* A value broken over a line is labelled whole, the line break included.
* A unit number is part of its ADDRESS; "Unit 4 of the course" is nothing.
* A year of birth alone is no DATE_OF_BIRTH; a voucher's or offer's date beside "birthday" is none.

A fixed seed keeps the file reproducible: rerun after editing
(python3 scripts/dev/gen_pii_ninth.py).
"""

import random

from pii_sets import Cases, card, digits, groups, iban

rng = random.Random(9_2026_12_06)
cases = Cases("ninth")
case, nothing = cases.case, cases.nothing

# ---------------------------------------------------------------- names all in lower case

for text, name in [
    ("hi, this is sarah jones, i rang yesterday about the frozen card", "sarah jones"),
    ("my name is david okoro and i cant log in since the update", "david okoro"),
    ("im priya sharma, the payment to my landlord bounced", "priya sharma"),
    ("can you put a note on the account, it's for michael brennan", "michael brennan"),
    ("hello its fatima hussain again, still no refund", "fatima hussain"),
    ("the card is in the name of lucy chen not mine", "lucy chen"),
    ("please call back, ask for tomasz nowak", "tomasz nowak"),
]:
    case("lower-case-name", text, ("PERSON", name))

# ---------------------------------------------------------------- particles, hyphens, prefixes

for text, name in [
    ("I spoke to Marie-Claire de la Fontaine at your Lyon branch on Monday.", "Marie-Claire de la Fontaine"),
    ("The transfer was sent to Jan-Willem van den Broek, not to me.", "Jan-Willem van den Broek"),
    ("My case was handled by Siobhan O'Neill, who promised a call back.", "Siobhan O'Neill"),
    ("Please pass this on to Callum McAllister in disputes.", "Callum McAllister"),
    ("The account belongs to Ana Luísa dos Santos, my mother.", "Ana Luísa dos Santos"),
    ("I was told by Karl-Heinz von Arnim that the fee would be waived.", "Karl-Heinz von Arnim"),
    ("The letter was addressed to Eoin Mac Giolla Bhríde by mistake.", "Eoin Mac Giolla Bhríde"),
]:
    case("particle-name", text, ("PERSON", name))

# ---------------------------------------------------------------- family name first, comma

case("surname-first", "Account holder: NWOSU, Adaeze\nSort code: 20-45-77", ("PERSON", "NWOSU, Adaeze"))
case("surname-first", "Claimant: PETROVA, Elena (joint claim)", ("PERSON", "PETROVA, Elena"))
case(
    "surname-first",
    "The booking shows NAKAMURA, Kenji instead of my name.",
    ("PERSON", "NAKAMURA, Kenji"),
)
case("surname-first", "Ref 4471 / FERREIRA, João / card stopped", ("PERSON", "FERREIRA, João"))
case("surname-first", "Passenger name on the ticket: HADDAD, Rania", ("PERSON", "HADDAD, Rania"))

# ---------------------------------------------------------------- relatives

for text, name in [
    ("My husband Tomasz Wójcik is a joint holder and agrees to the change.", "Tomasz Wójcik"),
    ("my wife, Aoife Brennan, made the payment from her phone", "Aoife Brennan"),
    ("Our son Oliver Grant is 17 and wants his own account.", "Oliver Grant"),
    ("I'm writing for my late father, Gerald Hutchins, whose account is still open.", "Gerald Hutchins"),
    ("my daughter mei lin tan used my card without asking", "mei lin tan"),
    ("My partner, Deepak Raghunathan, has power of attorney.", "Deepak Raghunathan"),
]:
    case("relative-name", text, ("PERSON", name))

# ---------------------------------------------------------------- phones with extensions

for text, phone in [
    ("Call me at work on 0161 496 0734 ext. 227 after 10.", "0161 496 0734"),
    ("Office: (416) 967-1111 x204", "(416) 967-1111"),
    ("You can reach me on +1 646 273 4410, extension 31.", "+1 646 273 4410"),
    ("tel 020 7946 0612 extn 4410 (ask for accounts)", "020 7946 0612"),
    ("Direct line 03 9606 4400 #2", "03 9606 4400"),
]:
    region = "AU" if phone.startswith("03 ") else None
    case("phone-extension", text, ("PHONE", phone), region=region)

for text, phone in [
    ("I called 1-888-Get-Help twice and nobody answered.", "1-888-Get-Help"),
    ("Your flyer says ring 0800 BANK NOW for lost cards.", "0800 BANK NOW"),
    ("please call me back, my business line is 1-877-PAINTER", "1-877-PAINTER"),
]:
    case("vanity", text, ("PHONE", phone))

# ---------------------------------------------------------------- international with trunk (0)

for text, phone in [
    ("Mobile: +44 (0)7700 900" + digits(rng, 3), None),
    ("Please ring +49 (0) 89 2190 4417 between 9 and 5.", "+49 (0) 89 2190 4417"),
    ("My French number is +33 (0)6 12 34 56 78.", "+33 (0)6 12 34 56 78"),
    ("Best to call +61 (0)2 9374 4000 (Sydney office).", "+61 (0)2 9374 4000"),
    ("Whatsapp me on +353 (0)87 123 4567", "+353 (0)87 123 4567"),
    ("tel.: 0041 (0)44 668 1800", "0041 (0)44 668 1800"),
]:
    phone = phone or text.split(": ", 1)[1]
    case("trunk-prefix", text, ("PHONE", phone))

# ---------------------------------------------------------------- obfuscated addresses

for text, email in [
    ("write to me at sarah.jones[@]example.co.uk, not the old one", "sarah.jones[@]example.co.uk"),
    ("reply to k_mensah [@] example.org please", "k_mensah [@] example.org"),
    ("my email is r.haddad (@) example.net", "r.haddad (@) example.net"),
    ("Email: LENA.FISCHER AT EXAMPLE DOT DE", "LENA.FISCHER AT EXAMPLE DOT DE"),
    ("contact me on tom_harris at example dot com thanks", "tom_harris at example dot com"),
    ("new address is j.okafor (at) example (dot) org (no caps)", "j.okafor (at) example (dot) org"),
    ("m.garcia AT example.es is where the bills should go", "m.garcia AT example.es"),
]:
    case("obfuscated-email", text, ("EMAIL", email))

# ---------------------------------------------------------------- IBANs in loose forms

gb = iban("GB", "NWBK60161331" + digits(rng, 6))
de = iban("DE", "37040044" + digits(rng, 10))
fr = iban("FR", "30006000011234567890" + digits(rng, 3))
nl = iban("NL", "INGB" + digits(rng, 10))
case("iban-loose", f"my iban is {groups(gb).lower()} can u refund there", ("IBAN", groups(gb).lower()))
case("iban-loose", f"iban: {groups(de).lower()}", ("IBAN", groups(de).lower()))
fr_broken = groups(fr)[:19] + "\n" + groups(fr)[20:]
case("iban-loose", f"Please pay into\n{fr_broken}\nThank you", ("IBAN", fr_broken))
case("iban-loose", f"Refund to {nl[:4]}-{nl[4:8]}-{nl[8:12]}-{nl[12:16]}-{nl[16:]} please.",
     ("IBAN", f"{nl[:4]}-{nl[4:8]}-{nl[8:12]}-{nl[12:16]}-{nl[16:]}"))

# ---------------------------------------------------------------- cards split or dashed

visa = card(rng, "4556", 16)
mc = card(rng, "5425", 16)
amex = card(rng, "37", 15)
visa2 = card(rng, "4916", 16)
case("card-split", f"Card: {groups(visa, sep='-')} was charged twice", ("CREDIT_CARD", groups(visa, sep="-")))
mc_broken = groups(mc)[:9] + "\n" + groups(mc)[10:]
case("card-split", f"the card number is {mc_broken}\nexpiry 09/28", ("CREDIT_CARD", mc_broken))
amex_dash = f"{amex[:4]}-{amex[4:10]}-{amex[10:]}"
case("card-split", f"amex {amex_dash} declined at the hotel", ("CREDIT_CARD", amex_dash))
visa2_broken = groups(visa2)[:14] + "\n" + groups(visa2)[15:]
case("card-split", f"It was my debit card {visa2_broken} that got cloned", ("CREDIT_CARD", visa2_broken))

# ---------------------------------------------------------------- one-line addresses in lower case

for text, address in [
    ("send it to flat 3, 27 victoria street, bristol bs1 6ax pls", "flat 3, 27 victoria street, bristol bs1 6ax"),
    ("my new address is 44 elm grove, sheffield s10 1ab", "44 elm grove, sheffield s10 1ab"),
    ("i live at 1420 maple ave apt 3b, columbus oh 43215", "1420 maple ave apt 3b, columbus oh 43215"),
    ("address: 221 king st w, toronto on m5h 1k4", "221 king st w, toronto on m5h 1k4"),
    ("the card went to 8 harbour view road, cork t12 x2n5 instead", "8 harbour view road, cork t12 x2n5"),
]:
    case("lower-case-address", text, ("ADDRESS", address))

# ---------------------------------------------------------------- units before the number

for text, address in [
    ("Post it to Unit 4/12 Church St, Parramatta NSW 2150.", "Unit 4/12 Church St, Parramatta NSW 2150"),
    ("Apt 5B, 310 W 72nd St, New York, NY 10023 is my mailing address.", "Apt 5B, 310 W 72nd St, New York, NY 10023"),
    ("I moved to #1203 - 889 Homer St, Vancouver BC V6B 5S1 in May.", "#1203 - 889 Homer St, Vancouver BC V6B 5S1"),
    ("Deliver to 4/27 Beach Rd, Bondi NSW 2026 please", "4/27 Beach Rd, Bondi NSW 2026"),
    ("My address is Suite 210, 45 Queen Street, Auckland 1010.", "Suite 210, 45 Queen Street, Auckland 1010"),
]:
    case("unit-address", text, ("ADDRESS", address))

# ---------------------------------------------------------------- a house name with no street word

for text, address in [
    ("The statement should go to Glenview, Harrogate HG1 2AB.", "Glenview, Harrogate HG1 2AB"),
    ("Address on file is Fernbank, Ilkley LS29 9DT, which is correct.", "Fernbank, Ilkley LS29 9DT"),
    ("Kind regards\nMorag\nBraeside, Crieff PH7 3AB", "Braeside, Crieff PH7 3AB"),
]:
    case("house-name-bare", text, ("ADDRESS", address), *([("PERSON", "Morag")] if "Morag" in text else []))

# ---------------------------------------------------------------- driving licences

for text, licence in [
    ("K2841-60397-15802 is my Ontario licence number", "K2841-60397-15802"),
    ("uk driving licence no HUTCH704121GE9XK", "HUTCH704121GE9XK"),
    ("DL: 384 226 917 (New York)", "384 226 917"),
    ("my illinois drivers license is A123-4567-8901", "A123-4567-8901"),
    ("License #: B7204519, California", "B7204519"),
]:
    case("driving-licence", text, ("DRIVER_LICENSE", licence))

# ---------------------------------------------------------------- dates of birth in words

for text, dob in [
    ("I was born on the 3rd of March 1985, if you need it to verify.", "3rd of March 1985"),
    ("born on 14 February, 1979 in Dundee", "14 February, 1979"),
    ("Date of birth: twenty-first of June 1990", "twenty-first of June 1990"),
    ("my dob is the 2nd of jan 1984", "2nd of jan 1984"),
    ("He was born Sept. 9, 1962, so he is over 60.", "Sept. 9, 1962"),
    ("D.O.B. 7th Nov '91", "7th Nov '91"),
]:
    case("dob-words", text, ("DATE_OF_BIRTH", dob))

# ---------------------------------------------------------------- negatives

nothing(
    "dates-no-birth",
    "The birthday bonus ends 30/11/2026, so please apply it before then.",
    "Your birthday voucher expires on 31 January 2027.",
    "I was born in 1985 and have banked with you for 20 years.",
    "Paid the Born Free Foundation £25 on 12/03/2026, twice.",
    "The date of purchase was 14 February 2026, the week of my wife's birthday.",
    "Birthday club points of 450 credited on 01/12/2026.",
)
nothing(
    "numbers-no-pii",
    "Order #4417-2290-1183 arrived damaged.",
    "Ref: GB-2291-7713 for the complaint.",
    "£1,249.99 was charged twice on the 4th.",
    "app version 12.4.0 (build 4417) still crashes",
    "Invoice INV-2026-00412 is unpaid according to your letter.",
    "card ending 4417, expiry 09/28",
    "Agent ID AG-55102 closed the chat at 14:32.",
    "Tracking number 7731 0092 8812 shows it in the depot.",
    "Flight EI 154 at 07:05 was cancelled and the refund is 312.40 EUR.",
    "Meeting on 3 March 2026 at 14:30 in room 4/12.",
    "Serial no. 0041-4466-8180 on the card reader.",
    "Customer number 0800 4471 29 was on the letter.",
    "The fee went from 2.5 % to 3.25 % in version 2.0.1.",
    "Reference 44 (0) 20 was on the envelope, whatever that means.",
)
nothing(
    "names-no-person",
    "I ordered the Jackson Pollock print and the Mason Jar set.",
    "The Victoria Sponge kit was missing from the hamper.",
    "your app calls the grace period 'Grace Days', which is confusing",
    "The Windsor chair and the Chester sofa were delivered broken.",
    "I use the Morgan Stanley app for my pension.",
    "Our office is in Washington Heights now.",
    "Payment to Marks and Spencer was declined.",
)
nothing(
    "addresses-no-address",
    "Unit 4/12 of the course covers savings accounts.",
    "Step 3, 27 minutes in: the video freezes.",
    "Suite 210 of the test pack failed on build 45.",
    "We bought 44 elm planks and 12 oak boards from the yard.",
    "Glenview Estates Ltd is the landlord's agent.",
)
nothing(
    "emails-no-email",
    "I tried signing in at example dot com but the page is blank.",
    "The error says [@] is not allowed in a username.",
    "logged in AT 9 AM and out at 5 PM",
)

cases.write("src/test/resources/pii/eval-ninth.jsonl")
