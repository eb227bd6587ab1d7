#!/usr/bin/env bash
# Regenerates the test-only TLS material in this directory (run once; the files are committed so
# tests never depend on openssl at run time). NOTHING here is secret: these keys exist only to let
# tests run an HTTPS server on 127.0.0.1.
#   ca.pem               test CA (its key is thrown away after signing)
#   server.pem/.key      leaf for 127.0.0.1 and localhost, signed by the CA
#   self-signed.pem/.key leaf for 127.0.0.1 and localhost, signed by itself
#   expired.pem/.key     leaf for 127.0.0.1 and localhost, signed by the CA, expired in 2001
#   wrong-host.pem/.key  leaf for other.invalid only, signed by the CA
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
days=36500
san="subjectAltName=IP:127.0.0.1,DNS:localhost"

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/ca.key" -out ca.pem -days $days \
  -subj "/O=XLink Console tests/CN=XLink Console Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

leaf() { # name subject-CN san
  openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$tmp/$1.csr" \
    -subj "/O=XLink Console tests/CN=$2"
  printf '%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$3" >"$tmp/$1.ext"
}

leaf server 127.0.0.1 "$san"
openssl x509 -req -in "$tmp/server.csr" -CA ca.pem -CAkey "$tmp/ca.key" -CAcreateserial \
  -CAserial "$tmp/ca.srl" -days $days -extfile "$tmp/server.ext" -out server.pem

leaf wrong-host other.invalid "subjectAltName=DNS:other.invalid"
openssl x509 -req -in "$tmp/wrong-host.csr" -CA ca.pem -CAkey "$tmp/ca.key" \
  -CAserial "$tmp/ca.srl" -days $days -extfile "$tmp/wrong-host.ext" -out wrong-host.pem

openssl req -x509 -newkey rsa:2048 -nodes -keyout self-signed.key -out self-signed.pem \
  -days $days -subj "/O=XLink Console tests/CN=127.0.0.1" -addext "$san"

# An expired leaf needs explicit past dates, which only `openssl ca` takes.
leaf expired 127.0.0.1 "$san"
mkdir "$tmp/ca"
touch "$tmp/ca/index.txt"
cat >"$tmp/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $tmp/ca/index.txt
new_certs_dir = $tmp/ca
serial = $tmp/ca.srl
default_md = sha256
policy = any
copy_extensions = none
[any]
organizationName = optional
commonName = supplied
CNF
openssl ca -batch -config "$tmp/ca.cnf" -cert ca.pem -keyfile "$tmp/ca.key" \
  -startdate 20000101000000Z -enddate 20010101000000Z -extfile "$tmp/expired.ext" \
  -in "$tmp/expired.csr" -out "$tmp/expired.full.pem" -notext
openssl x509 -in "$tmp/expired.full.pem" -out expired.pem
chmod 0644 ./*.pem ./*.key
