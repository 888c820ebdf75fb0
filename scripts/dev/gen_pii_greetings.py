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

Fields as in eval.jsonl.
"""
import json
import random
import sys

R = random.Random(20261204)
cases = []


def add(text, persons, region="US", tag="greet-"):
    for v in persons:
        assert v in text, (v, text)
    cases.append({"id": f"{tag}{len(cases) + 1:04d}", "region": region, "names": [], "text": text,
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


def mail(greeting, sign_off):
    sep = "" if greeting.endswith("\n") else "\n\n"
    return f"{greeting}{sep}{R.choice(BODIES)}\n\n{sign_off}\n"


def add_mail(greeting, greeted, sign_offs):
    """A mail of the greeting and a sign-off drawn from the list, drawn again while a name labelled
    in it also occurs elsewhere in the text ("Bank" of "Dear Ms. Bank," in "Acme Bank"): every
    occurrence of a labelled value counts as that value."""
    while True:
        s = R.choice(sign_offs)
        s, signed = s if isinstance(s, tuple) else (s, None)
        text = mail(greeting, s)
        names = [n for n in (greeted, signed) if n]
        if all(text.count(n) == 1 for n in names):
            add(text, names)
            return


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

json_lines = [json.dumps(c, ensure_ascii=False) for c in cases]
out = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/pii/eval-greetings.jsonl"
with open(out, "w", encoding="utf-8") as fh:
    fh.write("\n".join(json_lines) + "\n")
print(f"{len(json_lines)} cases -> {out}")
