#!/usr/bin/env python3
"""Checks open_package.py's own HPKE before it is trusted to judge Mamori's packages.

1. RFC 9180 appendix A.1.1, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode: the RFC
   publishes no X25519 vector with AES-256-GCM, but this one runs the same Encap/Decap,
   LabeledExtract/LabeledExpand and KeySchedule (only Nk differs), so it pins all of them.
2. AES-256-GCM, the package suite, both ways against the ``cryptography`` package's own HPKE module
   (where the installed version has one).
3. HKDF-SHA256 against RFC 5869 test case 1 (the content key is plain HKDF).

Prints "ok" and exits 0, or names the first mismatch and exits 1.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey  # noqa: E402

import open_package as p  # noqa: E402

H = bytes.fromhex


def check(name: str, actual: bytes, expected: bytes) -> None:
    if actual != expected:
        print(f"FAIL {name}: {actual.hex()} != {expected.hex()}", file=sys.stderr)
        sys.exit(1)


def rfc9180_a_1_1() -> None:
    sk_e = X25519PrivateKey.from_private_bytes(H("52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736"))
    sk_r = X25519PrivateKey.from_private_bytes(H("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8"))
    pk_r = H("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d")
    enc_expected = H("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431")
    info = H("4f6465206f6e2061204772656369616e2055726e")
    aad = H("436f756e742d30")
    pt = H("4265617574792069732074727574682c20747275746820626561757479")
    ct = H("f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a")

    check("A.1.1 pkRm", p._raw_public(sk_r.public_key()), pk_r)
    shared_secret, enc = p.encap(pk_r, sk_e)
    check("A.1.1 enc", enc, enc_expected)
    check("A.1.1 shared_secret", shared_secret, H("fe0e18c9f024ce43799ae393c7e8fe8fce9d218875e8227b0187c04e7d2ea1fc"))
    check("A.1.1 Decap", p.decap(enc, sk_r), shared_secret)
    key, base_nonce, exporter_secret = p.key_schedule_base(shared_secret, info, p.AEAD_AES_128_GCM)
    check("A.1.1 key", key, H("4531685d41d65f03dc48f6b8302c05b0"))
    check("A.1.1 base_nonce", base_nonce, H("56d890e5accaaf011cff4b7d"))
    check("A.1.1 exporter_secret", exporter_secret,
          H("45ff1c2e220db587171952c0592d5f5ebe103f1561a2614e38f2ffd47e99e3f8"))
    enc2, sealed = p.seal_base(pk_r, info, aad, pt, sk_e, p.AEAD_AES_128_GCM)
    check("A.1.1 sequence 0 ciphertext", sealed, ct)
    check("A.1.1 Open", p.open_base(enc2, sk_r, info, aad, ct, p.AEAD_AES_128_GCM), pt)


def aes_256_gcm_against_cryptography() -> None:
    try:
        from cryptography.hazmat.primitives import hpke
    except ImportError:
        # cryptography before 47 (Debian's python3-cryptography) has no HPKE of its own; the
        # packages PackageInteropIT makes with Tink check the AES-256-GCM suite all the same.
        import cryptography

        print(f"note: cryptography {cryptography.__version__} has no HPKE module to cross-check against")
        return

    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    sk_r = X25519PrivateKey.generate()
    pk_r = p._raw_public(sk_r.public_key())
    info = b"mamori-package/1 recipient share" + bytes(range(16))
    secret = os.urandom(32)
    # Theirs seals (enc || ct, empty aad), ours opens.
    sealed = suite.encrypt(secret, sk_r.public_key(), info=info)
    check("cryptography seal, our open", p.open_base(sealed[:32], sk_r, info, b"", sealed[32:]), secret)
    # Ours seals, theirs opens.
    enc, ct = p.seal_base(pk_r, info, b"", secret, X25519PrivateKey.generate())
    check("our seal, cryptography open", suite.decrypt(enc + ct, sk_r, info=info), secret)
    check("ct length", bytes([len(ct)]), bytes([48]))


def rfc5869_case_1() -> None:
    prk = p.hkdf_extract(H("000102030405060708090a0b0c"), H("0b" * 22))
    check("RFC 5869 A.1 PRK", prk, H("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"))
    okm = p.hkdf_expand(prk, H("f0f1f2f3f4f5f6f7f8f9"), 42)
    check("RFC 5869 A.1 OKM", okm, H("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                     "34007208d5b887185865"))


if __name__ == "__main__":
    rfc9180_a_1_1()
    aes_256_gcm_against_cryptography()
    rfc5869_case_1()
    print("ok")
