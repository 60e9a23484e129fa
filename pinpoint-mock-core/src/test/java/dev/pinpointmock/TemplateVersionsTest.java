package dev.pinpointmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.TemplateVersionResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateVersionsResponse;

/** Versions of a template: latest versus active, the version parameter, ListTemplateVersions and deletes. */
class TemplateVersionsTest {

    private static final ServerFixture FIXTURE = new ServerFixture();
    private static final AtomicInteger NAMES = new AtomicInteger();

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private static String templateWithVersions(int count) {
        String name = "versions-" + NAMES.incrementAndGet();
        FIXTURE.client.createSmsTemplate(r -> r.templateName(name).smsTemplateRequest(s -> s.body("v1")));
        for (int version = 2; version <= count; version++) {
            String body = "v" + version;
            FIXTURE.client.updateSmsTemplate(r -> r.templateName(name).createNewVersion(true)
                    .smsTemplateRequest(s -> s.body(body)));
        }
        return name;
    }

    private static String body(String name, String version) {
        return FIXTURE.client.getSmsTemplate(r -> r.templateName(name).version(version)).smsTemplateResponse().body();
    }

    private static String activeVersion(String name) {
        return FIXTURE.client.getSmsTemplate(r -> r.templateName(name)).smsTemplateResponse().version();
    }

    private static List<String> versions(String name) {
        return FIXTURE.client.listTemplateVersions(r -> r.templateName(name).templateType("SMS"))
                .templateVersionsResponse().item().stream().map(TemplateVersionResponse::version).toList();
    }

    private static void activate(String name, String type, String version) {
        FIXTURE.client.updateTemplateActiveVersion(r -> r.templateName(name).templateType(type)
                .templateActiveVersionRequest(a -> a.version(version)));
    }

    @Test
    void aNewVersionTakesTheNextNumberButVersionOneStaysActive() {
        String name = templateWithVersions(3);

        assertThat(activeVersion(name)).isEqualTo("1");
        assertThat(body(name, null)).isEqualTo("v1");
        assertThat(body(name, "2")).isEqualTo("v2");
        assertThat(body(name, "3")).isEqualTo("v3");
        assertThat(FIXTURE.client.getSmsTemplate(r -> r.templateName(name).version("3")).smsTemplateResponse()
                .version()).isEqualTo("3");
    }

    @Test
    void anUpdateWithoutAVersionOverwritesTheLatestNotTheActive() {
        String name = templateWithVersions(2);

        FIXTURE.client.updateSmsTemplate(r -> r.templateName(name).smsTemplateRequest(s -> s.body("v2 again")));

        assertThat(body(name, "1")).isEqualTo("v1");
        assertThat(body(name, "2")).isEqualTo("v2 again");
        assertThat(versions(name)).containsExactly("2", "1");
    }

    @Test
    void anUpdateNamingTheLatestVersionOverwritesIt() {
        String name = templateWithVersions(2);

        FIXTURE.client.updateSmsTemplate(r -> r.templateName(name).version("2").createNewVersion(false)
                .smsTemplateRequest(s -> s.body("edited")));

        assertThat(body(name, "2")).isEqualTo("edited");
    }

