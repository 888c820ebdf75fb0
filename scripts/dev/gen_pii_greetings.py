#!/usr/bin/env python3
"""Generates src/test/resources/pii/eval-greetings.jsonl: salutations and sign-offs of support mail,
addressed to or signed by an organisation, a team or a role ("Dear Acme Bank,", "Hi Support Team",
"Kind regards,\nThe Acme Support Team"), which name no person, beside the same forms addressed to
and signed by people ("Dear Ms. Bank,", "Hi Sam", "Regards,\nPriya Patel\nAcme Bank"), which must
still be found.

Written by hand, before the rule that tells them apart, in the forms people write them: with and
without a comma, the name on the greeting's line or the next, titles, all lower case as phones
leave it, and the German and French salutations and sign-offs the detector reads. Organisation
and person names are invented. Each case is one mail: a greeting, a body that names nobody, a
sign-off; the greetings and sign-offs are paired with a fixed seed so each appears with both
kinds of the other. Rerun after editing.

Also generates src/test/resources/pii/eval-phone-names.jsonl: the names people type from phones in
greetings and sign-offs, in lower case and mixed forms ("thanks\nmike", "thx -sarah", "cheers\nsarah
k", "hi sarah,", "hey tom -", "- mike" above "Sent from my iPhone"), and multi-word salutations
("Good morning Anna,", "Good afternoon Mr Lee", "Morning Tom,"), beside the ordinary words that
stand in the same places and name nobody ("thanks\nagain", "cheers\nhave a good day", "hi there",
"hey guys", "good morning team", "thanks in advance", "regards\nsent from my iphone"). Written by
hand too, before the rules that read them, in English, German and French; each mail a greeting, a
body that names nobody, a sign-off, with a seed of its own.

Usage: gen_pii_greetings.py [GREETINGS_OUT [PHONE_NAMES_OUT]]. Fields as in eval.jsonl.
"""
import json
import random
import sys

R = random.Random(20261204)
cases = []


def add(text, persons, region="US", tag="greet-", into=cases):
    for v in persons:
        assert v in text, (v, text)
    into.append({"id": f"{tag}{len(into) + 1:04d}", "region": region, "names": [], "text": text,
                 "entities": [{"type": "PERSON", "value": v} for v in persons]})


# Greetings of organisations, teams and roles (the line or lines opening the mail): no person.
ORGANISATION_GREETINGS = [
    "Dear Acme Bank,", "Hi Support Team,", "Hello Customer Service,", "Dear Sir or Madam,",
    "Dear Hiring Manager", "Hi team", "Dear Billing Department", "Hello Contoso Ltd",
    "To the Fraud Team,", "Dear Acme Bank Customer Care", "Dear Northwind Logistics,",
    "Hello Fabrikam Inc.", "Hi Tailspin Support,", "Dear Woodgrove Bank Fraud Team,",
    "Dear Litware LLC,", "Hi Acme Helpdesk", "Hello IT Support,", "Dear Claims Department,",
    "Dear Lumen Insurance,", "Dear Accounts Payable,", "Dear Admissions Office,",
    "Hi Service Desk,", "Hello Sales Team", "Dear Fraud Prevention Team,", "Hi Acme Team!",
    "Dear Recruitment Team,", "Dear Orchard Dental Reception,", "Hello Bluebell Bakery",
    "Dear Contoso Support Team,", "Hi Northwind,", "Dear Acme Corp.", "Dear Valued Customer,",
    "Dear Customer Care Team,", "Hello Acme Bank\n", "Dear Acme Bank\n\n", "Hi Billing,",
    "Dear Collections Department,", "Hello Tech Support", "Dear Returns Team,",
    "Dear Hiring Committee,", "Dear Store Manager,", "Hi Delivery Team,", "Dear Complaints Team",
    "Dear Acme GmbH,", "Dear Fabrikam Payments,", "Hi Acme Customer Service",
    "Dear HR Department,", "Hello Shipping Department,",
    # lower case, as phones leave it
    "dear acme bank,", "hi support team", "hello customer service", "hi team,", "dear billing dept",
    # German and French
    "Hallo Kundenservice,", "Hallo Support-Team,", "Hallo Acme Bank,", "Bonjour Service Client,",
    "Bonjour Acme Banque,", "Hallo Sparkasse Team,", "Bonjour l'équipe,",
]
# Greetings of people: (greeting, the name in it).
PERSON_GREETINGS = [
    ("Dear Ms. Bank,", "Bank"), ("Dear Mr Head,", "Head"), ("Dear Jane Doe,", "Jane Doe"),
    ("Hi Sam,", "Sam"), ("Hello Priya", "Priya"), ("Dear Tomasz Nowak", "Tomasz Nowak"),
    ("Hi Anna\n", "Anna"), ("Hey Marco,", "Marco"), ("Dear Dr. Okafor,", "Okafor"),
    ("Dear Mrs. Banks,", "Banks"), ("Hi Rose Baker,", "Rose Baker"), ("Dear Ms Cook", "Cook"),
    ("Hello Kwame,", "Kwame"), ("Dear Siobhan Gallagher,", "Siobhan Gallagher"),
    ("Hi Oyelaran,", "Oyelaran"), ("Dear Ingrid,", "Ingrid"),
    ("Hello Mr. Carter", "Carter"), ("Hi Dan", "Dan"), ("Dear Professor Lindqvist,", "Lindqvist"),
    ("Hi Grace,", "Grace"), ("Hi Jordan,\n", "Jordan"), ("Dear Ms. Fox,", "Fox"),
    ("Hi Joanna Banks,", "Joanna Banks"), ("Dear Mr. Legal,", "Legal"),
    # lower case
    ("hi sarah,", "sarah"), ("dear mr smith", "smith"), ("hello maria lopez", "maria lopez"),
    # German and French
    ("Hallo Herr Müller,", "Müller"), ("Hallo Jürgen,", "Jürgen"), ("Bonjour Mme Dubois,", "Dubois"),
    ("Bonjour Camille,", "Camille"), ("Hallo Frau Bank,", "Bank"),
]

