/** The web edge: pages for people, the JSON API under /api/v1, and the security headers every response carries. */
@NullMarked
package mamori.web;

import org.jspecify.annotations.NullMarked;
