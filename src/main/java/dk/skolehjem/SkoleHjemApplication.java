package dk.skolehjem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Skole-hjem: the Camunda engine, its webapps and the product's own API in one process. */
@SpringBootApplication
public class SkoleHjemApplication {

    public static void main(String[] args) {
        SpringApplication.run(SkoleHjemApplication.class, args);
    }
}
