#!/usr/bin/env python3
"""Builds the real-mail PII evaluation set src/test/resources/pii/eval-real.jsonl.

Source: the SpamAssassin public corpus subset committed under
src/test/resources/corpus/spamassassin/ (PDDL 1.0 database, CC0 1.0 contents; see its README.md).

A fixed list of messages (SELECTION below) is read; for each one the plain-text body is extracted
roughly as a mail client shows it:
  * headers are skipped (the mbox "From " line included);
  * multipart: the first text/plain part that is not an attachment; failing that, the first
    text/html part with its tags stripped (markup sent as text/plain, common in spam, is
    rendered the same way);
  * quoted-printable and base64 transfer encodings are decoded, then the declared charset
    (fallback latin-1); CRLF becomes LF;
  * the body is cut to at most MAX_CHARS characters, on a line boundary (between words when the
    body is one long line).
"names" holds the display names of the From, To and Cc headers (RFC 2047 decoded), which is what
the streaming job passes to the detector as hints; "region" is always "US".

Usage:
  extract_real_mail.py --unlabelled OUT.jsonl   text only: {"id","region","names","text"}
  extract_real_mail.py [OUT.jsonl]              text + the hand labels of eval_real_labels.py
                                                (default src/test/resources/pii/eval-real.jsonl)
  extract_real_mail.py --show [OUT.jsonl]       as above, and prints every expected span with
                                                its context (to review the labels)
  extract_real_mail.py --survey                 one line per corpus message with rough counts of
                                                things worth labelling (used to choose SELECTION)
Python 3 standard library only.
"""
import email
import email.header
import email.utils
import html
import html.parser
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CORPUS = os.path.join(ROOT, "src", "test", "resources", "corpus", "spamassassin")
DEFAULT_OUT = os.path.join(ROOT, "src", "test", "resources", "pii", "eval-real.jsonl")
MAX_CHARS = 3000

