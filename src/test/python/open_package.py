#!/usr/bin/env python3
"""Opens a Mamori package (format ``mamori-package/1``) from docs/package-format.md alone.

This reader shares no code with Mamori: it exists to show that the format page is the whole format.
HPKE (RFC 9180) base mode for DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and AES-256-GCM is written
out here from the RFC over the primitives of the ``cryptography`` package (X25519, HMAC-SHA256,
AES-GCM, Ed25519); its own HPKE module is used only by the self-test to cross-check this one.

    open_package.py PACKAGE --key PRIVATE_KEY_FILE --sender-key BASE64
                    (--release-url URL | --offline) [--out FILE] [--now INSTANT]

Exit code 0 when the content opened whole and was written; otherwise 1 (a refusal) or 2 (a usage
error), with one line on stderr saying why, and nothing written: the content goes to a temporary file
beside ``--out`` (or in the temporary folder for stdout) and is moved or copied only after the last
chunk opened.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import csv
import hashlib
import hmac
import io
import json
import os
import re
import shutil
import struct
import sys
import tempfile
import urllib.error
import urllib.request
from datetime import datetime, timezone

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

# ----------------------------------------------------------------------------------------------
# RFC 9180, written out: DHKEM(X25519, HKDF-SHA256) (0x0020), HKDF-SHA256 (0x0001), AEAD by id.

KEM_ID = 0x0020
KDF_ID = 0x0001
AEAD_AES_128_GCM = 0x0001
AEAD_AES_256_GCM = 0x0002
_NK = {AEAD_AES_128_GCM: 16, AEAD_AES_256_GCM: 32}
_NN = 12
_NH = 32
_N_SECRET = 32
_MODE_BASE = 0x00


def i2osp(value: int, length: int) -> bytes:
    return value.to_bytes(length, "big")


def hkdf_extract(salt: bytes, ikm: bytes) -> bytes:
    # RFC 5869 2.2: an empty salt is HashLen zero bytes (HMAC pads its key with zeros to the same end).
    return hmac.new(salt if salt else bytes(_NH), ikm, hashlib.sha256).digest()


def hkdf_expand(prk: bytes, info: bytes, length: int) -> bytes:
    if length > 255 * _NH:
        raise ValueError("HKDF-Expand: too long")
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def labeled_extract(suite_id: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return hkdf_extract(salt, b"HPKE-v1" + suite_id + label + ikm)


def labeled_expand(suite_id: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    return hkdf_expand(prk, i2osp(length, 2) + b"HPKE-v1" + suite_id + label + info, length)


_KEM_SUITE_ID = b"KEM" + i2osp(KEM_ID, 2)


def _hpke_suite_id(aead_id: int) -> bytes:
    return b"HPKE" + i2osp(KEM_ID, 2) + i2osp(KDF_ID, 2) + i2osp(aead_id, 2)


def _raw_public(key) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _dh(sk: X25519PrivateKey, pk_bytes: bytes) -> bytes:
    try:
        shared = sk.exchange(X25519PublicKey.from_public_bytes(pk_bytes))
    except ValueError as e:  # a low-order point gives the all-zero value (RFC 9180 7.1.4)
        raise HpkeError("DH: invalid public key") from e
    if shared == bytes(32):
        raise HpkeError("DH: all-zero shared secret")
    return shared


def _extract_and_expand(dh: bytes, kem_context: bytes) -> bytes:
    eae_prk = labeled_extract(_KEM_SUITE_ID, b"", b"eae_prk", dh)
    return labeled_expand(_KEM_SUITE_ID, eae_prk, b"shared_secret", kem_context, _N_SECRET)


def encap(pk_r: bytes, sk_e: X25519PrivateKey) -> tuple[bytes, bytes]:
    """Encap with a given ephemeral key (random in use; fixed by the published test vectors)."""
    enc = _raw_public(sk_e.public_key())
    dh = _dh(sk_e, pk_r)
    return _extract_and_expand(dh, enc + pk_r), enc


def decap(enc: bytes, sk_r: X25519PrivateKey) -> bytes:
    if len(enc) != 32:
        raise HpkeError("enc is not 32 bytes")
    dh = _dh(sk_r, enc)
    return _extract_and_expand(dh, enc + _raw_public(sk_r.public_key()))


def key_schedule_base(shared_secret: bytes, info: bytes, aead_id: int) -> tuple[bytes, bytes, bytes]:
    """KeySchedule for mode_base (psk and psk_id empty): returns key, base_nonce, exporter_secret."""
    suite_id = _hpke_suite_id(aead_id)
    psk_id_hash = labeled_extract(suite_id, b"", b"psk_id_hash", b"")
    info_hash = labeled_extract(suite_id, b"", b"info_hash", info)
    context = bytes([_MODE_BASE]) + psk_id_hash + info_hash
    secret = labeled_extract(suite_id, shared_secret, b"secret", b"")
    key = labeled_expand(suite_id, secret, b"key", context, _NK[aead_id])
    base_nonce = labeled_expand(suite_id, secret, b"base_nonce", context, _NN)
    exporter_secret = labeled_expand(suite_id, secret, b"exp", context, _NH)
    return key, base_nonce, exporter_secret


def seal_base(pk_r: bytes, info: bytes, aad: bytes, pt: bytes, sk_e: X25519PrivateKey,
              aead_id: int = AEAD_AES_256_GCM) -> tuple[bytes, bytes]:
    """Single-shot SealBase, sequence number 0 (the nonce is base_nonce XOR 0)."""
    shared_secret, enc = encap(pk_r, sk_e)
    key, base_nonce, _ = key_schedule_base(shared_secret, info, aead_id)
    return enc, AESGCM(key).encrypt(base_nonce, pt, aad)


def open_base(enc: bytes, sk_r: X25519PrivateKey, info: bytes, aad: bytes, ct: bytes,
              aead_id: int = AEAD_AES_256_GCM) -> bytes:
    """Single-shot OpenBase, sequence number 0."""
    shared_secret = decap(enc, sk_r)
    key, base_nonce, _ = key_schedule_base(shared_secret, info, aead_id)
    try:
        return AESGCM(key).decrypt(base_nonce, ct, aad)
    except InvalidTag as e:
        raise HpkeError("HPKE open failed") from e


class HpkeError(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# The package format.

FORMAT = "mamori-package/1"
MAGIC = b"mamori-package/1\n"
SLOT_MIN, SLOT_MAX = 4096, 1048576
CHUNK_PLAIN_MAX = 65536
CHUNK_SEALED_MIN, CHUNK_SEALED_MAX = 16, 65552
LABEL_MANIFEST = b"mamori-package/1 manifest\n"
LABEL_RECIPIENT_SHARE = b"mamori-package/1 recipient share"
LABEL_RELEASE_SHARE = b"mamori-package/1 release share"
LABEL_CONTENT_KEY = b"mamori-package/1 content key"
LABEL_CHUNK = b"mamori-package/1 chunk"
LABEL_CHALLENGE = b"mamori-package/1 challenge"
LABEL_RELEASE = b"mamori-package/1 release\n"


class Refused(Exception):
    """A package (or a release) this reader will not open; the message is the one line it prints."""


def b64(text, what: str, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise Refused(f"{what} is not a Base64 string")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as e:
        raise Refused(f"{what} is not Base64") from e
    if length is not None and len(raw) != length:
        raise Refused(f"{what} is {len(raw)} bytes, not {length}")
    return raw


def read_exactly(f, n: int, what: str) -> bytes:
    data = f.read(n)
    if len(data) != n:
        raise Refused(f"the file ends inside {what} (truncated)")
    return data


def parse_instant(text, what: str) -> datetime:
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z", text):
        raise Refused(f"{what} is not an ISO-8601 UTC instant: {text!r}")
    main, _, frac = text[:-1].partition(".")
    moment = datetime.strptime(main, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    return moment.replace(microsecond=int((frac + "000000")[:6])) if frac else moment


def read_header(f, sender_key: bytes) -> tuple[bytes, dict]:
    """Magic, slot, manifest and its signature under the pinned sender key. Returns the manifest."""
    if f.read(len(MAGIC)) != MAGIC:
        raise Refused("not a mamori-package/1 file (magic differs)")
    (slot_size,) = struct.unpack(">I", read_exactly(f, 4, "the slot size"))
    if not SLOT_MIN <= slot_size <= SLOT_MAX:
        raise Refused(f"slot size {slot_size} is out of range")
    slot = read_exactly(f, slot_size, "the header slot")
    (manifest_length,) = struct.unpack(">I", slot[:4])
    if manifest_length == 0:
        raise Refused("the header slot is blank: the package was never finished")
    if 4 + manifest_length + 2 > slot_size:
        raise Refused("the manifest does not fit in the slot")
    manifest_bytes = slot[4:4 + manifest_length]
    at = 4 + manifest_length
    (signature_length,) = struct.unpack(">H", slot[at:at + 2])
    at += 2
    if signature_length != 64:
        raise Refused(f"signature length {signature_length} is not 64")
    if at + signature_length > slot_size:
        raise Refused("the signature does not fit in the slot")
    signature = slot[at:at + signature_length]
    at += signature_length
    if any(slot[at:]):
        raise Refused("the slot's padding holds a byte other than zero")
    try:
        Ed25519PublicKey.from_public_bytes(sender_key).verify(signature, LABEL_MANIFEST + manifest_bytes)
    except InvalidSignature as e:
        raise Refused("the manifest's signature does not verify under the sender's registered key") from e
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise Refused("the manifest is not UTF-8 JSON") from e
    if not isinstance(manifest, dict):
        raise Refused("the manifest is not a JSON object")
    return manifest_bytes, manifest


def member(obj: dict, name: str, kind=str):
    value = obj.get(name) if isinstance(obj, dict) else None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise Refused(f"the manifest's {name} is missing or malformed")
    return value


def check_manifest(manifest: dict, sender_key: bytes, pk_r: bytes, now: datetime) -> bytes:
    """Checks what step 1 and 2 of "Opening, step by step" name; returns the 16-byte package id."""
    if manifest.get("format") != FORMAT:
        raise Refused(f"the manifest's format is not {FORMAT}")
    package = member(manifest, "package")
    if not re.fullmatch(r"[0-9a-f]{32}", package):
        raise Refused("the package id is not 32 lower-case hex digits")
    sender = member(manifest, "sender", dict)
    if b64(member(sender, "signing_key"), "the manifest's signing_key", 32) != sender_key:
        raise Refused("the manifest's signing_key is not the sender's registered key")
    suite = member(manifest, "suite", dict)
    if (suite.get("kem"), suite.get("kdf"), suite.get("aead")) != (KEM_ID, KDF_ID, AEAD_AES_256_GCM):
        raise Refused(f"unknown suite {suite}")
    expires = parse_instant(manifest.get("expires"), "expires")
    if now >= expires:
        raise Refused(f"the package expired at {manifest['expires']}")
    recipient = member(manifest, "recipient", dict)
    fingerprint = member(recipient, "key_fingerprint")
    if fingerprint != hashlib.sha256(pk_r).hexdigest():
        raise Refused("the package is sealed to another key (key_fingerprint differs from ours)")
    if manifest.get("release") not in ("online", "offline"):
        raise Refused("the manifest's release is neither online nor offline")
    return bytes.fromhex(package)


def open_share(share, sk_r: X25519PrivateKey, label: bytes, package_id: bytes, what: str,
               ct_length: int = 48) -> bytes:
    if not isinstance(share, dict):
        raise Refused(f"{what} is missing")
    enc = b64(share.get("enc"), f"{what}.enc", 32)
    ct = b64(share.get("ct"), f"{what}.ct", ct_length)
    try:
        return open_base(enc, sk_r, label + package_id, b"", ct)
    except HpkeError as e:
        raise Refused(f"{what} does not open with our key") from e


def post_json(url: str, body: dict) -> dict:
    request = urllib.request.Request(url, data=json.dumps(body).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        try:
            error = json.loads(e.read().decode("utf-8"))
            reason = f"{error.get('error')}: {error.get('message')}"
        except ValueError:
            reason = "no JSON error"
        raise Refused(f"the sender refused the release (HTTP {e.code}, {reason})") from e
    except (urllib.error.URLError, OSError, ValueError) as e:
        raise Refused(f"the release could not be asked at {url}: {e}") from e


def ask_release(release_url: str, package: str, package_id: bytes, sk_r: X25519PrivateKey,
                sender_key: bytes) -> bytes:
    """The challenge/release protocol of "Asking for the release"; returns the release share."""
    base = f"{release_url.rstrip('/')}/api/v1/packages/{package}"
    challenge = post_json(f"{base}/challenge", {}).get("challenge")
    answer = open_share(challenge, sk_r, LABEL_CHALLENGE, package_id, "the challenge")
    released = post_json(f"{base}/release", {"answer": base64.b64encode(answer).decode("ascii")})
    share = released.get("share")
    if not isinstance(share, dict):
        raise Refused("the release answer holds no share")
    enc = b64(share.get("enc"), "the release share's enc", 32)
    ct = b64(share.get("ct"), "the release share's ct", 48)
    signature = b64(released.get("signature"), "the release signature", 64)
    try:
        Ed25519PublicKey.from_public_bytes(sender_key).verify(signature, LABEL_RELEASE + package_id + enc + ct)
    except InvalidSignature as e:
        raise Refused("the release's signature does not verify under the sender's registered key") from e
    return open_share(share, sk_r, LABEL_RELEASE_SHARE, package_id, "the release share")


def content_key(package_id: bytes, recipient_share: bytes, release_share: bytes) -> bytes:
    return hkdf_expand(hkdf_extract(package_id, recipient_share + release_share), LABEL_CONTENT_KEY, 32)


def open_chunks(f, out, key: bytes, package_id: bytes) -> None:
    """Opens chunk after chunk; a chunk is the last one exactly when the file ends after it."""
    aead = AESGCM(key)
    index = 0
    pending = f.read(4)
    if not pending:
        raise Refused("the file holds no chunk")
    while True:
        if len(pending) != 4:
            raise Refused(f"the file ends inside chunk {index}'s length (truncated)")
        (length,) = struct.unpack(">I", pending)
        if length < CHUNK_SEALED_MIN or length > CHUNK_SEALED_MAX:
            raise Refused(f"chunk {index} is {length} bytes, outside 16 to 65,552")
        sealed = read_exactly(f, length, f"chunk {index}")
        pending = f.read(4)
        last = not pending
        nonce = bytes(4) + struct.pack(">Q", index)

        def aad(flag: bool) -> bytes:
            return LABEL_CHUNK + package_id + struct.pack(">QB", index, 1 if flag else 0)

        try:
            plain = aead.decrypt(nonce, sealed, aad(last))
        except InvalidTag:
            try:
                aead.decrypt(nonce, sealed, aad(not last))
            except InvalidTag:
                raise Refused(f"chunk {index} does not open (altered, moved or reordered)") from None
            if last:
                raise Refused(f"the file ends after chunk {index}, before the chunk marked last (truncated)")
            raise Refused(f"bytes follow chunk {index}, the chunk marked last")
        if not last and len(plain) != CHUNK_PLAIN_MAX:
            raise Refused(f"chunk {index} holds {len(plain)} bytes but is not the last")
        out.write(plain)
        if last:
            return
        index += 1


def check_content(path: str, manifest: dict) -> None:
    """The content's header is the manifest's fields, and it holds one row per person."""
    fields = member(manifest, "fields", list)
    persons = member(manifest, "persons", int)
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Refused("the content is not UTF-8") from e
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as e:
        raise Refused(f"the content is not CSV: {e}") from e
    if not rows or rows[0] != fields:
        raise Refused("the content's first line is not the manifest's fields")
    if len(rows) - 1 != persons:
        raise Refused(f"the content holds {len(rows) - 1} rows, the manifest says {persons} persons")


def open_package(path: str, sk_r: X25519PrivateKey, sender_key: bytes, release_url: str | None,
                 offline: bool, out_path: str | None, now: datetime) -> None:
    pk_r = _raw_public(sk_r.public_key())
    with open(path, "rb") as f:
        _, manifest = read_header(f, sender_key)
        package_id = check_manifest(manifest, sender_key, pk_r, now)
        recipient_share = open_share(manifest.get("recipient_share"), sk_r, LABEL_RECIPIENT_SHARE, package_id,
                                     "recipient_share")
        if manifest["release"] == "offline":
            if not offline:
                raise Refused("the package is offline: open it with --offline")
            release_share = open_share(manifest.get("sender_share"), sk_r, LABEL_RELEASE_SHARE, package_id,
                                       "sender_share")
        else:
            if offline:
                raise Refused("the package is online: its release must be asked with --release-url")
            if "sender_share" in manifest:
                raise Refused("an online package carries a sender_share")
            release_share = ask_release(release_url, manifest["package"], package_id, sk_r, sender_key)
        key = content_key(package_id, recipient_share, release_share)
        folder = os.path.dirname(os.path.abspath(out_path)) if out_path else None
        fd, partial = tempfile.mkstemp(prefix=".open_package.", suffix=".partial", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                open_chunks(f, out, key, package_id)
            check_content(partial, manifest)
            if out_path:
                os.replace(partial, out_path)
            else:
                with open(partial, "rb") as done:
                    shutil.copyfileobj(done, sys.stdout.buffer)
                sys.stdout.buffer.flush()
        finally:
            if os.path.exists(partial):
                os.remove(partial)


def read_private_key(path: str) -> X25519PrivateKey:
    """Key files: one line, the Base64 of the raw 32-byte X25519 private key."""
    with open(path, "r", encoding="ascii") as f:
        lines = f.read().splitlines()
    if len(lines) != 1:
        raise Refused("the private key file is not one line")
    return X25519PrivateKey.from_private_bytes(b64(lines[0].strip(), "the private key", 32))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Open a mamori-package/1 file (docs/package-format.md).")
    parser.add_argument("package")
    parser.add_argument("--key", required=True, help="the recipient's private key file (one line of Base64)")
    parser.add_argument("--sender-key", required=True, help="the sender's Ed25519 public key, Base64, as registered")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--release-url", help="ask the sender's Mamori at this base address for the release")
    how.add_argument("--offline", action="store_true", help="the release share is in the file")
    parser.add_argument("--out", help="where to write the content CSV (default: stdout)")
    parser.add_argument("--now", help="the clock, as an ISO-8601 UTC instant (default: now)")
    args = parser.parse_args(argv)
    try:
        now = parse_instant(args.now, "--now") if args.now else datetime.now(timezone.utc)
        sender_key = b64(args.sender_key.strip(), "the sender key", 32)
        open_package(args.package, read_private_key(args.key), sender_key, args.release_url, args.offline,
                     args.out, now)
    except Refused as e:
        print(f"refused: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"refused: {e.strerror or e}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
