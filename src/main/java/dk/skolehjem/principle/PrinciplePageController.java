package dk.skolehjem.principle;

import dk.skolehjem.policy.PolicyDescription;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * "Skolens princip": what the school board promised, in its own words, next to what the school does in practice,
 * for the school(s) the person belongs to (the roster decides which; nobody chooses a school here).
 */
@Controller
class PrinciplePageController {

    /** One school's principle as the page shows it. */
    record SchoolPrinciple(
            String schoolName,
            SchoolPolicy policy,
            List<PolicyDescription.Part> parts,
            List<SchoolPolicy.Promise> words) {}

    private final RosterRepository roster;
    private final PolicyRegistry policies;

    PrinciplePageController(RosterRepository roster, PolicyRegistry policies) {
        this.roster = roster;
        this.policies = policies;
    }

    @GetMapping("/princip")
    String show(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, Model model) {
        // a board member belongs to the board, not to the school's tenant
        List<SchoolPrinciple> schools = java.util.stream.Stream.of(
                        user.tenants(),
                        dk.skolehjem.roster.GroupIds.boardSchools(user.groups()),
                        dk.skolehjem.roster.GroupIds.municipalSchools(user.groups()))
                .flatMap(List::stream)
                .distinct()
                .sorted()
                .map(roster::school)
                .flatMap(java.util.Optional::stream)
                .map(s -> {
                    SchoolPolicy p = policies.orDefault(s.policyId());
                    return new SchoolPrinciple(s.name(), p, PolicyDescription.of(p), p.promises());
                })
                .toList();
        model.addAttribute("schools", schools);
        return "princip";
    }
}