# The fixed selection: (corpus group, file name), 71 messages. Chosen by reading the --survey
# output and the bodies: messages whose bodies carry addresses, phone numbers, postal addresses,
# names in sign-offs, salutations and quote lines, plus plain ones without personal data
# (newsletters, code, config files, rate tables) as negatives. 43 easy ham (mailing-list
# discussion), 12 hard ham (newsletters, press releases), 16 spam.
SELECTION = [
    ("easy-ham-1", "00001.7c53336b37003a9286aba55d2945844c.txt"),
    ("easy-ham-1", "00002.9c4069e25e1ef370c078db7ee85ff9ac.txt"),
    ("easy-ham-1", "00010.145d22c053c1a0c410242e46c01635b3.txt"),
    ("easy-ham-1", "00012.48a387bc38d1316a6f6b49e8c2e43a03.txt"),
    ("easy-ham-1", "00013.81c34741dbed59c6dde50777e27e7ea3.txt"),
    ("easy-ham-1", "00014.cb20e10b2bfcb8210a1c310798532a57.txt"),
    ("easy-ham-1", "00016.ef397cef16f8041242e3b6560e168053.txt"),
    ("easy-ham-1", "00018.6fee38026193b5adde4b56892a6f14bc.txt"),
    ("easy-ham-1", "00023.e0e815ea1d7fd40e7e70b4c0035bef0c.txt"),
    ("easy-ham-1", "00024.59c2cb781c60594315241e2b50ea70e2.txt"),
    ("easy-ham-1", "00025.d685245bdc4444f44fa091e6620b20b3.txt"),
    ("easy-ham-1", "00028.ddbae7c7b229813409ae50c47624ddb9.txt"),
    ("easy-ham-1", "00030.cc78e84cd398ff4a2e9e287263de928f.txt"),
    ("easy-ham-1", "00032.57e29a75bca42afb412fc68d5051aa20.txt"),
    ("easy-ham-1", "00033.2ceb520d2c6500ccf24357f2ebdce618.txt"),
    ("easy-ham-1", "00034.1d56abea55f3c516d0ffdd4f1e8b883b.txt"),
    ("easy-ham-1", "00038.cd457af47eb78d4b93c7d94043a43108.txt"),
    ("easy-ham-1", "00039.be5e34dcebd922928045634015e3ed78.txt"),
    ("easy-ham-1", "00043.d2673a72d215cbdd747dc98cde41fbd2.txt"),
    ("easy-ham-1", "00046.c8491e68aa5652272d6511bb7d848d37.txt"),
    ("easy-ham-1", "00048.1e067f31e83cc6ea3e9103b52f15588e.txt"),
    ("easy-ham-1", "00050.74d3103c5691914a530dcae2f656a1f5.txt"),
    ("easy-ham-1", "00057.7c3a836baaa732cd915546442c0fef1a.txt"),
    ("easy-ham-1", "00061.9cc2b5c110807914cc6c38263b7dd62a.txt"),
    ("easy-ham-1", "00062.009f5a1a8fa88f0b38299ad01562bb37.txt"),
    ("easy-ham-1", "00063.0acbc484a73f0e0b727e06c100d8df7b.txt"),
    ("easy-ham-1", "00065.fa593405941ce1f32a29e813493eacf2.txt"),
    ("easy-ham-1", "00066.7dda463deb5e41ba1af3a0da55ab504b.txt"),
    ("easy-ham-1", "00070.c62a036deb1de40aa32cabc761b0861c.txt"),
    ("easy-ham-1", "00084.2ef0c65e298880c3869b39dc95b40e8e.txt"),
    ("easy-ham-1", "00086.2d36c5f829135d1fed8f88471163b240.txt"),
    ("easy-ham-1", "00089.c31c9b44b66c440d6b39c5f8841ed43b.txt"),
    ("easy-ham-1", "00091.abb1965e279e4365f1ef31e4878c5d14.txt"),
    ("easy-ham-1", "00093.ee758841ef674e30d7d36f22fffeaeb6.txt"),
    ("easy-ham-1", "00096.3517ca839b03cdf37c14ff9b3667dd98.txt"),
    ("easy-ham-1", "00098.90c05d1ad65ea3fa796bfa2808f71052.txt"),
    ("easy-ham-1", "00109.bcb73e4561798e05f2299471ab0be1bb.txt"),
    ("easy-ham-1", "00112.55ec2d4a4203ff075f5570bdac744550.txt"),
    ("easy-ham-1", "00125.0b972a986a586ab4ba3ff45e88f330db.txt"),
    ("easy-ham-1", "00128.0e92ec0c8bd8233f7e7873e93df43277.txt"),
    ("easy-ham-1", "00137.11311a8e5dbfe18503bf736b82b91fc7.txt"),
    ("easy-ham-1", "00143.4cae4623140fc349a57dac7ffd863227.txt"),
    ("easy-ham-1", "00150.a4c5a8aaccd6b54f1000e9fa02f53114.txt"),
    ("hard-ham-1", "00001.7c7d6921e671bbe18ebb5f893cd9bb35.txt"),
    ("hard-ham-1", "00003.268fd170a3fc73bee2739d8204856a53.txt"),
    ("hard-ham-1", "00004.68819fc91d34c82433074d7bd3127dcc.txt"),
    ("hard-ham-1", "00009.ddea79a02a9978cb3dafef3c05ff37a6.txt"),
    ("hard-ham-1", "00104.75eda98a9139049e191d3cfa09860c9d.txt"),
    ("hard-ham-1", "00132.bf2db722d16c3cece885fc6bf30b717e.txt"),
    ("hard-ham-1", "00149.f6fddcb1750a61e5e085e22a4fa08912.txt"),
    ("hard-ham-1", "00152.651a40f1c0b2ba19122eccebccbae788.txt"),
    ("hard-ham-1", "00153.ed096ffdeb400b9697bb01c41814f7e6.txt"),
    ("hard-ham-1", "00154.c3c99795c6f5d902ce025522136f8cd3.txt"),
    ("hard-ham-1", "00156.71dbfb9d9c57413a67cd865d58c776de.txt"),
    ("hard-ham-1", "00157.431059ab68cc59ab6c09cb5cf454652c.txt"),
    ("spam-2", "00003.590eff932f8704d8b0fcbe69d023b54d.txt"),
    ("spam-2", "00005.ed0aba4d386c5e62bc737cf3f0ed9589.txt"),
    ("spam-2", "00009.1e1a8cb4b57532ab38aa23287523659d.txt"),
    ("spam-2", "00011.bd8c904d9f7b161a813d222230214d50.txt"),
    ("spam-2", "00012.cb9c9f2a25196f5b16512338625a85b4.txt"),
    ("spam-2", "00014.13574737e55e51fe6737a475b88b5052.txt"),
    ("spam-2", "00018.336cb9e7b0358594cf002e7bf669eaf5.txt"),
    ("spam-2", "00021.07d9ab534bbfba9020145659008a3a14.txt"),
    ("spam-2", "00022.be66c630a142f0d862c2294a2d911ce1.txt"),
    ("spam-2", "00023.5bec0fc32cfc42c9cc5c941d94258567.txt"),
    ("spam-2", "00027.b7b61e4624a29097cf55b578089c6110.txt"),
    ("spam-2", "00032.3b93a3c65e0a2454fc9646ce01363938.txt"),
    ("spam-2", "00034.cac95512308c52cfba33258e46feff97.txt"),
    ("spam-2", "00037.c7f0ce13d4cad8202f3d1a02b5cc5a1d.txt"),
    ("spam-2", "00052.44ec0206d8bc46f371f73d15709fdeea.txt"),
    ("spam-2", "00058.00878d47d9a07c1c6f9c5a8593db7f55.txt"),
]


