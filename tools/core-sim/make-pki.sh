#!/usr/bin/env bash
# Makes the test PKI for madoguchi-core-sim with the openssl CLI only (EC P-256 keys: fast).
# For tests, the demo and ward training; never for production (the passphrase is fixed).
#
#   ca.crt / ca.key                     the ward CA (trust anchor of server and client)
#   server.crt / server.key             the core server: SAN DNS:localhost, IP:127.0.0.1
#   counter-01.{crt,key,p12}            counter in the My Number segment (OU=MyNumberSegment)
#   counter-02.{crt,key,p12}            counter outside the segment (OU=Counters)
#   counter-03.{crt,key,p12}            counter outside the segment (OU=Counters); tests put it
#                                       in the segment by name (--my-number-segment counter-03)
#   bad/server-expired.{crt,key}        server certificate, expired (back-dated)
#   bad/server-wrong-host.{crt,key}     server certificate for core.other-ward.example only
#   bad/counter-expired.{crt,key,p12}   client certificate from the ward CA, expired
#   bad/other-ca.{crt,key}              another CA
#   bad/counter-other-ca.{crt,key,p12}  client certificate CN=counter-01 from the other CA
#   p12-passphrase.txt                  the passphrase of every .p12 here
#
# Idempotent: when OUTDIR already holds a complete PKI made by this version of the script it is
# left as it is; otherwise everything is made anew.
# Usage: make-pki.sh OUTDIR
set -euo pipefail
out=${1:?usage: make-pki.sh OUTDIR}
version=1
if [ -f "$out/.complete" ] && [ "$(cat "$out/.complete")" = "$version" ]; then
  exit 0
fi
mkdir -p "$out/bad"
out=$(cd "$out" && pwd)
cd "$out"
rm -f .complete
export OPENSSL_CONF=/dev/null # the distribution's config must not change what we make
umask 077
quiet() { "$@" >/dev/null 2>&1 || { echo "make-pki.sh: failed: $*" >&2; "$@"; exit 1; }; }
passphrase=madoguchi-test
printf '%s\n' "$passphrase" >p12-passphrase.txt

newkey() { quiet openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }

cat >ext.cnf <<'CNF'
[ca]
basicConstraints=critical,CA:TRUE,pathlen:0
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
[server]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1
authorityKeyIdentifier=keyid
[wronghost]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:core.other-ward.example
authorityKeyIdentifier=keyid
[client]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth
authorityKeyIdentifier=keyid
CNF

newca() { # path subject
  newkey "$1.key"
  quiet openssl req -x509 -new -key "$1.key" -out "$1.crt" -days 3650 -subj "$2" \
    -config ext.cnf -extensions ca
}
newca ca "/C=JP/O=Kita City Test/OU=Core System/CN=Madoguchi Test Ward CA"
newca bad/other-ca "/C=JP/O=Someone Else/CN=Other Test CA"

csr() { # path subject
  newkey "$1.key"
  quiet openssl req -new -key "$1.key" -out "$1.csr" -subj "$2"
}
sign() { # ca-path path extensions
  quiet openssl x509 -req -in "$2.csr" -CA "$1.crt" -CAkey "$1.key" -CAcreateserial -days 825 \
    -extfile ext.cnf -extensions "$3" -out "$2.crt"
}
p12() { # path
  quiet openssl pkcs12 -export -in "$1.crt" -inkey "$1.key" -name "$(basename "$1")" \
    -passout "pass:$passphrase" -out "$1.p12"
}

csr server "/C=JP/O=Kita City Test/CN=localhost"
sign ca server server
csr bad/server-wrong-host "/C=JP/O=Kita City Test/CN=core.other-ward.example"
sign ca bad/server-wrong-host wronghost

csr counter-01 "/C=JP/O=Kita City Test/OU=MyNumberSegment/CN=counter-01"
csr counter-02 "/C=JP/O=Kita City Test/OU=Counters/CN=counter-02"
csr counter-03 "/C=JP/O=Kita City Test/OU=Counters/CN=counter-03"
for c in counter-01 counter-02 counter-03; do
  sign ca "$c" client
  p12 "$c"
done
csr bad/counter-other-ca "/C=JP/O=Someone Else/OU=MyNumberSegment/CN=counter-01"
sign bad/other-ca bad/counter-other-ca client
p12 bad/counter-other-ca

# OpenSSL 3's `x509 -req` cannot back-date; `openssl ca` takes -startdate/-enddate.
rm -rf ca-db
mkdir -p ca-db
: >ca-db/index.txt
echo 1000 >ca-db/serial
cat >ca.cnf <<CNF
[ca]
default_ca = test
[test]
dir = $out/ca-db
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
certificate = $out/ca.crt
private_key = $out/ca.key
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
organizationName = optional
organizationalUnitName = optional
countryName = optional
CNF
expired() { # path subject extensions
  csr "$1" "$2"
  quiet openssl ca -batch -config ca.cnf -in "$1.csr" -out "$1.crt" -notext \
    -extfile ext.cnf -extensions "$3" -startdate 20200101000000Z -enddate 20210101000000Z
}
expired bad/server-expired "/C=JP/O=Kita City Test/CN=localhost" server
expired bad/counter-expired "/C=JP/O=Kita City Test/OU=Counters/CN=counter-expired" client
p12 bad/counter-expired

rm -rf ca-db ca.cnf ext.cnf ./*.csr bad/*.csr ./*.srl bad/*.srl
chmod 644 ./*.crt bad/*.crt p12-passphrase.txt
echo "$version" >.complete
