package mamori.log.verify;

/**
 * The published example keys and signatures of golang.org/x/mod/sumdb/note (note.go and
 * note_test.go), the reference implementation of c2sp.org/signed-note.
 */
final class GoNoteVectors {
  static final String TEXT =
      "If you think cryptography is the answer to your problem,\n"
          + "then you don't know what your problem is.\n";
  static final String PETER_VKEY =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

  /** The signer key: "PRIVATE+KEY+" then name, key ID and base64(0x01 || Ed25519 seed). */
  static final String PETER_SKEY =
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

  static final String PETER_SIG =
      "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
  static final String ENOCH_VKEY =
      "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
  static final String ENOCH_SIG =
      "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

  private GoNoteVectors() {}

  /** The 32-byte Ed25519 seed inside {@link #PETER_SKEY}. */
  static byte[] peterSeed() {
    byte[] typeAndSeed = java.util.Base64.getDecoder().decode(PETER_SKEY.split("\\+", 5)[4]);
    return java.util.Arrays.copyOfRange(typeAndSeed, 1, typeAndSeed.length);
  }
}
