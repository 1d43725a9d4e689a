#!/usr/bin/env python3
"""Signed shares against independent implementations (docs/export-format.md, "Signed shares").

Usage: interop_share.py BACKSTORY_CLI

Plays a partner that is not Backstory: its age key comes from `age-keygen` (the Go age
tool), its Ed25519 key from Python's `cryptography`, and its pairing code, key ids and
safety phrase are computed here from the documented layout, with this file's own bech32m.
Then, with two Backstory journals made by the CLI:

1. Backstory writes a share to this partner: the signature is verified with `cryptography`,
   the payload hash checked, the body decrypted with `age -d`, the export document found.
2. This partner writes a share to Backstory (the body encrypted with `age -r`, the header
   signed with `cryptography`): the CLI imports it; a copy with one header byte changed
   is refused.
The safety phrase computed here must equal the one the CLI prints.
"""

import hashlib
import json
import os
import subprocess
import sys
import tempfile

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32, BECH32M = 1, 0x2BC830A3
MAGIC = b"backstory-share\n"


def polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def hrp_expand(hrp):
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def regroup(data, frm, to, pad):
    acc, bits, out = 0, 0, []
    for value in data:
        acc = (acc << frm) | value
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if pad and bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    elif not pad and (bits >= frm or (acc << (to - bits)) & ((1 << to) - 1)):
        raise ValueError("bad padding")
    return out


def bech32_encode(hrp, data, const):
    five = regroup(data, 8, 5, True)
    values = hrp_expand(hrp) + five
    pm = polymod(values + [0] * 6) ^ const
    check = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in five + check)


def bech32_decode(text, const):
    text = text.lower()
    hrp, _, rest = text.rpartition("1")
    values = [CHARSET.index(c) for c in rest]
    if polymod(hrp_expand(hrp) + values) != const:
        raise ValueError("checksum")
    return hrp, bytes(regroup(values[:-6], 5, 8, False))


def key_id(x25519, ed25519):
    return hashlib.sha256(b"backstory-key-id-v1" + x25519 + ed25519).digest()[:16].hex()


def pairing_code(x25519, ed25519, name):
    raw = name.encode()
    return bech32_encode("bspair", bytes([1]) + x25519 + ed25519 + bytes([len(raw)]) + raw, BECH32M)


def read_code(code):
    hrp, data = bech32_decode(code, BECH32M)
    assert hrp == "bspair" and data[0] == 1, "a version 1 pairing code"
    n = data[65]
    return data[1:33], data[33:65], data[66 : 66 + n].decode()


def safety_phrase(a, b):
    first, second = sorted([a, b])
    digest = hashlib.sha256(b"backstory-safety-v1" + first + second).digest()
    return " ".join(f"{int.from_bytes(digest[i:i + 5], 'big') % 100000:05d}" for i in range(0, 20, 5))


def run(*args, stdin=None):
    out = subprocess.run(args, input=stdin, capture_output=True, check=False)
    if out.returncode != 0:
        sys.exit(f"failed ({out.returncode}): {' '.join(map(str, args))}\n{out.stderr.decode()}")
    return out.stdout


def split_share(data):
    assert data.startswith(MAGIC), "a signed share starts with its magic line"
    rest = data[len(MAGIC):]
    header_line, rest = rest.split(b"\n", 1)
    signature, payload = bytes.fromhex(rest[:128].decode()), rest[129:]
    assert rest[128:129] == b"\n"
    return header_line, signature, payload