class _HtmlText(html.parser.HTMLParser):
    """Visible text of an HTML body, as a browser lays it out: script, style, head and title
    dropped (comments too), whitespace runs collapsed to one space, block elements end a line."""

    HIDDEN = {"script", "style", "head", "title"}
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr",
             "blockquote", "pre", "ul", "ol", "center", "dd", "dt", "form", "body", "html"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.out.append(re.sub(r"\s+", " ", data))

    def text(self):
        raw = "".join(self.out).replace("\xa0", " ")
        lines = [re.sub(r" {2,}", " ", line).strip() for line in raw.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def html_to_text(markup):
    p = _HtmlText()
    p.feed(markup)
    p.close()
    return p.text()


def _decode_part(part):
    payload = part.get_payload(decode=True)
    if payload is None:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "latin-1"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("latin-1", errors="replace")


_LOOKS_LIKE_HTML = re.compile(r"\s*<(?:html|!doctype|head|body|meta)\b", re.IGNORECASE)


def body_text(msg):
    plain = html_part = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = part
        elif ctype == "text/html" and html_part is None:
            html_part = part
    if plain is not None:
        text = _decode_part(plain)
        if _LOOKS_LIKE_HTML.match(text):
            # Markup sent as text/plain (common in spam): shown rendered, like HTML.
            text = html_to_text(text)
    elif html_part is not None:
        text = html_to_text(_decode_part(html_part))
    else:
        text = ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip("\n")


def truncate(text, limit=MAX_CHARS):
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit + 1)
    if cut < limit // 2:
        # one long line (HTML without line breaks): cut between words instead
        cut = text.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
    return text[:cut].rstrip()


