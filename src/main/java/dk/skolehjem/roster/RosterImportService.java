package dk.skolehjem.roster;

import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.policy.PolicyRegistry;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    RosterImportService(RosterRepository repository, IdentitySync identitySync, PolicyRegistry policies,
            IdentityService identity, ApplicationEventPublisher events) {
        this.repository = repository;
        this.identitySync = identitySync;
        this.policies = policies;
        this.identity = identity;
        this.events = events;
    }

    /** Reads and checks the files; throws {@link RosterImportException} with every problem. Writes nothing. */
    Roster check(RosterFiles files) {
        return new RosterParser(repository.schoolNames(), policies).parse(files);
    }

    /** Checks and imports in one go, for callers that have already established the right to import (start-up, demo). */
    @Transactional
    public ImportReport importFiles(RosterFiles files) {
        return apply(check(files));
    }

    @Transactional
    ImportReport apply(Roster roster) {
        return AsSystem.call(identity, () -> {
            repository.lockSchools(roster.schoolIds());
            Map<String, TableSync.Counts> tables = repository.write(roster);
            Map<String, String> names = repository.schoolNames();
            IdentitySync.Result logins = identitySync.sync(roster, names);
            events.publishEvent(new RosterChanged(roster.schoolIds()));
            var report = new ImportReport(roster.schoolIds(), tables, List.copyOf(logins.created()), logins.updated(),
                    List.copyOf(logins.disabled()));
            LOG.info("Roster imported for {}: {} new logins, {} updated, {} disabled, changed={}", roster.schoolIds(),
                    logins.created().size(), logins.updated(), logins.disabled().size(), report.changedAnything());
            return report;
        });
    }
}
