package dk.skolehjem.engine;

import dk.skolehjem.roster.AsApplication;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The roster's way to act as the application on the engine, by {@link AsSystem}. */
@Component
class AsApplicationOnEngine implements AsApplication {

    private final IdentityService identity;

    AsApplicationOnEngine(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public <T> T call(Supplier<T> work) {
        return AsSystem.call(identity, work);
    }
}
