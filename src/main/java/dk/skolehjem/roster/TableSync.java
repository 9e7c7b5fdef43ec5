package dk.skolehjem.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Brings one roster table of the imported schools to the desired rows: new rows inserted, changed rows updated in
 * place, vanished rows marked inactive (never deleted, so history keeps its names). Unchanged rows are not touched,
 * which is what makes a repeated import a no-op.
 */
final class TableSync {

    /** How many rows one sync inserted, updated and deactivated. */
    record Counts(int inserted, int updated, int deactivated) {
        boolean changedAnything() {
            return inserted + updated + deactivated > 0;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String table;
    private final List<String> keyColumns;
    private final List<String> valueColumns;
    private final boolean deactivateMissing;

    TableSync(
            NamedParameterJdbcTemplate jdbc,
            String table,
            List<String> keyColumns,
            List<String> valueColumns,
            boolean deactivateMissing) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumns = keyColumns;
        this.valueColumns = valueColumns;
        this.deactivateMissing = deactivateMissing;
    }

    /** {@code desired}: key values (school id first) to value columns; rows of other schools are never touched. */
    Counts sync(Set<String> schoolIds, Map<List<Object>, List<Object>> desired) {
        Map<List<Object>, List<Object>> current = new HashMap<>();
        Map<List<Object>, Boolean> active = new HashMap<>();
        String keyCol = keyColumns.get(0);
        String select = "select " + String.join(", ", keyColumns)
                + (valueColumns.isEmpty() ? "" : ", " + String.join(", ", valueColumns))
                + ", active from app." + table + " where " + keyCol + " in (:schools)";
        jdbc.query(select, Map.of("schools", schoolIds), rs -> {
            List<Object> key = new ArrayList<>();
            for (String k : keyColumns) {
                key.add(rs.getObject(k));
            }
            List<Object> values = new ArrayList<>();
            for (String v : valueColumns) {
                values.add(rs.getObject(v));
            }
            current.put(key, values);
            active.put(key, rs.getBoolean("active"));
        });
        int inserted = 0;
        int updated = 0;
        int deactivated = 0;
        for (var e : desired.entrySet()) {
            List<Object> now = current.get(e.getKey());
            if (now == null) {
                jdbc.update(insertSql(), params(e.getKey(), e.getValue()));
                inserted++;
            } else if (!sameValues(now, e.getValue()) || !active.get(e.getKey())) {
                jdbc.update(updateSql(true), params(e.getKey(), e.getValue()));
                updated++;
            }
        }
        if (deactivateMissing) {
            for (var e : current.entrySet()) {
                if (active.get(e.getKey()) && !desired.containsKey(e.getKey())) {
                    jdbc.update(updateSql(false), params(e.getKey(), e.getValue()));
                    deactivated++;
                }
            }
        }
        return new Counts(inserted, updated, deactivated);
    }

    private static boolean sameValues(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x instanceof Number n && y instanceof Number m) {
                if (n.longValue() != m.longValue()) {
                    return false;
                }
            } else if (!Objects.equals(x, y)) {
                return false;
            }
        }
        return true;
    }

    private String insertSql() {
        List<String> cols = new ArrayList<>(keyColumns);
        cols.addAll(valueColumns);
        return "insert into app." + table + " (" + String.join(", ", cols) + ", active, updated_at) values ("
                + String.join(", ", cols.stream().map(c -> ":" + c).toList()) + ", true, current_timestamp)";
    }

    private String updateSql(boolean activate) {
        List<String> sets = new ArrayList<>();
        if (activate) {
            valueColumns.forEach(v -> sets.add(v + " = :" + v));
        }
        sets.add("active = " + activate);
        sets.add("updated_at = current_timestamp");
        return "update app." + table + " set " + String.join(", ", sets) + " where "
                + String.join(
                        " and ", keyColumns.stream().map(k -> k + " = :" + k).toList());
    }

    private MapSqlParameterSource params(List<Object> key, List<Object> values) {
        var p = new MapSqlParameterSource();
        for (int i = 0; i < keyColumns.size(); i++) {
            p.addValue(keyColumns.get(i), key.get(i));
        }
        for (int i = 0; i < valueColumns.size(); i++) {
            p.addValue(valueColumns.get(i), values.get(i));
        }
        return p;
    }
}
