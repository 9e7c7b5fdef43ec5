package dk.skolehjem.conference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.skolehjem.engine.FormCheckMocks;
import dk.skolehjem.notification.NotificationPort;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Test aid: the conference beans (rounds, slots, keys, records) registered as mocks for process tests in other packages. */
public final class ConferenceTestBeans {

    private ConferenceTestBeans() {
    }

    public static void register(NamedParameterJdbcTemplate jdbc) {
        register(jdbc, new PolicyRegistry(""));
    }

    /** Every bean the conference and learning-conversation processes call, except documents and notifications. */
    public static void register(NamedParameterJdbcTemplate jdbc, PolicyRegistry policies) {
        register(jdbc, policies, n -> { });
    }

    /** As {@link #register(NamedParameterJdbcTemplate, PolicyRegistry)}, telling families through {@code notifications}. */
    public static void register(NamedParameterJdbcTemplate jdbc, PolicyRegistry policies, NotificationPort notifications) {
        var roster = new RosterRepository(jdbc);
        var rounds = new ConferenceRounds(jdbc);
        Mocks.register("conferenceKeys", new ConferenceKeys(roster));
        var siblings = new SiblingBookings(rounds, roster, notifications,
                new DataSourceTransactionManager(jdbc.getJdbcTemplate().getDataSource()));
        var choices = new SlotChoices(rounds, new dk.skolehjem.engine.EngineClock());
        Mocks.register("publishRoundListener", new PublishRoundListener(policies));
        Mocks.register("siblingSlots", new SiblingSlotsListener(rounds, siblings, new dk.skolehjem.engine.EngineClock()));
        Mocks.register("conferenceBookingListener", new ConferenceBookingListener(rounds, choices));
        Mocks.register("prepareConferenceDelegate", new PrepareConferenceDelegate(roster, policies));
        FormCheckMocks.register(new RoundForm(rounds, policies, roster), new BookingForm(rounds, siblings, choices, new dk.skolehjem.engine.EngineClock()),
                new ConferenceRecordForm());
        Mocks.register("releaseConferenceSlotDelegate", new ReleaseSlotDelegate(rounds, policies));
        Mocks.register("conferenceDocuments", new ConferenceDocuments(new ObjectMapper().registerModule(new JavaTimeModule())));
    }

    public static String firstSlot(ProcessEngine engine, Task task) {
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariableLocal(task.getId(), "availableSlots");
        return options.elements().get(0).prop("value").stringValue();
    }
}
