package dk.skolehjem.learningconversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.skolehjem.engine.FormCheckMocks;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Test aid: the learning conversation's own beans registered as mocks, for process tests in other packages. */
public final class LearningTestBeans {

    private LearningTestBeans() {
    }

    public static void register() {
        FormCheckMocks.register(new LearningRecordForm());
        Mocks.register("learningDocuments", new LearningDocuments(new ObjectMapper().registerModule(new JavaTimeModule())));
    }
}
