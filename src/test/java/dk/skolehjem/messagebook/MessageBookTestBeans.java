package dk.skolehjem.messagebook;

import dk.skolehjem.roster.RosterRepository;
import java.time.Clock;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Test aid: the real message book on a test database, for process tests in other packages. */
public final class MessageBookTestBeans {

    private MessageBookTestBeans() {
    }

    public static MessageBookService service(NamedParameterJdbcTemplate jdbc, Clock clock) {
        return new MessageBookService(new MessageBookRepository(jdbc), new RosterRepository(jdbc), clock);
    }
}