def _decode_header(value):
    """RFC 2047 decoding that keeps the text between encoded words as written (so a word
    encoded only in part, as in 'H=?ISO-8859-1?B?9g==?=hn', stays one word)."""
    try:
        out = []
        for chunk, charset in email.header.decode_header(value):
            if isinstance(chunk, bytes):
                try:
                    chunk = chunk.decode(charset or "ascii", errors="replace")
                except LookupError:
                    chunk = chunk.decode("latin-1", errors="replace")
            out.append(chunk)
        return "".join(out)
    except Exception:  # malformed encoded words: keep the raw header
        return value


def display_names(msg):
    names = []
    for field in ("From", "To", "Cc"):
        for value in msg.get_all(field, []):
            for name, _ in email.utils.getaddresses([_decode_header(str(value))]):
                name = " ".join(name.split()).strip()
                if name and name not in names:
                    names.append(name)
    return names


def read_message(group, name):
    with open(os.path.join(CORPUS, group, name), "rb") as f:
        return email.message_from_bytes(f.read())


def unlabelled_case(group, name):
    msg = read_message(group, name)
    return {"id": group + "/" + name, "region": "US", "names": display_names(msg),
            "text": truncate(body_text(msg))}


def survey():
    patterns = {
        "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        "phone": re.compile(r"(?:\+?\d[\d ().-]{8,}\d)"),
        "ip": re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b"),
        "url": re.compile(r"https?://\S+"),
        "wrote": re.compile(r"wrote:|writes:"),
    }
    for group in sorted(os.listdir(CORPUS)):
        folder = os.path.join(CORPUS, group)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            case = unlabelled_case(group, name)
            t = case["text"]
            counts = " ".join("%s=%d" % (k, len(p.findall(t))) for k, p in patterns.items())
            print("%s/%s len=%d %s names=%s" % (group, name, len(t), counts, case["names"]))


def expected_spans(text, entities):
    """The spans PiiEvaluation expects: every occurrence of prefix + value, value part only."""
    spans = []
    for e in entities:
        needle = e.get("prefix", "") + e["value"]
        at = text.find(needle)
        while at >= 0:
            start = at + len(e.get("prefix", ""))
            spans.append((start, start + len(e["value"]), e["type"]))
            at = text.find(needle, at + 1)
    return sorted(spans)


def main(argv):
    if argv[:1] == ["--survey"]:
        survey()
        return 0
    unlabelled = argv[:1] == ["--unlabelled"]
    show = argv[:1] == ["--show"]
    if unlabelled or show:
        argv = argv[1:]
    out = argv[0] if argv else DEFAULT_OUT
    cases = [unlabelled_case(g, n) for g, n in SELECTION]
    ids = [c["id"] for c in cases]
    assert len(set(ids)) == len(ids), "duplicate ids in SELECTION"
    if not unlabelled:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from eval_real_labels import LABELS
        unknown = set(LABELS) - set(ids)
        assert not unknown, "labels for cases not in SELECTION: %s" % sorted(unknown)
        missing = set(ids) - set(LABELS)
        assert not missing, "cases without labels (use [] for none): %s" % sorted(missing)
        for c in cases:
            entities = []
            for e in LABELS[c["id"]]:
                entity = {"type": e[0], "value": e[1]}
                if len(e) > 2:
                    entity["prefix"] = e[2]
                needle = entity.get("prefix", "") + entity["value"]
                assert entity["value"] and needle in c["text"], \
                    "%s: %s %r not in text" % (c["id"], e[0], needle)
                entities.append(entity)
            c["entities"] = entities
            spans = expected_spans(c["text"], entities)
            for a, b in zip(spans, spans[1:]):
                # one prediction matches one expected span: overlapping labels could never all match
                assert a[1] <= b[0], "%s: labels overlap: %r and %r" % (
                    c["id"], c["text"][a[0]:a[1]], c["text"][b[0]:b[1]])
            if show:
                print("=====", c["id"])
                for start, end, t in spans:
                    ctx = c["text"][max(0, start - 25):end + 10].replace("\n", "\\n")
                    print("  %-8s %-40r ...%s" % (t, c["text"][start:end], ctx))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(cases), out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
