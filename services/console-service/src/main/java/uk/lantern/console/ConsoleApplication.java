package uk.lantern.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Lantern's console: the web application coordinators, MACE panels and managers use, behind Lantern's sign-in. It
 * holds no records of its own; every page is drawn from the other services' APIs, called with the signed-in person's
 * own token, so each service still decides what that person may see and logs what they saw.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsoleApplication.class, args);
    }
}
