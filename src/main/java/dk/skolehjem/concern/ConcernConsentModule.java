package dk.skolehjem.concern;

import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.notification.CaseMessages;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One guardian's consent to involve PPR (L4), a process of its own so the task shows only the child's name: started
 * by the concern, never by a person; its answers are the concern's records, its messages are its own.
 */
@Component
public class ConcernConsentModule implements ProcessModule {

    private final CaseMessages messages;

    ConcernConsentModule(CaseMessages messages) {
        this.messages = messages;
    }

    @Override
    public String key() {
        return "concern-consent";
    }

    @Override
    public List<String> resources() {
        return List.of("processes/concern-consent.bpmn", "forms/concern-consent.form");
    }

    /** Its messages (the request to answer); the answers are erased with the concern's records. */
    @Override
    public void erase(String processInstanceId) {
        messages.eraseCase(processInstanceId);
    }
}
