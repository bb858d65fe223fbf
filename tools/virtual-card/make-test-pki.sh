#!/usr/bin/env bash
# Makes a throw-away test PKI for the virtual card with the openssl CLI only:
#   ca.crt/ca.key               the test CA (stands in for the J-LIS CA)
#   auth.crt/auth.key           the card's authentication certificate + RSA-2048 key
#   sign.crt/sign.key           the signing certificate + key
#   auth-expired.crt            the same auth key, certificate expired (back-dated)
#   other-ca.crt, other-auth.crt  a certificate for the auth key from another CA
# Run at test time into a temporary directory: private keys are never committed.
# Usage: make-test-pki.sh OUTDIR
set -euo pipefail
out=${1:?usage: make-test-pki.sh OUTDIR}
mkdir -p "$out"
cd "$out"
export OPENSSL_CONF=/dev/null # the distribution's config must not change what we make
quiet() { "$@" >/dev/null 2>&1 || { echo "make-test-pki.sh: failed: $*" >&2; "$@"; }; }

newca() { # name subject
  quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1.key" -out "$1.crt" -days 3650 \
    -subj "$2" -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
}
newca ca "/C=JP/O=Madoguchi Test/CN=Madoguchi Test JPKI CA"
newca other-ca "/C=JP/O=Someone Else/CN=Other Test CA"

quiet openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out auth.key
quiet openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out sign.key
quiet openssl req -new -key auth.key -out auth.csr -subj "/C=JP/CN=Madoguchi Test Auth"
quiet openssl req -new -key sign.key -out sign.csr -subj "/C=JP/CN=Madoguchi Test Signing"

cat >ext.cnf <<'CNF'
[auth]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
[sign]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
CNF
sign_with() { # ca csr out ext
  quiet openssl x509 -req -in "$2" -CA "$1.crt" -CAkey "$1.key" -CAcreateserial -days 825 \
    -extfile ext.cnf -extensions "$4" -out "$3"
}
sign_with ca auth.csr auth.crt auth
sign_with ca sign.csr sign.crt sign
sign_with other-ca auth.csr other-auth.crt auth

# OpenSSL 3's x509 -req cannot back-date; `openssl ca` takes -startdate/-enddate.
mkdir -p ca-db
: >ca-db/index.txt
echo 1000 >ca-db/serial
cat >ca.cnf <<CNF
[ca]
default_ca = test
[test]
dir = $PWD/ca-db
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
certificate = $PWD/ca.crt
private_key = $PWD/ca.key
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
x509_extensions = auth
[any]
commonName = supplied
[auth]
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
CNF
quiet openssl ca -batch -config ca.cnf -in auth.csr -out auth-expired.crt -notext \
  -startdate 20200101000000Z -enddate 20210101000000Z
rm -f ./*.csr ./*.srl
chmod 600 ./*.key
