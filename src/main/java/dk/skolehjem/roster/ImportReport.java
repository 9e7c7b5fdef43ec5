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
}
