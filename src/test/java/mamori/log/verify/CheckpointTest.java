package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {
  private static final String SPEC =
      "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

  @Test
  void specExample_parsesAndPrintsBackUnchanged() throws NoteException {
    Checkpoint checkpoint = Checkpoint.parse(SPEC);
    assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
    assertThat(checkpoint.size()).isEqualTo(20852163);
    assertThat(checkpoint.root())
        .isEqualTo(Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="));
    assertThat(checkpoint.extensions()).isEmpty();
    assertThat(checkpoint.text()).isEqualTo(SPEC);
  }

  @Test
  void extensionLines_areKept() throws NoteException {
    Checkpoint checkpoint = Checkpoint.parse(SPEC + "first extension\nsecond\n");
    assertThat(checkpoint.extensions()).containsExactly("first extension", "second");
    assertThat(checkpoint.text()).isEqualTo(SPEC + "first extension\nsecond\n");
  }

  @Test
  void emptyTree_hasSizeZero() throws NoteException {
    String empty = "log\n0\n" + Base64.getEncoder().encodeToString(Rfc6962.emptyRoot()) + "\n";
    assertThat(Checkpoint.parse(empty).size()).isZero();
  }

  @Test
  void malformedCheckpoints_areRefused() {
    String root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";
    List<String> bad =
        List.of(
            "example.com/behind-the-sofa\n20852163\n" + root,
            "\n20852163\n" + root + "\n",
            "o\n020852163\n" + root + "\n",
            "o\n-1\n" + root + "\n",
            "o\n+1\n" + root + "\n",
            "o\n9223372036854775808\n" + root + "\n",
            "o\n1 \n" + root + "\n",
            "o\n1\n" + root.replace("=", "") + "\n",
            "o\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2=\n",
            "o\n1\nAAAA\n",
            "o\n1\n",
            "o\n1\n" + root + "\n\n",
            "o\n1\n" + root + "\n\nextension\n",
            "o\u0007\n1\n" + root + "\n");
    for (String text : bad) {
      assertThatThrownBy(() -> Checkpoint.parse(text)).as(text).isInstanceOf(NoteException.class);
    }
  }

  @Test
  void largestSize_parses() throws NoteException {
    String text = "o\n9223372036854775807\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
    assertThat(Checkpoint.parse(text).size()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void constructor_refusesBadParts_andCopiesTheRoot() {
    byte[] root = Rfc6962.emptyRoot();
    assertThatThrownBy(() -> new Checkpoint("", 0, root))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("a\nb", 0, root))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("a", -1, root))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("a", 0, new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Checkpoint("a", 0, root, List.of("")))
        .isInstanceOf(IllegalArgumentException.class);
    Checkpoint checkpoint = new Checkpoint("a", 0, root);
    root[0] ^= 1;
    checkpoint.root()[1] ^= 1;
    assertThat(checkpoint.root()).isEqualTo(Rfc6962.emptyRoot());
    assertThat(checkpoint).isEqualTo(new Checkpoint("a", 0, Rfc6962.emptyRoot()));
  }
}
