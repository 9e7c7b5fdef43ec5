package dk.skolehjem.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's users, groups and memberships match the roster tables: a login per entitled person, a group per
 * team, council, leadership, PPR and school. Only groups named by {@link GroupIds} are ever changed.
 */
@Component
public class IdentitySync {

    /** What changed in Camunda's identity tables. */
    record Result(List<String> created, int updated, List<String> disabled) {}

    private final IdentityService identity;
    private final TaskService tasks;
    private final RosterRepository repository;

    IdentitySync(IdentityService identity, TaskService tasks, RosterRepository repository) {
        this.identity = identity;
        this.tasks = tasks;
        this.repository = repository;
    }

    Result sync(Roster roster, Map<String, String> schoolNames) {
        ensureGroups(roster, schoolNames);
        Set<String> ids = new TreeSet<>(repository.personIds(roster.schoolIds()));
        Map<String, RosterRepository.Person> entitled = repository.entitledPersons(ids).stream()
                .collect(Collectors.toMap(RosterRepository.Person::id, Function.identity()));
        List<String> created = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        int updated = 0;
        for (String id : ids) {
            User user = identity.createUserQuery().userId(id).singleResult();
            Set<String> managed = identity.createGroupQuery().groupMember(id).list().stream()
                    .map(Group::getId)
                    .filter(GroupIds::isManaged)
                    .collect(Collectors.toSet());
            RosterRepository.Person person = entitled.get(id);
            if (person != null) {
                if (user == null) {
                    user = identity.newUser(id);
                    describe(user, person);
                    user.setPassword(InitialSecret.forUser(identity, user));
                    identity.saveUser(user);
                    created.add(id);
                } else if (!sameDescription(user, person)) {
                    describe(user, person);
                    identity.saveUser(user);
                    updated++;
                }
                match(id, person.groups(), managed);
            } else if (user != null && !managed.isEmpty()) {
                managed.forEach(g -> identity.deleteMembership(id, g));
                // The user row stays so history shows the name; a secret nobody knows closes the login.
                user.setPassword(InitialSecret.forUser(identity, user));
                identity.saveUser(user);
                releaseTasks(id);
                disabled.add(id);
            }
        }
        return new Result(created, updated, disabled);
    }

    /**
     * Brings one login's groups in line with the roster after a change that is not a roster import (a suspension is
     * made or lifted); the login itself and its password stay as they are.
     */
    public void refreshGroups(String id) {
        if (identity.createUserQuery().userId(id).singleResult() == null) {
            return;
        }
        Set<String> managed = identity.createGroupQuery().groupMember(id).list().stream()
                .map(Group::getId)
                .filter(GroupIds::isManaged)
                .collect(Collectors.toSet());
        Set<String> wanted = repository.entitledPersons(Set.of(id)).stream()
                .findFirst()
                .map(RosterRepository.Person::groups)
                .orElse(Set.of());
        match(id, wanted, managed);
    }

    private void match(String id, Set<String> wanted, Set<String> managed) {
        for (String g : wanted) {
            if (!managed.contains(g)) {
                identity.createMembership(id, g);
            }
        }
        for (String g : managed) {
            if (!wanted.contains(g)) {
                identity.deleteMembership(id, g);
            }
        }
    }

    /** Someone who lost access (left the school, lost custody) must not keep the tasks that were theirs. */
    private void releaseTasks(String userId) {
        for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
            tasks.setAssignee(task.getId(), null);
        }
        for (Task task : tasks.createTaskQuery().taskCandidateUser(userId).list()) {
            tasks.deleteCandidateUser(task.getId(), userId);
        }
    }

    private void ensureGroups(Roster roster, Map<String, String> schoolNames) {
        for (String school : roster.schoolIds()) {
            String name = schoolNames.getOrDefault(school, school);
            ensureGroup(GroupIds.staff(school), "Personale, " + name);
            ensureGroup(GroupIds.guardians(school), "Forældre, " + name);
            ensureGroup(GroupIds.leadership(school), "Skoleledelse, " + name);
            ensureGroup(GroupIds.ppr(school), "PPR, " + name);
            ensureGroup(GroupIds.board(school), "Skolebestyrelse, " + name);
            ensureGroup(GroupIds.municipality(school), "Kommunen, " + name);
        }
        for (Roster.SchoolClass c : roster.classes()) {
            String name = schoolNames.getOrDefault(c.schoolId(), c.schoolId());
            ensureGroup(GroupIds.team(c.schoolId(), c.code()), "Klasseteam " + c.code() + ", " + name);
            ensureGroup(GroupIds.council(c.schoolId(), c.code()), "Klasseforældreråd " + c.code() + ", " + name);
        }
    }

    private void ensureGroup(String id, String name) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        } else if (!name.equals(group.getName())) {
            group.setName(name);
            identity.saveGroup(group);
        }
    }

    private static void describe(User user, RosterRepository.Person person) {
        String name = person.name().trim();
        int space = name.lastIndexOf(' ');
        user.setFirstName(space > 0 ? name.substring(0, space) : name);
        user.setLastName(space > 0 ? name.substring(space + 1) : "");
        user.setEmail(person.email());
    }

    private static boolean sameDescription(User user, RosterRepository.Person person) {
        String full = (user.getFirstName() + " " + Objects.toString(user.getLastName(), "")).trim();
        return full.equals(person.name().trim()) && Objects.equals(user.getEmail(), person.email());
    }
}