# Sign-offs of organisations, teams and roles, and of people: (sign-off, the name in it).
ORGANISATION_SIGN_OFFS = [
    "Kind regards,\nThe Acme Support Team", "Regards,\nCustomer Service", "Kind regards, Billing",
    "Thanks,\nAcme Bank", "Best,\nNorthwind Logistics Support", "Sincerely,\nThe Fraud Team",
    "Cheers,\nContoso Ltd", "Regards,\nAccounts Receivable", "Best regards,\nAcme Bank Customer Care",
    "Thank you,\nFabrikam Inc.", "Regards,\nWoodgrove Bank", "Kind regards,\n\nAcme Helpdesk",
    "Thanks\nSupport Team", "Best wishes,\nLumen Insurance", "Regards,\nBilling Department",
    "Sincerely,\nAcme Corp", "Kind regards,\nLitware LLC", "Thanks,\nThe Northwind Team",
    "Regards,\nHiring Manager", "Best regards,\nTailspin Service Desk",
    "Mit freundlichen Grüßen\nIhr Kundenservice", "Viele Grüße\nAcme Bank Team",
    "Cordialement,\nService Client", "Cordialement,\nAcme Banque",
    "thanks\nacme support",
]
PERSON_SIGN_OFFS = [
    ("Kind regards,\nJane Doe", "Jane Doe"), ("Thanks\nSam", "Sam"),
    ("Best,\nPriya Patel\nAcme Bank", "Priya Patel"), ("Cheers,\nTom\nBilling Team", "Tom"),
    ("Regards,\nDr. Anna Kowalska", "Anna Kowalska"), ("Sincerely,\nKevin Banks\nHead of Support", "Kevin Banks"),
    ("Best regards,\nOyelaran Babatope\nCustomer Service", "Oyelaran Babatope"),
    ("Thanks,\nRose Baker", "Rose Baker"), ("Regards,\nMarco", "Marco"),
    ("Kind regards,\n\nSiobhan Gallagher\nFraud Team, Woodgrove Bank", "Siobhan Gallagher"),
    ("Many thanks,\nDaniel Chen\nContoso Ltd", "Daniel Chen"),
    ("Best,\nGrace", "Grace"), ("Thank you,\nMs. Amara Osei", "Amara Osei"),
    ("Regards,\nJordan Bank", "Jordan Bank"),
    ("Mit freundlichen Grüßen\nJürgen Weber", "Jürgen Weber"),
    ("Cordialement,\nÉlodie Martin\nService Client", "Élodie Martin"),
    ("thanks\nmike", "mike"), ("Best regards,\nIngrid Andersen\nSupport Team Lead", "Ingrid Andersen"),
]

