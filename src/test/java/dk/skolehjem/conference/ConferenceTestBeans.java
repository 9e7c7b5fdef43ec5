package dk.skolehjem.conference;

import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Test aid: the booking beans (rounds, slots, keys) registered as mocks for process tests in other packages. */
public final class ConferenceTestBeans {

    private ConferenceTestBeans() {
    }

    public static void register(NamedParameterJdbcTemplate jdbc) {
        var roster = new RosterRepository(jdbc);
        var rounds = new ConferenceRounds(jdbc);
        var policies = new PolicyRegistry("");
        Mocks.register("conferenceKeys", new ConferenceKeys(roster));
        Mocks.register("publishRoundListener", new PublishRoundListener(rounds, policies, roster));
        Mocks.register("conferenceBookingListener", new ConferenceBookingListener(rounds, jdbc, new SiblingBookings(rounds, roster)));
        Mocks.register("prepareConferenceDelegate", new PrepareConferenceDelegate(roster, policies));
    }

    public static String firstSlot(ProcessEngine engine, Task task) {
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariableLocal(task.getId(), "availableSlots");
        return options.elements().get(0).prop("value").stringValue();
    }
}
