package dk.skolehjem.notification;

import dk.skolehjem.roster.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** "Beskeder" ({@code /foraeldre/beskeder}): each person chooses at once or a daily digest, and their quiet hours. */
@Controller
class PreferencesPageController {

    private final Preferences preferences;

    PreferencesPageController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/foraeldre/beskeder")
    String show(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, Model model) {
        model.addAttribute("p", preferences.of(user.id()));
        model.addAttribute("hours", hours());
        return "beskeder";
    }

    @PostMapping("/foraeldre/beskeder")
    String save(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String digestHour,
            @RequestParam(required = false) String quietFrom,
            @RequestParam(required = false) String quietTo,
            Model model) {
        List<String> problems = new ArrayList<>();
        Preferences.Mode m = null;
        try {
            m = Preferences.Mode.valueOf(String.valueOf(mode));
        } catch (IllegalArgumentException e) {
            problems.add("Vælg, om du vil have beskederne med det samme eller samlet én gang om dagen.");
        }
        int digest = hour(digestHour, "Tidspunkt for den daglige samling", problems);
        int from = hour(quietFrom, "Ingen beskeder fra", problems);
        int to = hour(quietTo, "Ingen beskeder til", problems);
        if (problems.isEmpty()) {
            preferences.save(user.id(), new Preferences.Preference(m, digest, from, to));
            model.addAttribute("saved", true);
        }
        model.addAttribute("problems", problems);
        model.addAttribute("p", preferences.of(user.id()));
        model.addAttribute("hours", hours());
        return "beskeder";
    }

    private static int hour(String value, String field, List<String> problems) {
        try {
            int h = Integer.parseInt(String.valueOf(value).trim());
            if (h >= 0 && h <= 23) {
                return h;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("Feltet '" + field + "' skal være et klokkeslæt fra 0 til 23.");
        return 0;
    }

    private static List<Integer> hours() {
        List<Integer> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(h);
        }
        return hours;
    }
}
