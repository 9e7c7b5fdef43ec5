package dk.skolehjem.parents;

import dk.skolehjem.engine.FamilyTask;
import dk.skolehjem.engine.FamilyTasks;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Whether a person may answer a family task now: the task names them (or their council) as candidates, and the
 * roster still agrees: custody of the child and not suspended, or membership of the class's parent council, in a
 * school they belong to. A task that fails any check is, for them, a task that does not exist.
 */
@Service
class FamilyTaskAccess {

    /** A task the person may answer, and who or what it is about, in Danish. */
    record Allowed(FamilyTask task, String about, String studentId) {}

    private final FamilyTasks tasks;
    private final RosterRepository roster;

    FamilyTaskAccess(FamilyTasks tasks, RosterRepository roster) {
        this.tasks = tasks;
        this.roster = roster;
    }

    /** The person's open family tasks, each with what it is about. */
    List<Allowed> open(CurrentUser user) {
        List<RosterRepository.StudentRow> children = roster.childrenInCustody(user.id());
        return tasks.openFor(user.id(), user.groups()).stream()
                .map(t -> allowed(user, t, children))
                .flatMap(Optional::stream)
                .toList();
    }

    Optional<Allowed> open(CurrentUser user, String taskId) {
        return tasks.open(user.id(), user.groups(), taskId)
                .flatMap(t -> allowed(user, t, roster.childrenInCustody(user.id())));
    }

    /** A task the person was allowed to answer and that has been answered (by them or their family). */
    Optional<Allowed> answered(CurrentUser user, String taskId) {
        return tasks.answered(user.id(), user.groups(), taskId)
                .flatMap(t -> allowed(user, t, roster.childrenInCustody(user.id())));
    }

    private static Optional<Allowed> allowed(
            CurrentUser user, FamilyTask task, List<RosterRepository.StudentRow> children) {
        ClassYearKey key;
        try {
            key = ClassYearKey.parse(task.businessKey());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!user.tenants().contains(key.schoolId())) {
            return Optional.empty();
        }
        if (key.studentId() == null) {
            return user.groups().contains(GroupIds.council(key.schoolId(), key.classCode()))
                    ? Optional.of(new Allowed(task, "Klasseforældrerådet i " + key.classCode(), null))
                    : Optional.empty();
        }
        return children.stream()
                .filter(c -> c.schoolId().equals(key.schoolId()) && c.id().equals(key.studentId()))
                .findFirst()
                .map(c -> new Allowed(task, c.name() + ", " + c.classCode(), c.id()));
    }
}
