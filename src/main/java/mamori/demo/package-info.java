/** The demo town: synthetic residents, the story of a city, its contractor and subcontractor, its data-entry job of withholding slips, and the demo users' credentials, made once in a data folder. */
@NullMarked
package mamori.demo;

import org.jspecify.annotations.NullMarked;
