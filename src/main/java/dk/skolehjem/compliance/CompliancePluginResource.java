package dk.skolehjem.compliance;

import dk.skolehjem.engine.ActingUser;
import dk.skolehjem.roster.CurrentUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The plugin's REST resource behind Cockpit's own login: who asks is the person Cockpit authenticated (the engine's
 * current authentication, set by the webapp for this request), what they see is {@link CockpitCompliance}'s answer for
 * the schools they lead. The engine's name is fixed to "default" by the security rules in front.
 */
@Path("plugin/" + CompliancePlugin.ID)
public class CompliancePluginResource extends AbstractCockpitPluginRootResource {

    public CompliancePluginResource() {
        super(CompliancePlugin.ID);
    }

    @GET
    @Path("{engine}/skoler")
    @Produces(MediaType.APPLICATION_JSON)
    public List<CockpitCompliance.SchoolTable> schools(@PathParam("engine") String engine) {
        return service().schools(person(engine));
    }

    @GET
    @Path("{engine}/instans/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CockpitCompliance.InstanceView instance(@PathParam("engine") String engine, @PathParam("id") String id) {
        return service().instance(person(engine), id).orElseThrow(() -> new NotFoundException("Ukendt procesinstans"));
    }

    private CurrentUser person(String engineName) {
        ProcessEngine engine = ProcessEngines.getProcessEngine(engineName);
        if (engine == null) {
            throw new NotFoundException("Ukendt motor");
        }
        return ActingUser.person(engine.getIdentityService())
                .orElseThrow(() -> new NotAuthorizedException("Log ind i Cockpit"));
    }

    private CockpitCompliance service() {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(CockpitCompliance.class);
    }
}
