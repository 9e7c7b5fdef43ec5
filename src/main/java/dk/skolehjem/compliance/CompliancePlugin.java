package dk.skolehjem.compliance;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * "Holder vi princippet?" inside Cockpit: the dashboard's table of classes, the process instance's "Princippet" tab and
 * a link to the product's own page, found by Cockpit through {@code META-INF/services}.
 */
public class CompliancePlugin extends AbstractCockpitPlugin {

    /** The plugin's id: its REST resources live under {@code /camunda/api/cockpit/plugin/skolehjem}. */
    public static final String ID = "skolehjem";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(CompliancePluginResource.class);
    }
}
