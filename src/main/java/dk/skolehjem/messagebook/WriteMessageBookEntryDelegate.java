package dk.skolehjem.messagebook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.skolehjem.roster.ClassYearKey;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A process step that writes the message book entry a meeting produced (JSON in {@code messageBookEntry}) for the
 * process's student (from the business key {@code <year>:<school>:<class>:<student>}); the author is the input
 * parameter {@code entryAuthor}.
 * A rejected entry fails the step with the problems in the message, so it shows as an incident, never silently.
 */
@Component("writeMessageBookEntryDelegate")
public class WriteMessageBookEntryDelegate implements JavaDelegate {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final MessageBookService messageBook;

    public WriteMessageBookEntryDelegate(MessageBookService messageBook) {
        this.messageBook = messageBook;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        Object json = execution.getVariable("messageBookEntry");
        if (!(json instanceof String s) || s.isBlank()) {
            throw new ProcessEngineException(
                    "Meddelelsesbogen kan ikke skrives: variablen 'messageBookEntry' mangler.");
        }
        NewEntry entry = JSON.readValue(s, NewEntry.class);
        Object author = execution.getVariableLocal("entryAuthor");
        // the student is the process's own (business key), never a variable a form could have changed
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        if (key.studentId() == null) {
            throw new ProcessEngineException("Meddelelsesbogen kan kun skrives fra en elevs proces (nøgle uden elev).");
        }
        MessageBookEntry written = messageBook.write(
                key.schoolId(),
                key.studentId(),
                entry,
                author == null ? "Skole-hjem" : author.toString(),
                execution.getProcessInstanceId());
        execution.setVariable("messageBookEntryId", written.id());
    }
}
