package dk.skolehjem.roster;

import dk.skolehjem.policy.PolicyRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports a school's roster export: all rows are checked first, then the roster tables, the logins and the access
 * rules change together in one transaction, or nothing changes.
 */
@Service
public class RosterImportService {

    private static final Logger LOG = LoggerFactory.getLogger(RosterImportService.class);

    private final RosterRepository repository;
    private final IdentitySync identitySync;
    private final PolicyRegistry policies;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final AsApplication asApplication;
    private final org.springframework.transaction.support.TransactionTemplate perSchool;

    RosterImportService(
            RosterRepository repository,
            IdentitySync identitySync,
            PolicyRegistry policies,
            IdentityService identity,
            ApplicationEventPublisher events,
            AsApplication asApplication,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.perSchool = new org.springframework.transaction.support.TransactionTemplate(transactions);
        // joins a caller's transaction (all in one), else one per school; never a second connection next to one
        this.perSchool.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRED);
        this.repository = repository;
        this.identitySync = identitySync;
        this.policies = policies;
        this.identity = identity;
        this.events = events;
        this.asApplication = asApplication;
    }

    /** Reads and checks the files; throws {@link RosterImportException} with every problem. Writes nothing. */
    Roster check(RosterFiles files) {
        Roster roster = new RosterParser(repository.schoolNames(), policies).parse(files);
        List<ImportProblem> problems = ownershipProblems(roster);
        if (!problems.isEmpty()) {
            throw new RosterImportException(problems);
        }
        return roster;
    }

    /**
     * A person id is a login, so it may belong to one school's roster only, and never to an account the roster does
     * not own (the administrator): otherwise one school's export could take over another school's or the admin's login.
     */
    private List<ImportProblem> ownershipProblems(Roster roster) {
        Set<String> ids = roster.personSources().keySet();
        Map<String, Set<String>> owners = repository.schoolsOfPersons(ids);
        Set<String> existingLogins = asApplication.call(() -> ids.isEmpty()
                ? Set.<String>of()
                : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
                        .map(User::getId)
                        .collect(Collectors.toSet()));
        List<ImportProblem> problems = new ArrayList<>();
        for (var e : new TreeMap<>(roster.personSources()).entrySet()) {
            Set<String> elsewhere = new TreeSet<>(owners.getOrDefault(e.getKey(), Set.of()));
            elsewhere.removeAll(roster.schoolIds());
            boolean foreignLogin = existingLogins.contains(e.getKey()) && !owners.containsKey(e.getKey());
            if (!elsewhere.isEmpty() || foreignLogin) {
                Roster.Source src = e.getValue();
                problems.add(
                        new ImportProblem(
                                src.file(),
                                src.line(),
                                src.field(),
                                "id '" + e.getKey()
                                        + "' bruges allerede af en anden bruger i Skole-hjem; hver skole skal bruge sine egne id'er"));
            }
        }
        return problems;
    }

    /** Checks and imports in one go, for callers that have already established the right to import (start-up, demo). */
    public ImportReport importFiles(RosterFiles files) {
        return apply(check(files));
    }

    /**
     * Writes a checked roster school by school, each school in its own transaction: a municipality's one file never
     * holds every person's engine work in memory until one commit, each school is all or nothing, and an import
     * that stopped half-way is resumed by importing the same file again (the schools already done change nothing).
     */
    ImportReport apply(Roster roster) {
        List<String> schools = roster.schoolIds().stream().sorted().toList();
        ImportReport report = null;
        for (String school : schools) {
            Roster part = schools.size() == 1 ? roster : roster.of(school);
            ImportReport done = perSchool.execute(status -> applyOne(part));
            report = report == null ? done : report.and(done);
        }
        return report != null ? report : perSchool.execute(status -> applyOne(roster));
    }

    private ImportReport applyOne(Roster roster) {
        return asApplication.call(() -> {
            repository.lockSchools(roster.schoolIds());
            Map<String, TableSync.Counts> tables = repository.write(roster);
            Map<String, String> names = repository.schoolNames();
            IdentitySync.Result logins = identitySync.sync(roster, names);
            events.publishEvent(new RosterChanged(roster.schoolIds()));
            if (!logins.created().isEmpty()) {
                events.publishEvent(new LoginsCreated(List.copyOf(logins.created())));
            }
            var report = new ImportReport(
                    roster.schoolIds(),
                    tables,
                    List.copyOf(logins.created()),
                    logins.updated(),
                    List.copyOf(logins.disabled()));
            LOG.info(
                    "Roster imported for {}: {} new logins, {} updated, {} disabled, changed={}",
                    roster.schoolIds(),
                    logins.created().size(),
                    logins.updated(),
                    logins.disabled().size(),
                    report.changedAnything());
            return report;
        });
    }
}