BODIES = [
    "my card was declined twice today although the balance is fine. Could you check what happened?",
    "I was charged twice for the March invoice, please refund one of the payments.",
    "the parcel has not arrived and the tracking page has not changed since Monday.",
    "please close my account at the end of the month and send the final statement.",
    "I would like to apply for the open position advertised on your website.",
    "the app logs me out every few minutes since the last update.",
]


def mail(greeting, sign_off, rng=R, bodies=BODIES, sep="\n\n"):
    sep = "" if greeting.endswith("\n") else sep
    return f"{greeting}{sep}{rng.choice(bodies)}\n\n{sign_off}\n"


def add_mail(greeting, greeted, sign_offs, make=mail, rng=R, **to):
    """A mail of the greeting and a sign-off drawn from the list, drawn again while a name labelled
    in it also occurs elsewhere in the text ("Bank" of "Dear Ms. Bank," in "Acme Bank"): every
    occurrence of a labelled value counts as that value."""
    while True:
        s = rng.choice(sign_offs)
        s, signed = s if isinstance(s, tuple) else (s, None)
        text = make(greeting, s)
        names = [n for n in (greeted, signed) if n]
        if all(text.count(n) == 1 for n in names):
            add(text, names, **to)
            return


def write(rows, out):
    json_lines = [json.dumps(c, ensure_ascii=False) for c in rows]
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(json_lines) + "\n")
    print(f"{len(json_lines)} cases -> {out}")


# Every greeting once with a sign-off of each kind, drawn with the seed.
for g in ORGANISATION_GREETINGS:
    add_mail(g, None, ORGANISATION_SIGN_OFFS)
    add_mail(g, None, PERSON_SIGN_OFFS)
for g, p in PERSON_GREETINGS:
    add_mail(g, p, ORGANISATION_SIGN_OFFS)
    add_mail(g, p, PERSON_SIGN_OFFS)
# Every sign-off at least once, under a greeting without a name.
for s in ORGANISATION_SIGN_OFFS:
    add(mail("Hello,", s), [])
for s, who in PERSON_SIGN_OFFS:
    add(mail("Hi,", s), [who])

