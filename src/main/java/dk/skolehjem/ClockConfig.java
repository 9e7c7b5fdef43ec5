package dk.skolehjem;

import dk.skolehjem.engine.EngineClock;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application: the engine's, in the schools' time zone, so tests can move it. */
@Configuration
class ClockConfig {

    @Bean
    Clock clock() {
        return new EngineClock();
    }
}
