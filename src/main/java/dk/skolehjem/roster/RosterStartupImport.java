package dk.skolehjem.roster;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code --roster=DIR}: imports a directory of roster files at start-up; bad files stop the start with every error listed. */
@Component
@Order(30)
class RosterStartupImport implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RosterStartupImport.class);

    private final RosterImportService imports;

    RosterStartupImport(RosterImportService imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> dirs = args.getOptionValues("roster");
        if (dirs == null) {
            return;
        }
        for (String dir : dirs) {
            ImportReport report = imports.importFiles(RosterFiles.fromDirectory(Path.of(dir)));
            LOG.info(
                    "Roster from {}: schools {}, changed anything: {}",
                    dir,
                    report.schools(),
                    report.changedAnything());
        }
    }
}
