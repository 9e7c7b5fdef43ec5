package dk.skolehjem.access;

import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterChanged;
import dk.skolehjem.roster.RosterRepository;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may open what, per school: each school is a Camunda tenant, so its people see only its processes; staff and
 * guardians get Tasklist, leadership Cockpit and read access to the school's processes and history, and each group
 * sees the Tasklist filters meant for it. Admin stays with {@code camunda-admin}. Grants are only ever added.
 */
@Component
class SchoolAccessGrants {

    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final TasklistFilters filters;
    private final RosterRepository roster;

    SchoolAccessGrants(AuthorizationService authorizations, IdentityService identity, TasklistFilters filters,
            RosterRepository roster) {
        this.authorizations = authorizations;
        this.identity = identity;
        this.filters = filters;
        this.roster = roster;
    }

    @EventListener
    void onRosterChanged(RosterChanged event) {
        Map<String, String> filterIds = filters.ensure();
        Map<String, String> names = roster.schoolNames();
        for (String school : event.schoolIds()) {
            grantSchool(school, names.getOrDefault(school, school), filterIds);
        }
    }

    private void grantSchool(String school, String name, Map<String, String> filterIds) {
        Tenant tenant = identity.createTenantQuery().tenantId(school).singleResult();
        if (tenant == null) {
            tenant = identity.newTenant(school);
            tenant.setName(name);
            identity.saveTenant(tenant);
        }
        String staff = GroupIds.staff(school);
        String guardians = GroupIds.guardians(school);
        String leadership = GroupIds.leadership(school);
        for (String group : new String[] {staff, guardians}) {
            if (identity.createGroupQuery().groupId(group).memberOfTenant(school).count() == 0) {
                identity.createTenantGroupMembership(school, group);
            }
        }
        grant(staff, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(guardians, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(leadership, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Leadership watches its school in Cockpit (R17); the tenant check keeps other schools out of sight.
        grant(leadership, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grant(leadership, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(leadership, Resources.TASK, "*", Permissions.READ);
        grant(leadership, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(leadership, Resources.DEPLOYMENT, "*", Permissions.READ);
        for (String f : new String[] {TasklistFilters.MINE, TasklistFilters.CLASS, TasklistFilters.OVERDUE}) {
            grant(staff, Resources.FILTER, filterIds.get(f), Permissions.READ);
        }
        grant(guardians, Resources.FILTER, filterIds.get(TasklistFilters.MY_CHILD), Permissions.READ);
        grant(leadership, Resources.FILTER, filterIds.get(TasklistFilters.LATE_WEEKLY_PLANS), Permissions.READ);
        // guardians start the family processes from Tasklist (R13, R15, R16); the process finds their own child
        for (String process : new String[] {"life-event", "class-visit", "talk-request", "concern"}) {
            grant(guardians, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        grant(guardians, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        // staff ask a family for a talk too (R13); the process offers only students of their classes (a leader: school)
        // ... and raise a concern about one of them (R14); the process finds the student the same way
        for (String process : new String[] {"talk-request", "concern"}) {
            grant(staff, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        grant(staff, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization a = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        boolean isNew = a == null;
        if (isNew) {
            a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(group);
            a.setResource(resource);
            a.setResourceId(resourceId);
        }
        boolean changed = isNew;
        for (Permission p : permissions) {
            if (!a.isPermissionGranted(p)) {
                a.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(a);
        }
    }
}