def main():
    cli = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix="backstory-interop-")

    def backstory(data_dir, *args):
        return run(cli, "--data-dir", os.path.join(tmp, data_dir), "--json", *args)

    # The outside partner's keys, made without Backstory.
    run("age-keygen", "-o", os.path.join(tmp, "key.txt"))
    with open(os.path.join(tmp, "key.txt")) as f:
        recipient = next(l.split(": ")[1].strip() for l in f if l.startswith("# public key:"))
    _, x25519 = bech32_decode(recipient, BECH32)
    signer = Ed25519PrivateKey.generate()
    ed25519 = signer.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    code = pairing_code(x25519, ed25519, "Outside")

    for journal, hour in (("alex", "21"), ("blair", "22")):
        act = json.loads(backstory(journal, "add-activity", "--kind", "intimacy", "--at", f"2026-11-20T{hour}:00:00+01:00", "--duration", "30", "--warm-up", "--pain-before", "3"))
        backstory(journal, "add-pain", "--nrs", "5", "--at", "2026-11-21T08:00:00+01:00", "--activity", act["id"])
        backstory(journal, "pair", "add", "--code", code)

    # 1. Backstory -> outside partner.
    share_path = os.path.join(tmp, "to-outside.bsshare")
    backstory("alex", "export", "--for", "Outside", "--include", "default,intimacy_details", "--expires-in-days", "30", "--out", share_path)
    alex_code = json.loads(backstory("alex", "pair", "show"))["code"]
    ax, aed, _ = read_code(alex_code)
    with open(share_path, "rb") as f:
        header_line, signature, payload = split_share(f.read())
    header = json.loads(header_line)
    Ed25519PublicKey.from_public_bytes(aed).verify(signature, MAGIC + header_line)
    try:
        Ed25519PublicKey.from_public_bytes(aed).verify(signature, MAGIC + header_line.replace(b'"sequence":', b'"sequence": '))
        sys.exit("a changed header still verified: the check cannot fail")
    except InvalidSignature:
        pass
    assert header["sender_key_id"] == key_id(ax, aed), "sender key id as documented"
    assert header["recipient_key_id"] == key_id(x25519, ed25519), "recipient key id as documented"
    assert header["payload_bytes"] == len(payload)
    assert header["payload_sha256"] == hashlib.sha256(payload).hexdigest()
    body = json.loads(run("age", "-d", "-i", os.path.join(tmp, "key.txt"), stdin=payload))
    doc = body["export"]
    assert doc["format"] == "backstory-export" and doc["kind"] == "partner", "the export document inside"
    assert doc["includes"] == header["scope"]["includes"] and doc["range"] == header["scope"]["range"]
    assert len(doc["pain"]) == 1 and doc["activities"][0]["entry"]["intimacy"]["pain_before"] == 3, "the entries, with the intimacy details chosen"
    pairings = json.loads(backstory("alex", "pair", "list"))
    assert pairings[0]["safety_phrase"] == safety_phrase(ax + aed, x25519 + ed25519), "the same safety phrase"
    print(f"Backstory -> age/cryptography: signature verified, {len(payload)} payload bytes decrypted by age {run('age', '--version').decode().strip()}, "
          f"{len(doc['pain'])} pain entries, {len(doc['activities'])} activities, safety phrase {pairings[0]['safety_phrase']}")

    # 2. Outside partner -> Backstory: blair's share to the outside partner, decrypted
    # above the same way, re-sent by the outside partner under its own keys to alex.
    blair_share = os.path.join(tmp, "blair.bsshare")
    backstory("blair", "export", "--for", "Outside", "--out", blair_share)
    with open(blair_share, "rb") as f:
        _, _, blair_payload = split_share(f.read())
    blair_body = run("age", "-d", "-i", os.path.join(tmp, "key.txt"), stdin=blair_payload)
    out_payload = run("age", "-r", bech32_encode("age", ax, BECH32), stdin=blair_body)
    blair_doc = json.loads(blair_body)["export"]
    out_header = json.dumps({
        "format": "backstory-share", "version": 1, "key_type": "age-x25519+ed25519",
        "sender_key_id": key_id(x25519, ed25519), "recipient_key_id": key_id(ax, aed),
        "created_at": blair_doc["exported_at"], "sequence": 1, "expires_at": None,
        "scope": {"range": blair_doc["range"], "includes": blair_doc["includes"], "evening_notes": len(json.loads(blair_body)["evening_notes"])},
        "payload_bytes": len(out_payload), "payload_sha256": hashlib.sha256(out_payload).hexdigest(),
    }, separators=(",", ":")).encode()
    sig = signer.sign(MAGIC + out_header)
    good = MAGIC + out_header + b"\n" + sig.hex().encode() + b"\n" + out_payload
    bad = good.replace(b'"sequence":1', b'"sequence":7')
    for name, data in (("outside.bsshare", good), ("outside-altered.bsshare", bad)):
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(data)
    refused = subprocess.run([cli, "--data-dir", os.path.join(tmp, "alex"), "import", "--file", os.path.join(tmp, "outside-altered.bsshare")], capture_output=True)
    assert refused.returncode != 0 and b"signature does not match" in refused.stderr, refused.stderr.decode()
    got = json.loads(backstory("alex", "import", "--file", os.path.join(tmp, "outside.bsshare")))
    assert got["pairing_name"] == "Outside" and got["import"]["added"] > 0, got
    print(f"age/cryptography -> Backstory: a share made outside Backstory imported ({got['import']['added']} entries); the altered copy was refused")
    subprocess.run(["rm", "-rf", tmp], check=False)


if __name__ == "__main__":
    main()
