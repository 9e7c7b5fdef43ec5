package dk.skolehjem.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} (BPMN, DMN) and {@code forms/} under stable relative names ("processes/school-year.bpmn")
 * whether the app runs from the source tree or from the jar, and only when something changed, so a restart does not
 * make a new version of every process. Replaces the starter's auto-deployment, which leaves out {@code .form} files.
 * Forms are deployed with their choice fields filled from their code lists ({@link FormChoices}).
 */
@Component
@Order(0)
class ProcessDeployer implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "skole-hjem";
    private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployer.class);
    private static final String[] PATTERNS = {"processes/**/*.bpmn", "processes/**/*.dmn", "forms/**/*.form"};

    private final RepositoryService repository;
    private final FormRules rules;

    ProcessDeployer(RepositoryService repository, FormRules rules) {
        this.repository = repository;
        this.rules = rules;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        deploy();
    }

    Deployment deploy() throws IOException {
        Map<String, Resource> resources = findResources();
        DeploymentBuilder builder = repository
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        for (var e : resources.entrySet()) {
            try (InputStream in = e.getValue().getInputStream()) {
                // a form's choices come from its code lists (enums), filled in here so Tasklist shows them
                builder.addInputStream(
                        e.getKey(),
                        e.getKey().endsWith(".form")
                                ? new ByteArrayInputStream(FormChoices.fill(in.readAllBytes(), rules))
                                : in);
            }
        }
        Deployment deployment = builder.deployWithResult();
        LOG.info("Deployed {} resources as deployment {}", resources.size(), deployment.getId());
        return deployment;
    }

    /** Resource name relative to the classpath root, e.g. {@code forms/year-plan.form}. */
    static Map<String, Resource> findResources() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, Resource> result = new TreeMap<>();
        for (String pattern : PATTERNS) {
            String folder = pattern.substring(0, pattern.indexOf('/') + 1);
            for (Resource r : resolver.getResources("classpath*:" + pattern)) {
                String url = r.getURL().toString();
                int at = url.lastIndexOf("/" + folder);
                result.put(url.substring(at + 1), r);
            }
        }
        return result;
    }
}