write(cases, sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/pii/eval-greetings.jsonl")

# Names typed from phones (eval-phone-names.jsonl). Greetings of a person: (greeting, the name).
PHONE_PERSON_GREETINGS = [
    ("hi sarah,", "sarah"), ("hey tom -", "tom"), ("hey tom,", "tom"), ("hi priya", "priya"),
    ("hello kevin,", "kevin"), ("hi sarah k,", "sarah k"), ("hey marco!", "marco"),
    ("dear ingrid,", "ingrid"), ("hi maria lopez,", "maria lopez"), ("hey jessica", "jessica"),
    ("hi mr lee,", "lee"), ("hello ms. patel", "patel"), ("hi daniel -", "daniel"),
    ("Hi sarah,", "sarah"), ("hey Tom,", "Tom"), ("hi Priya!", "Priya"),
    # multi-word salutations
    ("Good morning Anna,", "Anna"), ("Good afternoon Mr Lee", "Lee"), ("Morning Tom,", "Tom"),
    ("Good evening Ms. Okafor,", "Okafor"), ("good morning sarah,", "sarah"),
    ("Good day Kevin,", "Kevin"), ("good afternoon mr. chen", "chen"), ("Afternoon Priya,", "Priya"),
    ("Good Morning Daniel,", "Daniel"), ("morning jessica", "jessica"),
    # German and French
    ("hallo jürgen,", "jürgen"), ("Guten Morgen Herr Weber,", "Weber"),
    ("Guten Tag Frau Schmidt,", "Schmidt"),
    ("guten tag thomas,", "thomas"), ("bonjour camille,", "camille"), ("Bonsoir Élodie,", "Élodie"),
    ("salut julien", "julien"),
    # short forms
    ("hey jim,", "jim"), ("hi steph", "steph"), ("hey matt -", "matt"),
]
# Greetings of no one, lower case and multi-word.
PHONE_NO_ONE_GREETINGS = [
    "hi there", "hi all", "hey guys", "good morning team", "Evening all", "Good morning,",
    "hi,", "hey", "Good afternoon everyone,", "morning all", "hello again", "hi folks,",
    "hey there!", "Good morning support,", "good evening", "hi support team", "Guten Morgen,",
    "Guten Tag zusammen,", "bonjour à tous,", "Good day,", "hello,", "hey everyone",
    "hey can you help", "hi, will you call me back", "morning!", "good day to you", "hey guys,",
    "hello there,", "hi again", "hey folks -", "Good evening all,", "salut tout le monde",
]
# Sign-offs of a person, typed from phones: (sign-off, the name in it).
PHONE_PERSON_SIGN_OFFS = [
    ("thanks\nmike", "mike"), ("thanks, mike", "mike"), ("thx -sarah", "sarah"),
    ("cheers\nsarah k", "sarah k"), ("ty\njessica", "jessica"), ("thanks!\ndaniel", "daniel"),
    ("thx\nkevin", "kevin"), ("cheers, tom", "tom"), ("regards\npriya patel", "priya patel"),
    ("thanks - marco", "marco"), ("best\ningrid", "ingrid"),
    ("thank you\nmaria lopez", "maria lopez"),
    ("Thanks, Mike", "Mike"), ("Cheers\nSarah K", "Sarah K"), ("thanks\n- mike", "mike"),
    ("many thanks\nanna", "anna"), ("Thx, Kevin", "Kevin"), ("ty\nJessica", "Jessica"),
    ("- mike\n\nSent from my iPhone", "mike"), ("mike\nSent from my iPhone", "mike"),
    ("- Tom\n\nSent from my iPhone", "Tom"), ("thanks\nsarah\n\nSent from my iPhone", "sarah"),
    # German and French
    ("danke\njürgen", "jürgen"), ("viele grüße\nthomas", "thomas"), ("lg\nanna", "anna"),
    ("merci\ncamille", "camille"), ("merci, julien", "julien"), ("Gruß, Jürgen", "Jürgen"),
    # short forms
    ("thanks\njen", "jen"), ("cheers\nmatt", "matt"), ("thx, liz", "liz"), ("ty\npete", "pete"),
]
# Sign-offs of no one: ordinary words under or beside a sign-off.
PHONE_NO_ONE_SIGN_OFFS = [
    "thanks\nagain", "cheers\nhave a good day", "thanks in advance", "regards\nsent from my iphone",
    "thanks!", "thx", "thanks so much", "cheers\nbye", "ty so much", "thanks a lot",
    "thanks\nwill send the receipt tomorrow", "thanks\nhope to hear from you soon",
    "Thanks again", "cheers mate", "thanks guys", "thanks,\nbest", "Sent from my iPhone",
    "thanks\nlooking forward to your reply", "regards", "Thanks, team", "thanks\nsorry again",
    "danke\nschönen tag noch", "merci\nbonne journée", "thank you\nmay i also ask about the fee",
    "thanks\nwill do", "cheers\nhope this helps", "thanks\nbest wishes", "ty\nsorry for the trouble",
    "thanks,\nbye", "regards\nsent from my samsung galaxy", "thx\nsee you", "merci d'avance",
    "thanks\nmay", "cheers\nhave a nice weekend", "thanks, guys", "Thanks, Acme Support",
]

PHONE_BODIES = [
    "my card was declined twice today although the balance is fine, could you check",
    "i was charged twice for the march invoice pls refund one",
    "the parcel still hasnt arrived and tracking hasnt changed since monday",
    "please close my account at the end of the month",
    "the app keeps logging me out since the update",
    "can you resend the verification code, the last one expired",
]

PHONE_R = random.Random(20261204)
phone_cases = []


def phone_mail(greeting, sign_off):
    return mail(greeting, sign_off, PHONE_R, PHONE_BODIES, "\n")


def add_phone_mail(greeting, greeted, sign_offs):
    add_mail(greeting, greeted, sign_offs, phone_mail, PHONE_R, tag="phone-", into=phone_cases)


for g, p in PHONE_PERSON_GREETINGS:
    add_phone_mail(g, p, PHONE_NO_ONE_SIGN_OFFS)
    add_phone_mail(g, p, PHONE_PERSON_SIGN_OFFS)
for g in PHONE_NO_ONE_GREETINGS:
    add_phone_mail(g, None, PHONE_NO_ONE_SIGN_OFFS)
    add_phone_mail(g, None, PHONE_PERSON_SIGN_OFFS)
for s in PHONE_NO_ONE_SIGN_OFFS:
    add(phone_mail("hi", s), [], tag="phone-", into=phone_cases)
for s, who in PHONE_PERSON_SIGN_OFFS:
    add(phone_mail("hello", s), [who], tag="phone-", into=phone_cases)
write(phone_cases,
      sys.argv[2] if len(sys.argv) > 2 else "src/test/resources/pii/eval-phone-names.jsonl")
