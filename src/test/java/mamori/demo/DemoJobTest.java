package mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import mamori.work.NoImageCacheFile;
import mamori.work.SlipDrawer;
import mamori.work.SyntheticSlips;
import org.junit.jupiter.api.Test;

/** The demo job's slips as the scanner gives them: grey PNGs, encoded without a cache file. */
class DemoJobTest {
  @Test
  void aGreySlip_isEncodedInMemory_neverInImageIOsCacheFile() throws Exception {
    BufferedImage page =
        SlipDrawer.withDefaultFont()
            .draw(
                mamori.work.DocumentTypes.builtIn(SyntheticSlips.TYPE),
                Map.of(),
                SyntheticSlips.YEAR)
            .getFirst();
    byte[] png = NoImageCacheFile.encode(() -> DemoJob.grey(page));
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(read.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    assertThat(read.getWidth()).isEqualTo(SlipDrawer.WIDTH);
  }
}
