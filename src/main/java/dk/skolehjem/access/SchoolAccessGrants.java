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
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may open what, per school: each school is a Camunda tenant, so its people see only its processes; staff get
 * Tasklist (a family gets no webapp at all), leadership Cockpit and read access to the school's processes and history, and each group
 * sees the Tasklist filters meant for it. The operator group gets Admin and Cockpit without children's data.
 */
@Component
class SchoolAccessGrants {

    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final TasklistFilters filters;
    private final RosterRepository roster;

    SchoolAccessGrants(
            AuthorizationService authorizations,
            IdentityService identity,
            TasklistFilters filters,
            RosterRepository roster) {
        this.authorizations = authorizations;
        this.identity = identity;
        this.filters = filters;
        this.roster = roster;
    }

    @EventListener
    void onRosterChanged(RosterChanged event) {
        Map<String, String> filterIds = filters.ensure();
        grantOperators();
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
            if (identity.createGroupQuery()
                            .groupId(group)
                            .memberOfTenant(school)
                            .count()
                    == 0) {
                identity.createTenantGroupMembership(school, group);
            }
        }
        if (identity.createGroupQuery()
                                .groupId(GroupIds.OPERATORS)
                                .memberOfTenant(school)
                                .count()
                        == 0
                && identity.createGroupQuery().groupId(GroupIds.OPERATORS).count() == 1) {
            identity.createTenantGroupMembership(school, GroupIds.OPERATORS);
        }
        grant(staff, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(leadership, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Leadership watches its school in Cockpit (R17); the tenant check keeps other schools out of sight.
        grant(
                leadership,
                Resources.PROCESS_DEFINITION,
                "*",
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
                ProcessDefinitionPermissions.READ_TASK_VARIABLE);
        grant(leadership, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(leadership, Resources.TASK, "*", Permissions.READ, TaskPermissions.READ_VARIABLE);
        grant(leadership, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(leadership, Resources.DEPLOYMENT, "*", Permissions.READ);
        for (String f : new String[] {TasklistFilters.MINE, TasklistFilters.CLASS, TasklistFilters.OVERDUE}) {
            grant(staff, Resources.FILTER, filterIds.get(f), Permissions.READ);
        }
        for (String late : filters.lateTaskFilters()) {
            grant(leadership, Resources.FILTER, filterIds.get(late), Permissions.READ);
        }
        // Nobody starts a process through the engine: the product's start endpoint does it as the system, for the
        // child the roster says the requester may speak about. Grants of earlier versions are taken back.
        for (String group : new String[] {staff, guardians}) {
            revoke(group, Resources.PROCESS_DEFINITION);
            revoke(group, Resources.PROCESS_INSTANCE);
        }
        // A family answers its tasks on "Mit barn" only: no Tasklist, no filter (grants of earlier versions go).
        revoke(guardians, Resources.APPLICATION);
        revoke(guardians, Resources.FILTER);
    }

    /** The operator: deployments, incidents, jobs, users (read); no task, no variable, no decision history. */
    void grantOperators() {
        String ops = GroupIds.OPERATORS;
        grant(ops, Resources.APPLICATION, "admin", Permissions.ACCESS);
        grant(ops, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(ops, Resources.DEPLOYMENT, "*", Permissions.READ, Permissions.CREATE, Permissions.DELETE);
        grant(
                ops,
                Resources.PROCESS_DEFINITION,
                "*",
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.RETRY_JOB);
        grant(ops, Resources.PROCESS_INSTANCE, "*", Permissions.READ, ProcessInstancePermissions.RETRY_JOB);
        grant(ops, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(ops, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        grant(ops, Resources.BATCH, "*", Permissions.READ);
        grant(ops, Resources.USER, "*", Permissions.READ);
        grant(ops, Resources.GROUP, "*", Permissions.READ);
        grant(ops, Resources.TENANT, "*", Permissions.READ);
        grant(ops, Resources.AUTHORIZATION, "*", Permissions.READ);
    }

    private void revoke(String group, Resource resource) {
        authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group)
                .resourceType(resource)
                .list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization a = authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
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
