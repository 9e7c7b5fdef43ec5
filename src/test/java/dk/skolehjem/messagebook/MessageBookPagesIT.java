package dk.skolehjem.messagebook;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.SchoolYear;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The class team writes the message book by hand in its pages; the same rules as the API. Uses e5a10. */
@SkoleHjemIT
class MessageBookPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    MessageBookService messageBook;

    @Test
    void theTeamFindsItsClassAndWritesAnEntryByHand() {
        Http laerer = Http.as(port, "laerer");
        assertThat(laerer.get("/meddelelsesbog").body()).contains("Klasse 5.A").doesNotContain("Klasse 0.A");
        assertThat(laerer.get("/meddelelsesbog/klasse?school=demo&class=5.A").body())
                .contains("Meddelelsesbog 5.A", "Hamza Kjær", "Mangler mål i");
        assertThat(laerer.get("/meddelelsesbog/elev?school=demo&student=e5a10").body())
                .contains("Ny indførsel", "Dansk", "Matematik", "Sociale mål")
                .doesNotContain("Tidlig matematisk");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("date", LocalDate.now().toString());
        form.put("source", "CONFERENCE");
        form.put("strengths", "Hjælpsom og vedholdende");
        form.put("goal.DANSK", "Læser en kapitelbog om måneden");
        form.put("who0", "Forældrene");
        form.put("what0", "Læser højt hver aften");
        form.put("parentsInformed", "on");
        form.put("parentsInformedOn", LocalDate.now().toString());
        Http.Answer saved = laerer.postForm("/meddelelsesbog/elev?school=demo&student=e5a10", form);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(messageBook.entries("demo", "e5a10", SchoolYear.of(LocalDate.now())))
                .extracting(MessageBookEntry::strengths)
                .contains("Hjælpsom og vedholdende");
    }

    @Test
    void aBadFormIsShownAgainWithTheProblemsAndNothingStored() {
        int before = messageBook
                .entries("demo", "e5a11", SchoolYear.of(LocalDate.now()))
                .size();
        Http.Answer answer = Http.as(port, "laerer")
                .postForm(
                        "/meddelelsesbog/elev?school=demo&student=e5a11",
                        Map.of("date", "i går", "source", "CONFERENCE", "strengths", "Glad", "parentsInformed", "on"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body())
                .contains("Indførslen blev ikke gemt", "Dato: &#39;i går&#39; er ikke en dato", "Glad");
        assertThat(messageBook.entries("demo", "e5a11", SchoolYear.of(LocalDate.now())))
                .hasSize(before);
    }

    @Test
    void aFormPostFromAnotherSiteIsRefused() {
        Http laerer = Http.as(port, "laerer");
        assertThat(laerer.webappLogin("tasklist")).isEqualTo(200);
        assertThat(laerer.postWithSession("/meddelelsesbog/elev?school=demo&student=e5a12", null)
                        .status())
                .isEqualTo(403);
        assertThat(laerer.postWithSession("/meddelelsesbog/elev?school=demo&student=e5a12", "https://evil.example")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void onlyTheTeamAndLeadershipReachThePages() {
        assertThat(Http.as(port, "foraelder1")
                        .get("/meddelelsesbog/elev?school=demo&student=e5a01")
                        .status())
                .isEqualTo(404);
        assertThat(Http.as(port, "paedagog")
                        .get("/meddelelsesbog/elev?school=demo&student=e5a01")
                        .status())
                .isEqualTo(404);
        assertThat(Http.as(port, "paedagog")
                        .get("/meddelelsesbog/klasse?school=demo&class=5.A")
                        .status())
                .isEqualTo(404);
        assertThat(Http.as(port, "leder")
                        .get("/meddelelsesbog/klasse?school=demo&class=5.A")
                        .status())
                .isEqualTo(200);
        assertThat(Http.anonymous(port).get("/meddelelsesbog").status()).isEqualTo(302);
    }
}