    @Test
    void anUpdateNamingAnOlderVersionIsABadRequestAndChangesNothing() {
        String name = templateWithVersions(2);

        assertThatThrownBy(() -> FIXTURE.client.updateSmsTemplate(r -> r.templateName(name).version("1")
                .smsTemplateRequest(s -> s.body("edited"))))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).startsWith("Version 1 is not the latest version of template " + name));
        assertThat(body(name, "1")).isEqualTo("v1");
        assertThat(body(name, "2")).isEqualTo("v2");
    }

    @Test
    void anUpdateNamingAVersionThatDoesNotExistIsNotFound() {
        String name = templateWithVersions(1);

        assertThatThrownBy(() -> FIXTURE.client.updateSmsTemplate(r -> r.templateName(name).version("7")
                .smsTemplateRequest(s -> s.body("edited"))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Template version not found"));
    }

    @Test
    void createNewVersionTogetherWithAVersionIsABadRequest() {
        String name = templateWithVersions(1);

        assertThatThrownBy(() -> FIXTURE.client.updateSmsTemplate(r -> r.templateName(name).version("1")
                .createNewVersion(true).smsTemplateRequest(s -> s.body("edited"))))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Specify either create-new-version or version, not both"));
        assertThat(versions(name)).containsExactly("1");
    }

    @Test
    void aVersionThatIsNotANumberIsABadRequestAndAnUnknownOneIsNotFound() {
        String name = templateWithVersions(1);

        assertThatThrownBy(() -> body(name, "latest")).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Version latest is not a valid template version identifier");
        assertThatThrownBy(() -> body(name, "0")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> body(name, "2")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Template version not found"));
    }

    @Test
    void theActiveVersionMovesToANamedVersionOrTheLatestWhateverCaseTheTypeIsIn() {
        String name = templateWithVersions(3);

        activate(name, "SMS", "2");
        assertThat(activeVersion(name)).isEqualTo("2");
        assertThat(body(name, null)).isEqualTo("v2");

        activate(name, "sms", "latest");
        assertThat(activeVersion(name)).isEqualTo("3");

        activate(name, "Sms", "1");
        assertThat(activeVersion(name)).isEqualTo("1");
    }

    @Test
    void updateTemplateActiveVersionAnswers200() {
        String name = templateWithVersions(2);

        var response = FIXTURE.client.updateTemplateActiveVersion(r -> r.templateName(name).templateType("SMS")
                .templateActiveVersionRequest(a -> a.version("2")));

        assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(response.messageBody().requestID()).matches("[0-9a-f-]{36}");
    }

    @Test
    void activatingAnUnknownVersionOrTypeFails() {
        String name = templateWithVersions(1);

        assertThatThrownBy(() -> activate(name, "SMS", "5")).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("Template version not found");
        assertThatThrownBy(() -> activate(name, "EMAIL", "1")).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("Template not found");
        assertThatThrownBy(() -> activate(name, "FAX", "1")).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Template type FAX is not valid");
    }

    @Test
    void listTemplateVersionsShowsTheNewestFirstWithEachVersionsDates() {
        FIXTURE.server.clock().freeze();
        String name = templateWithVersions(1);
        FIXTURE.server.clock().advance(Duration.ofHours(1));
        FIXTURE.client.updateSmsTemplate(r -> r.templateName(name).createNewVersion(true)
                .smsTemplateRequest(s -> s.body("v2").templateDescription("second")
                        .defaultSubstitutions("{\"a\":\"b\"}")));

        TemplateVersionsResponse listed = FIXTURE.client.listTemplateVersions(r -> r.templateName(name)
                .templateType("sms")).templateVersionsResponse();

        assertThat(listed.item()).extracting(TemplateVersionResponse::version).containsExactly("2", "1");
        TemplateVersionResponse second = listed.item().get(0);
        TemplateVersionResponse first = listed.item().get(1);
        assertThat(second.templateName()).isEqualTo(name);
        assertThat(second.templateType()).isEqualTo("SMS");
        assertThat(second.templateDescription()).isEqualTo("second");
        assertThat(second.defaultSubstitutions()).isEqualTo("{\"a\":\"b\"}");
        assertThat(java.time.Instant.parse(second.creationDate()))
                .isEqualTo(java.time.Instant.parse(first.creationDate()).plus(Duration.ofHours(1)));
        assertThat(listed.nextToken()).isNull();
        assertThat(listed.requestID()).matches("[0-9a-f-]{36}");
    }

    @Test
    void listTemplateVersionsPagesWithNextTokenAndPageSize() {
        String name = templateWithVersions(5);

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            TemplateVersionsResponse page = FIXTURE.client.listTemplateVersions(r -> r.templateName(name)
                    .templateType("SMS").pageSize("2").nextToken(current)).templateVersionsResponse();
            page.item().forEach(item -> seen.add(item.version()));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(seen).containsExactly("5", "4", "3", "2", "1");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void listTemplateVersionsRefusesABadPageSizeOrToken() {
        String name = templateWithVersions(1);

        assertThatThrownBy(() -> FIXTURE.client.listTemplateVersions(r -> r.templateName(name).templateType("SMS")
                .pageSize("0"))).isInstanceOf(BadRequestException.class).hasMessageStartingWith("page-size");
        assertThatThrownBy(() -> FIXTURE.client.listTemplateVersions(r -> r.templateName(name).templateType("SMS")
                .nextToken("not-a-token"))).isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("Invalid token");
        assertThatThrownBy(() -> FIXTURE.client.listTemplateVersions(r -> r.templateName("missing")
                .templateType("SMS"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingOneVersionKeepsTheOthersAndNumbersAreNeverReused() {
        String name = templateWithVersions(3);

        var deleted = FIXTURE.client.deleteSmsTemplate(r -> r.templateName(name).version("3"));
        FIXTURE.client.updateSmsTemplate(r -> r.templateName(name).createNewVersion(true)
                .smsTemplateRequest(s -> s.body("v4")));

        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(202);
        assertThat(versions(name)).containsExactly("4", "2", "1");
        assertThatThrownBy(() -> body(name, "3")).isInstanceOf(NotFoundException.class);
        assertThat(body(name, "4")).isEqualTo("v4");
    }

    @Test
    void theActiveVersionCannotBeDeletedOnItsOwn() {
        String name = templateWithVersions(2);
        activate(name, "SMS", "2");

        assertThatThrownBy(() -> FIXTURE.client.deleteSmsTemplate(r -> r.templateName(name).version("2")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).startsWith("Version 2 is the active version of template " + name));
        FIXTURE.client.deleteSmsTemplate(r -> r.templateName(name).version("1"));
        assertThat(versions(name)).containsExactly("2");
    }

    @Test
    void deletingAnUnknownVersionIsNotFound() {
        String name = templateWithVersions(1);

        assertThatThrownBy(() -> FIXTURE.client.deleteSmsTemplate(r -> r.templateName(name).version("9")))
                .isInstanceOf(NotFoundException.class).hasMessageStartingWith("Template version not found");
    }

    @Test
    void deletingWithoutAVersionDeletesEveryVersionAndANewTemplateStartsAgainAtOne() {
        String name = templateWithVersions(3);

        FIXTURE.client.deleteSmsTemplate(r -> r.templateName(name));
        assertThatThrownBy(() -> body(name, "2")).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("Template not found");
        FIXTURE.client.createSmsTemplate(r -> r.templateName(name).smsTemplateRequest(s -> s.body("again")));

        assertThat(versions(name)).containsExactly("1");
        assertThat(body(name, null)).isEqualTo("again");
    }

    @Test
    void concurrentNewVersionsLoseNothingAndTakeDistinctNumbers() throws Exception {
        String name = templateWithVersions(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String body = "parallel " + i;
                writes.add(pool.submit(() -> FIXTURE.client.updateSmsTemplate(r -> r.templateName(name)
                        .createNewVersion(true).smsTemplateRequest(s -> s.body(body)))));
            }
            for (Future<?> write : writes) {
                write.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> versions = versions(name);
        assertThat(versions).hasSize(41).doesNotHaveDuplicates().startsWith("41").endsWith("1");
    }
}
