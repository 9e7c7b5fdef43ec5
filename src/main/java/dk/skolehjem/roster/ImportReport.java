package dk.skolehjem.roster;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an import changed, for the person who ran it: per table, and for logins. */
public record ImportReport(
        Set<String> schools,
        Map<String, TableSync.Counts> tables,
        List<String> createdUsers,
        int updatedUsers,
        List<String> disabledUsers) {

    /** False when the files matched what was already there. */
    @JsonProperty("changedAnything")
    public boolean changedAnything() {
        return tables.values().stream().anyMatch(TableSync.Counts::changedAnything)
                || !createdUsers.isEmpty()
                || updatedUsers > 0
                || !disabledUsers.isEmpty();
    }

    /** This school's report and {@code other}'s together, as one import of both. */
    ImportReport and(ImportReport other) {
        var schools = new java.util.TreeSet<>(this.schools);
        schools.addAll(other.schools);
        var tables = new java.util.LinkedHashMap<>(this.tables);
        other.tables.forEach((table, n) -> tables.merge(
                table,
                n,
                (a, b) -> new TableSync.Counts(
                        a.inserted() + b.inserted(), a.updated() + b.updated(), a.deactivated() + b.deactivated())));
        var created = new java.util.ArrayList<>(createdUsers);
        created.addAll(other.createdUsers);
        var disabled = new java.util.ArrayList<>(disabledUsers);
        disabled.addAll(other.disabledUsers);
        return new ImportReport(schools, tables, created, updatedUsers + other.updatedUsers, disabled);
    }
}
