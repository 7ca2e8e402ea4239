package mamori;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web service: started by {@code mamori serve} and {@code mamori demo}, never by offline commands. */
@SpringBootApplication
public class MamoriApplication {}
