package dk.skolehjem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each person's choice of how to be told: stored per user, with the product's defaults for everyone else. */
@Repository
public class Preferences {

    /** At once, or one digest a day. */
    public enum Mode {
        IMMEDIATE,
        DIGEST
    }

    /** A person's choice; hours are whole hours 0-23 in Danish time. */
    public record Preference(Mode mode, int digestHour, int quietFrom, int quietTo) {

        public static final Preference DEFAULT = new Preference(Mode.IMMEDIATE, 16, 18, 7);

        public Preference {
            for (int hour : new int[] {digestHour, quietFrom, quietTo}) {
                if (hour < 0 || hour > 23) {
                    throw new IllegalArgumentException("En time skal være 0-23, ikke " + hour);
                }
            }
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Preferences(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Preference of(String userId) {
        return jdbc
                .query(
                        "select mode, digest_hour, quiet_from, quiet_to from app.notification_preference "
                                + "where user_id = :u",
                        Map.of("u", userId),
                        (rs, i) ->
                                new Preference(Mode.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .stream()
                .findFirst()
                .orElse(Preference.DEFAULT);
    }

    public void save(String userId, Preference p) {
        var params = new MapSqlParameterSource()
                .addValue("u", userId)
                .addValue("m", p.mode().name())
                .addValue("d", p.digestHour())
                .addValue("f", p.quietFrom())
                .addValue("t", p.quietTo())
                .addValue("now", Timestamp.from(clock.instant()));
        if (jdbc.update(
                        "update app.notification_preference set mode = :m, digest_hour = :d, quiet_from = :f, "
                                + "quiet_to = :t, updated_at = :now where user_id = :u",
                        params)
                == 0) {
            jdbc.update(
                    "insert into app.notification_preference (user_id, mode, digest_hour, quiet_from, quiet_to, "
                            + "updated_at) values (:u, :m, :d, :f, :t, :now)",
                    params);
        }
    }
}
