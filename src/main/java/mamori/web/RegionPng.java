package mamori.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer of a field's watermarked region, the same for the desk's pages and the API: a PNG
 * shown inline, never stored by the browser, never an attachment, never sniffed as anything else.
 */
final class RegionPng {
  private RegionPng() {}

  static ResponseEntity<byte[]> of(byte[] png) {
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
        .header("X-Content-Type-Options", "nosniff")
        .body(png);
  }
}
